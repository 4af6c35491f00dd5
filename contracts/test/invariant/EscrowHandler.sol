// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {HandlerBase} from "./HandlerBase.sol";
import {Vm} from "../base/Vm.sol";
import {GinToken} from "../../src/GinToken.sol";
import {ProviderStaking} from "../../src/ProviderStaking.sol";
import {AuctionEscrow} from "../../src/AuctionEscrow.sol";

/// @notice Drives AuctionEscrow (and the staking that holds its award collateral) through the whole
/// marketplace: clients deposit (approve or permit), withdraw, post and stop jobs; providers stake, unstake
/// (also more than their unlocked stake), withdraw, sign bids (sometimes for other job terms) and usage
/// reports, cancel single bid nonces or every nonce below a bound; jobs are awarded by their client or a
/// controller (each award locking the provider's collateral), settled with single reports and batches
/// (random cumulative GPU-seconds, sometimes stale, over the cap, for the wrong round or the wrong job, for
/// a failed round, or signed by the wrong key), completed, failed over (no stake moves: the failed round
/// keeps the provider's due) to backup bids and finalized; finished rounds are closed (refund, collateral
/// freed) before, at and after their settlement windows; the guardian pauses and unpauses; governance
/// retunes every parameter within its bounds (sometimes out of them) and tries to slash (which it no longer
/// can); fees are swept; time moves on, also to the edges of the windows.
/// @dev The handler keeps an independent model of every balance, job, round and collateral lock (the
/// "ghost" state) and observes every money movement (token balances, free balances, remaining budgets,
/// locked stake) around each call. Amounts paid and refunded per job and per round are the observed ones;
/// the model's predictions are compared with them on the spot and any mismatch is a surprise (see
/// HandlerBase).
contract EscrowHandler is HandlerBase {
    uint256 internal constant BPS = 10_000;
    uint256 internal constant MAX_JOBS = 32;
    address internal constant KEEPER = address(0x4EE9);
    uint256 internal constant MASK_96 = (1 << 96) - 1;

    // job filters for _findJob
    uint256 internal constant F_ANY = 0;
    uint256 internal constant F_BIDDABLE = 1; // Open and before the bidding deadline
    uint256 internal constant F_RUNNING = 2;
    uint256 internal constant F_FAILOVER = 3;
    uint256 internal constant F_STOPPABLE = 4; // Open, Running, Failover
    uint256 internal constant F_FINALIZABLE = 5; // Ended, Failover, or Running with nothing left
    uint256 internal constant F_RESERVE_AFTER_FAILURE = 6; // Running, and a failover now leaves a reserve

    // round states (RoundSlot's RoundState)
    uint8 internal constant R_RUNNING = 1;
    uint8 internal constant R_ENDED = 2;
    uint8 internal constant R_CLOSED = 3;

    struct Position {
        uint256 active;
        uint256 unbonding;
        uint256 unlockAt;
        uint256 locked; // collateral of the provider's unreleased rounds
    }

    /// @dev A job as the model sees it. Its remaining budget is `reserve` (budget no round holds: Open,
    /// Failover) plus what its rounds still hold (the current round, and earlier rounds that failed over
    /// and still owe their provider its due for time served).
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
        uint256 lastSeenRemaining; // everything the job held after the last step that touched it
        // terms fixed at creation (the parameters in force then)
        uint256 feeBps;
        uint256 slashMultiple;
        uint256 settlementWindow;
        uint256 failoverWindow;
        uint256 challengeWindow;
    }

    /// @dev One award round: its terms, the model's money and state, its collateral, and what it
    /// observably paid and refunded.
    struct RoundG {
        address provider;
        uint256 price;
        uint256 startedAt;
        uint256 endedAt; // 0 while the round runs
        uint8 state; // model: R_RUNNING, R_ENDED or R_CLOSED
        uint256 remaining; // model: budget the round may still pay
        uint256 settled; // model: GPU-seconds paid
        uint256 paid; // observed
        uint256 collateral; // locked from the provider's stake at the award
        bool released; // the collateral was freed
        uint256 refundedDue; // observed: part of the provider's due (held after the round ended) refunded
        uint256 refundedAt; // when that refund happened
        bool waived; // the provider itself gave the due up (closeRound / finalizeJob before the window)
    }

    struct StoredBid {
        AuctionEscrow.Bid bid;
        bytes sig;
    }

    /// @dev Expectations and snapshots around one settle / settleBatch call: per job (everything it holds),
    /// per round (its word's remaining budget), per provider (net payout) and for the fee pot.
    struct Settlement {
        uint256[] jobs;
        uint256[] expected;
        uint256[] before;
        uint256 nJobs;
        uint256[] rJobs;
        uint256[] rRounds;
        uint256[] rExpected;
        uint256[] rBefore;
        uint256 nRounds;
        address[] provs;
        uint256[] expectedNet;
        uint256[] balBefore;
        uint256 nProvs;
        uint256 expectedFees;
        uint256 feesBefore;
        uint256 forged; // reports signed by the wrong key (rejected, skipped in a batch)
    }

    GinToken public immutable token;
    ProviderStaking public immutable staking;
    AuctionEscrow public immutable escrow;
    address public immutable governance;
    address public immutable guardian;
    address public immutable treasury;
    address public immutable controller;

    uint256[] internal _clientPks;
    address[] internal _clients;
    uint256[] internal _providerPks;
    address[] internal _providers;
    address[] internal _stakers; // providers, the acting controller, and the other (passive) controllers

    // ---------------------------------------------------------------- ghost state
    /// @notice Model of each client's free escrow balance.
    mapping(address client => uint256) public ghostFree;
    uint256 public ghostDeposited;
    uint256 public ghostWithdrawn;
    /// @notice Fees the model expects (floor(sum of gross x the job's fee units x 10 / BPS) per report), ever.
    uint256 public ghostFees;
    /// @notice Fees observed arriving at the treasury through sweepFees.
    uint256 public ghostSwept;
    /// @notice Times a job's remaining budget was observed higher than after the previous step that
    /// touched it. (Jobs a step did not touch are compared with lastSeenRemaining by the invariant.)
    uint256 public remainingIncreases;
    /// @notice Times a provider's due could not be settled in full (probeClaim), or was refunded to the
    /// client before the round's settlement window passed without the provider giving it up.
    uint256 public claimViolations;
    /// @dev Jobs the current step called the escrow about.
    uint256[] internal _touched;
    uint256 public ghostMinStake;
    bool public ghostPaused;

    uint256 public ghostFeeBps;
    uint256 public ghostSlashMultiple;
    uint256 public ghostSettlementWindow;
    uint256 public ghostFailoverWindow;
    uint256 public ghostChallengeWindow;
    uint256 public ghostControllerMinStake;

    mapping(address account => Position) internal _pos;
    uint256 public jobCount;
    mapping(uint256 jobId => JobG) internal _jobs;
    mapping(uint256 jobId => mapping(uint256 round => RoundG)) internal _rounds;
    mapping(uint256 jobId => StoredBid[]) internal _backups;
    mapping(address provider => uint256) internal _nextNonce;
    mapping(address provider => uint256) internal _minNonce;
    mapping(address provider => mapping(uint256 nonce => bool)) internal _nonceUsed;
    /// @dev The escrow's EIP-712 domain, computed as a provider's signer would.
    bytes32 internal immutable _escrowDomain;

    bytes32 internal constant BID_TYPEHASH = keccak256(
        "Bid(uint256 jobId,bytes32 terms,address provider,uint256 pricePerGpuSecond,uint256 expiry,uint256 nonce)"
    );
    bytes32 internal constant USAGE_TYPEHASH =
        keccak256("Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)");
    bytes32 internal constant USAGE_REPORT_TYPEHASH = keccak256(
        "UsageReport(address provider,Usage[] usages)Usage(uint256 jobId,uint256 round,uint256 cumulativeGpuSeconds)"
    );

    /// @dev Who acts for governance and for the guardian, and the actors.
    struct Actors {
        address governance;
        address guardian;
        address treasury;
        uint256 controllerPk;
        uint256[] clientPks;
        uint256[] providerPks;
        address[] passiveStakers;
    }

    constructor(GinToken token_, ProviderStaking staking_, AuctionEscrow escrow_, Actors memory a) {
        token = token_;
        staking = staking_;
        escrow = escrow_;
        governance = a.governance;
        guardian = a.guardian;
        treasury = a.treasury;
        controller = vm.addr(a.controllerPk);
        currentTime = block.timestamp;
        _escrowDomain = _domainSeparator("Gintonic AuctionEscrow", "2", address(escrow_));
        for (uint256 i; i < a.clientPks.length; ++i) {
            _clientPks.push(a.clientPks[i]);
            _clients.push(vm.addr(a.clientPks[i]));
        }
        for (uint256 i; i < a.providerPks.length; ++i) {
            _providerPks.push(a.providerPks[i]);
            _providers.push(vm.addr(a.providerPks[i]));
            _stakers.push(vm.addr(a.providerPks[i]));
        }
        _stakers.push(controller);
        for (uint256 i; i < a.passiveStakers.length; ++i) {
            _stakers.push(a.passiveStakers[i]);
        }
        for (uint256 i; i < _stakers.length; ++i) {
            address s = _stakers[i];
            (uint256 unbonding, uint64 unlockAt) = staking_.unbondingOf(s);
            _pos[s] = Position(staking_.stakeOf(s), unbonding, unlockAt, staking_.lockedStakeOf(s));
        }
        (, uint16 feeBps, uint16 slashMultiple, uint32 sw, uint32 fw, uint32 cw, uint96 cms) =
            escrow_.params();
        ghostFeeBps = feeBps;
        ghostSlashMultiple = slashMultiple;
        ghostSettlementWindow = sw;
        ghostFailoverWindow = fw;
        ghostChallengeWindow = cw;
        ghostControllerMinStake = cms;
        ghostMinStake = staking_.minStake(); // no action changes it in this suite
    }

    // ================================================================ client funds

    function deposit(uint256 who, uint256 amount) external step {
        address c = _clients[who % _clients.length];
        if (_depositFor(c, amount)) _count("deposit");
    }

    /// @dev mode 0: plain permit; 1: the permit is front-run and the deposit falls back on the
    /// allowance; 2: an expired permit without allowance (must fail). Deposits stop while paused.
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
        bool expected = mode != 2 && !ghostPaused;
        uint256 before = token.balanceOf(address(escrow));
        vm.prank(c);
        try escrow.depositWithPermit(amount, deadline, v, r, s) {
            _expectOutcome(expected, true, "depositWithPermit");
            if (token.balanceOf(address(escrow)) - before != amount) _surprise("depositWithPermit: amount");
            ghostFree[c] += amount;
            ghostDeposited += amount;
            _count(mode == 1 ? bytes32("depositWithPermit.frontrun") : bytes32("depositWithPermit"));
        } catch {
            _expectOutcome(expected, false, "depositWithPermit");
            if (mode == 1) {
                vm.prank(c);
                token.approve(address(escrow), 0);
            }
            _count(ghostPaused ? bytes32("depositWithPermit.paused") : bytes32("depositWithPermit.rejected"));
        }
    }

    /// @dev One in eight asks for more than the free balance (must fail). Works while paused.
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
            _count(ghostPaused ? bytes32("withdraw.paused") : bytes32("withdraw"));
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
    /// over the maximum price, expired, signed by the wrong key or for other job terms (must fail). Two
    /// more providers' bids are kept as backups for a failover.
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
        uint256 pi = _eligibleProvider(providerSeed, id);
        address p = _providers[pi];
        uint256 mode = _h(priceSeed) % 16;
        AuctionEscrow.Bid memory bid = AuctionEscrow.Bid({
            jobId: id,
            terms: mode == 3 ? _termsHash(id == 1 ? 2 : id - 1) : _termsHash(id),
            provider: p,
            pricePerGpuSecond: mode == 0
                ? g.maxPrice + 1 + (priceSeed >> 8) % 1e9
                : _bidPrice(priceSeed >> 8, id, p),
            expiry: mode == 1 ? currentTime - 1 : currentTime + bound(expirySeed, 0, 2 days),
            nonce: _freshNonce(p)
        });
        uint256 signer = _providerPks[mode == 2 ? (pi + 1) % _providers.length : pi];
        bytes memory sig = _sig(signer, _bidDigest(bid));
        bool expected = mode > 3 && !ghostPaused && _eligible(p, id, bid.pricePerGpuSecond)
            && (!byController || _controllerOk());
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
            _count(
                ghostPaused
                    ? bytes32("award.paused")
                    : mode == 3 ? bytes32("award.rej.otherTerms") : bytes32("award.rejected")
            );
        }
    }

    /// @dev Re-awards a failed job, mostly to a backup bid from the original auction (which may have
    /// expired, been cancelled, be the failed provider's own, or come from an ineligible provider).
    function awardBackup(uint256 jobSeed, uint256 bidSeed, uint256 callerSeed) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_FAILOVER);
        if (!found) {
            // No job waits for a backup: the controller fails a running one over first (one that will
            // have a reserve left for the backup).
            (found, id) = _findJob(jobSeed, F_RESERVE_AFTER_FAILURE);
            if (!found || !_reportFailure(id)) return;
        }
        JobG storage g = _jobs[id];
        bool byController = _h(callerSeed) % 2 == 0;
        StoredBid memory sb = _backupBid(id, bidSeed);
        address p = sb.bid.provider;
        bool expected = !ghostPaused && g.reserve > 0 && p != g.provider && g.round < type(uint8).max
            && currentTime <= sb.bid.expiry && _nonceValid(p, sb.bid.nonce)
            && _eligible(p, id, sb.bid.pricePerGpuSecond) && (!byController || _controllerOk());
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
                ghostPaused
                    ? bytes32("awardBackup.paused")
                    : g.reserve == 0
                        ? bytes32("awardBackup.rej.noReserve")
                        : p == g.provider
                            ? bytes32("awardBackup.rej.sameProvider")
                            : currentTime > sb.bid.expiry
                                ? bytes32("awardBackup.rej.expired")
                                : !_nonceValid(p, sb.bid.nonce)
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
            nonce = _freshNonce(p);
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

    /// @dev A provider voids every bid below a nonce: mostly all it signed so far (its stored backup bids
    /// die with them), sometimes only part, one in eight a bound that does not go up (must fail).
    function cancelBidsBelow(uint256 who, uint256 seed) external step {
        address p = _providers[who % _providers.length];
        uint256 current = _minNonce[p];
        uint256 h = _h(seed);
        uint256 newMin;
        if (h % 8 == 0) newMin = bound(seed >> 8, 0, current);
        else if (h % 8 < 5) newMin = _max(_nextNonce[p], current + 1);
        else newMin = current + 1 + (seed >> 8) % 4;
        bool expected = newMin > current;
        vm.prank(p);
        try escrow.cancelBidsBelow(newMin) {
            _expectOutcome(expected, true, "cancelBidsBelow");
            _minNonce[p] = newMin;
            if (_nextNonce[p] < newMin) _nextNonce[p] = newMin;
            _count("cancelBidsBelow");
        } catch {
            _expectOutcome(expected, false, "cancelBidsBelow");
            _count("cancelBidsBelow.rejected");
        }
    }

    /// @dev The client stops a job (Open: cancel; Running: end the round; Failover: close and refund the
    /// reserve, the failed round keeps its due). One in eight calls is made by another client or on a job
    /// in any state (must fail unless the state allows it). Works while paused.
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
                refund = g.reserve;
                g.reserve = 0;
                g.state = AuctionEscrow.JobState.Closed;
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

    /// @dev The controller fails the provider of a running job over. No stake moves (no client wallet, no
    /// staking balance changes); the round keeps what its time served allows (the provider's due, still
    /// settleable) and ends (or closes when nothing is due); the rest goes to the job's reserve.
    function reportFailure(uint256 jobSeed) external step {
        (bool found, uint256 id) = _findJob(jobSeed, F_RUNNING);
        if (!found) return;
        // A controller that unstaked below the minimum sometimes stakes back up first.
        if (!_controllerOk() && _h(jobSeed) % 2 == 0) _restakeController();
        _reportFailure(id);
    }

    /// @dev Finalizes an ended job, a failed job or a running job with no budget left, as its provider,
    /// its client, the controller or a keeper, before or after the settlement / failover window.
    function finalizeJob(uint256 jobSeed, uint256 callerSeed) external step {
        callerSeed = _h(callerSeed);
        (bool found, uint256 id) = _findJob(jobSeed, callerSeed % 8 == 0 ? F_ANY : F_FINALIZABLE);
        if (!found) return;
        JobG storage g = _jobs[id];
        uint256 who = (callerSeed >> 8) % 4;
        address caller = who == 0 ? g.provider : who == 1 ? g.client : who == 2 ? controller : KEEPER;
        if (caller == address(0)) caller = KEEPER;
        _finalizeAs(id, caller);
    }

    /// @dev Closes a finished round (refunds the due its provider left unsettled, frees its collateral once
    /// its settlement window is over), as its provider (at once: waives the due), its client or a keeper.
    /// One in eight picks a round that cannot be closed (running, unknown, or the current round of an
    /// ended job), which must fail.
    function closeRound(uint256 seed, uint256 callerSeed) external step {
        (bool found, uint256 id, uint256 round, address p) = _closableRound(seed);
        if (!found) return;
        callerSeed = _h(callerSeed);
        uint256 who = callerSeed % 3;
        address caller = who == 0 ? p : who == 1 ? _jobs[id].client : KEEPER;
        _closeRoundAs(id, round, p, caller);
    }

    /// @dev Takes a finished round to the edge of its settlement window (or a failed job to the edge of its
    /// failover window) and has a keeper try one second before (must fail) and at the edge (must succeed).
    function windowEdge(uint256 seed) external step {
        seed = _h(seed);
        if (seed % 2 == 0) {
            (bool found, uint256 id) = _findJob(seed >> 8, F_FAILOVER);
            if (found) {
                uint256 until = _jobs[id].endedAt + _jobs[id].failoverWindow;
                if (until > currentTime) {
                    _warpTo(until - 1);
                    _finalizeAs(id, KEEPER);
                    _warpTo(until);
                    _finalizeAs(id, KEEPER);
                    _count("windowEdge.failover");
                    return;
                }
            }
        }
        (bool ok, uint256 jid, uint256 round) = _pendingRound(seed >> 16);
        if (!ok) return;
        RoundG storage r = _rounds[jid][round];
        uint256 edge = r.endedAt + _jobs[jid].settlementWindow;
        if (edge <= currentTime) return;
        _warpTo(edge - 1);
        _closeOrFinalize(jid, round);
        _warpTo(edge);
        _closeOrFinalize(jid, round);
        _count("windowEdge.settlement");
    }

    // ================================================================ settlement

    /// @notice One provider-signed report of 1 to 4 usage entries (one in sixteen carries a signature by
    /// another provider's key and must be rejected as a whole). Works while paused.
    function settle(uint256 providerSeed, uint256 seed) external step {
        if (_mix(seed, 16) % 16 == 0) return _settleForged(providerSeed, seed);
        Settlement memory st = _newSettlement(4);
        AuctionEscrow.UsageReport memory rep = _buildReport(st, _busyProvider(providerSeed), seed, false);
        try escrow.settle(rep) {
            _checkSettlement(st);
            _count(ghostPaused ? bytes32("settle.paused") : bytes32("settle"));
        } catch {
            _surprise("settle: unexpected revert");
        }
    }

    /// @dev A report built like an honest one but signed by another provider: settle must revert before
    /// settling anything. The model is rolled back with the chain (the whole attempt must be a no-op).
    function _settleForged(uint256 providerSeed, uint256 seed) internal {
        uint256 snap = vm.snapshotState();
        uint256 balanceBefore = token.balanceOf(address(escrow));
        Settlement memory st = _newSettlement(4);
        uint256 pi = _busyProvider(providerSeed);
        AuctionEscrow.UsageReport memory rep = _buildReport(st, pi, seed, false);
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

    /// @notice 1 to 3 reports (possibly twice the same provider) in one transaction; one in six is signed
    /// by another provider's key and must be skipped (ReportRejected) while the others settle. Works while
    /// paused.
    function settleBatch(uint256 seed) external step {
        uint256 n = 1 + _h(seed) % 3;
        Settlement memory st = _newSettlement(4 * n);
        AuctionEscrow.UsageReport[] memory reps = new AuctionEscrow.UsageReport[](n);
        for (uint256 i; i < n; ++i) {
            uint256 s = _mix(seed, i);
            bool forged = _h(s) % 6 == 0;
            reps[i] = _buildReport(st, _busyProvider(s), s >> 8, forged);
        }
        vm.recordLogs();
        try escrow.settleBatch(reps) {
            Vm.Log[] memory logs = vm.getRecordedLogs();
            uint256 rejected;
            for (uint256 i; i < logs.length; ++i) {
                if (
                    logs[i].emitter == address(escrow) && logs[i].topics.length > 0
                        && logs[i].topics[0] == AuctionEscrow.ReportRejected.selector
                ) {
                    ++rejected;
                }
            }
            if (rejected != st.forged) {
                _surprise("settleBatch: reports rejected != forged", rejected, st.forged);
            }
            _checkSettlement(st);
            _count(ghostPaused ? bytes32("settleBatch.paused") : bytes32("settleBatch"));
            if (st.forged > 0) _count("settleBatch.skippedForged");
        } catch {
            _surprise("settleBatch: unexpected revert");
        }
    }

    /// @dev Checks that a provider owed a due on a finished round can settle all of it right now (also
    /// while paused), then rolls the chain back: no pause and no refund path may stand in its way.
    function probeClaim(uint256 seed) external step {
        (bool found, uint256 id, uint256 round) = _openClaim(seed);
        if (!found) return;
        RoundG storage r = _rounds[id][round];
        address p = r.provider;
        uint256 pi = _providerIndex(p);
        uint256 due = r.remaining;
        uint256 fee = due * (_jobs[id].feeBps / 10) * 10 / BPS;
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](1);
        u[0] = AuctionEscrow.Usage({
            jobId: id, round: round, cumulativeGpuSeconds: r.settled + (due + r.price - 1) / r.price
        });
        AuctionEscrow.UsageReport memory rep = AuctionEscrow.UsageReport({
            provider: p, usages: u, signature: _sig(_providerPks[pi], _reportDigest(p, u))
        });
        bool paused = ghostPaused;
        uint256 snap = vm.snapshotState();
        uint256 before = token.balanceOf(p);
        bool ok;
        uint256 got;
        uint256 left = type(uint256).max;
        try escrow.settle(rep) {
            ok = true;
            got = token.balanceOf(p) - before;
            left = _wordRemaining(id, round, p);
        } catch {}
        vm.revertToStateAndDelete(snap);
        if (!ok || got != due - fee || left != 0) {
            ++claimViolations;
            _surprise("probeClaim: the provider could not settle its whole due", got, due - fee);
        }
        _count(paused ? bytes32("probeClaim.paused") : bytes32("probeClaim"));
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

    /// @dev Mostly part of the unlocked stake; one in four (when something is locked) more than the
    /// unlocked stake but no more than the active stake, which must fail: collateral cannot leave (M-4).
    function requestUnstake(uint256 who, uint256 amount) external step {
        address a = _stakerAt(who);
        Position storage p = _pos[a];
        uint256 unlocked = p.active - p.locked;
        bool intoLocked = p.locked > 0 && _h(amount) % 4 == 0;
        if (intoLocked) amount = unlocked + bound(amount >> 8, 1, p.locked);
        else if (unlocked == 0) return;
        else amount = bound(amount >> 8, 1, unlocked);
        vm.prank(a);
        try staking.requestUnstake(amount) {
            _expectOutcome(!intoLocked, true, "requestUnstake");
            p.active -= amount;
            p.unbonding += amount;
            p.unlockAt = currentTime + staking.unbondingDelay();
            _count("requestUnstake");
        } catch {
            _expectOutcome(!intoLocked, false, "requestUnstake");
            _count("requestUnstake.lockedRejected");
        }
    }

    /// @dev One in four times a staker still unbonding comes back when its unbonding delay is over.
    function withdrawStake(uint256 who) external step {
        address a = _unbondingStaker(who);
        Position storage p = _pos[a];
        if (p.unbonding > 0 && currentTime < p.unlockAt && _h(who) % 4 == 0) {
            _warpTo(p.unlockAt);
            _count("warp.toUnlock");
        }
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

    /// @dev Governance (and the escrow, and the guardian) try to slash a staker directly: none of them
    /// holds SLASHER_ROLE any more (H-2), so every attempt must fail and move nothing.
    function governanceSlash(uint256 who, uint256 amount) external step {
        address a = _stakerAt(who);
        Position storage p = _pos[a];
        uint256 available = p.active + p.unbonding;
        if (available == 0) return;
        amount = bound(amount >> 3, 1, available);
        uint256 k = _h(amount) % 3;
        address caller = k == 0 ? governance : k == 1 ? address(escrow) : guardian;
        uint256 before = token.balanceOf(address(staking));
        vm.prank(caller);
        try staking.slash(a, amount, treasury, "governance") {
            _surprise("governanceSlash: a slash without SLASHER_ROLE succeeded");
        } catch {
            if (token.balanceOf(address(staking)) != before) _surprise("governanceSlash: stake moved");
            _count("governanceSlash.rejected");
        }
    }

    // ================================================================ governance and time

    /// @dev Governance retunes every parameter within its (dev-chain) bounds; one in eight tries a value out
    /// of bounds, one in sixteen is sent by the guardian: both must fail. Jobs already posted keep their
    /// terms (checked by the invariants).
    function setParams(uint256 feeSeed, uint256 windowSeed, uint256 modeSeed) external step {
        AuctionEscrow.Params memory p = AuctionEscrow.Params({
            treasury: treasury,
            feeBps: uint16(bound(feeSeed, 0, 200) * 10),
            slashMultiple: uint16(1 + (feeSeed >> 16) % 10),
            settlementWindow: uint32(_window(windowSeed, 6 hours)),
            failoverWindow: uint32(_window(windowSeed >> 64, 2 hours)),
            challengeWindow: uint32(_window(windowSeed >> 128, 1 days)),
            controllerMinStake: uint96(
                _h(modeSeed >> 8) % 4 == 0 ? bound(modeSeed >> 16, 0, 70_000 ether) : ghostControllerMinStake
            )
        });
        uint256 mode = _h(modeSeed) % 16;
        bool invalid = mode < 2;
        if (invalid) _breakParams(p, modeSeed >> 8);
        bool byGuardian = mode == 2;
        vm.prank(byGuardian ? guardian : governance);
        try escrow.setParams(p) {
            _expectOutcome(!invalid && !byGuardian, true, "setParams");
            ghostFeeBps = p.feeBps;
            ghostSlashMultiple = p.slashMultiple;
            ghostSettlementWindow = p.settlementWindow;
            ghostFailoverWindow = p.failoverWindow;
            ghostChallengeWindow = p.challengeWindow;
            ghostControllerMinStake = p.controllerMinStake;
            _count("setParams");
        } catch {
            _expectOutcome(!invalid && !byGuardian, false, "setParams");
            _count(byGuardian ? bytes32("setParams.notAdmin") : bytes32("setParams.outOfBounds"));
        }
    }

    /// @dev The guardian (mostly), the admin, or a stranger (must fail) pauses or unpauses. A pause only
    /// stops deposits, new jobs and awards; everything else must keep working (checked by every action).
    function togglePause(uint256 seed) external step {
        seed = _h(seed);
        uint256 k = seed % 8;
        address caller = k == 0 ? KEEPER : k == 1 ? governance : guardian;
        bool expected = caller != KEEPER;
        bool pausing = !ghostPaused;
        if (pausing && (seed >> 8) % 2 == 0) return; // pause half as often as unpause
        vm.prank(caller);
        if (pausing) {
            try escrow.pause() {
                _expectOutcome(expected, true, "pause");
                ghostPaused = true;
                _count("pause");
            } catch {
                _expectOutcome(expected, false, "pause");
                _count("pause.rejected");
            }
        } else {
            try escrow.unpause() {
                _expectOutcome(expected, true, "unpause");
                ghostPaused = false;
                _count("unpause");
            } catch {
                _expectOutcome(expected, false, "unpause");
                _count("pause.rejected");
            }
        }
        if (escrow.paused() != ghostPaused) _surprise("pause state != model");
    }

    /// @dev Time moves on: mostly seconds to hours, sometimes days; one in four jumps to just before, at
    /// or just after the end of a pending settlement window.
    function warp(uint256 seed) external step {
        uint256 mode = _h(seed) % 8;
        if (mode < 2) {
            (bool ok, uint256 id, uint256 round) = _pendingRound(seed >> 8);
            if (ok) {
                uint256 edge = _rounds[id][round].endedAt + _jobs[id].settlementWindow;
                uint256 target = edge + (seed >> 64) % 3 - 1;
                if (target > currentTime) {
                    _warpTo(target);
                    _count("warp.toWindowEdge");
                    return;
                }
            }
        }
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
        returns (uint256 active, uint256 unbonding, uint256 unlockAt, uint256 locked)
    {
        Position storage p = _pos[a];
        return (p.active, p.unbonding, p.unlockAt, p.locked);
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

    /// @notice Every round of every job, with its job's id, round number and GPU count.
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

    /// @notice The collateral of `p`'s rounds that were not released yet, summed over the model's rounds
    /// (independently of the running `locked` total the staking actions use).
    function ghostCollateralOf(address p) external view returns (uint256 sum) {
        for (uint256 id = 1; id <= jobCount; ++id) {
            for (uint256 r = 1; r <= _jobs[id].round; ++r) {
                RoundG storage rg = _rounds[id][r];
                if (rg.provider == p && !rg.released) sum += rg.collateral;
            }
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

    /// @notice What the contract says job `id` still holds: getJob's remaining (reserve + current round)
    /// plus the remaining budget of each earlier round (read from its round word, under the model's
    /// provider of that round).
    function heldOf(uint256 id) public view returns (uint256 sum) {
        sum = escrow.getJob(id).remaining;
        uint256 current = _jobs[id].round;
        for (uint256 r = 1; r < current; ++r) {
            sum += _wordRemaining(id, r, _rounds[id][r].provider);
        }
    }

    /// @notice The terms hash a provider's bid signs for job `id`, computed from the model.
    function termsHashOf(uint256 id) external view returns (bytes32) {
        return _termsHash(id);
    }

    // ================================================================ internals: model

    /// @dev Re-reads every job the step touched: what it holds may only have gone down.
    function _afterStep() internal override {
        uint256 n = _touched.length;
        for (uint256 i; i < n; ++i) {
            uint256 id = _touched[i];
            if (id == 0 || id > jobCount) continue;
            JobG storage g = _jobs[id];
            uint256 remaining = heldOf(id);
            if (remaining > g.lastSeenRemaining) ++remainingIncreases;
            g.lastSeenRemaining = remaining;
        }
        if (n > 0) delete _touched;
    }

    function _warpTo(uint256 t) internal {
        if (t > currentTime) currentTime = t;
        vm.warp(currentTime);
    }

    function _depositFor(address c, uint256 amount) internal returns (bool) {
        uint256 bal = token.balanceOf(c);
        if (bal == 0) return false;
        amount = bound(amount, 1, _min(bal, 1_000_000 ether));
        vm.startPrank(c);
        token.approve(address(escrow), amount);
        try escrow.deposit(amount) {
            vm.stopPrank();
            _expectOutcome(!ghostPaused, true, "deposit");
            ghostFree[c] += amount;
            ghostDeposited += amount;
            return true;
        } catch {
            token.approve(address(escrow), 0);
            vm.stopPrank();
            _expectOutcome(!ghostPaused, false, "deposit");
            _count("deposit.paused");
            return false;
        }
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
            _expectOutcome(!invalid && !ghostPaused, true, "createJob");
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
            g.feeBps = ghostFeeBps;
            g.slashMultiple = ghostSlashMultiple;
            g.settlementWindow = ghostSettlementWindow;
            g.failoverWindow = ghostFailoverWindow;
            g.challengeWindow = ghostChallengeWindow;
            ghostFree[c] -= budget;
            _count("createJob");
            return (true, id);
        } catch {
            _expectOutcome(!invalid && !ghostPaused, false, "createJob");
            _count(ghostPaused ? bytes32("createJob.paused") : bytes32("createJob.rejected"));
            return (false, 0);
        }
    }

    /// @dev Round `round` opens for `p` with the job's whole reserve and locks its collateral.
    function _startRound(uint256 id, address p, uint256 price, uint256 round) internal {
        JobG storage g = _jobs[id];
        uint256 collateral = _collateral(id, price);
        _rounds[id][round] = RoundG({
            provider: p,
            price: price,
            startedAt: currentTime,
            endedAt: 0,
            state: R_RUNNING,
            remaining: g.reserve,
            settled: 0,
            paid: 0,
            collateral: collateral,
            released: false,
            refundedDue: 0,
            refundedAt: 0,
            waived: false
        });
        _pos[p].locked += collateral;
        _checkLocked(p, "award: locked stake != model");
        g.reserve = 0;
        g.provider = p;
        g.round = uint8(round);
        g.state = AuctionEscrow.JobState.Running;
        g.endedAt = 0;
    }

    /// @dev slashMultiple x price x GPUs x failoverWindow, all from the job's own terms.
    function _collateral(uint256 id, uint256 price) internal view returns (uint256) {
        JobG storage g = _jobs[id];
        return g.slashMultiple * price * g.gpus * g.failoverWindow;
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

    /// @dev reportFailure(id) by the controller, with the model's prediction; whether it failed the job over.
    function _reportFailure(uint256 id) internal returns (bool) {
        JobG storage g = _jobs[id];
        bool expected = _controllerOk();
        uint256 clientBefore = token.balanceOf(g.client);
        uint256 stakingBefore = token.balanceOf(address(staking));
        uint256 slashableBefore = staking.slashableOf(g.provider);
        vm.prank(controller);
        _touched.push(id);
        try escrow.reportFailure(id, "unresponsive") {
            _expectOutcome(expected, true, "reportFailure");
            RoundG storage r = _rounds[id][g.round];
            uint256 due = _maxDue(g, r);
            g.reserve += r.remaining - due;
            r.remaining = due;
            r.state = due == 0 ? R_CLOSED : R_ENDED;
            r.endedAt = currentTime;
            g.endedAt = currentTime;
            g.state = AuctionEscrow.JobState.Failover;
            if (token.balanceOf(g.client) != clientBefore) _surprise("reportFailure: client wallet moved");
            if (token.balanceOf(address(staking)) != stakingBefore) _surprise("reportFailure: stake moved");
            if (staking.slashableOf(g.provider) != slashableBefore) {
                _surprise("reportFailure: provider slashed");
            }
            _count(due == 0 ? bytes32("reportFailure.nothingDue") : bytes32("reportFailure"));
            return true;
        } catch {
            _expectOutcome(expected, false, "reportFailure");
            _count("reportFailure.rejected");
            return false;
        }
    }

    /// @dev finalizeJob by `caller`, with the model's prediction of who may call when.
    function _finalizeAs(uint256 id, address caller) internal {
        JobG storage g = _jobs[id];
        AuctionEscrow.JobState s = g.state;
        bool expected;
        if (s == AuctionEscrow.JobState.Ended) {
            expected = caller == g.provider || currentTime >= g.endedAt + g.settlementWindow;
        } else if (s == AuctionEscrow.JobState.Failover) {
            expected = caller == g.client || (caller == controller && _controllerOk())
                || currentTime >= g.endedAt + g.failoverWindow;
        } else if (s == AuctionEscrow.JobState.Running) {
            expected = _rounds[id][g.round].remaining == 0;
        }
        uint256 freeBefore = escrow.freeBalanceOf(g.client);
        vm.prank(caller);
        _touched.push(id);
        try escrow.finalizeJob(id) {
            _expectOutcome(expected, true, "finalizeJob");
            uint256 refund;
            if (s == AuctionEscrow.JobState.Running) {
                _rounds[id][g.round].endedAt = currentTime;
                g.endedAt = currentTime;
            }
            if (s != AuctionEscrow.JobState.Failover) {
                // the current round closes with the job; its collateral is freed once its window is over
                refund = _modelCloseRound(id, g.round, caller);
                _modelRelease(id, g.round);
            }
            refund += g.reserve;
            g.reserve = 0;
            g.state = AuctionEscrow.JobState.Closed;
            _observeRefund(id, freeBefore, refund);
            _count(
                s == AuctionEscrow.JobState.Ended
                    ? bytes32("finalize.ended")
                    : s == AuctionEscrow.JobState.Failover
                        ? (caller == controller
                                ? bytes32("finalize.failover.ctl")
                                : bytes32("finalize.failover"))
                        : bytes32("finalize.spent")
            );
        } catch {
            _expectOutcome(expected, false, "finalizeJob");
            _count("finalizeJob.rejected");
        }
    }

    /// @dev closeRound(id, round, p) by `caller`, with the model's prediction.
    function _closeRoundAs(uint256 id, uint256 round, address p, address caller) internal {
        JobG storage g = _jobs[id];
        RoundG storage r = _rounds[id][round];
        bool exists = round >= 1 && round <= g.round && r.provider == p;
        bool currentOfEnded = round == g.round && g.state == AuctionEscrow.JobState.Ended;
        bool windowOver = exists && r.endedAt != 0 && currentTime >= r.endedAt + g.settlementWindow;
        bool expected = exists && r.endedAt != 0 && !currentOfEnded && (windowOver || caller == p);
        uint256 freeBefore = escrow.freeBalanceOf(g.client);
        vm.prank(caller);
        _touched.push(id);
        try escrow.closeRound(id, round, p) {
            _expectOutcome(expected, true, "closeRound");
            if (!expected) return;
            uint256 refund = _modelCloseRound(id, round, caller);
            if (windowOver) _modelRelease(id, round);
            _observeRefund(id, freeBefore, refund);
            _count(
                !windowOver
                    ? bytes32("closeRound.waived")
                    : refund > 0 ? bytes32("closeRound.refund") : bytes32("closeRound.release")
            );
        } catch {
            _expectOutcome(expected, false, "closeRound");
            _count("closeRound.rejected");
        }
    }

    /// @dev At a window edge: the current round of an ended job closes through finalizeJob, any other
    /// finished round through closeRound; a keeper calls.
    function _closeOrFinalize(uint256 id, uint256 round) internal {
        JobG storage g = _jobs[id];
        if (round == g.round && g.state == AuctionEscrow.JobState.Ended) _finalizeAs(id, KEEPER);
        else _closeRoundAs(id, round, _rounds[id][round].provider, KEEPER);
    }

    /// @dev A finished round closes: an ended round's remaining (the provider's unsettled due) goes back
    /// to the client; who took it back, and when, is recorded for the claim invariant.
    function _modelCloseRound(uint256 id, uint256 round, address caller) internal returns (uint256 refund) {
        RoundG storage r = _rounds[id][round];
        if (r.state == R_CLOSED) return 0;
        refund = r.remaining;
        r.remaining = 0;
        r.state = R_CLOSED;
        if (refund > 0) {
            r.refundedDue += refund;
            r.refundedAt = currentTime;
            if (caller == r.provider && currentTime < r.endedAt + _jobs[id].settlementWindow) {
                r.waived = true;
            }
            if (!r.waived && currentTime < r.endedAt + _jobs[id].settlementWindow) {
                ++claimViolations;
                _surprise("a provider's due was refunded before its settlement window passed");
            }
        }
    }

    /// @dev Frees the round's collateral once its settlement window is over (and only once).
    function _modelRelease(uint256 id, uint256 round) internal {
        RoundG storage r = _rounds[id][round];
        if (r.released || r.endedAt == 0 || currentTime < r.endedAt + _jobs[id].settlementWindow) return;
        r.released = true;
        _pos[r.provider].locked -= r.collateral;
        _checkLocked(r.provider, "release: locked stake != model");
        _count("collateralReleased");
    }

    function _checkLocked(address p, string memory what) internal {
        uint256 actual = staking.lockedStakeOf(p);
        if (actual != _pos[p].locked) _surprise(what, actual, _pos[p].locked);
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
    /// award, once ended (stopped, completed or failed over) up to what it kept at the end (and for at most
    /// ceil(kept / price) more GPU-seconds); a closed round pays nothing. Returns the amount and the job's
    /// fee units (10 bps each).
    function _modelUsage(address p, AuctionEscrow.Usage memory u)
        internal
        returns (uint256 amount, uint256 units)
    {
        if (u.jobId == 0 || u.jobId > jobCount) return (0, 0);
        JobG storage g = _jobs[u.jobId];
        if (u.round == 0 || u.round > g.round) return (0, 0);
        RoundG storage r = _rounds[u.jobId][u.round];
        if (r.provider != p) return (0, 0);
        uint256 cumulative = u.cumulativeGpuSeconds;
        if (r.state == R_RUNNING) {
            cumulative = _min(cumulative, uint256(g.gpus) * (currentTime - r.startedAt));
        } else if (r.state == R_ENDED) {
            // what the round kept at its end pays for at most ceil(remaining / price) more GPU-seconds
            cumulative = _min(cumulative, r.settled + (r.remaining + r.price - 1) / r.price);
        } else {
            return (0, 0);
        }
        if (cumulative <= r.settled) return (0, 0);
        amount = (cumulative - r.settled) * r.price;
        if (amount >= r.remaining) {
            amount = r.remaining;
            _count("usage.budgetExhausted");
        }
        if (r.state == R_ENDED && u.round != g.round) _count("usage.failedRoundPaid");
        r.remaining -= amount;
        r.settled = cumulative;
        units = g.feeBps / 10;
    }

    // ================================================================ internals: settlement

    function _newSettlement(uint256 maxUsages) internal view returns (Settlement memory st) {
        st.jobs = new uint256[](maxUsages);
        st.expected = new uint256[](maxUsages);
        st.before = new uint256[](maxUsages);
        st.rJobs = new uint256[](maxUsages);
        st.rRounds = new uint256[](maxUsages);
        st.rExpected = new uint256[](maxUsages);
        st.rBefore = new uint256[](maxUsages);
        st.provs = new address[](maxUsages);
        st.expectedNet = new uint256[](maxUsages);
        st.balBefore = new uint256[](maxUsages);
        st.feesBefore = escrow.feesOwed();
    }

    /// @dev Builds and signs one report of provider `pi`. An honest report applies each entry to the model
    /// and notes what the contract must pay per job, per round and per provider; a forged one (signed by
    /// another provider's key) only notes the jobs and rounds it names, which must not move.
    function _buildReport(Settlement memory st, uint256 pi, uint256 seed, bool forged)
        internal
        returns (AuctionEscrow.UsageReport memory rep)
    {
        address p = _providers[pi];
        seed = _h(seed);
        uint256 n = 1 + seed % 4;
        AuctionEscrow.Usage[] memory usages = new AuctionEscrow.Usage[](n);
        uint256 gross;
        uint256 feeUnits;
        for (uint256 k; k < n; ++k) {
            usages[k] = _makeUsage(p, _mix(seed, k));
            _noteJob(st, usages[k].jobId);
            _noteRound(st, usages[k].jobId, usages[k].round, p);
            if (forged) continue;
            (uint256 amount, uint256 units) = _modelUsage(p, usages[k]);
            _addExpected(st, usages[k].jobId, usages[k].round, amount);
            gross += amount;
            feeUnits += amount * units;
            if (amount > 0) _count("usage.paid");
            else _count("usage.rejected");
        }
        rep.provider = p;
        rep.usages = usages;
        if (forged) {
            uint256 forger = (pi + 1 + (seed >> 8) % (_providers.length - 1)) % _providers.length;
            rep.signature = _sig(_providerPks[forger], _reportDigest(p, usages));
            ++st.forged;
            return rep;
        }
        uint256 fee = feeUnits * 10 / BPS;
        _noteProvider(st, p, gross - fee);
        st.expectedFees += fee;
        ghostFees += fee;
        rep.signature = _sig(_providerPks[pi], _reportDigest(p, usages));
    }

    /// @dev One usage entry: mostly an honest cumulative count for one of the provider's payable rounds
    /// (running, or ended by a stop, a completion or a failover: partial, exactly the time served, or over
    /// it), sometimes stale, for a round it does not own, for a round that closed, or for a job that is not
    /// the provider's (or does not exist).
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
        (bool found, uint256 id, uint256 round) = mode < 18 ? _findPayableRound(p, s >> 8) : (false, 0, 0);
        if (!found) {
            u.jobId = 1 + (s >> 8) % (jobCount + 1);
            u.round = x % 3;
            u.cumulativeGpuSeconds = x % 1e6;
            _count("usage.foreign");
            return u;
        }
        JobG storage g = _jobs[id];
        RoundG storage r = _rounds[id][round];
        // GPU-seconds actually served in this round so far.
        uint256 served = uint256(g.gpus) * ((r.endedAt == 0 ? currentTime : r.endedAt) - r.startedAt);
        u.jobId = id;
        u.round = round;
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
            u.round = round == 1 || x % 2 == 0 ? round + 1 : round - 1;
            u.cumulativeGpuSeconds = served;
            _count("usage.wrongRound");
        }
    }

    /// @dev A closed round of provider `p` (failed with nothing due, or closed), from a random start.
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
        st.before[st.nJobs] = id > 0 && id <= jobCount ? heldOf(id) : 0;
        ++st.nJobs;
    }

    /// @dev Notes a round of the model that `p` owns (other entries name no round word that could pay).
    function _noteRound(Settlement memory st, uint256 id, uint256 round, address p) internal view {
        if (id == 0 || id > jobCount || round == 0 || round > _jobs[id].round) return;
        if (_rounds[id][round].provider != p) return;
        for (uint256 i; i < st.nRounds; ++i) {
            if (st.rJobs[i] == id && st.rRounds[i] == round) return;
        }
        st.rJobs[st.nRounds] = id;
        st.rRounds[st.nRounds] = round;
        st.rBefore[st.nRounds] = _wordRemaining(id, round, p);
        ++st.nRounds;
    }

    function _addExpected(Settlement memory st, uint256 id, uint256 round, uint256 amount) internal pure {
        for (uint256 i; i < st.nJobs; ++i) {
            if (st.jobs[i] == id) {
                st.expected[i] += amount;
                break;
            }
        }
        for (uint256 i; i < st.nRounds; ++i) {
            if (st.rJobs[i] == id && st.rRounds[i] == round) {
                st.rExpected[i] += amount;
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

    /// @dev Compares what each job, each round, each provider and the fee pot observably got with the
    /// model, and books the observed payments per job and per round.
    function _checkSettlement(Settlement memory st) internal {
        for (uint256 i; i < st.nJobs; ++i) {
            uint256 id = st.jobs[i];
            if (id == 0 || id > jobCount) continue;
            uint256 afterRemaining = heldOf(id);
            // the step's remaining-never-increases check, done here instead of in _afterStep
            JobG storage g = _jobs[id];
            if (afterRemaining > g.lastSeenRemaining) ++remainingIncreases;
            g.lastSeenRemaining = afterRemaining;
            if (afterRemaining > st.before[i]) {
                _surprise("settle: remaining increased");
                continue;
            }
            uint256 paid = st.before[i] - afterRemaining;
            if (paid != st.expected[i]) _surprise("settle: job paid != model", paid, st.expected[i]);
            g.paid += paid;
        }
        for (uint256 i; i < st.nRounds; ++i) {
            uint256 id = st.rJobs[i];
            uint256 round = st.rRounds[i];
            RoundG storage r = _rounds[id][round];
            uint256 afterRound = _wordRemaining(id, round, r.provider);
            if (afterRound > st.rBefore[i]) {
                _surprise("settle: a round's remaining increased");
                continue;
            }
            uint256 paid = st.rBefore[i] - afterRound;
            if (paid != st.rExpected[i]) _surprise("settle: round paid != model", paid, st.rExpected[i]);
            r.paid += paid;
        }
        for (uint256 i; i < st.nProvs; ++i) {
            uint256 net = token.balanceOf(st.provs[i]) - st.balBefore[i];
            if (net != st.expectedNet[i]) {
                _surprise("settle: provider net payout != gross - fee", net, st.expectedNet[i]);
            }
        }
        uint256 fees = escrow.feesOwed() - st.feesBefore;
        if (fees != st.expectedFees) _surprise("settle: fee != the jobs' own fees", fees, st.expectedFees);
    }

    // ================================================================ internals: selection

    function _matches(uint256 id, uint256 filter) internal view returns (bool) {
        JobG storage g = _jobs[id];
        AuctionEscrow.JobState s = g.state;
        if (filter == F_ANY) return true;
        if (filter == F_BIDDABLE) return s == AuctionEscrow.JobState.Open && currentTime <= g.deadline;
        if (filter == F_RUNNING) return s == AuctionEscrow.JobState.Running;
        if (filter == F_RESERVE_AFTER_FAILURE) {
            if (s != AuctionEscrow.JobState.Running) return false;
            RoundG storage r = _rounds[id][g.round];
            return r.remaining > _maxDue(g, r);
        }
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

    /// @dev A round of provider `p` it can still be paid for (running, or ended with something left),
    /// scanning from a random start.
    function _findPayableRound(address p, uint256 seed) internal view returns (bool, uint256, uint256) {
        uint256 n = jobCount;
        if (n == 0) return (false, 0, 0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (start + k) % n;
            uint256 rounds = _jobs[id].round;
            for (uint256 r = rounds; r >= 1; --r) {
                RoundG storage rg = _rounds[id][r];
                if (rg.provider == p && (rg.state == R_RUNNING || rg.state == R_ENDED)) return (true, id, r);
            }
        }
        return (false, 0, 0);
    }

    /// @dev A finished round whose provider is still owed something, scanning from a random start.
    function _openClaim(uint256 seed) internal view returns (bool, uint256, uint256) {
        uint256 n = jobCount;
        if (n == 0) return (false, 0, 0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (start + k) % n;
            for (uint256 r = 1; r <= _jobs[id].round; ++r) {
                RoundG storage rg = _rounds[id][r];
                if (rg.state == R_ENDED && rg.remaining > 0) return (true, id, r);
            }
        }
        return (false, 0, 0);
    }

    /// @dev A finished round that still holds a due or its collateral (its window may or may not be over),
    /// scanning from a random start.
    function _pendingRound(uint256 seed) internal view returns (bool, uint256, uint256) {
        uint256 n = jobCount;
        if (n == 0) return (false, 0, 0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            uint256 id = 1 + (start + k) % n;
            for (uint256 r = 1; r <= _jobs[id].round; ++r) {
                RoundG storage rg = _rounds[id][r];
                if (rg.endedAt != 0 && (!rg.released || rg.state == R_ENDED)) return (true, id, r);
            }
        }
        return (false, 0, 0);
    }

    /// @dev Mostly a finished round that can be closed; one in eight a round that cannot (the current
    /// round of a running job, a round number past the job's, or a provider that never had the round).
    function _closableRound(uint256 seed) internal view returns (bool, uint256, uint256, address) {
        uint256 h = _h(seed);
        if (h % 8 == 0 && jobCount > 0) {
            uint256 id = 1 + (seed >> 8) % jobCount;
            JobG storage g = _jobs[id];
            uint256 what = (h >> 8) % 3;
            if (what == 0 && g.round > 0) {
                return (true, id, g.round, _providers[(h >> 16) % _providers.length]);
            }
            if (what == 1) return (true, id, g.round + 1, _providers[(h >> 16) % _providers.length]);
            if (g.round > 0) return (true, id, g.round, g.provider);
        }
        (bool ok, uint256 jid, uint256 round) = _pendingRound(seed >> 16);
        if (!ok) return (false, 0, 0, address(0));
        return (true, jid, round, _rounds[jid][round].provider);
    }

    /// @dev Mostly a provider with a round it can be paid for (scanning from a random start); one in
    /// eight times whoever comes first.
    function _busyProvider(uint256 seed) internal view returns (uint256) {
        uint256 n = _providers.length;
        uint256 start = seed % n;
        if (_h(seed) % 8 == 0) return start;
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            (bool found,,) = _findPayableRound(_providers[i], seed >> 16);
            if (found) return i;
        }
        return start;
    }

    /// @dev The award check of the contract, on the model: unlocked stake meets the global and the job's
    /// minimum and covers the round's collateral at `price`.
    function _eligible(address p, uint256 id, uint256 price) internal view returns (bool) {
        uint256 required = _max(_jobs[id].minStake, ghostMinStake);
        uint256 unlocked = _pos[p].active - _pos[p].locked;
        return unlocked > 0 && unlocked >= required && unlocked >= _collateral(id, price);
    }

    function _controllerOk() internal view returns (bool) {
        return _pos[controller].active >= ghostControllerMinStake;
    }

    function _nonceValid(address p, uint256 nonce) internal view returns (bool) {
        return !_nonceUsed[p][nonce] && nonce >= _minNonce[p];
    }

    function _freshNonce(address p) internal returns (uint256) {
        return _nextNonce[p]++;
    }

    /// @dev A bid price in [1, maxPrice], mostly one whose collateral the provider's unlocked stake covers.
    function _bidPrice(uint256 seed, uint256 id, address p) internal view returns (uint256 price) {
        price = bound(seed, 1, _jobs[id].maxPrice);
        if (_h(seed) % 8 == 0) return price;
        uint256 unlocked = _pos[p].active - _pos[p].locked;
        uint256 perUnit = _collateral(id, 1);
        if (perUnit > 0 && price * perUnit > unlocked / 2) price = _max(1, unlocked / 2 / perUnit);
    }

    /// @dev An eligible provider if there is one (scanning from a random start), else a random one.
    /// (Eligibility at the lowest price: the bid's price is then fitted to the provider's unlocked stake.)
    function _eligibleProvider(uint256 seed, uint256 id) internal view returns (uint256) {
        uint256 n = _providers.length;
        uint256 start = seed % n;
        if (_h(seed) % 16 == 0) return start; // sometimes try whoever comes first
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            if (_eligible(_providers[i], id, 1)) return i;
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
                terms: _termsHash(id),
                provider: q,
                pricePerGpuSecond: _bidPrice(s, id, q),
                expiry: currentTime + bound(s >> 128, 10 minutes, 3 days),
                nonce: _freshNonce(q)
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
                b.provider != g.provider && currentTime <= b.expiry && _nonceValid(b.provider, b.nonce)
                    && _eligible(b.provider, id, b.pricePerGpuSecond)
            ) return list[(start + k) % n];
        }
        if (n > 0 && h % 8 != 1) return list[(h >> 8) % n];
        n = _providers.length;
        uint256 qi = (seed >> 8) % n;
        if (_providers[qi] == g.provider) qi = (qi + 1) % n;
        address q = _providers[qi];
        sb.bid = AuctionEscrow.Bid({
            jobId: id,
            terms: _termsHash(id),
            provider: q,
            pricePerGpuSecond: _bidPrice(seed >> 16, id, q),
            expiry: currentTime + 1 hours,
            nonce: _freshNonce(q)
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

    /// @dev A window length within the dev-chain bounds: one in four a few seconds, else up to `hi`.
    function _window(uint256 seed, uint256 hi) internal pure returns (uint256) {
        return _h(seed) % 4 == 0 ? bound(seed >> 8, 1, 60) : bound(seed >> 8, 1 minutes, hi);
    }

    /// @dev Puts one field of `p` out of its bounds.
    function _breakParams(AuctionEscrow.Params memory p, uint256 seed) internal pure {
        uint256 what = seed % 9;
        if (what == 0) p.treasury = address(0);
        else if (what == 1) p.feeBps = 2010;
        else if (what == 2) p.feeBps = uint16(10 * ((seed >> 8) % 200) + 5); // not a multiple of 10
        else if (what == 3) p.slashMultiple = (seed >> 8) % 2 == 0 ? 0 : 11;
        else if (what == 4) p.settlementWindow = (seed >> 8) % 2 == 0 ? 0 : 30 days + 1;
        else if (what == 5) p.failoverWindow = (seed >> 8) % 2 == 0 ? 0 : 7 days + 1;
        else if (what == 6) p.challengeWindow = (seed >> 8) % 2 == 0 ? 0 : 14 days + 1;
        else if (what == 7) p.settlementWindow = type(uint32).max;
        else p.failoverWindow = type(uint32).max;
    }

    /// @dev The job's terms hash, computed from the model as a provider's node does from JobCreated.
    function _termsHash(uint256 id) internal view returns (bytes32) {
        JobG storage g = _jobs[id];
        return keccak256(
            abi.encode(
                id,
                g.client,
                keccak256(abi.encode(id)),
                g.maxPrice,
                uint256(g.gpus),
                g.budget,
                g.deadline,
                g.minStake
            )
        );
    }

    /// @dev The remaining budget in the round word of (id, round, p).
    function _wordRemaining(uint256 id, uint256 round, address p) internal view returns (uint256) {
        (uint256 word,) = escrow.roundOf(id, round, p);
        return word & MASK_96;
    }

    /// @dev EIP-712 digests computed independently of the contract (as the provider's node does), so a
    /// hashing mistake in the contract shows up as rejected signatures.
    function _bidDigest(AuctionEscrow.Bid memory b) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(BID_TYPEHASH, b.jobId, b.terms, b.provider, b.pricePerGpuSecond, b.expiry, b.nonce)
        );
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

    function _providerIndex(address p) internal view returns (uint256) {
        for (uint256 i; i < _providers.length; ++i) {
            if (_providers[i] == p) return i;
        }
        return 0;
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
