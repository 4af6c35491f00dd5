// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockFixture} from "./base/TimelockFixture.sol";
import {Vm} from "./base/Vm.sol";
import {FaultDisputes} from "../src/FaultDisputes.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @notice Issue 14's attacks, each as it worked against the contracts at 61b54d6 and as it fails now,
/// with balances checked before and after to the wei. One test (or group) per property:
///  (a) a client with a failing image (C-1)             (f) a poisoned usage report in settleBatch (H-3)
///  (b) a controller and a client colluding (H-1)       (g) stake backs running work (M-4)
///  (c) an outage: one incident, unsplittable (H-1)     (h) bids bound to the job's terms, bulk cancel (L-2, L-4)
///  (d) governance trying to drain stake (H-2)          (i) a pause never refunds an earned claim (M-2)
///  (e) completeJob front-running a failure (M-1)
contract TrustModelTest is TimelockFixture {
    address internal stranger = address(0x5757);
    uint256 internal constant MALLORY_PK = 0xBAD;
    uint256 internal constant OUTSIDER_PK = 0x0D75;

    /// @notice What one second of the default job pays.
    uint256 internal constant PER_SECOND = PRICE * GPUS;

    function _fee(uint256 gross) internal pure returns (uint256) {
        return gross * FEE_BPS / 10_000;
    }

    /// @notice A client's whole wealth: wallet plus free escrow balance.
    function _wealth(address who) internal view returns (uint256) {
        return token.balanceOf(who) + escrow.freeBalanceOf(who);
    }

    function _assertNoSlash(Vm.Log[] memory logs) internal view {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(staking)) {
                assertTrue(logs[i].topics[0] != ProviderStaking.Slashed.selector, "a slash happened");
            }
        }
    }

    // ================================================================ (a) failing image (C-1)

    /// @notice At 61b54d6 a client posting `no-such-image:latest` got 10% of each awarded provider's whole
    /// stake (10,000 GIN per provider, per round) when the controller failed the job over. Now the job
    /// fails over twice, no stake moves at all, and the client pays exactly the GPU time it was served.
    function test_attack_failingImage_failoverMovesNoStake() public {
        uint256 clientBefore = _wealth(client);
        uint256 stakingBalance = token.balanceOf(address(staking));
        (uint256 pStake,, uint256 pWallet) = stakeState(provider);
        (uint256 bStake,, uint256 bWallet) = stakeState(backup);
        uint256 treasuryBefore = token.balanceOf(treasury);
        vm.recordLogs();

        // The client's job with an image that cannot be pulled, awarded to the provider.
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        assertEq(staking.lockedStakeOf(provider), COLLATERAL, "collateral locked");

        // 30 s later the provider's agent reports failed pulls: the controller fails the job over.
        vm.warp(block.timestamp + 30);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobFailed(jobId, provider, 1, 30 * PER_SECOND, "image pull failed");
        vm.prank(controller);
        escrow.reportFailure(jobId, "image pull failed");

        // The backup from the same auction gets it and fails the same way 30 s later.
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(controller);
        escrow.awardBackup(bid, s);
        vm.warp(block.timestamp + 30);
        vm.prank(controller);
        escrow.reportFailure(jobId, "image pull failed");

        // The job ends failed: the client takes its budget back; both providers settle the time served.
        vm.prank(client);
        escrow.stopJob(jobId);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, GPUS * 30));
        escrow.settle(report1(BACKUP_PK, jobId, 2, GPUS * 30));

        // Once the settlement windows pass, both rounds' collateral is free again.
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider);
        escrow.closeRound(jobId, 2, backup);

        _assertNoSlash(vm.getRecordedLogs());
        assertEq(staking.stakeOf(provider), pStake, "provider stake unchanged");
        assertEq(staking.stakeOf(backup), bStake, "backup stake unchanged");
        assertEq(staking.lockedStakeOf(provider), 0, "provider collateral freed");
        assertEq(staking.lockedStakeOf(backup), 0, "backup collateral freed");
        assertEq(token.balanceOf(address(staking)), stakingBalance, "staking balance unchanged");
        uint256 served = 30 * PER_SECOND;
        assertEq(clientBefore - _wealth(client), 2 * served, "client pays exactly the time served");
        assertEq(token.balanceOf(provider) - pWallet, served - _fee(served), "provider paid for 30 s");
        assertEq(token.balanceOf(backup) - bWallet, served - _fee(served), "backup paid for 30 s");
        escrow.sweepFees();
        assertEq(token.balanceOf(treasury) - treasuryBefore, 2 * _fee(served), "treasury: fees only");
        assertEq(escrow.getJob(jobId).remaining, 0, "nothing left in the job");
        assertEscrowSolvent();
    }

    /// @notice The client cannot turn the failure into a slash either: it is no controller, and a report
    /// needs a quorum of them.
    function test_attack_failingImage_clientCannotReportAFault() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        vm.warp(block.timestamp + 30);
        failOver(jobId);
        FaultDisputes.FaultReport memory r = faultReport(jobId, 1, provider, start + 1, block.timestamp);
        uint256[] memory pks = new uint256[](1);
        pks[0] = CLIENT_PK;
        bytes[] memory s = signFault(r, pks);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.NoQuorum.selector, 0, uint256(QUORUM)));
        disputes.reportFault(r, s);
        bytes32 role = escrow.CONTROLLER_ROLE();
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, client, role)
        );
        escrow.reportFailure(jobId, "again");
    }

    // ================================================================ (b) collusion (H-1)

    /// @notice At 61b54d6 one controller key colluding with a client slashed any provider at will. Now a
    /// single controller's report has no quorum, a controller cannot slash directly, and a false report by
    /// two colluding controllers is voided by the provider's heartbeat acknowledgement: the colluders lose
    /// their bonds, the provider and the client are where they were.
    function test_attack_collusion_oneControllerCannotSlash() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        uint256 pStake = staking.stakeOf(provider);
        vm.warp(start + 300);
        failOver(jobId); // the colluding controller fails the healthy provider over: no stake moves
        assertEq(staking.stakeOf(provider), pStake, "failover moved no stake");

        FaultDisputes.FaultReport memory r = faultReport(jobId, 1, provider, start + 100, start + 300);
        bytes[] memory s = signFault(r, controllerPks(1));
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.NoQuorum.selector, 1, uint256(QUORUM)));
        disputes.reportFault(r, s);
        // Signing twice does not help.
        bytes[] memory twice = new bytes[](2);
        (twice[0], twice[1]) = (s[0], s[0]);
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.NoQuorum.selector, 1, uint256(QUORUM)));
        disputes.reportFault(r, twice);
        // Nor can it slash through the staking contract.
        bytes32 slasher = staking.SLASHER_ROLE();
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, controller, slasher
            )
        );
        staking.slash(provider, pStake, client, "collusion");
        assertEq(staking.stakeOf(provider), pStake, "provider stake unchanged");
    }

    function test_attack_collusion_falseReportIsVoidedAndReportersPay() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        vm.warp(start + 300);
        failOver(jobId);

        uint256 clientBefore = _wealth(client);
        uint256 treasuryBefore = token.balanceOf(treasury);
        (uint256 pStake,, uint256 pWallet) = stakeState(provider);
        uint256 c1 = staking.stakeOf(controller);
        uint256 c2 = staking.stakeOf(controller2);

        // controller and controller2 claim the provider was silent from start + 100; it was not:
        // controller3 acknowledged its heartbeat at start + 200.
        uint256 id = reportBy(2, jobId, 1, provider, start + 100, start + 300);
        assertEq(staking.lockedStakeOf(controller), REPORTER_BOND, "bond 1 locked");
        assertEq(staking.lockedStakeOf(controller2), REPORTER_BOND, "bond 2 locked");
        bytes memory ackSig = signAck(CONTROLLER3_PK, provider, start + 200);
        vm.warp(block.timestamp + CHALLENGE_WINDOW / 2);
        vm.prank(provider);
        disputes.challenge(id, ack(provider, start + 200), ackSig);

        // The slash can never execute.
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(FaultDisputes.WrongState.selector, id, FaultDisputes.DisputeState.Voided)
        );
        disputes.execute(id);

        assertEq(staking.stakeOf(provider), pStake, "provider stake unchanged");
        assertEq(token.balanceOf(provider), pWallet, "provider wallet unchanged");
        assertEq(staking.lockedStakeOf(provider), 0, "provider collateral freed");
        assertEq(_wealth(client), clientBefore, "the colluding client gains nothing");
        assertEq(staking.stakeOf(controller), c1 - REPORTER_BOND, "colluder 1 loses its bond");
        assertEq(staking.stakeOf(controller2), c2 - REPORTER_BOND, "colluder 2 loses its bond");
        assertEq(staking.lockedStakeOf(controller), 0, "bond 1 settled");
        assertEq(staking.lockedStakeOf(controller2), 0, "bond 2 settled");
        assertEq(token.balanceOf(treasury) - treasuryBefore, 2 * uint256(REPORTER_BOND), "bonds to treasury");
        assertStakingSolvent();
    }

    /// @notice A false report used to block a true one: it moved the provider's incident marker to its
    /// observedAt, and kept it there once voided, so the provider's real outage that began before that
    /// time could not be reported. Now a voided report gives its incident window back: the true report
    /// is accepted and slashed, and the false reporters still pay their bonds.
    function test_attack_collusion_falseReportCannotBlockATrueOne() public {
        uint256 job1 = runningJob(PROVIDER_PK, 1);
        uint256 job2 = runningJob(PROVIDER_PK, 2);
        uint256 start = block.timestamp;
        uint256 pStake = staking.stakeOf(provider);
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);

        // The provider answers until start + 200 (controller3 acknowledged it then), then is silent.
        vm.warp(start + 400);
        failOver(job1);
        failOver(job2);
        // Two controllers falsely claim a silence on job 1 from start + 100, observed at start + 400.
        uint256 falseId = reportBy(2, job1, 1, provider, start + 100, start + 400);
        // The true report (job 2, silent from start + 250) is the same incident while the false one stands.
        FaultDisputes.FaultReport memory r = faultReport(job2, 1, provider, start + 250, start + 400);
        bytes[] memory s = signFault(r, controllerPks(3));
        vm.expectRevert(
            abi.encodeWithSelector(
                FaultDisputes.SameIncident.selector, provider, start + 400 + CHALLENGE_WINDOW
            )
        );
        disputes.reportFault(r, s);

        // The provider voids the false report; the true one then goes through and executes.
        disputes.challenge(
            falseId, ack(provider, start + 200), signAck(CONTROLLER3_PK, provider, start + 200)
        );
        uint256 id = disputes.reportFault(r, s);
        vm.warp(disputes.getDispute(id).executeAfter);
        disputes.execute(id);
        escrow.closeRound(job1, 1, provider);

        assertEq(pStake - staking.stakeOf(provider), COLLATERAL, "slashed for the true incident, once");
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client compensated");
        assertEq(
            token.balanceOf(treasury) - treasuryBefore,
            2 * uint256(REPORTER_BOND) + COLLATERAL - LOSS,
            "treasury: the false reporters' bonds and the rest of the collateral"
        );
        assertEq(staking.lockedStakeOf(provider), 0, "nothing left locked");
        assertStakingSolvent();
    }

    // ================================================================ (c) controller outage (H-1)

    /// @notice At 61b54d6 a controller outage longer than the heartbeat timeout failed over, and slashed
    /// 10% of the stake for, every job of every provider (1 - 0.9^5 = 41% of the stake for five jobs).
    /// Now the failovers move nothing, and however many jobs are reported the silence is one incident:
    /// the provider loses at most one round's collateral.
    function test_attack_controllerOutage_oneIncidentOnly() public {
        uint256 n = 5;
        uint256[] memory jobs = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            jobs[i] = runningJob(PROVIDER_PK, i + 1);
        }
        uint256 start = block.timestamp;
        assertEq(staking.lockedStakeOf(provider), n * COLLATERAL, "five collaterals");
        uint256 pStake = staking.stakeOf(provider);
        uint256 clientBefore = token.balanceOf(client);

        // Every controller is down from start + 60 to start + 660 (10 minutes, heartbeat timeout 20 s).
        // On recovery every job of the provider is failed over and reported with the same silence.
        vm.warp(start + 660);
        for (uint256 i; i < n; ++i) {
            failOver(jobs[i]);
        }
        assertEq(staking.stakeOf(provider), pStake, "failovers moved no stake");
        uint256 id = reportBy(2, jobs[0], 1, provider, start + 60, start + 660);
        for (uint256 i = 1; i < n; ++i) {
            FaultDisputes.FaultReport memory r = faultReport(jobs[i], 1, provider, start + 60, start + 660);
            bytes[] memory s = signFault(r, controllerPks(3));
            vm.expectRevert(
                abi.encodeWithSelector(
                    FaultDisputes.SameIncident.selector, provider, start + 660 + CHALLENGE_WINDOW
                )
            );
            disputes.reportFault(r, s);
        }
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        disputes.execute(id);
        for (uint256 i; i < n; ++i) {
            escrow.closeRound(jobs[i], 1, provider);
        }

        assertEq(pStake - staking.stakeOf(provider), COLLATERAL, "one round's collateral, once");
        assertLe(pStake - staking.stakeOf(provider), COLLATERAL, "bounded by one job");
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client compensated one failover window");
        assertEq(staking.lockedStakeOf(provider), 0, "the other rounds' collateral is free");
        assertStakingSolvent();
    }

    /// @notice A quorum splitting one outage into several incidents: with three jobs of the provider silent
    /// from S, it reports job 1 for [S, S+1], job 2 for [S+2, S+3] and job 3 for [S+4, S+5], each claim
    /// true and each beginning after the previous one was observed. When the incident ended at the last
    /// report's observedAt, all three were accepted and the provider lost three rounds' collateral. Now
    /// the first report opens an incident window until its observedAt plus the job's challenge window:
    /// the other two are the same incident, and the provider loses exactly one round's collateral.
    function test_attack_splitIncident_oneOutageIsOneIncident() public {
        uint256[] memory jobs = new uint256[](3);
        for (uint256 i; i < 3; ++i) {
            jobs[i] = runningJob(PROVIDER_PK, i + 1);
        }
        uint256 silentFrom = block.timestamp + 60;
        uint256 pStake = staking.stakeOf(provider);
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);

        // The provider is silent from S; the controllers fail every job over a few minutes later.
        vm.warp(silentFrom + 300);
        for (uint256 i; i < 3; ++i) {
            failOver(jobs[i]);
        }
        uint256 id = reportBy(2, jobs[0], 1, provider, silentFrom, silentFrom + 1);
        uint256 until = silentFrom + 1 + CHALLENGE_WINDOW;
        assertEq(disputes.incidentUntil(provider), until, "incident window");
        for (uint256 i = 1; i < 3; ++i) {
            FaultDisputes.FaultReport memory r =
                faultReport(jobs[i], 1, provider, silentFrom + 2 * i, silentFrom + 2 * i + 1);
            bytes[] memory s = signFault(r, controllerPks(3));
            vm.expectRevert(abi.encodeWithSelector(FaultDisputes.SameIncident.selector, provider, until));
            disputes.reportFault(r, s);
        }
        assertEq(disputes.nextDisputeId(), 2, "one dispute");

        vm.warp(disputes.getDispute(id).executeAfter);
        disputes.execute(id);
        for (uint256 i; i < 3; ++i) {
            escrow.closeRound(jobs[i], 1, provider);
        }
        assertEq(pStake - staking.stakeOf(provider), COLLATERAL, "exactly one round's collateral");
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client compensated one failover window");
        assertEq(token.balanceOf(treasury) - treasuryBefore, COLLATERAL - LOSS, "treasury: the rest");
        assertEq(staking.lockedStakeOf(provider), 0, "the other rounds' collateral is free");
        assertStakingSolvent();
    }

    // ================================================================ (d) governance drain (H-2)

    /// @notice At 61b54d6 the governance key held SLASHER_ROLE and could send any staker's whole stake to
    /// any address in one transaction. Now nobody but FaultDisputes can slash, and granting SLASHER_ROLE
    /// goes through a GinTimelock whose delay exceeds the unbonding delay: the provider sees it coming,
    /// finishes its job, unstakes and withdraws before the grant can execute.
    function test_attack_governanceDrain_timelockOutlastsUnbonding() public {
        deployTimelockedMarket();
        assertGt(timelock.getMinDelay(), staking.unbondingDelay(), "timelock delay > unbonding delay");
        uint256 pStake = staking.stakeOf(provider);
        uint256 pWallet = token.balanceOf(provider);

        // Neither the admin (the timelock) nor the proposer key can slash directly.
        bytes32 slasher = staking.SLASHER_ROLE();
        address[2] memory keys = [address(timelock), governance];
        for (uint256 i; i < 2; ++i) {
            vm.prank(keys[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, keys[i], slasher
                )
            );
            staking.slash(provider, pStake, governance, "drain");
        }
        // Nor grant the role directly.
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, bytes32(0)
            )
        );
        staking.grantRole(slasher, governance);

        // The provider is running a job when governance schedules the grant.
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        bytes memory grant = abi.encodeCall(staking.grantRole, (slasher, governance));
        uint256 scheduledAt = block.timestamp;
        vm.prank(governance);
        timelock.schedule(address(staking), 0, grant, bytes32(0), bytes32(0), TIMELOCK_DELAY);
        bytes32 op = timelock.hashOperation(address(staking), 0, grant, bytes32(0), bytes32(0));
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector, op, bytes32(uint256(1) << 2)
            )
        );
        timelock.execute(address(staking), 0, grant, bytes32(0), bytes32(0));

        // The provider reacts: it completes its job, settles, lets the report window pass, releases its
        // collateral, unstakes everything and withdraws after the unbonding delay.
        vm.warp(block.timestamp + 60);
        vm.startPrank(provider);
        escrow.completeJob(jobId);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, GPUS * 60));
        vm.stopPrank();
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.finalizeJob(jobId);
        assertEq(staking.lockedStakeOf(provider), 0, "collateral released");
        vm.prank(provider);
        staking.requestUnstake(pStake);
        vm.warp(block.timestamp + UNBONDING);
        assertLt(block.timestamp, scheduledAt + TIMELOCK_DELAY, "withdrawn before the grant is ready");
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector, op, bytes32(uint256(1) << 2)
            )
        );
        timelock.execute(address(staking), 0, grant, bytes32(0), bytes32(0));
        vm.prank(provider);
        staking.withdraw();

        // The grant executes; there is nothing left to take.
        vm.warp(scheduledAt + TIMELOCK_DELAY);
        timelock.execute(address(staking), 0, grant, bytes32(0), bytes32(0));
        assertTrue(staking.hasRole(slasher, governance), "granted");
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.NothingToSlash.selector, provider));
        staking.slash(provider, pStake, governance, "drain");

        uint256 served = 60 * PER_SECOND;
        assertEq(token.balanceOf(provider) - pWallet, pStake + served - _fee(served), "stake and pay left");
        assertEq(staking.slashableOf(provider), 0, "nothing at stake");
        assertStakingSolvent();
    }

    /// @notice The escrow's admin cannot shorten the windows below their bounds, nor can the staking
    /// admin shorten the unbonding delay or the timelock its own delay, without going through the delay.
    function test_attack_governanceDrain_noInstantLevers() public {
        deployTimelockedMarket();
        vm.startPrank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, bytes32(0)
            )
        );
        staking.setUnbondingDelay(0);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, governance)
        );
        timelock.updateDelay(0);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockInsufficientDelay.selector, 1, TIMELOCK_DELAY)
        );
        timelock.schedule(
            address(timelock), 0, abi.encodeCall(timelock.updateDelay, (0)), bytes32(0), bytes32(0), 1
        );
        vm.stopPrank();
    }

    // ================================================================ (e) completeJob front-run (M-1)

    /// @notice At 61b54d6 a provider that went silent (or saw reportFailure in the mempool) called
    /// completeJob first: reportFailure then reverted WrongState(Ended) and no slash could happen. Now the
    /// round it ended can still be reported within its settlement window, and is slashed.
    function test_attack_completeJobFrontRun_isStillSlashed() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        uint256 pStake = staking.stakeOf(provider);
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);

        // Silent from start + 100; at start + 130 it completes the job ahead of the controller's failover,
        // and even closes it at once.
        vm.warp(start + 130);
        vm.startPrank(provider);
        escrow.completeJob(jobId);
        escrow.finalizeJob(jobId);
        vm.stopPrank();
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Closed)
        );
        escrow.reportFailure(jobId, "missed heartbeats");
        assertEq(staking.lockedStakeOf(provider), COLLATERAL, "collateral stays for the report window");

        // The quorum reports the silence that began before the completion.
        vm.warp(start + 200);
        uint256 id = reportBy(2, jobId, 1, provider, start + 100, start + 150);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        disputes.execute(id);

        assertEq(pStake - staking.stakeOf(provider), COLLATERAL, "slashed the round's collateral");
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client compensated");
        assertEq(token.balanceOf(treasury) - treasuryBefore, COLLATERAL - LOSS, "rest to treasury");
        assertStakingSolvent();
    }

    /// @notice The completion is not a fault: a silence claimed to begin after it is not reportable.
    function test_attack_completeJobFrontRun_silenceAfterTheEndIsNotReportable() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        vm.warp(start + 130);
        vm.prank(provider);
        escrow.completeJob(jobId);
        vm.warp(start + 200);
        FaultDisputes.FaultReport memory r = faultReport(jobId, 1, provider, start + 130, start + 200);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectRevert(
            abi.encodeWithSelector(
                FaultDisputes.NotReportable.selector,
                "the silence must begin while the provider held the round"
            )
        );
        disputes.reportFault(r, s);
    }

    // ================================================================ (f) poisoned usage report (H-3)

    /// @notice At 61b54d6 one report with v in {0, 1} (or any bad signature) reverted the whole
    /// settleBatch, and the settlement service retried it forever. Now it is skipped with ReportRejected
    /// and every other report settles.
    function test_attack_poisonedReport_othersSettle() public {
        uint256 job1 = runningJob(PROVIDER_PK, 1);
        uint256 job2 = runningJob(BACKUP_PK, 1);
        vm.warp(block.timestamp + 100);
        uint256 pWallet = token.balanceOf(provider);
        uint256 bWallet = token.balanceOf(backup);

        AuctionEscrow.UsageReport[] memory batch = new AuctionEscrow.UsageReport[](4);
        // A valid report of the backup, its signature's v lowered to 0/1 (what chain.Recover accepted).
        batch[0] = report1(BACKUP_PK, job2, 1, GPUS * 100);
        batch[0].signature[64] = bytes1(uint8(batch[0].signature[64]) - 27);
        // The provider's valid report.
        batch[1] = report1(PROVIDER_PK, job1, 1, GPUS * 50);
        // A report claiming to be the backup's, signed by an outsider.
        batch[2] = report1(OUTSIDER_PK, job2, 1, GPUS * 100);
        batch[2].provider = backup;
        // A truncated signature.
        batch[3] = report1(PROVIDER_PK, job1, 1, GPUS * 100);
        batch[3].signature = hex"00";

        bytes32 d0 = escrow.usageReportDigest(backup, batch[0].usages);
        bytes32 d3 = escrow.usageReportDigest(provider, batch[3].usages);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ReportRejected(backup, d0);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ProviderPaid(provider, 50 * PER_SECOND, _fee(50 * PER_SECOND));
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ReportRejected(backup, d0);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ReportRejected(provider, d3);
        vm.prank(stranger);
        escrow.settleBatch(batch);

        assertEq(
            token.balanceOf(provider) - pWallet, 50 * PER_SECOND - _fee(50 * PER_SECOND), "provider paid"
        );
        assertEq(token.balanceOf(backup), bWallet, "poisoned report paid nothing");
        assertEscrowSolvent();

        // The backup's properly signed report still settles afterwards (the poisoned one burned nothing).
        escrow.settle(report1(BACKUP_PK, job2, 1, GPUS * 100));
        assertEq(token.balanceOf(backup) - bWallet, 100 * PER_SECOND - _fee(100 * PER_SECOND), "backup paid");
        // A single bad report through settle() still reverts, for the caller only.
        AuctionEscrow.UsageReport memory bad = batch[3];
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(bad);
        assertEscrowSolvent();
    }

    // ================================================================ (g) collateral (M-4)

    /// @notice At 61b54d6 a provider could unstake and withdraw everything while running a job, leaving
    /// nothing to slash. Now the award's collateral stays locked: the provider can leave with the rest, but
    /// a fault during the job is still slashed from the collateral.
    function test_attack_unstakeWhileRunning_collateralStays() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        uint256 pStake = staking.stakeOf(provider);
        uint256 unlocked = pStake - COLLATERAL;
        assertEq(staking.unlockedStakeOf(provider), unlocked, "unlocked");

        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, unlocked, pStake));
        staking.requestUnstake(pStake);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, unlocked, unlocked + 1)
        );
        staking.requestUnstake(unlocked + 1);

        // It leaves with everything else, and is no longer eligible for new work.
        vm.prank(provider);
        staking.requestUnstake(unlocked);
        assertFalse(staking.isEligible(provider, 0), "not eligible");
        uint256 job2 = postJob(PRICE, GPUS, BUDGET);
        AuctionEscrow.Bid memory bid = bidFor(job2, provider, PRICE, 2);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s);
        vm.warp(start + UNBONDING);
        vm.prank(provider);
        staking.withdraw();

        // A week into the job it goes silent; the collateral is still there to compensate the client.
        uint256 clientBefore = token.balanceOf(client);
        vm.warp(start + UNBONDING + 100);
        failOver(jobId);
        uint256 id = reportBy(2, jobId, 1, provider, start + UNBONDING + 10, block.timestamp);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        disputes.execute(id);
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client compensated");
        assertEq(staking.stakeOf(provider), 0, "collateral slashed");
        assertStakingSolvent();
    }

    /// @notice One stake no longer backs unlimited work: an award needs unlocked stake for its collateral.
    function test_attack_overcommit_awardNeedsUnlockedCollateral() public {
        // 255 GPUs at 0.1 GIN per GPU-second: 3 x 0.1 x 255 x 1800 = 137,700 GIN of collateral > 100,000 staked.
        uint256 jobId = postJob(1e17, 255, BUDGET);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, 1e17, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s);

        // Jobs that fit are awarded until the unlocked stake cannot cover the next collateral.
        // 255 GPUs at 0.02 GIN: 27,540 GIN each; 100,000 GIN covers three (82,620), not four.
        for (uint256 i; i < 3; ++i) {
            uint256 id = postJob(2e16, 255, BUDGET);
            awardTo(id, PROVIDER_PK, 2e16, 10 + i);
        }
        assertEq(staking.lockedStakeOf(provider), 3 * 27_540 ether, "three collaterals");
        uint256 job4 = postJob(2e16, 255, BUDGET);
        bid = bidFor(job4, provider, 2e16, 20);
        s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s);
    }

    // ================================================================ (h) bids bound to terms (L-2, L-4)

    /// @notice At 61b54d6 a bid signed only `jobId`: a reorg that reordered two createJob calls moved it
    /// onto another job (here 255 GPUs of another image). Now it signs the job's terms and cannot move.
    function test_attack_reorgedJobId_bidDoesNotMove() public {
        address mallory = vm.addr(MALLORY_PK);
        fund(mallory, 1_000_000 ether);
        depositAs(mallory, BUDGET);

        // The provider bids on the client's job N as seen before the reorg.
        uint256 snap = vm.snapshotState();
        uint256 jobId = postJob(PRICE, GPUS, BUDGET);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);

        // The reorg: Mallory's createJob lands first and takes id N, with other terms.
        vm.revertToState(snap);
        vm.prank(mallory);
        uint256 other = escrow.createJob(
            keccak256("other image"), PRICE, 255, BUDGET, uint40(block.timestamp + 1 hours), 0
        );
        assertEq(other, jobId, "same id");
        assertTrue(escrow.jobTermsHash(other) != bid.terms, "other terms");

        vm.prank(mallory);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidTermsMismatch.selector, other));
        escrow.award(bid, s);
        // Rewriting the terms in the bid breaks the provider's signature.
        bid.terms = escrow.jobTermsHash(other);
        vm.prank(mallory);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);
        assertEq(staking.lockedStakeOf(provider), 0, "nothing awarded");
    }

    /// @notice At 61b54d6 a provider could only cancel bids one nonce per transaction; a stale bid could
    /// still be awarded. Now cancelBidsBelow voids them all at once.
    function test_attack_staleBids_cancelBidsBelow() public {
        uint256 jobId = postJob(PRICE, GPUS, BUDGET);
        AuctionEscrow.Bid[3] memory bids;
        bytes[3] memory sigs;
        for (uint256 i; i < 3; ++i) {
            bids[i] = bidFor(jobId, provider, PRICE, i + 1);
            sigs[i] = signBid(PROVIDER_PK, bids[i]);
        }
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.BidNoncesCancelledBelow(provider, 3);
        vm.prank(provider);
        escrow.cancelBidsBelow(3);
        assertEq(escrow.minBidNonce(provider), 3, "min nonce");

        for (uint256 i; i < 2; ++i) {
            vm.prank(client);
            vm.expectRevert(
                abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, i + 1)
            );
            escrow.award(bids[i], sigs[i]);
        }
        // The minimum only goes up.
        vm.startPrank(provider);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 3));
        escrow.cancelBidsBelow(3);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 2));
        escrow.cancelBidsBelow(2);
        vm.stopPrank();
        // Nonce 3 is still valid.
        vm.prank(client);
        escrow.award(bids[2], sigs[2]);
        assertEq(escrow.getJob(jobId).provider, provider, "awarded with nonce 3");
    }

    /// @notice A backup's stale bid cannot be picked up by awardBackup after the backup cancelled it.
    function test_attack_staleBids_backupCancelled() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 5);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(backup);
        escrow.cancelBidsBelow(6);
        vm.warp(block.timestamp + 100);
        failOver(jobId);
        vm.prank(controller);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, backup, 5));
        escrow.awardBackup(bid, s);
        assertEq(staking.lockedStakeOf(backup), 0, "no collateral locked");
    }

    // ================================================================ (i) pause (M-2)

    /// @notice At 61b54d6 settlement paused with everything else, while stopJob and finalizeJob did not:
    /// a pause longer than the settlement window refunded the provider's earned usage to the client.
    /// Now settlement never pauses and the window is the job's own, so the provider collects in full.
    function test_attack_pause_earnedClaimIsNeverRefunded() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        uint256 start = block.timestamp;
        vm.warp(start + 600);
        vm.prank(client);
        escrow.stopJob(jobId);
        uint256 endedAt = block.timestamp;
        uint256 due = 600 * PER_SECOND;
        (uint256 word,) = escrow.roundOf(jobId, 1, provider);
        assertEq(word & ((1 << 96) - 1), due, "earned: the ended round holds exactly the claim");
        uint256 pWallet = token.balanceOf(provider);
        uint256 clientBefore = _wealth(client);

        vm.prank(guardian);
        escrow.pause();
        // Paused: no deposits, jobs or awards.
        vm.startPrank(client);
        token.approve(address(escrow), 1 ether);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.deposit(1 ether);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.createJob(keccak256("spec"), PRICE, GPUS, 1 ether, uint40(block.timestamp + 1 hours), 0);
        vm.stopPrank();

        // Within the window nobody but the provider can close the job, paused or not.
        vm.warp(endedAt + SETTLEMENT_WINDOW - 1);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, endedAt + SETTLEMENT_WINDOW)
        );
        escrow.finalizeJob(jobId);
        // The provider settles in the last second of its window, still paused.
        AuctionEscrow.UsageReport[] memory batch = new AuctionEscrow.UsageReport[](1);
        batch[0] = report1(PROVIDER_PK, jobId, 1, GPUS * 600);
        escrow.settleBatch(batch);
        assertEq(token.balanceOf(provider) - pWallet, due - _fee(due), "paid in full while paused");

        // The pause outlasts the window; closing refunds nothing of the provider's.
        vm.warp(endedAt + 10 * SETTLEMENT_WINDOW);
        vm.prank(client);
        escrow.finalizeJob(jobId);
        assertEq(_wealth(client), clientBefore, "client refunded nothing more");
        assertEq(escrow.getJob(jobId).remaining, 0, "closed");
        assertEscrowSolvent();
    }

    /// @notice A failover during a pause keeps the provider's claim too: it settles while still paused.
    function test_attack_pause_failoverKeepsTheClaim() public {
        uint256 jobId = runningJob(PROVIDER_PK, 1);
        vm.prank(guardian);
        escrow.pause();
        vm.warp(block.timestamp + 300);
        failOver(jobId);
        uint256 pWallet = token.balanceOf(provider);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW - 1);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, GPUS * 300));
        uint256 due = 300 * PER_SECOND;
        assertEq(token.balanceOf(provider) - pWallet, due - _fee(due), "paid while paused");
        // Awarding the backup waits for the unpause.
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(controller);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.awardBackup(bid, s);
        vm.prank(guardian);
        escrow.unpause();
        vm.prank(controller);
        escrow.awardBackup(bid, s);
        assertEq(escrow.getJob(jobId).provider, backup, "backup");
    }
}
