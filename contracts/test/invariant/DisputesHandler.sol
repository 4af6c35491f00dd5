// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Vm} from "../base/Vm.sol";
import {GinToken} from "../../src/GinToken.sol";
import {GinTimelock} from "../../src/GinTimelock.sol";
import {ProviderStaking} from "../../src/ProviderStaking.sol";
import {AuctionEscrow} from "../../src/AuctionEscrow.sol";
import {FaultDisputes} from "../../src/FaultDisputes.sol";

/// @notice Drives the trust-model contracts for Disputes.invariant.t.sol: jobs are posted and awarded,
/// failed over, re-awarded to backups, ended, settled and closed; a random subset of controllers (plus,
/// sometimes, a non-controller, a duplicate or a wrong order) reports a fault on a random finished or
/// running round with random times; disputes are challenged with random acknowledgements and executed;
/// the guardian pauses; governance changes the escrow's and the disputes' parameters through the timelock
/// (and tries to directly); providers unstake, withdraw and restake; time jumps across every window.
/// @dev Called by forge with fail_on_revert = false, so every check is recorded as a violation (read by
/// an invariant), never a revert. Every action first warps to the handler's own clock.
contract DisputesHandler {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));
    uint256 internal constant MASK_32 = (1 << 32) - 1;

    struct Config {
        GinToken token;
        ProviderStaking staking;
        AuctionEscrow escrow;
        FaultDisputes disputes;
        GinTimelock timelock;
        address governance;
        address guardian;
        address treasury;
        address client;
        uint256[] providerPks;
        uint256[] controllerPks;
    }

    /// @notice An award round the handler made, with what its award locked and its client's loss bound.
    struct RoundRec {
        uint256 jobId;
        uint256 round;
        address provider;
        uint256 collateral;
        uint256 loss; // price x gpus x the job's failover window
    }

    /// @notice A dispute the handler opened. state: 1 pending, 2 voided, 3 executed.
    struct DisputeRec {
        uint256 id;
        address provider;
        address client;
        uint256 amount;
        uint256 loss;
        uint256 bond;
        uint256 silentSince;
        uint256 observedAt;
        uint256 incidentUntil; // the end of the incident window this report opened
        uint256 prevIncidentUntil; // the provider's window end before it
        uint256 executeAfter;
        uint8 state;
        address[] reporters;
    }

    GinToken internal token;
    ProviderStaking internal staking;
    AuctionEscrow internal escrow;
    FaultDisputes internal disputes;
    GinTimelock internal timelock;
    address internal governance;
    address internal guardian;
    address internal treasury;
    address internal client;
    uint256[] internal _providerPks;
    address[] internal _providers;
    uint256[] internal _controllerPks;
    address[] internal _controllers;

    uint256 public currentTime;
    uint256 public violations;
    string public firstViolation;
    mapping(bytes32 name => uint256) public calls;
    bytes32[] internal _counterNames;

    uint256[] internal _jobs;
    RoundRec[] internal _rounds;
    DisputeRec[] internal _disputes;
    mapping(address => uint256) internal _nonce;
    mapping(bytes32 roundKey => bool) public ghostDisputedRound;
    /// @notice The handler's model of FaultDisputes.incidentUntil: set by each accepted report to its
    /// observedAt plus the job's challenge window, given back by a voided report it still stands for.
    mapping(address provider => uint256) public ghostIncidentUntil;

    /// @notice Stake each actor put in (initial stake plus restakes) and took out (withdrawals).
    mapping(address => uint256) public ghostStakedIn;
    mapping(address => uint256) public ghostWithdrawn;
    /// @notice Stake a provider lost in executed disputes, and the sum of those disputes' collateral.
    mapping(address => uint256) public ghostSlashedByExecute;
    mapping(address => uint256) public ghostCollateralOfExecuted;
    /// @notice Stake a controller lost in voided disputes, and the sum of the bonds it had put up in them.
    mapping(address => uint256) public ghostBondsLost;
    mapping(address => uint256) public ghostBondsOfVoided;
    /// @notice What executed disputes paid clients, and the sum of those rounds' loss bounds.
    uint256 public ghostToClients;
    uint256 public ghostLossOfExecuted;

    // The one timelock operation in flight.
    address internal _opTarget;
    bytes internal _opData;
    bytes32 internal _opSalt;
    uint256 internal _opReadyAt;
    bool internal _opPending;
    uint256 internal _saltCounter;

    constructor(Config memory c) {
        token = c.token;
        staking = c.staking;
        escrow = c.escrow;
        disputes = c.disputes;
        timelock = c.timelock;
        governance = c.governance;
        guardian = c.guardian;
        treasury = c.treasury;
        client = c.client;
        for (uint256 i; i < c.providerPks.length; ++i) {
            _providerPks.push(c.providerPks[i]);
            address p = vm.addr(c.providerPks[i]);
            _providers.push(p);
            ghostStakedIn[p] = staking.slashableOf(p);
        }
        for (uint256 i; i < c.controllerPks.length; ++i) {
            _controllerPks.push(c.controllerPks[i]);
            address a = vm.addr(c.controllerPks[i]);
            _controllers.push(a);
            ghostStakedIn[a] = staking.slashableOf(a);
        }
        currentTime = block.timestamp;
    }

    modifier step() {
        currentTime += uint256(keccak256(msg.data)) % 25;
        vm.warp(currentTime);
        _;
    }

    // ================================================================ jobs

    /// @notice The client posts a job and awards it to a random provider's bid.
    function postAndAward(uint256 pSeed, uint256 priceSeed, uint256 gpuSeed) external step {
        _postAndAward(pSeed, priceSeed, gpuSeed);
    }

    /// @dev Returns whether a new round was recorded.
    function _postAndAward(uint256 pSeed, uint256 priceSeed, uint256 gpuSeed) internal returns (bool) {
        uint256 rounds = _rounds.length;
        uint256 price = _bound(priceSeed, 1e12, 1e15);
        uint16 gpus = uint16(_bound(gpuSeed, 1, 8));
        vm.prank(client);
        try escrow.createJob(
            keccak256(abi.encode(_jobs.length)), price, gpus, 500 ether, uint40(currentTime + 1 hours), 0
        ) returns (
            uint256 jobId
        ) {
            _jobs.push(jobId);
            _count("createJob");
            _award(jobId, pSeed, price, false);
        } catch {
            _count("createJob refused");
        }
        return _rounds.length > rounds;
    }

    /// @notice A controller fails a running job over (moves no stake).
    function failOver(uint256 jSeed, uint256 cSeed) external step {
        if (_jobs.length == 0) return;
        uint256 jobId = _pickJob(jSeed, AuctionEscrow.JobState.Running);
        address p = escrow.getJob(jobId).provider;
        uint256 before = staking.slashableOf(p);
        vm.prank(_controllers[cSeed % _controllers.length]);
        try escrow.reportFailure(jobId, "fuzz") {
            _count("reportFailure");
            if (staking.slashableOf(p) != before) _violation("reportFailure moved stake");
        } catch {}
    }

    /// @notice A failed job goes to a backup bid.
    function awardBackup(uint256 jSeed, uint256 pSeed) external step {
        if (_jobs.length == 0) return;
        uint256 jobId = _pickJob(jSeed, AuctionEscrow.JobState.Failover);
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        if (j.state != AuctionEscrow.JobState.Failover) return;
        _award(jobId, pSeed, j.maxPrice, true);
    }

    /// @notice The client stops, or the provider completes, a running job.
    function endJob(uint256 jSeed, uint256 byProvider) external step {
        if (_jobs.length == 0) return;
        uint256 jobId = _pickJob(jSeed, AuctionEscrow.JobState.Running);
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        if (j.state != AuctionEscrow.JobState.Running) return;
        if (byProvider % 2 == 0) {
            vm.prank(j.provider);
            try escrow.completeJob(jobId) {
                _count("completeJob");
            } catch {}
        } else {
            vm.prank(client);
            try escrow.stopJob(jobId) {
                _count("stopJob");
            } catch {}
        }
    }

    /// @notice A provider settles all it can of one of its rounds.
    function settle(uint256 rSeed) external step {
        if (_rounds.length == 0) return;
        RoundRec storage r = _rounds[rSeed % _rounds.length];
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](1);
        u[0] = AuctionEscrow.Usage({jobId: r.jobId, round: r.round, cumulativeGpuSeconds: type(uint32).max});
        AuctionEscrow.UsageReport memory rep = AuctionEscrow.UsageReport({
            provider: r.provider,
            usages: u,
            signature: _sig(_pkOf(r.provider), escrow.usageReportDigest(r.provider, u))
        });
        try escrow.settle(rep) {
            _count("settle");
        } catch {}
    }

    /// @notice Anyone closes a job or a finished round (which frees collateral once its window is over).
    function close(uint256 seed) external step {
        if (_rounds.length == 0) return;
        RoundRec storage r = _rounds[seed % _rounds.length];
        if ((seed >> 128) % 2 == 0) {
            try escrow.finalizeJob(r.jobId) {
                _count("finalizeJob");
            } catch {}
        } else {
            try escrow.closeRound(r.jobId, r.round, r.provider) {
                _count("closeRound");
            } catch {}
        }
    }

    // ================================================================ disputes

    /// @notice A random subset of signers reports a fault on a random round with random times.
    function report(uint256 rSeed, uint256 subset, uint256 tSeed, uint256 orderSeed) external step {
        (uint256 idx, bool found) = _pickReportable(rSeed);
        if (!found && (rSeed >> 96) % 4 != 0) {
            // Nothing to report: a job is awarded and runs a little first (the provider then goes silent).
            if (!_postAndAward(rSeed >> 32, rSeed >> 64, rSeed >> 80)) return;
            idx = _rounds.length - 1;
            currentTime += 1 + (rSeed >> 40) % 120;
            vm.warp(currentTime);
        }
        if (_rounds.length == 0) return;
        RoundRec memory r = _rounds[idx];
        (, uint256 ended) = escrow.roundOf(r.jobId, r.round, r.provider);
        if (ended == 0 && (rSeed >> 100) % 4 != 0) {
            // The controllers' own flow: fail the job over, then report the round.
            vm.prank(_controllers[(rSeed >> 150) % _controllers.length]);
            try escrow.reportFailure(r.jobId, "fuzz: silent") {
                _count("reportFailure");
            } catch {}
        }
        (FaultDisputes.FaultReport memory rep, uint256 endedAt) = _makeReport(r, tSeed);
        (bytes[] memory sigs, uint256 valid) = _signReport(rep, subset, orderSeed);
        uint256 untilBefore = disputes.incidentUntil(r.provider);
        if (untilBefore != ghostIncidentUntil[r.provider]) _violation("incidentUntil != the model");
        (uint8 quorum,) = disputes.params();
        try disputes.reportFault(rep, sigs) returns (uint256 id) {
            _count("reportFault");
            _onReported(id, r, rep, endedAt, valid, quorum, untilBefore);
        } catch (bytes memory err) {
            _count("reportFault refused");
            if (bytes4(err) == FaultDisputes.SameIncident.selector) {
                _count("reportFault sameIncident");
                if (rep.silentSince > untilBefore) _violation("SameIncident after the incident window");
            }
        }
    }

    /// @notice Someone submits a (random, valid or not) heartbeat acknowledgement against a dispute.
    function challenge(uint256 dSeed, uint256 tSeed, uint256 sSeed) external step {
        if (_disputes.length == 0) return;
        DisputeRec storage d = _disputes[_pickPending(dSeed)];
        uint256 lo = d.silentSince - 2;
        uint256 ackAt = lo + tSeed % (currentTime + 3 - lo);
        uint256 pk = sSeed % 4 == 3 ? _pkOf(d.provider) : _controllerPks[sSeed % _controllerPks.length];
        FaultDisputes.HeartbeatAck memory a =
            FaultDisputes.HeartbeatAck({provider: d.provider, timestamp: ackAt});
        bytes memory s = _sig(pk, disputes.ackDigest(a));
        bool expectOk = d.state == 1 && currentTime < d.executeAfter && ackAt > d.silentSince
            && ackAt <= currentTime && ackAt <= d.observedAt && escrow.isController(vm.addr(pk));
        uint256[] memory before = _stakesOf(d.reporters);
        uint256 providerBefore = staking.slashableOf(d.provider);
        try disputes.challenge(d.id, a, s) {
            _count("challenge");
            if (!expectOk) _violation("challenge accepted invalid evidence or state");
            d.state = 2;
            _onVoided(d, before, providerBefore);
        } catch {
            if (expectOk) _violation("challenge refused valid evidence");
        }
    }

    /// @notice Anyone executes a dispute (sometimes after waiting out its window).
    function execute(uint256 dSeed, uint256 wait) external step {
        if (_disputes.length == 0) return;
        DisputeRec storage d = _disputes[_pickPending(dSeed)];
        if (wait % 2 == 0 && currentTime < d.executeAfter) {
            currentTime = d.executeAfter;
            vm.warp(currentTime);
        }
        bool expectOk = d.state == 1 && currentTime >= d.executeAfter;
        uint256[] memory before = _stakesOf(d.reporters);
        uint256[3] memory b =
            [staking.slashableOf(d.provider), token.balanceOf(d.client), token.balanceOf(treasury)];
        try disputes.execute(d.id) {
            _count("execute");
            if (!expectOk) _violation("execute before the window or twice");
            d.state = 3;
            _onExecuted(d, before, b);
        } catch {
            if (expectOk) _violation("execute refused after the window");
        }
    }

    // ================================================================ governance, pause, stake, time

    /// @notice The guardian pauses (one time in four) or unpauses the escrow.
    function pause(uint256 on) external step {
        vm.prank(guardian);
        if (on % 4 == 0) {
            try escrow.pause() {
                _count("pause");
            } catch {}
        } else {
            try escrow.unpause() {
                _count("unpause");
            } catch {}
        }
    }

    /// @notice Governance schedules a change of the escrow's or the disputes' parameters (always within
    /// the dev-chain bounds); a direct call must fail.
    function scheduleParams(uint256 seed) external step {
        if (_opPending) return;
        bytes memory data;
        address target;
        if (seed % 2 == 0) {
            target = address(escrow);
            data = abi.encodeCall(escrow.setParams, (_escrowParams(seed)));
        } else {
            target = address(disputes);
            data = abi.encodeCall(
                disputes.setParams,
                (FaultDisputes.Params({
                        quorum: uint8(1 + (seed >> 8) % 3),
                        reporterBond: uint96(_bound(seed >> 16, 1 ether, 5000 ether))
                    }))
            );
        }
        vm.prank(governance);
        (bool direct,) = target.call(data);
        if (direct) _violation("governance changed parameters without the timelock");
        _opTarget = target;
        _opData = data;
        _opSalt = bytes32(++_saltCounter);
        uint256 delay = timelock.getMinDelay();
        vm.prank(governance);
        timelock.schedule(target, 0, data, bytes32(0), _opSalt, delay);
        _opReadyAt = currentTime + delay;
        _opPending = true;
        _count("scheduleParams");
    }

    /// @notice Anyone executes the scheduled change (sometimes after waiting for it).
    function executeParams(uint256 wait) external step {
        if (!_opPending) return;
        if (wait % 2 == 0 && currentTime < _opReadyAt) {
            currentTime = _opReadyAt;
            vm.warp(currentTime);
        }
        bool ready = currentTime >= _opReadyAt;
        try timelock.execute(_opTarget, 0, _opData, bytes32(0), _opSalt) {
            _count("executeParams");
            if (!ready) _violation("timelock executed early");
            _opPending = false;
        } catch {
            if (ready) _violation("timelock refused a ready in-bounds change");
        }
    }

    /// @notice A provider requests to unstake part of its unlocked stake (never more than that).
    function unstake(uint256 pSeed, uint256 amountSeed) external step {
        uint256 i = pSeed % _providers.length;
        address p = _providers[i];
        uint256 unlocked = staking.unlockedStakeOf(p);
        if (staking.lockedStakeOf(p) != 0) {
            vm.prank(p);
            try staking.requestUnstake(unlocked + 1) {
                _violation("unstaked locked collateral");
            } catch {}
        }
        if (unlocked == 0) return;
        vm.prank(p);
        try staking.requestUnstake(_bound(amountSeed, 1, unlocked)) {
            _count("requestUnstake");
        } catch {
            _violation("unstake of unlocked stake refused");
        }
    }

    /// @notice A provider withdraws its unbonded stake.
    function withdrawStake(uint256 pSeed) external step {
        address p = _providers[pSeed % _providers.length];
        uint256 before = token.balanceOf(p);
        vm.prank(p);
        try staking.withdraw() {
            _count("withdraw");
            ghostWithdrawn[p] += token.balanceOf(p) - before;
        } catch {}
    }

    /// @notice A provider or a controller adds stake.
    function restake(uint256 seed, uint256 amountSeed) external step {
        uint256 n = _providers.length + _controllers.length;
        uint256 i = seed % n;
        address a = i < _providers.length ? _providers[i] : _controllers[i - _providers.length];
        uint256 amount = _bound(amountSeed, 1 ether, 20_000 ether);
        if (token.balanceOf(a) < amount) return;
        vm.startPrank(a);
        token.approve(address(staking), amount);
        staking.stake(amount);
        vm.stopPrank();
        ghostStakedIn[a] += amount;
        _count("restake");
    }

    /// @notice Time passes: seconds to more than the timelock's delay.
    function warp(uint256 seed) external {
        uint256 k = seed % 8;
        uint256 x = seed >> 8;
        uint256 dt = k < 4
            ? _bound(x, 1, 10 minutes)
            : k < 6
                ? _bound(x, 10 minutes, 3 hours)
                : k == 6 ? _bound(x, 3 hours, 2 days) : _bound(x, 2 days, 9 days);
        currentTime += dt;
        vm.warp(currentTime);
        _count("warp");
    }

    // ================================================================ views for the invariants

    function providers() external view returns (address[] memory) {
        return _providers;
    }

    function controllers() external view returns (address[] memory) {
        return _controllers;
    }

    function roundCount() external view returns (uint256) {
        return _rounds.length;
    }

    function disputeCount() external view returns (uint256) {
        return _disputes.length;
    }

    function disputeAt(uint256 i) external view returns (DisputeRec memory) {
        return _disputes[i];
    }

    function counterNames() external view returns (bytes32[] memory) {
        return _counterNames;
    }

    /// @notice What `account`'s locked stake must be: the collateral of its rounds not yet released or
    /// moved, plus the collateral of its pending disputes, plus the bonds it put up in pending disputes.
    function expectedLocked(address account) external view returns (uint256 sum) {
        for (uint256 i; i < _rounds.length; ++i) {
            if (_rounds[i].provider != account) continue;
            (, uint96 amount) = staking.locks(_roundKey(_rounds[i].jobId, _rounds[i].round, account));
            sum += amount;
        }
        for (uint256 i; i < _disputes.length; ++i) {
            DisputeRec storage d = _disputes[i];
            if (d.state != 1) continue;
            if (d.provider == account) sum += d.amount;
            for (uint256 k; k < d.reporters.length; ++k) {
                if (d.reporters[k] == account) sum += d.bond;
            }
        }
    }

    // ================================================================ internals

    function _award(uint256 jobId, uint256 pSeed, uint256 price, bool backup) internal {
        uint256 i = pSeed % _providers.length;
        address p = _providers[i];
        AuctionEscrow.Bid memory bid = AuctionEscrow.Bid({
            jobId: jobId,
            terms: escrow.jobTermsHash(jobId),
            provider: p,
            pricePerGpuSecond: price,
            expiry: currentTime + 1 days,
            nonce: ++_nonce[p]
        });
        bytes memory s = _sig(_providerPks[i], escrow.bidDigest(bid));
        bool ok;
        vm.prank(client);
        if (backup) {
            try escrow.awardBackup(bid, s) {
                ok = true;
            } catch {}
        } else {
            try escrow.award(bid, s) {
                ok = true;
            } catch {}
        }
        if (!ok) {
            _count(backup ? bytes32("awardBackup refused") : bytes32("award refused"));
            return;
        }
        _count(backup ? bytes32("awardBackup") : bytes32("award"));
        _recordRound(jobId, p, price);
    }

    /// @dev A job in `state` if one exists (scanning from a random start; 1 in 8 times any job).
    function _pickJob(uint256 seed, AuctionEscrow.JobState state) internal view returns (uint256) {
        uint256 n = _jobs.length;
        uint256 start = seed % n;
        if ((seed >> 200) % 8 == 0) return _jobs[start];
        for (uint256 k; k < n; ++k) {
            uint256 jobId = _jobs[(start + k) % n];
            if (escrow.getJob(jobId).state == state) return jobId;
        }
        return _jobs[start];
    }

    /// @dev A finished round still in its report window and not disputed, else a running round, if one
    /// exists (1 in 8 times any round, reportable or not).
    function _pickReportable(uint256 seed) internal view returns (uint256, bool) {
        uint256 n = _rounds.length;
        if (n == 0) return (0, false);
        uint256 start = seed % n;
        if ((seed >> 200) % 8 == 0) return (start, true);
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            RoundRec storage r = _rounds[i];
            (, uint256 endedAt) = escrow.roundOf(r.jobId, r.round, r.provider);
            if (endedAt == 0 || ghostDisputedRound[_roundKey(r.jobId, r.round, r.provider)]) continue;
            (, AuctionEscrow.Terms memory t) = escrow.jobTerms(r.jobId);
            if (currentTime < endedAt + t.settlementWindow) return (i, true);
        }
        // None: a running round, which report() fails over first.
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            RoundRec storage r = _rounds[i];
            (, uint256 endedAt) = escrow.roundOf(r.jobId, r.round, r.provider);
            if (endedAt == 0) return (i, true);
        }
        return (start, false);
    }

    /// @dev A pending dispute if one exists (1 in 8 times any dispute).
    function _pickPending(uint256 seed) internal view returns (uint256) {
        uint256 n = _disputes.length;
        uint256 start = seed % n;
        if ((seed >> 200) % 8 == 0) return start;
        for (uint256 k; k < n; ++k) {
            uint256 i = (start + k) % n;
            if (_disputes[i].state == 1) return i;
        }
        return start;
    }

    function _recordRound(uint256 jobId, address p, uint256 price) internal {
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        (, AuctionEscrow.Terms memory t) = escrow.jobTerms(jobId);
        uint256 loss = price * j.gpuCount * t.failoverWindow;
        (address account, uint96 amount) = staking.locks(_roundKey(jobId, j.round, p));
        if (account != p || amount != loss * t.slashMultiple) _violation("award collateral != job terms");
        _rounds.push(RoundRec({jobId: jobId, round: j.round, provider: p, collateral: amount, loss: loss}));
    }

    function _makeReport(RoundRec memory r, uint256 tSeed)
        internal
        view
        returns (FaultDisputes.FaultReport memory rep, uint256 endedAt)
    {
        uint256 w;
        (w, endedAt) = escrow.roundOf(r.jobId, r.round, r.provider);
        uint256 startedAt = (w >> 208) & MASK_32;
        uint256 end = endedAt == 0 ? currentTime : endedAt;
        uint256 silentSince =
            tSeed % 16 == 0 ? startedAt - 1 : startedAt + (tSeed >> 8) % (end - startedAt + 1);
        // Sometimes the edges of the provider's incident window: its last second, or the one after.
        uint256 until = ghostIncidentUntil[r.provider];
        if (tSeed % 16 < 3 && tSeed % 16 != 0 && until >= startedAt && until + 1 < end) {
            silentSince = until + tSeed % 16 - 1;
        }
        uint256 observedAt =
            silentSince + 1 + (tSeed >> 128) % (currentTime - silentSince + ((tSeed >> 64) % 8 == 0 ? 2 : 1));
        rep = FaultDisputes.FaultReport({
            jobId: r.jobId,
            round: r.round,
            provider: r.provider,
            silentSince: silentSince,
            observedAt: observedAt
        });
    }

    /// @dev Signatures of the subset `subset` of {controllers..., a non-controller (a provider)}, in
    /// ascending signer order, sometimes reversed or with the first one twice; `valid` is the number of
    /// signatures the contract should count (distinct, ascending, staked controllers).
    function _signReport(FaultDisputes.FaultReport memory rep, uint256 subset, uint256 orderSeed)
        internal
        view
        returns (bytes[] memory sigs, uint256 valid)
    {
        uint256 n = _controllerPks.length + 1;
        // Three times in four at least two controllers sign (a quorum unless params say otherwise).
        if ((subset >> 8) % 4 != 0) subset |= [uint256(3), 5, 6, 7][(subset >> 16) % 4];
        uint256[] memory pks = new uint256[](n);
        uint256 m;
        for (uint256 i; i < n; ++i) {
            if ((subset >> i) & 1 == 0) continue;
            pks[m++] = i < _controllerPks.length ? _controllerPks[i] : _providerPks[0];
        }
        // ascending by address
        for (uint256 i; i < m; ++i) {
            for (uint256 k = i + 1; k < m; ++k) {
                if (vm.addr(pks[k]) < vm.addr(pks[i])) (pks[i], pks[k]) = (pks[k], pks[i]);
            }
        }
        uint256 mode = orderSeed % 5;
        if (mode == 0) {
            for (uint256 i; i < m / 2; ++i) {
                (pks[i], pks[m - 1 - i]) = (pks[m - 1 - i], pks[i]);
            }
        }
        uint256 total = mode == 1 && m > 0 ? m + 1 : m;
        sigs = new bytes[](total);
        bytes32 digest = disputes.reportDigest(rep);
        address last;
        for (uint256 i; i < total; ++i) {
            uint256 pk = i < m ? pks[i] : pks[0];
            sigs[i] = _sig(pk, digest);
            address a = vm.addr(pk);
            if (a > last && escrow.isController(a)) {
                ++valid;
                last = a;
            }
        }
    }

    function _onReported(
        uint256 id,
        RoundRec memory r,
        FaultDisputes.FaultReport memory rep,
        uint256 endedAt,
        uint256 valid,
        uint256 quorum,
        uint256 untilBefore
    ) internal {
        bytes32 key = _roundKey(r.jobId, r.round, r.provider);
        if (valid < quorum) _violation("report accepted below quorum");
        if (endedAt == 0) _violation("report accepted on a running round");
        if (rep.silentSince <= untilBefore || rep.silentSince <= ghostIncidentUntil[r.provider]) {
            _violation("report accepted on the same incident");
        }
        if (ghostDisputedRound[key]) _violation("round disputed twice");
        (, AuctionEscrow.Terms memory t) = escrow.jobTerms(r.jobId);
        if (currentTime >= endedAt + t.settlementWindow) _violation("report accepted after the window");
        ghostDisputedRound[key] = true;
        uint256 until = rep.observedAt + t.challengeWindow;
        ghostIncidentUntil[r.provider] = until;
        if (disputes.incidentUntil(r.provider) != until) {
            _violation("incidentUntil != observedAt + the job's challenge window");
        }

        FaultDisputes.Dispute memory d = disputes.getDispute(id);
        if (d.amount != r.collateral) _violation("dispute amount != the round's collateral");
        if (d.compensation != (r.loss < d.amount ? r.loss : d.amount)) {
            _violation("compensation != min(loss, amount)");
        }
        if (d.reporters.length != valid) _violation("reporters != valid signers");
        if (d.executeAfter != currentTime + t.challengeWindow) {
            _violation("executeAfter != the job's window");
        }
        if (d.observedAt != rep.observedAt || d.challengeWindow != t.challengeWindow) {
            _violation("dispute observedAt or challengeWindow");
        }
        if (d.prevIncidentUntil != untilBefore) _violation("prevIncidentUntil != incidentUntil before");
        DisputeRec storage rec = _disputes.push();
        rec.id = id;
        rec.provider = r.provider;
        rec.client = d.client;
        rec.amount = d.amount;
        rec.loss = r.loss;
        rec.bond = d.bond;
        rec.silentSince = rep.silentSince;
        rec.observedAt = rep.observedAt;
        rec.incidentUntil = until;
        rec.prevIncidentUntil = untilBefore;
        rec.executeAfter = d.executeAfter;
        rec.state = 1;
        rec.reporters = d.reporters;
    }

    function _onVoided(DisputeRec storage d, uint256[] memory before, uint256 providerBefore) internal {
        if (staking.slashableOf(d.provider) != providerBefore) {
            _violation("a voided report moved the provider's stake");
        }
        // The window goes back to what the report found, unless a later report has moved it since.
        if (ghostIncidentUntil[d.provider] == d.incidentUntil) {
            ghostIncidentUntil[d.provider] = d.prevIncidentUntil;
            _count("challenge restores window");
        }
        if (disputes.incidentUntil(d.provider) != ghostIncidentUntil[d.provider]) {
            _violation("a voided report left incidentUntil != the model");
        }
        for (uint256 i; i < d.reporters.length; ++i) {
            address rep = d.reporters[i];
            uint256 lost = before[i] - staking.slashableOf(rep);
            ghostBondsLost[rep] += lost;
            ghostBondsOfVoided[rep] += d.bond;
            if (lost != d.bond) _violation("a reporter lost other than its bond");
        }
    }

    function _onExecuted(DisputeRec storage d, uint256[] memory before, uint256[3] memory b) internal {
        uint256 lost = b[0] - staking.slashableOf(d.provider);
        uint256 toClient = token.balanceOf(d.client) - b[1];
        uint256 toTreasury = token.balanceOf(treasury) - b[2];
        if (lost > d.amount) _violation("slash above the round's collateral");
        if (lost != d.amount) _violation("slash != the held collateral");
        if (toClient > d.loss) _violation("client got more than price x gpus x failoverWindow");
        if (toClient + toTreasury != lost) _violation("slash split != slash");
        for (uint256 i; i < d.reporters.length; ++i) {
            if (staking.slashableOf(d.reporters[i]) != before[i]) {
                _violation("an executed report moved a bond");
            }
        }
        ghostSlashedByExecute[d.provider] += lost;
        ghostCollateralOfExecuted[d.provider] += d.amount;
        ghostToClients += toClient;
        ghostLossOfExecuted += d.loss;
    }

    function _escrowParams(uint256 seed) internal view returns (AuctionEscrow.Params memory p) {
        p.treasury = treasury;
        p.feeBps = uint16(((seed >> 8) % 201) * 10);
        p.slashMultiple = uint16(1 + (seed >> 24) % 10);
        p.settlementWindow = uint32(_bound(seed >> 40, 1, 2 days));
        p.failoverWindow = uint32(_bound(seed >> 80, 1, 2 hours));
        p.challengeWindow = uint32(_bound(seed >> 120, 1, 2 days));
        p.controllerMinStake = uint96(_bound(seed >> 160, 0, 50_000 ether));
    }

    function _stakesOf(address[] memory accounts) internal view returns (uint256[] memory out) {
        out = new uint256[](accounts.length);
        for (uint256 i; i < accounts.length; ++i) {
            out[i] = staking.slashableOf(accounts[i]);
        }
    }

    function _pkOf(address p) internal view returns (uint256) {
        for (uint256 i; i < _providers.length; ++i) {
            if (_providers[i] == p) return _providerPks[i];
        }
        revert("unknown provider");
    }

    function _roundKey(uint256 jobId, uint256 round, address p) internal pure returns (bytes32) {
        return keccak256(abi.encode(jobId, round, p));
    }

    function _sig(uint256 pk, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, digest);
        return abi.encodePacked(r, s, v);
    }

    function _bound(uint256 x, uint256 lo, uint256 hi) internal pure returns (uint256) {
        if (x >= lo && x <= hi) return x;
        return lo + (x % (hi - lo + 1));
    }

    function _violation(string memory what) internal {
        if (violations == 0) firstViolation = what;
        ++violations;
    }

    function _count(bytes32 name) internal {
        if (calls[name] == 0) _counterNames.push(name);
        ++calls[name];
    }
}
