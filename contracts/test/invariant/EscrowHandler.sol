// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {HandlerBase} from "./HandlerBase.sol";
import {GinToken} from "../../src/GinToken.sol";
import {ProviderStaking} from "../../src/ProviderStaking.sol";
import {AuctionEscrow} from "../../src/AuctionEscrow.sol";

/// @notice Drives AuctionEscrow (and the staking it slashes) through the whole marketplace: clients
/// deposit (approve or permit), withdraw, post and stop jobs; providers stake, unstake, withdraw, sign
/// bids and usage reports; jobs are awarded by their client or a controller, settled with single reports
/// and batches (random cumulative GPU-seconds, sometimes stale, over the cap, for the wrong round or the
/// wrong job), completed, failed over to backup bids and finalized; governance slashes and retunes fees;
/// fees are swept; time moves on.
/// @dev The handler keeps an independent model of every balance, job and round (the "ghost" state) and
/// observes every money movement (token balances, free balances, remaining budgets) around each call.
/// Amounts paid and refunded per job are the observed ones; the model's predictions are compared with
/// them on the spot and any mismatch is a surprise (see HandlerBase).
contract EscrowHandler is HandlerBase {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant MAX_JOBS = 32;
    address internal constant KEEPER = address(0x4EE9);

    // job filters for _findJob
    uint256 internal constant F_ANY = 0;
    uint256 internal constant F_BIDDABLE = 1; // Open and before the bidding deadline
    uint256 internal constant F_RUNNING = 2;
    uint256 internal constant F_FAILOVER = 3;
    uint256 internal constant F_STOPPABLE = 4; // Open, Running, Failover
    uint256 internal constant F_FINALIZABLE = 5; // Ended, Failover, or Running with nothing left

    // round states (RoundSlot's RoundState)
    uint8 internal constant R_RUNNING = 1;
    uint8 internal constant R_ENDED = 2;
    uint8 internal constant R_CLOSED = 3;

    struct Position {
        uint256 active;
        uint256 unbonding;
        uint256 unlockAt;
    }

    /// @dev A job as the model sees it. Its remaining budget is `reserve` (budget no round holds: Open,
    /// Failover) plus what its rounds still hold (only the current round ever holds anything).
    struct JobG {
        address client;
        address provider; // provider of the current round (zero before the first award)
        AuctionEscrow.JobState state; // model
        uint8 round; // model
        uint16 gpus;
        uint256 maxPrice;
        uint256 minStake;
        uint256 budget;
        uint256 deadline;
        uint256 reserve; // model
        uint256 endedAt; // model: end of the current round (stop, completion, failure), 0 while running
        uint256 paid; // observed: gross paid to providers (fees included)
        uint256 refunded; // observed: refunded to the client's free balance
        uint256 lastSeenRemaining; // the contract's value after the last step that touched the job
    }

    /// @dev One award round: its terms, the model's money and state, and what it observably paid.
    struct RoundG {
        address provider;
        uint256 price;
        uint256 startedAt;
        uint256 endedAt; // 0 while the round runs
        uint8 state; // model: R_RUNNING, R_ENDED or R_CLOSED
        uint256 remaining; // model: budget the round may still pay
        uint256 settled; // model: GPU-seconds paid
        uint256 paid; // observed
    }

    struct StoredBid {
        AuctionEscrow.Bid bid;
        bytes sig;
    }

    /// @dev Expectations and snapshots around one settle / settleBatch call.
    struct Settlement {
        uint256[] jobs;
        uint256[] expected;
        uint256[] before;
        uint256 nJobs;
        address[] provs;
        uint256[] expectedNet;
        uint256[] balBefore;
        uint256 nProvs;
        uint256 expectedFees;
        uint256 feesBefore;
    }

    GinToken public immutable token;
    ProviderStaking public immutable staking;
    AuctionEscrow public immutable escrow;
    address public immutable governance;
    address public immutable treasury;
    address public immutable controller;

    uint256[] internal _clientPks;
    address[] internal _clients;
    uint256[] internal _providerPks;
    address[] internal _providers;
    address[] internal _stakers; // providers and the controller

    // ---------------------------------------------------------------- ghost state
    /// @notice Model of each client's free escrow balance.
    mapping(address client => uint256) public ghostFree;
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;
    /// @notice Fees the model expects (floor(gross * feeBps / BPS) per report), ever.
    uint256 public ghostFees;
    /// @notice Fees observed arriving at the treasury through sweepFees.
    uint256 public ghostSwept;
    /// @notice Slashed stake observed arriving at clients (reportFailure) and at the treasury (governance).
    uint256 public ghostSlashedToClients;
    uint256 public ghostSlashedToTreasury;
    /// @notice Times a job's remaining budget was observed higher than after the previous step that
    /// touched it. (Jobs a step did not touch are compared with lastSeenRemaining by the invariant.)
    uint256 public remainingIncreases;
    /// @dev Jobs the current step called the escrow about.
    uint256[] internal _touched;
    uint256 public ghostMinStake;

    uint256 public ghostFeeBps;
    uint256 public ghostSlashBps;
    uint256 public ghostSettlementWindow;
    uint256 public ghostFailoverWindow;
    uint256 public ghostControllerMinStake;

    mapping(address account => Position) internal _pos;
    uint256 public jobCount;
    mapping(uint256 jobId => JobG) internal _jobs;
    mapping(uint256 jobId => mapping(uint256 round => RoundG)) internal _rounds;
    mapping(uint256 jobId => StoredBid[]) internal _backups;
    mapping(address provider => uint256) internal _nextNonce;
    mapping(address provider => mapping(uint256 nonce => bool)) internal _nonceUsed;
    /// @dev The escrow's EIP-712 domain, computed as a provider's signer would.
    bytes32 internal immutable _escrowDomain;

    bytes32 internal constant BID_TYPEHASH = keccak256(
        "Bid(uint256 jobId,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
    );
    bytes32 internal constant USAGE_TYPEHASH =
        keccak256("Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)");
    bytes32 internal constant USAGE_REPORT_TYPEHASH = keccak256(
        "UsageReport(address provider,Usage[] usages)Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
    );

    constructor(
        GinToken token_,
        ProviderStaking staking_,
        AuctionEscrow escrow_,
        address governance_,
        address treasury_,
        uint256 controllerPk,
        uint256[] memory clientPks,
        uint256[] memory providerPks
    ) {
        token = token_;
        staking = staking_;
        escrow = escrow_;
        governance = governance_;
        treasury = treasury_;
        controller = vm.addr(controllerPk);
        currentTime = block.timestamp;
        _escrowDomain = _domainSeparator("Gintonic AuctionEscrow", "1", address(escrow_));
        for (uint256 i; i < clientPks.length; ++i) {
            _clientPks.push(clientPks[i]);
            _clients.push(vm.addr(clientPks[i]));
        }
        for (uint256 i; i < providerPks.length; ++i) {
            _providerPks.push(providerPks[i]);
            _providers.push(vm.addr(providerPks[i]));
            _stakers.push(vm.addr(providerPks[i]));
        }
        _stakers.push(controller);
        for (uint256 i; i < _stakers.length; ++i) {
            address a = _stakers[i];
            (uint256 unbonding, uint64 unlockAt) = staking_.unbondingOf(a);
            _pos[a] = Position(staking_.stakeOf(a), unbonding, unlockAt);
        }
        (, uint16 feeBps, uint16 slashBps, uint32 sw, uint32 fw, uint96 cms) = escrow_.params();
        ghostFeeBps = feeBps;
        ghostSlashBps = slashBps;
        ghostSettlementWindow = sw;
        ghostFailoverWindow = fw;
        ghostControllerMinStake = cms;
        ghostMinStake = staking_.minStake(); // no action changes it in this suite
    }

    // ================================================================ client funds

    function deposit(uint256 who, uint256 amount) external step {
        address c = _clients[who % _clients.length];
        if (_depositFor(c, amount)) _count("deposit");
    }

    /// @dev mode 0: plain permit; 1: the permit is front-run and the deposit falls back on the
    /// allowance; 2: an expired permit without allowance (must fail).
    function depositWithPermit(uint256 who, uint256 amount, uint256 mode) external step {
        uint256 i = who % _clients.length;
        address c = _clients[i];
        uint256 bal = token.balanceOf(c);
        if (bal == 0) return;
        amount = bound(amount, 1, _min(bal, 1_000_000 ether));
        mode = _h(mode) % 3;
        uint256 deadline = mode == 2 ? currentTime - 1 : currentTime + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(token, _clientPks[i], address(escrow), amount, deadline);
        if (mode == 1) token.permit(c, address(escrow), amount, deadline, v, r, s);
        uint256 before = token.balanceOf(address(escrow));
        vm.prank(c);
        try escrow.depositWithPermit(amount, deadline, v, r, s) {
            _expectOutcome(mode != 2, true, "depositWithPermit");
            if (token.balanceOf(address(escrow)) - before != amount) _surprise("depositWithPermit: amount");
            ghostFree[c] += amount;
            ghostDeposited += amount;
            _count(mode == 1 ? bytes32("depositWithPermit.frontrun") : bytes32("depositWithPermit"));
        } catch {
            _expectOutcome(mode != 2, false, "depositWithPermit");
            _count("depositWithPermit.rejected");
        }
    }

    /// @dev One in eight asks for more than the free balance (must fail).
    function withdraw(uint256 who, uint256 amount) external step {
        address c = _clients[who % _clients.length];
        uint256 free = ghostFree[c];
        bool tooMuch = _h(amount) % 8 == 0;
        if (tooMuch) amount = free + 1 + (amount >> 8) % 1000 ether;
        else if (free == 0) return;
        else amount = bound(amount >> 8, 1, free);
        uint256 before = token.balanceOf(c);
        vm.prank(c);
        try escrow.withdraw(amount) {
            _expectOutcome(!tooMuch, true, "withdraw");
            if (token.balanceOf(c) - before != amount) _surprise("withdraw: amount received");
            ghostFree[c] -= amount;
            ghostWithdrawn += amount;
            _count("withdraw");
        } catch {
            _expectOutcome(!tooMuch, false, "withdraw");
            _count("withdraw.rejected");
        }
    }

    // ================================================================ jobs

    /// @dev Tops up the client's free balance when the budget needs it. One in sixteen posts an invalid
    /// job (zero GPUs, more than MAX_GPUS, or a deadline that is not in the future), which must fail.
    function createJob(
        uint256 who,
        uint256 priceSeed,
        uint256 budgetSeed,
        uint256 deadlineSeed,
        uint256 stakeSeed
    ) external step {
        _createJob(who, priceSeed, budgetSeed, deadlineSeed, stakeSeed);
    }

    /// @dev Awards an open job to a fresh signed bid, by its client or by the controller. Some bids are
    /// over the maximum price, expired or signed by the wrong key (must fail). Two more providers' bids
    /// are kept as backups for a failover.
    function award(
        uint256 jobSeed,
        uint256 providerSeed,
        uint256 priceSeed,
        uint256 expirySeed,
        uint256 callerSeed
    ) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_BIDDABLE);
        if (!found) {
            // No auction is open: a client posts a job first (what a live market would have).
            (found, id) =
                _createJob(jobSeed, priceSeed >> 32, providerSeed >> 32, expirySeed >> 32, jobSeed >> 32);
            if (!found) return;
        }
        JobG storage g = _jobs[id];
        bool byController = _h(callerSeed) % 2 == 0;
        uint256 pi = _eligibleProvider(providerSeed, g.minStake);
        address p = _providers[pi];
        uint256 mode = _h(priceSeed) % 16;
        AuctionEscrow.Bid memory bid = AuctionEscrow.Bid({
            jobId: id,
            provider: p,
            pricePerGpuSecond: mode == 0
                ? g.maxPrice + 1 + (priceSeed >> 8) % 1e9
                : bound(priceSeed >> 8, 1, g.maxPrice),
            expiry: mode == 1 ? currentTime - 1 : currentTime + bound(expirySeed, 0, 2 days),
            nonce: _nextNonce[p]++
        });
        uint256 signer = _providerPks[mode == 2 ? (pi + 1) % _providers.length : pi];
        bytes memory sig = _sig(signer, _bidDigest(bid));
        bool expected = mode > 2 && _eligible(p, g.minStake) && (!byController || _controllerOk());
        vm.prank(byController ? controller : g.client);
        _touched.push(bid.jobId);
        try escrow.award(bid, sig) {
            _expectOutcome(expected, true, "award");
            _nonceUsed[p][bid.nonce] = true;
            _startRound(id, p, bid.pricePerGpuSecond, 1);
            _storeBackups(id, pi, expirySeed);
            _count(byController ? bytes32("award.byController") : bytes32("award.byClient"));
        } catch {
            _expectOutcome(expected, false, "award");
            _count("award.rejected");
        }
    }

    /// @dev Re-awards a failed job, mostly to a backup bid from the original auction (which may have
    /// expired, been cancelled, be the failed provider's own, or come from an ineligible provider).
    function awardBackup(uint256 jobSeed, uint256 bidSeed, uint256 callerSeed) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_FAILOVER);
        if (!found) return;
        JobG storage g = _jobs[id];
        bool byController = _h(callerSeed) % 2 == 0;
        StoredBid memory sb = _backupBid(id, bidSeed);
        address p = sb.bid.provider;
        bool expected = p != g.provider && g.round < type(uint8).max && currentTime <= sb.bid.expiry
            && !_nonceUsed[p][sb.bid.nonce] && _eligible(p, g.minStake) && (!byController || _controllerOk());
        vm.prank(byController ? controller : g.client);
        _touched.push(sb.bid.jobId);
        try escrow.awardBackup(sb.bid, sb.sig) {
            _expectOutcome(expected, true, "awardBackup");
            _nonceUsed[p][sb.bid.nonce] = true;
            _startRound(id, p, sb.bid.pricePerGpuSecond, g.round + 1);
            _count("awardBackup");
        } catch {
            _expectOutcome(expected, false, "awardBackup");
            _count(
                p == g.provider
                    ? bytes32("awardBackup.rej.sameProvider")
                    : currentTime > sb.bid.expiry
                        ? bytes32("awardBackup.rej.expired")
                        : _nonceUsed[p][sb.bid.nonce]
                            ? bytes32("awardBackup.rej.nonceUsed")
                            : bytes32("awardBackup.rej.other")
            );
        }
    }

    /// @dev A provider withdraws one of its backup bids (or burns a fresh nonce).
    function cancelBidNonce(uint256 jobSeed, uint256 bidSeed) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_ANY);
        address p;
        uint256 nonce;
        if (found && _backups[id].length > 0 && _h(bidSeed) % 4 == 0) {
            AuctionEscrow.Bid storage b = _backups[id][bidSeed % _backups[id].length].bid;
            (p, nonce) = (b.provider, b.nonce);
        } else {
            p = _providers[bidSeed % _providers.length];
            nonce = _nextNonce[p]++;
        }
        bool expected = !_nonceUsed[p][nonce];
        vm.prank(p);
        try escrow.cancelBidNonce(nonce) {
            _expectOutcome(expected, true, "cancelBidNonce");
            _nonceUsed[p][nonce] = true;
            _count("cancelBidNonce");
        } catch {
            _expectOutcome(expected, false, "cancelBidNonce");
            _count("cancelBidNonce.rejected");
        }
    }

    /// @dev The client stops a job (Open: cancel; Running: end the round; Failover: close). One in eight
    /// calls is made by another client or on a job in any state (must fail unless the state allows it).
    function stopJob(uint256 jobSeed, uint256 mode) external step {
        mode = _h(mode) % 8;
        (bool found, uint256 id) = _findJob(jobSeed, mode == 0 ? F_ANY : F_STOPPABLE);
        if (!found) return;
        JobG storage g = _jobs[id];
        AuctionEscrow.JobState s = g.state;
        bool stranger = mode == 1;
        address caller = stranger ? _otherClient(g.client) : g.client;
        bool expected = !stranger
            && (s == AuctionEscrow.JobState.Open
                || s == AuctionEscrow.JobState.Running
                || s == AuctionEscrow.JobState.Failover);
        uint256 freeBefore = escrow.freeBalanceOf(g.client);
        vm.prank(caller);
        _touched.push(id);
        try escrow.stopJob(id) {
            _expectOutcome(expected, true, "stopJob");
            uint256 refund;
            if (s == AuctionEscrow.JobState.Open) {
                refund = g.reserve;
                g.reserve = 0;
                g.state = AuctionEscrow.JobState.Cancelled;
                _count("stopJob.cancel");
            } else if (s == AuctionEscrow.JobState.Running) {
                refund = _modelEnd(id);
                _count(
                    g.state == AuctionEscrow.JobState.Closed
                        ? bytes32("stopJob.endClosed")
                        : bytes32("stopJob.end")
                );
            } else {
                refund = _modelClose(id, false);
                _count("stopJob.afterFailure");
            }
            _observeRefund(id, freeBefore, refund);
        } catch {
            _expectOutcome(expected, false, "stopJob");
            _count("stopJob.rejected");
        }
    }

    /// @dev The provider completes its running job (one in eight: someone else tries, must fail).
    function completeJob(uint256 jobSeed, uint256 mode) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_RUNNING);
        if (!found) return;
        JobG storage g = _jobs[id];
        bool stranger = _h(mode) % 8 == 0;
        uint256 freeBefore = escrow.freeBalanceOf(g.client);
        vm.prank(stranger ? g.client : g.provider);
        _touched.push(id);
        try escrow.completeJob(id) {
            _expectOutcome(!stranger, true, "completeJob");
            uint256 refund = _modelEnd(id);
            _observeRefund(id, freeBefore, refund);
            _count("completeJob");
        } catch {
            _expectOutcome(!stranger, false, "completeJob");
            _count("completeJob.rejected");
        }
    }

    /// @dev The controller reports the provider of a running job as failed; its stake is slashed by
    /// slashBps (rounded up) for the client, its round closes (unsettled usage is forfeited) and the
    /// round's remaining budget goes back to the job's reserve.
    function reportFailure(uint256 jobSeed) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_RUNNING);
        if (!found) return;
        JobG storage g = _jobs[id];
        // A controller that lost its stake (slashed or unstaked) sometimes stakes back up first.
        if (!_controllerOk() && _h(jobSeed) % 2 == 0) _restakeController();
        bool expected = _controllerOk();
        uint256 clientBefore = token.balanceOf(g.client);
        vm.prank(controller);
        _touched.push(id);
        try escrow.reportFailure(id, "unresponsive") {
            _expectOutcome(expected, true, "reportFailure");
            RoundG storage r = _rounds[id][g.round];
            g.reserve += r.remaining;
            r.remaining = 0;
            r.state = R_CLOSED;
            r.endedAt = currentTime;
            g.endedAt = currentTime;
            g.state = AuctionEscrow.JobState.Failover;
            Position storage ps = _pos[g.provider];
            uint256 slashable = ps.active + ps.unbonding;
            uint256 slashed = (slashable * ghostSlashBps + BPS - 1) / BPS;
            uint256 fromActive = _min(slashed, ps.active);
            ps.active -= fromActive;
            ps.unbonding -= slashed - fromActive;
            if (token.balanceOf(g.client) - clientBefore != slashed) {
                _surprise("reportFailure: slash to client");
            }
            ghostSlashedToClients += slashed;
            _count("reportFailure");
        } catch {
            _expectOutcome(expected, false, "reportFailure");
            _count("reportFailure.rejected");
        }
    }

    /// @dev Finalizes an ended job, a failed job or a running job with no budget left, as its provider,
    /// its client or a keeper, before or after the settlement / failover window.
    function finalizeJob(uint256 jobSeed, uint256 callerSeed) external step {
        callerSeed = _h(callerSeed);
        (bool found, uint256 id) = _findJob(jobSeed, callerSeed % 8 == 0 ? F_ANY : F_FINALIZABLE);
        if (!found) return;
        JobG storage g = _jobs[id];
        uint256 who = (callerSeed >> 8) % 3;
        address caller = who == 0 ? g.provider : who == 1 ? g.client : KEEPER;
        if (caller == address(0)) caller = KEEPER;
        AuctionEscrow.JobState s = g.state;
        uint256 endedAt = g.endedAt;
        bool expected;
        if (s == AuctionEscrow.JobState.Ended) {
            expected = caller == g.provider || currentTime >= endedAt + ghostSettlementWindow;
        } else if (s == AuctionEscrow.JobState.Failover) {
            expected = caller == g.client || currentTime >= endedAt + ghostFailoverWindow;
        } else if (s == AuctionEscrow.JobState.Running) {
            expected = _rounds[id][g.round].remaining == 0;
        }
        uint256 freeBefore = escrow.freeBalanceOf(g.client);
        vm.prank(caller);
        _touched.push(id);
        try escrow.finalizeJob(id) {
            _expectOutcome(expected, true, "finalizeJob");
            if (s == AuctionEscrow.JobState.Running) {
                _rounds[id][g.round].endedAt = currentTime;
                g.endedAt = currentTime;
            }
            uint256 refund = _modelClose(id, s != AuctionEscrow.JobState.Failover);
            _observeRefund(id, freeBefore, refund);
            _count(
                s == AuctionEscrow.JobState.Ended
                    ? bytes32("finalize.ended")
                    : s == AuctionEscrow.JobState.Failover
                        ? bytes32("finalize.failover")
                        : bytes32("finalize.spent")
            );
        } catch {
            _expectOutcome(expected, false, "finalizeJob");
            _count("finalizeJob.rejected");
        }
    }

    // ================================================================ settlement

    /// @notice One provider-signed report of 1 to 4 usage entries (one in sixteen carries a signature by
    /// another provider's key and must be rejected as a whole).
    function settle(uint256 providerSeed, uint256 seed) external step {
        if (_mix(seed, 16) % 16 == 0) return _settleForged(providerSeed, seed);
        Settlement memory st = _newSettlement(4);
        AuctionEscrow.UsageReport memory rep = _buildReport(st, _busyProvider(providerSeed), seed);
        try escrow.settle(rep) {
            _checkSettlement(st);
            _count("settle");
        } catch {
            _surprise("settle: unexpected revert");
        }
    }

    /// @dev A report built like an honest one but signed by another provider: the contract settles the
    /// entries before it checks the signature, so this checks that the check reverts all of it. The model
    /// is rolled back with the chain (the whole attempt must be a no-op).
    function _settleForged(uint256 providerSeed, uint256 seed) internal {
        uint256 snap = vm.snapshotState();
        uint256 balanceBefore = token.balanceOf(address(escrow));
        Settlement memory st = _newSettlement(4);
        uint256 pi = _busyProvider(providerSeed);
        AuctionEscrow.UsageReport memory rep = _buildReport(st, pi, seed);
        uint256 forger = (pi + 1 + seed % (_providers.length - 1)) % _providers.length;
        rep.signature = _sig(_providerPks[forger], _reportDigest(rep.provider, rep.usages));
        bool accepted;
        try escrow.settle(rep) {
            accepted = true;
        } catch {}
        bool moved = token.balanceOf(address(escrow)) != balanceBefore;
        vm.revertToStateAndDelete(snap);
        if (accepted) _surprise("settle: report signed by another key accepted");
        if (moved) _surprise("settle: a rejected report moved tokens");
        _count("settle.forgedRejected");
    }

    /// @notice 1 to 3 reports (possibly twice the same provider) in one transaction.
    function settleBatch(uint256 seed) external step {
        uint256 n = 1 + _h(seed) % 3;
        Settlement memory st = _newSettlement(4 * n);
        AuctionEscrow.UsageReport[] memory reps = new AuctionEscrow.UsageReport[](n);
        for (uint256 i; i < n; ++i) {
            uint256 s = _mix(seed, i);
            reps[i] = _buildReport(st, _busyProvider(s), s >> 8);
        }
        try escrow.settleBatch(reps) {
            _checkSettlement(st);
            _count("settleBatch");
        } catch {
            _surprise("settleBatch: unexpected revert");
        }
    }

    function sweepFees() external step {
        uint256 owed = ghostFees - ghostSwept;
        uint256 before = token.balanceOf(treasury);
        try escrow.sweepFees() {
            _expectOutcome(owed > 0, true, "sweepFees");
            uint256 got = token.balanceOf(treasury) - before;
            if (got != owed) _surprise("sweepFees: amount");
            ghostSwept += got;
            _count("sweepFees");
        } catch {
            _expectOutcome(owed > 0, false, "sweepFees");
            _count("sweepFees.nothing");
        }
    }

    // ================================================================ staking

    function stake(uint256 who, uint256 amount) external step {
        address a = _stakerAt(who);
        uint256 bal = token.balanceOf(a);
        if (bal == 0) return;
        amount = bound(amount, 1, _min(bal, 150_000 ether));
        vm.startPrank(a);
        token.approve(address(staking), amount);
        staking.stake(amount);
        vm.stopPrank();
        _pos[a].active += amount;
        _count("stake");
    }

    function requestUnstake(uint256 who, uint256 amount) external step {
        address a = _stakerAt(who);
        Position storage p = _pos[a];
        if (p.active == 0) return;
        amount = bound(amount, 1, p.active);
        vm.prank(a);
        staking.requestUnstake(amount);
        p.active -= amount;
        p.unbonding += amount;
        p.unlockAt = currentTime + staking.unbondingDelay();
        _count("requestUnstake");
    }

    function withdrawStake(uint256 who) external step {
        address a = _unbondingStaker(who);
        Position storage p = _pos[a];
        bool expected = p.unbonding > 0 && currentTime >= p.unlockAt;
        uint256 before = token.balanceOf(a);
        vm.prank(a);
        try staking.withdraw() {
            _expectOutcome(expected, true, "withdrawStake");
            if (token.balanceOf(a) - before != p.unbonding) _surprise("withdrawStake: amount");
            p.unbonding = 0;
            p.unlockAt = 0;
            _count("withdrawStake");
        } catch {
            _expectOutcome(expected, false, "withdrawStake");
            _count("withdrawStake.rejected");
        }
    }

    /// @dev Governance slashes a staker directly (to the treasury), sometimes more than it holds.
    function governanceSlash(uint256 who, uint256 amount) external step {
        address a = _stakerAt(who);
        Position storage p = _pos[a];
        uint256 available = p.active + p.unbonding;
        if (available == 0) return;
        // Mostly up to 10% of the position; one in eight up to twice of it (clamped to what it holds).
        amount = _h(amount) % 8 == 0
            ? bound(amount >> 3, 1, available * 2)
            : bound(amount >> 3, 1, available / 10 + 1);
        uint256 slashed = _min(amount, available);
        uint256 before = token.balanceOf(treasury);
        vm.prank(governance);
        staking.slash(a, amount, treasury, "governance");
        if (token.balanceOf(treasury) - before != slashed) _surprise("governanceSlash: amount");
        uint256 fromActive = _min(slashed, p.active);
        p.active -= fromActive;
        p.unbonding -= slashed - fromActive;
        ghostSlashedToTreasury += slashed;
        _count("governanceSlash");
    }

    // ================================================================ governance and time

    /// @dev Governance retunes the fee and the slash rate (within their bounds).
    function setParams(uint256 feeSeed, uint256 slashSeed) external step {
        uint256 feeBps = bound(feeSeed, 0, 2000);
        uint256 slashBps = bound(slashSeed, 0, BPS);
        vm.prank(governance);
        escrow.setParams(
            AuctionEscrow.Params({
                treasury: treasury,
                feeBps: uint16(feeBps),
                slashBps: uint16(slashBps),
                settlementWindow: uint32(ghostSettlementWindow),
                failoverWindow: uint32(ghostFailoverWindow),
                controllerMinStake: uint96(ghostControllerMinStake)
            })
        );
        ghostFeeBps = feeBps;
        ghostSlashBps = slashBps;
        _count("setParams");
    }

    function warp(uint256 seed) external step {
        uint256 mode = _h(seed) % 8;
        uint256 hi = mode < 3 ? 2 minutes : mode < 6 ? 2 hours : mode < 7 ? 1 days : 8 days;
        currentTime += bound(seed >> 8, 1, hi);
        _count("warp");
    }

    // ================================================================ views for the invariants

    function clients() external view returns (address[] memory) {
        return _clients;
    }

    function providers() external view returns (address[] memory) {
        return _providers;
    }

    function stakers() external view returns (address[] memory) {
        return _stakers;
    }

    function ghostPosition(address a)
        external
        view
        returns (uint256 active, uint256 unbonding, uint256 unlockAt)
    {
        Position storage p = _pos[a];
        return (p.active, p.unbonding, p.unlockAt);
    }

    function ghostJob(uint256 id) external view returns (JobG memory) {
        return _jobs[id];
    }

    function ghostRound(uint256 id, uint256 round) external view returns (RoundG memory) {
        return _rounds[id][round];
    }

    /// @notice Every job of the model, index i holding job i + 1 (one call instead of one per job).
    function ghostJobs() external view returns (JobG[] memory jobs) {
        jobs = new JobG[](jobCount);
        for (uint256 i; i < jobCount; ++i) {
            jobs[i] = _jobs[i + 1];
        }
    }

    /// @notice The current round of every job (zeroes for a job never awarded), index i for job i + 1.
    function ghostCurrentRounds() external view returns (RoundG[] memory rounds) {
        rounds = new RoundG[](jobCount);
        for (uint256 i; i < jobCount; ++i) {
            rounds[i] = _rounds[i + 1][_jobs[i + 1].round];
        }
    }

    /// @notice Every round of every job, with its job's id and GPU count.
    function ghostAllRounds()
        external
        view
        returns (uint256[] memory jobIds, uint256[] memory gpus, RoundG[] memory rounds)
    {
        uint256 total;
        for (uint256 id = 1; id <= jobCount; ++id) {
            total += _jobs[id].round;
        }
        jobIds = new uint256[](total);
        gpus = new uint256[](total);
        rounds = new RoundG[](total);
        uint256 k;
        for (uint256 id = 1; id <= jobCount; ++id) {
            for (uint256 r = 1; r <= _jobs[id].round; ++r) {
                jobIds[k] = id;
                gpus[k] = _jobs[id].gpus;
                rounds[k++] = _rounds[id][r];
            }
        }
    }

    /// @notice Sum of the model's positions over all stakers.
    function ghostStakeTotals() external view returns (uint256 active, uint256 unbonding) {
        for (uint256 i; i < _stakers.length; ++i) {
            Position storage p = _pos[_stakers[i]];
            active += p.active;
            unbonding += p.unbonding;
        }
    }

    /// @notice Sum of the observed gross payouts over all jobs.
    function sumPaid() external view returns (uint256 sum) {
        for (uint256 id = 1; id <= jobCount; ++id) {
            sum += _jobs[id].paid;
        }
    }

    /// @notice Sum of the model's free balances over all clients.
    function sumGhostFree() external view returns (uint256 sum) {
        for (uint256 i; i < _clients.length; ++i) {
            sum += ghostFree[_clients[i]];
        }
    }

    /// @notice Sum of the model's remaining budgets over all jobs.
    function sumGhostRemaining() external view returns (uint256 sum) {
        for (uint256 id = 1; id <= jobCount; ++id) {
            sum += ghostRemaining(id);
        }
    }

    /// @notice The model's remaining budget of a job: its reserve plus what its rounds still hold.
    function ghostRemaining(uint256 id) public view returns (uint256 sum) {
        JobG storage g = _jobs[id];
        sum = g.reserve;
        for (uint256 r = 1; r <= g.round; ++r) {
            sum += _rounds[id][r].remaining;
        }
    }

    // ================================================================ internals: model

    /// @dev Re-reads every job the step touched: its remaining budget may only have gone down.
    function _afterStep() internal override {
        uint256 n = _touched.length;
        for (uint256 i; i < n; ++i) {
            uint256 id = _touched[i];
            if (id == 0 || id > jobCount) continue;
            JobG storage g = _jobs[id];
            uint256 remaining = escrow.getJob(id).remaining;
            if (remaining > g.lastSeenRemaining) ++remainingIncreases;
            g.lastSeenRemaining = remaining;
        }
        if (n > 0) delete _touched;
    }

    function _depositFor(address c, uint256 amount) internal returns (bool) {
        uint256 bal = token.balanceOf(c);
        if (bal == 0) return false;
        amount = bound(amount, 1, _min(bal, 1_000_000 ether));
        vm.startPrank(c);
        token.approve(address(escrow), amount);
        escrow.deposit(amount);
        vm.stopPrank();
        ghostFree[c] += amount;
        ghostDeposited += amount;
        return true;
    }

    function _createJob(
        uint256 who,
        uint256 priceSeed,
        uint256 budgetSeed,
        uint256 deadlineSeed,
        uint256 stakeSeed
    ) internal returns (bool created, uint256 id) {
        if (jobCount >= MAX_JOBS) return (false, 0);
        address c = _clients[who % _clients.length];
        uint256 maxPrice = _logUniform(priceSeed, 9, 15);
        uint16 gpus = uint16(1 + (priceSeed >> 64) % 8);
        uint256 budget = _logUniform(budgetSeed, 12, 20);
        uint256 deadline = currentTime + bound(deadlineSeed >> 8, 1, 2 days);
        uint256 minStake = _h(stakeSeed) % 4 == 0 ? bound(stakeSeed >> 8, 10_000 ether, 120_000 ether) : 0;
        bool invalid = _h(deadlineSeed) % 16 == 0;
        if (invalid) {
            uint256 what = (_h(deadlineSeed) >> 8) % 3;
            if (what == 0) gpus = 0;
            else if (what == 1) gpus = 256; // above MAX_GPUS
            else deadline = currentTime;
        }
        if (ghostFree[c] < budget && !_depositFor(c, budget - ghostFree[c])) return (false, 0);
        id = jobCount + 1;
        vm.prank(c);
        try escrow.createJob(
            keccak256(abi.encode(id)), maxPrice, gpus, budget, uint40(deadline), minStake
        ) returns (
            uint256 jobId
        ) {
            _expectOutcome(!invalid, true, "createJob");
            if (jobId != id) _surprise("createJob: unexpected id");
            jobCount = id;
            JobG storage g = _jobs[id];
            g.client = c;
            g.state = AuctionEscrow.JobState.Open;
            g.gpus = gpus;
            g.maxPrice = maxPrice;
            g.minStake = minStake;
            g.budget = budget;
            g.deadline = deadline;
            g.reserve = budget;
            g.lastSeenRemaining = budget;
            ghostFree[c] -= budget;
            _count("createJob");
            return (true, id);
        } catch {
            _expectOutcome(!invalid, false, "createJob");
            _count("createJob.rejected");
            return (false, 0);
        }
    }

    /// @dev Round `round` opens for `p` with the job's whole reserve.
    function _startRound(uint256 id, address p, uint256 price, uint256 round) internal {
        JobG storage g = _jobs[id];
        _rounds[id][round] = RoundG({
            provider: p,
            price: price,
            startedAt: currentTime,
            endedAt: 0,
            state: R_RUNNING,
            remaining: g.reserve,
            settled: 0,
            paid: 0
        });
        g.reserve = 0;
        g.provider = p;
        g.round = uint8(round);
        g.state = AuctionEscrow.JobState.Running;
        g.endedAt = 0;
    }

    /// @dev Most the model says the round can still pay now: for a running round the unpaid GPU-seconds
    /// served so far times the price, bounded by its remaining budget; for an ended round what it holds.
    function _maxDue(JobG storage g, RoundG storage r) internal view returns (uint256) {
        if (r.state != R_RUNNING) return r.remaining;
        uint256 cap = uint256(g.gpus) * (currentTime - r.startedAt);
        if (cap <= r.settled) return 0;
        return _min((cap - r.settled) * r.price, r.remaining);
    }

    /// @dev A running round ends now: everything the provider cannot claim for time served goes back at
    /// once; with nothing left to claim the job closes.
    function _modelEnd(uint256 id) internal returns (uint256 refund) {
        JobG storage g = _jobs[id];
        RoundG storage r = _rounds[id][g.round];
        uint256 due = _maxDue(g, r);
        refund = r.remaining - due;
        r.remaining = due;
        r.endedAt = currentTime;
        g.endedAt = currentTime;
        if (due == 0) {
            r.state = R_CLOSED;
            g.state = AuctionEscrow.JobState.Closed;
        } else {
            r.state = R_ENDED;
            g.state = AuctionEscrow.JobState.Ended;
        }
    }

    /// @dev The job closes: the reserve and (unless the round already closed) the round's remaining
    /// budget go back to the client.
    function _modelClose(uint256 id, bool closeRound) internal returns (uint256 refund) {
        JobG storage g = _jobs[id];
        if (closeRound && g.round > 0) {
            RoundG storage r = _rounds[id][g.round];
            refund = r.remaining;
            r.remaining = 0;
            r.state = R_CLOSED;
        }
        refund += g.reserve;
        g.reserve = 0;
        g.state = AuctionEscrow.JobState.Closed;
    }

    /// @dev Books a refund the model predicted and checks it against the client's observed free balance.
    function _observeRefund(uint256 id, uint256 freeBefore, uint256 expected) internal {
        JobG storage g = _jobs[id];
        uint256 freeAfter = escrow.freeBalanceOf(g.client);
        if (freeAfter < freeBefore) {
            _surprise("refund: free balance decreased");
            return;
        }
        uint256 got = freeAfter - freeBefore;
        if (got != expected) _surprise("refund: amount != model", got, expected);
        g.refunded += got;
        ghostFree[g.client] += expected;
        if (got > 0) _count("refund");
    }

    /// @dev The model of one usage entry (what the contract must pay for it), applied to the ghost round.
    /// Only the round (job, round, provider) can pay: while running up to gpuCount * seconds since the
    /// award, once ended up to what it kept at the end (and for at most ceil(kept / price) more
    /// GPU-seconds); a closed round (failed, finalized) pays nothing.
    function _modelUsage(address p, AuctionEscrow.Usage memory u) internal returns (uint256 amount) {
        if (u.jobId == 0 || u.jobId > jobCount) return 0;
        JobG storage g = _jobs[u.jobId];
        if (u.round == 0 || u.round > g.round) return 0;
        RoundG storage r = _rounds[u.jobId][u.round];
        if (r.provider != p) return 0;
        uint256 cumulative = u.cumulativeGpuSeconds;
        if (r.state == R_RUNNING) {
            cumulative = _min(cumulative, uint256(g.gpus) * (currentTime - r.startedAt));
        } else if (r.state == R_ENDED) {
            // what the round kept at its end pays for at most ceil(remaining / price) more GPU-seconds
            cumulative = _min(cumulative, r.settled + (r.remaining + r.price - 1) / r.price);
        } else {
            return 0;
        }
        if (cumulative <= r.settled) return 0;
        amount = (cumulative - r.settled) * r.price;
        if (amount >= r.remaining) {
            amount = r.remaining;
            _count("usage.budgetExhausted");
        }
        r.remaining -= amount;
        r.settled = cumulative;
    }

    // ================================================================ internals: settlement

    function _newSettlement(uint256 maxUsages) internal view returns (Settlement memory st) {
        st.jobs = new uint256[](maxUsages);
        st.expected = new uint256[](maxUsages);
        st.before = new uint256[](maxUsages);
        st.provs = new address[](maxUsages);
        st.expectedNet = new uint256[](maxUsages);
        st.balBefore = new uint256[](maxUsages);
        st.feesBefore = escrow.feesOwed();
    }

    /// @dev Builds and signs one report of provider `pi`, applying each entry to the model and noting
    /// what the contract must pay per job and per provider.
    function _buildReport(Settlement memory st, uint256 pi, uint256 seed)
        internal
        returns (AuctionEscrow.UsageReport memory rep)
    {
        address p = _providers[pi];
        seed = _h(seed);
        uint256 n = 1 + seed % 4;
        AuctionEscrow.Usage[] memory usages = new AuctionEscrow.Usage[](n);
        uint256 gross;
        for (uint256 k; k < n; ++k) {
            usages[k] = _makeUsage(p, _mix(seed, k));
            _noteJob(st, usages[k].jobId);
            uint256 amount = _modelUsage(p, usages[k]);
            _addExpected(st, usages[k].jobId, amount);
            gross += amount;
            if (amount > 0) _count("usage.paid");
            else _count("usage.rejected");
        }
        uint256 fee = gross * ghostFeeBps / BPS;
        _noteProvider(st, p, gross - fee);
        st.expectedFees += fee;
        ghostFees += fee;
        rep.provider = p;
        rep.usages = usages;
        rep.signature = _sig(_providerPks[pi], _reportDigest(p, usages));
    }

    /// @dev One usage entry: mostly an honest cumulative count for one of the provider's payable jobs
    /// (partial, exactly the time served, or over it), sometimes stale, for a round it does not own, for
    /// a round that closed (failed or finalized), or for a job that is not the provider's (or does not exist).
    function _makeUsage(address p, uint256 s) internal returns (AuctionEscrow.Usage memory u) {
        uint256 mode = s % 20;
        uint256 x = s >> 128;
        if (mode == 18) {
            (bool closed, uint256 cid, uint256 cround) = _findClosedRound(p, s >> 8);
            if (closed) {
                u.jobId = cid;
                u.round = cround;
                u.cumulativeGpuSeconds = _rounds[cid][cround].settled + 1 + x % 1e6;
                _count("usage.closedRound");
                return u;
            }
        }
        (bool found, uint256 id) = mode < 18 ? _findProviderJob(p, s >> 8) : (false, 0);
        if (!found) {
            u.jobId = 1 + (s >> 8) % (jobCount + 1);
            u.round = x % 3;
            u.cumulativeGpuSeconds = x % 1e6;
            _count("usage.foreign");
            return u;
        }
        JobG storage g = _jobs[id];
        RoundG storage r = _rounds[id][g.round];
        // GPU-seconds actually served in this round so far.
        uint256 served = uint256(g.gpus) * ((r.endedAt == 0 ? currentTime : r.endedAt) - r.startedAt);
        u.jobId = id;
        u.round = g.round;
        if (mode < 9) {
            u.cumulativeGpuSeconds = served > r.settled ? r.settled + bound(x, 1, served - r.settled) : served;
        } else if (mode < 13) {
            u.cumulativeGpuSeconds = served;
        } else if (mode < 16) {
            u.cumulativeGpuSeconds = x % 2 == 0 ? served + 1 + x % 1e6 : type(uint256).max - x % 1e6;
            _count(r.state == R_ENDED ? bytes32("usage.overCap.ended") : bytes32("usage.overCap.running"));
        } else if (mode == 16) {
            u.cumulativeGpuSeconds = r.settled == 0 ? 0 : bound(x, 0, r.settled);
            _count("usage.stale");
        } else {
            u.round = g.round == 1 || x % 2 == 0 ? g.round + 1 : g.round - 1;
            u.cumulativeGpuSeconds = served;
            _count("usage.wrongRound");
        }
    }

    /// @dev A closed round of provider `p` (it failed, or the job was finalized), scanning from a random start.
    function _findClosedRound(address p, uint256 seed) internal view returns (bool, uint256, uint256) {
        uint256 n = jobCount;
        if (n == 0) return (false, 0, 0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (start + k) % n;
            uint256 rounds = _jobs[id].round;
            for (uint256 r = 1; r <= rounds; ++r) {
                RoundG storage rg = _rounds[id][r];
                if (rg.provider == p && rg.state == R_CLOSED) return (true, id, r);
            }
        }
        return (false, 0, 0);
    }

    function _noteJob(Settlement memory st, uint256 id) internal view {
        for (uint256 i; i < st.nJobs; ++i) {
            if (st.jobs[i] == id) return;
        }
        st.jobs[st.nJobs] = id;
        st.before[st.nJobs] = escrow.getJob(id).remaining;
        ++st.nJobs;
    }

    function _addExpected(Settlement memory st, uint256 id, uint256 amount) internal pure {
        for (uint256 i; i < st.nJobs; ++i) {
            if (st.jobs[i] == id) {
                st.expected[i] += amount;
                return;
            }
        }
    }

    function _noteProvider(Settlement memory st, address p, uint256 net) internal view {
        for (uint256 i; i < st.nProvs; ++i) {
            if (st.provs[i] == p) {
                st.expectedNet[i] += net;
                return;
            }
        }
        st.provs[st.nProvs] = p;
        st.expectedNet[st.nProvs] = net;
        st.balBefore[st.nProvs] = token.balanceOf(p);
        ++st.nProvs;
    }

    /// @dev Compares what each job, each provider and the fee pot observably got with the model, and
    /// books the observed payments per job and per round.
    function _checkSettlement(Settlement memory st) internal {
        for (uint256 i; i < st.nJobs; ++i) {
            uint256 id = st.jobs[i];
            uint256 afterRemaining = escrow.getJob(id).remaining;
            if (id > 0 && id <= jobCount) {
                // the step's remaining-never-increases check, done here instead of in _afterStep
                JobG storage gj = _jobs[id];
                if (afterRemaining > gj.lastSeenRemaining) ++remainingIncreases;
                gj.lastSeenRemaining = afterRemaining;
            }
            if (afterRemaining > st.before[i]) {
                _surprise("settle: remaining increased");
                continue;
            }
            uint256 paid = st.before[i] - afterRemaining;
            if (paid != st.expected[i]) _surprise("settle: job paid != model", paid, st.expected[i]);
            if (paid == 0) continue;
            JobG storage g = _jobs[id];
            g.paid += paid;
            _rounds[id][g.round].paid += paid;
        }
        for (uint256 i; i < st.nProvs; ++i) {
            uint256 net = token.balanceOf(st.provs[i]) - st.balBefore[i];
            if (net != st.expectedNet[i]) {
                _surprise("settle: provider net payout != gross - fee", net, st.expectedNet[i]);
            }
        }
        uint256 fees = escrow.feesOwed() - st.feesBefore;
        if (fees != st.expectedFees) _surprise("settle: fee != floor(gross * bps)", fees, st.expectedFees);
    }

    // ================================================================ internals: selection

    function _matches(uint256 id, uint256 filter) internal view returns (bool) {
        JobG storage g = _jobs[id];
        AuctionEscrow.JobState s = g.state;
        if (filter == F_ANY) return true;
        if (filter == F_BIDDABLE) return s == AuctionEscrow.JobState.Open && currentTime <= g.deadline;
        if (filter == F_RUNNING) return s == AuctionEscrow.JobState.Running;
        if (filter == F_FAILOVER) return s == AuctionEscrow.JobState.Failover;
        if (filter == F_STOPPABLE) {
            return s == AuctionEscrow.JobState.Open || s == AuctionEscrow.JobState.Running
                || s == AuctionEscrow.JobState.Failover;
        }
        // F_FINALIZABLE
        return s == AuctionEscrow.JobState.Ended || s == AuctionEscrow.JobState.Failover
            || (s == AuctionEscrow.JobState.Running && _rounds[id][g.round].remaining == 0);
    }

    /// @dev The first job matching `filter`, scanning from a random start.
    function _findJob(uint256 seed, uint256 filter) internal view returns (bool, uint256) {
        uint256 n = jobCount;
        if (n == 0) return (false, 0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (start + k) % n;
            if (_matches(id, filter)) return (true, id);
        }
        return (false, 0);
    }

    /// @dev A job of provider `p` it can still be paid for, scanning from a random start.
    function _findProviderJob(address p, uint256 seed) internal view returns (bool, uint256) {
        uint256 n = jobCount;
        if (n == 0) return (false, 0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (start + k) % n;
            JobG storage g = _jobs[id];
            AuctionEscrow.JobState s = g.state;
            if (g.provider == p && (s == AuctionEscrow.JobState.Running || s == AuctionEscrow.JobState.Ended))
            {
                return (true, id);
            }
        }
        return (false, 0);
    }

    /// @dev Mostly a provider with a job it can be paid for (scanning from a random start); one in
    /// eight times whoever comes first.
    function _busyProvider(uint256 seed) internal view returns (uint256) {
        uint256 n = _providers.length;
        uint256 start = seed % n;
        if (_h(seed) % 8 == 0) return start;
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            (bool found,) = _findProviderJob(_providers[i], seed >> 16);
            if (found) return i;
        }
        return start;
    }

    function _eligible(address p, uint256 jobMinimum) internal view returns (bool) {
        uint256 required = _max(jobMinimum, ghostMinStake);
        uint256 active = _pos[p].active;
        return active > 0 && active >= required;
    }

    function _controllerOk() internal view returns (bool) {
        return _pos[controller].active >= ghostControllerMinStake;
    }

    /// @dev An eligible provider if there is one (scanning from a random start), else a random one.
    function _eligibleProvider(uint256 seed, uint256 jobMinimum) internal view returns (uint256) {
        uint256 n = _providers.length;
        uint256 start = seed % n;
        if (_h(seed) % 16 == 0) return start; // sometimes try whoever comes first
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            if (_eligible(_providers[i], jobMinimum)) return i;
        }
        return start;
    }

    /// @dev Signs two other providers' bids for the same job, kept for a failover.
    function _storeBackups(uint256 id, uint256 winner, uint256 seed) internal {
        uint256 n = _providers.length;
        for (uint256 k = 1; k <= 2; ++k) {
            uint256 qi = (winner + k + seed % n) % n;
            if (qi == winner) continue;
            address q = _providers[qi];
            uint256 s = _mix(seed, k);
            AuctionEscrow.Bid memory bid = AuctionEscrow.Bid({
                jobId: id,
                provider: q,
                pricePerGpuSecond: bound(s, 1, _jobs[id].maxPrice),
                expiry: currentTime + bound(s >> 128, 10 minutes, 3 days),
                nonce: _nextNonce[q]++
            });
            _backups[id].push(StoredBid({bid: bid, sig: _sig(_providerPks[qi], _bidDigest(bid))}));
        }
    }

    /// @dev Mostly the first stored backup bid that can win (as a controller would pick it), sometimes
    /// any stored bid (it may have expired, been cancelled, be the failed provider's own, or come from a
    /// provider no longer eligible), and when none is stored a fresh bid from another provider.
    function _backupBid(uint256 id, uint256 seed) internal returns (StoredBid memory sb) {
        StoredBid[] storage list = _backups[id];
        JobG storage g = _jobs[id];
        uint256 n = list.length;
        uint256 h = _h(seed);
        if (n > 0 && h % 4 == 0) return list[(h >> 8) % n];
        uint256 start = n == 0 ? 0 : seed % n;
        for (uint256 k; k < n; ++k) {
            AuctionEscrow.Bid storage b = list[(start + k) % n].bid;
            if (
                b.provider != g.provider && currentTime <= b.expiry && !_nonceUsed[b.provider][b.nonce]
                    && _eligible(b.provider, g.minStake)
            ) return list[(start + k) % n];
        }
        if (n > 0 && h % 8 != 1) return list[(h >> 8) % n];
        n = _providers.length;
        uint256 qi = (seed >> 8) % n;
        if (_providers[qi] == g.provider) qi = (qi + 1) % n;
        address q = _providers[qi];
        sb.bid = AuctionEscrow.Bid({
            jobId: id,
            provider: q,
            pricePerGpuSecond: bound(seed >> 16, 1, g.maxPrice),
            expiry: currentTime + 1 hours,
            nonce: _nextNonce[q]++
        });
        sb.sig = _sig(_providerPks[qi], _bidDigest(sb.bid));
    }

    function _restakeController() internal {
        uint256 missing = ghostControllerMinStake - _pos[controller].active;
        if (token.balanceOf(controller) < missing) return;
        vm.startPrank(controller);
        token.approve(address(staking), missing);
        staking.stake(missing);
        vm.stopPrank();
        _pos[controller].active += missing;
        _count("controllerRestake");
    }

    /// @dev Mostly a staker with something unbonding (whether or not it is unlocked yet).
    function _unbondingStaker(uint256 seed) internal view returns (address) {
        if (_h(seed) % 8 == 0) return _stakerAt(seed >> 3);
        uint256 n = _stakers.length;
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            address a = _stakers[(start + k) % n];
            if (_pos[a].unbonding > 0) return a;
        }
        return _stakerAt(seed >> 3);
    }

    /// @dev EIP-712 digests computed independently of the contract (as the provider's node does), so a
    /// hashing mistake in the contract shows up as rejected signatures.
    function _bidDigest(AuctionEscrow.Bid memory b) internal view returns (bytes32) {
        bytes32 structHash =
            keccak256(abi.encode(BID_TYPEHASH, b.jobId, b.provider, b.pricePerGpuSecond, b.expiry, b.nonce));
        return keccak256(abi.encodePacked("\x19\x01", _escrowDomain, structHash));
    }

    function _reportDigest(address p, AuctionEscrow.Usage[] memory usages) internal view returns (bytes32) {
        bytes32[] memory hashes = new bytes32[](usages.length);
        for (uint256 i; i < usages.length; ++i) {
            AuctionEscrow.Usage memory u = usages[i];
            hashes[i] = keccak256(abi.encode(USAGE_TYPEHASH, u.jobId, u.round, u.cumulativeGpuSeconds));
        }
        bytes32 structHash =
            keccak256(abi.encode(USAGE_REPORT_TYPEHASH, p, keccak256(abi.encodePacked(hashes))));
        return keccak256(abi.encodePacked("\x19\x01", _escrowDomain, structHash));
    }

    function _stakerAt(uint256 seed) internal view returns (address) {
        if (_h(seed) % 16 == 0) return controller;
        return _providers[(seed >> 3) % _providers.length];
    }

    function _otherClient(address c) internal view returns (address) {
        for (uint256 i; i < _clients.length; ++i) {
            if (_clients[i] != c) return _clients[i];
        }
        return KEEPER;
    }

    function _max(uint256 a, uint256 b) internal pure returns (uint256) {
        return a > b ? a : b;
    }
}
