// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockFixture} from "./base/TimelockFixture.sol";
import {FaultDisputes} from "../src/FaultDisputes.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";
import {IProviderStaking} from "../src/interfaces/IProviderStaking.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice FaultDisputes, path by path: reportFault (every NotReportable reason, SameIncident and the
/// incident window, every way a quorum falls short, BondUnavailable), challenge (every InvalidEvidence
/// reason, the window, giving the incident window back), execute (the window, the split between client
/// and treasury), the reporters' bonds, events and the bounded parameters (dev chain and mainnet).
/// Audit: C-1 (client paid at most its loss), H-1 (quorum, challenge window, one incident, bonds),
/// M-1 (ended rounds stay reportable), M-4 (collateral held by the dispute).
contract FaultDisputesTest is TimelockFixture {
    address internal stranger = address(0x5757);
    uint256 internal constant OUTSIDER_PK = 0x0D75;

    uint256 internal jobId;
    uint256 internal startedAt;
    uint256 internal endedAt;

    function setUp() public override {
        super.setUp();
        // The default round of these tests: awarded at T, failed over at T + 100.
        jobId = runningJob(PROVIDER_PK, 1);
        startedAt = block.timestamp;
        vm.warp(block.timestamp + 100);
        failOver(jobId);
        endedAt = block.timestamp;
    }

    function _report(uint256 silentSince, uint256 observedAt)
        internal
        view
        returns (FaultDisputes.FaultReport memory)
    {
        return faultReport(jobId, 1, provider, silentSince, observedAt);
    }

    /// @notice Opens the default dispute (silent from T + 40, observed at the failover) by two controllers.
    function _open() internal returns (uint256 id) {
        id = reportBy(2, jobId, 1, provider, startedAt + 40, endedAt);
    }

    function _expectNotReportable(string memory why) internal {
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.NotReportable.selector, why));
    }

    function _expectNoQuorum(uint256 valid) internal {
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.NoQuorum.selector, valid, uint256(QUORUM)));
    }

    function _expectInvalidEvidence(string memory why) internal {
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.InvalidEvidence.selector, why));
    }

    function _sigs2(uint256 pkA, uint256 pkB, FaultDisputes.FaultReport memory r)
        internal
        view
        returns (bytes[] memory s)
    {
        s = new bytes[](2);
        s[0] = sig(pkA, disputes.reportDigest(r));
        s[1] = sig(pkB, disputes.reportDigest(r));
    }

    // ------------------------------------------------------------ deployment

    function test_constructor_wiring() public view {
        assertEq(address(disputes.escrow()), address(escrow), "escrow");
        assertEq(address(disputes.staking()), address(staking), "staking");
        assertEq(disputes.defaultAdmin(), governance, "admin");
        (uint8 quorum, uint96 bond) = disputes.params();
        assertEq(quorum, QUORUM, "quorum");
        assertEq(bond, REPORTER_BOND, "bond");
        assertEq(disputes.nextDisputeId(), 1, "first id");
        assertTrue(staking.hasRole(staking.SLASHER_ROLE(), address(disputes)), "disputes slash");
        assertTrue(staking.hasRole(staking.LOCKER_ROLE(), address(disputes)), "disputes lock");
        assertFalse(staking.hasRole(staking.SLASHER_ROLE(), address(escrow)), "escrow does not slash");
        assertFalse(staking.hasRole(staking.SLASHER_ROLE(), governance), "governance does not slash");
    }

    function test_constructor_revertsOnInvalidParams() public {
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.InvalidParams.selector, "quorum"));
        new FaultDisputes(
            escrow,
            IProviderStaking(address(staking)),
            governance,
            1 days,
            FaultDisputes.Params({quorum: 0, reporterBond: REPORTER_BOND})
        );
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.InvalidParams.selector, "reporterBond"));
        new FaultDisputes(
            escrow,
            IProviderStaking(address(staking)),
            governance,
            1 days,
            FaultDisputes.Params({quorum: QUORUM, reporterBond: 0})
        );
    }

    // ------------------------------------------------------------ reportFault: success

    function test_reportFault_opensDispute() public {
        (uint256 activeBefore,,) = stakeState(provider);
        uint256 stakingBalance = token.balanceOf(address(staking));
        address[] memory signers = sortedControllers(2);
        assertEq(staking.lockedStakeOf(provider), COLLATERAL, "collateral locked by the award");

        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.prank(stranger); // anyone may submit
        uint256 id = disputes.reportFault(r, s);

        assertEq(id, 1, "id");
        assertEq(disputes.nextDisputeId(), 2, "next id");
        FaultDisputes.Dispute memory d = disputes.getDispute(id);
        assertEq(d.provider, provider, "provider");
        assertEq(d.silentSince, startedAt + 40, "silentSince");
        assertEq(d.executeAfter, block.timestamp + CHALLENGE_WINDOW, "executeAfter");
        assertTrue(d.state == FaultDisputes.DisputeState.Pending, "pending");
        assertEq(d.client, client, "client");
        assertEq(d.amount, COLLATERAL, "amount");
        assertEq(d.compensation, LOSS, "compensation");
        assertEq(d.bond, REPORTER_BOND, "bond");
        assertEq(d.observedAt, endedAt, "observedAt");
        assertEq(d.challengeWindow, CHALLENGE_WINDOW, "the job's challenge window");
        assertEq(d.prevIncidentUntil, 0, "no incident before");
        assertEq(d.jobId, jobId, "jobId");
        assertEq(d.round, 1, "round");
        assertEq(d.reporters.length, 2, "reporters");
        assertEq(d.reporters[0], signers[0], "reporter 0");
        assertEq(d.reporters[1], signers[1], "reporter 1");

        // The collateral moved from the round's lock to the dispute's; nothing left the staking contract.
        (address acct, uint96 amt) = staking.locks(roundKey(jobId, 1, provider));
        assertEq(acct, address(0), "round lock released");
        assertEq(amt, 0, "round lock amount");
        (acct, amt) = staking.locks(disputeKey(id));
        assertEq(acct, provider, "dispute lock account");
        assertEq(amt, COLLATERAL, "dispute lock amount");
        assertEq(staking.lockedStakeOf(provider), COLLATERAL, "provider still locked");
        assertEq(staking.stakeOf(provider), activeBefore, "no stake moved");
        for (uint256 i; i < 2; ++i) {
            (acct, amt) = staking.locks(bondKey(id, signers[i]));
            assertEq(acct, signers[i], "bond lock account");
            assertEq(amt, REPORTER_BOND, "bond lock amount");
            assertEq(staking.lockedStakeOf(signers[i]), REPORTER_BOND, "reporter locked");
        }
        assertEq(token.balanceOf(address(staking)), stakingBalance, "no token moved");
        assertEq(disputes.disputeOfRound(roundKey(jobId, 1, provider)), id, "disputeOfRound");
        assertEq(disputes.incidentUntil(provider), endedAt + CHALLENGE_WINDOW, "incidentUntil");
    }

    function test_reportFault_emitsFaultReported() public {
        address[] memory signers = sortedControllers(2);
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectEmit(address(disputes));
        emit FaultDisputes.FaultReported(
            1,
            jobId,
            provider,
            1,
            startedAt + 40,
            COLLATERAL,
            LOSS,
            block.timestamp + CHALLENGE_WINDOW,
            signers
        );
        disputes.reportFault(r, s);
    }

    function test_reportFault_emitsLockEvents() public {
        address[] memory signers = sortedControllers(2);
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeLocked(signers[0], bondKey(1, signers[0]), REPORTER_BOND);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeLocked(signers[1], bondKey(1, signers[1]), REPORTER_BOND);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(provider, roundKey(jobId, 1, provider), COLLATERAL);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeLocked(provider, disputeKey(1), COLLATERAL);
        disputes.reportFault(r, s);
    }

    function test_reportFault_everyValidSignerBeyondQuorumIsAReporter() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        uint256 id = disputes.reportFault(r, signFault(r, controllerPks(3)));
        address[] memory signers = sortedControllers(3);
        FaultDisputes.Dispute memory d = disputes.getDispute(id);
        assertEq(d.reporters.length, 3, "three reporters");
        for (uint256 i; i < 3; ++i) {
            assertEq(d.reporters[i], signers[i], "reporter");
            assertEq(staking.lockedStakeOf(signers[i]), REPORTER_BOND, "bond locked");
        }
    }

    function test_reportFault_atTheEdgesOfTheRound() public {
        // silentSince == startedAt and observedAt == now (the last second of the report window).
        vm.warp(endedAt + SETTLEMENT_WINDOW - 1);
        uint256 id = reportBy(2, jobId, 1, provider, startedAt, block.timestamp);
        assertEq(disputes.getDispute(id).silentSince, startedAt, "silentSince");
        // silentSince == endedAt - 1 on a second job (of another provider: this one's incident window
        // is open).
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        vm.warp(block.timestamp + 50);
        failOver(job2);
        id = reportBy(2, job2, 1, backup, start2 + 49, start2 + 50);
        assertEq(disputes.getDispute(id).silentSince, start2 + 49, "silentSince 2");
    }

    function test_reportFault_roundClosedEarlyByItsProviderIsStillReportable() public {
        // The provider closes its failed round at once (waiving its claim): its collateral stays locked
        // for the settlement window, and the round can still be reported.
        vm.prank(provider);
        escrow.closeRound(jobId, 1, provider);
        assertEq(staking.lockedStakeOf(provider), COLLATERAL, "collateral still locked");
        uint256 id = _open();
        assertEq(disputes.getDispute(id).amount, COLLATERAL, "amount");
    }

    function test_reportFault_roundOfAFinalizedJobIsStillReportable() public {
        // The client gives up on the failed job at once: the round's collateral stays reportable.
        vm.prank(client);
        escrow.finalizeJob(jobId);
        assertTrue(escrow.getJob(jobId).state == AuctionEscrow.JobState.Closed, "closed");
        uint256 id = _open();
        assertEq(disputes.getDispute(id).amount, COLLATERAL, "amount");
    }

    // ------------------------------------------------------------ reportFault: NotReportable

    function test_reportFault_revertsWhenRoundRunning() public {
        uint256 job2 = runningJob(BACKUP_PK, 1);
        vm.warp(block.timestamp + 60);
        FaultDisputes.FaultReport memory r =
            faultReport(job2, 1, backup, block.timestamp - 30, block.timestamp);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("the round is not finished: fail the job over first");
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsOnUnknownRound() public {
        // Another round number, another provider, another job: no such round.
        FaultDisputes.FaultReport[3] memory rs = [
            faultReport(jobId, 2, provider, startedAt + 40, endedAt),
            faultReport(jobId, 1, backup, startedAt + 40, endedAt),
            faultReport(jobId + 1, 1, provider, startedAt + 40, endedAt)
        ];
        for (uint256 i; i < rs.length; ++i) {
            bytes[] memory s = signFault(rs[i], controllerPks(2));
            _expectNotReportable("the round is not finished: fail the job over first");
            disputes.reportFault(rs[i], s);
        }
    }

    function test_reportFault_revertsWhenSilenceBeganBeforeTheAward() public {
        FaultDisputes.FaultReport memory r = _report(startedAt - 1, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("the silence must begin while the provider held the round");
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsWhenSilenceBeganAtOrAfterTheEnd() public {
        vm.warp(block.timestamp + 10);
        FaultDisputes.FaultReport memory r = _report(endedAt, endedAt + 1);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("the silence must begin while the provider held the round");
        disputes.reportFault(r, s);
        r = _report(endedAt + 5, endedAt + 6);
        s = signFault(r, controllerPks(2));
        _expectNotReportable("the silence must begin while the provider held the round");
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsWhenObservedAtNotAfterSilence() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, startedAt + 40);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("observedAt must be after silentSince and not in the future");
        disputes.reportFault(r, s);
        r = _report(startedAt + 40, startedAt + 39);
        s = signFault(r, controllerPks(2));
        _expectNotReportable("observedAt must be after silentSince and not in the future");
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsWhenObservedInTheFuture() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, block.timestamp + 1);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("observedAt must be after silentSince and not in the future");
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsAfterTheSettlementWindow() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.warp(endedAt + SETTLEMENT_WINDOW);
        _expectNotReportable("the round's report window (its settlement window) is over");
        disputes.reportFault(r, s);
        // One second earlier it was still open.
        vm.warp(endedAt + SETTLEMENT_WINDOW - 1);
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsWhenTheRoundIsAlreadyDisputed() public {
        // A job whose challenge window (hence incident window) is one second, on the backup.
        AuctionEscrow.Params memory p = escrowParams();
        p.challengeWindow = 1;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        vm.warp(start2 + 100);
        failOver(job2);
        // First report: silent from S+10, observed at S+20 (its incident window ends at S+21). A second one
        // on the same round claiming a later silence passes the incident check, but the round's collateral
        // is already under the first dispute.
        reportBy(2, job2, 1, backup, start2 + 10, start2 + 20);
        assertEq(disputes.incidentUntil(backup), start2 + 21, "incidentUntil");
        FaultDisputes.FaultReport memory r = faultReport(job2, 1, backup, start2 + 30, block.timestamp);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("the round holds no collateral");
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsWhenTheCollateralWasReleased() public {
        // The job's round ended by stopJob 10 s after the award; its collateral was released at
        // finalizeJob once the settlement window passed. By then the report window is over as well,
        // so the two conditions coincide: a released round can never be reported.
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        vm.warp(start2 + 10);
        vm.prank(client);
        escrow.stopJob(job2);
        vm.warp(start2 + 10 + SETTLEMENT_WINDOW);
        escrow.finalizeJob(job2);
        (address acct,) = staking.locks(roundKey(job2, 1, backup));
        assertEq(acct, address(0), "released");
        FaultDisputes.FaultReport memory r = faultReport(job2, 1, backup, start2 + 1, start2 + 10);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNotReportable("the round's report window (its settlement window) is over");
        disputes.reportFault(r, s);
    }

    // ------------------------------------------------------------ reportFault: SameIncident

    function test_reportFault_revertsOnTheSameIncident() public {
        uint256 job2 = runningJob(PROVIDER_PK, 2);
        uint256 start2 = block.timestamp;
        vm.warp(block.timestamp + 100);
        failOver(job2);
        _open(); // observedAt = endedAt: the incident window ends at endedAt + the challenge window
        uint256 until = endedAt + CHALLENGE_WINDOW;
        assertEq(disputes.incidentUntil(provider), until, "incidentUntil");

        // The second job's silence began at or before the first report's observation: same incident.
        // So did a silence that began after it, but within the incident window.
        uint256[2] memory since = [endedAt, start2 + 50];
        for (uint256 i; i < 2; ++i) {
            FaultDisputes.FaultReport memory r = faultReport(job2, 1, provider, since[i], block.timestamp);
            bytes[] memory s = signFault(r, controllerPks(2));
            vm.expectRevert(abi.encodeWithSelector(FaultDisputes.SameIncident.selector, provider, until));
            disputes.reportFault(r, s);
        }
        assertEq(disputes.incidentUntil(provider), until, "unchanged");
    }

    /// @notice (c) Once the incident window is over, a new silence is a new incident: a silence that began
    /// at the window's last second is still the same incident, one that began a second later is not.
    function test_reportFault_afterTheIncidentWindowANewIncidentIsReportable() public {
        uint256 job2 = runningJob(PROVIDER_PK, 2);
        _open(); // observedAt = endedAt
        uint256 until = endedAt + CHALLENGE_WINDOW;
        // The second job runs past the window, then its provider goes silent again.
        vm.warp(until + 100);
        failOver(job2);
        FaultDisputes.FaultReport memory r = faultReport(job2, 1, provider, until, block.timestamp);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.SameIncident.selector, provider, until));
        disputes.reportFault(r, s);

        uint256 id = reportBy(2, job2, 1, provider, until + 1, block.timestamp);
        assertEq(id, 2, "second dispute");
        FaultDisputes.Dispute memory d = disputes.getDispute(id);
        assertEq(d.prevIncidentUntil, until, "prevIncidentUntil");
        assertEq(disputes.incidentUntil(provider), block.timestamp + CHALLENGE_WINDOW, "a new window");

        // Both incidents are slashed, one round's collateral each.
        uint256 pStake = staking.stakeOf(provider);
        disputes.execute(1);
        vm.warp(d.executeAfter);
        disputes.execute(id);
        assertEq(pStake - staking.stakeOf(provider), 2 * COLLATERAL, "two incidents, two collaterals");
        assertStakingSolvent();
    }

    /// @notice The window is the job's own challenge window, fixed when the job was created.
    function test_reportFault_incidentWindowIsTheJobsChallengeWindow() public {
        AuctionEscrow.Params memory p = escrowParams();
        p.challengeWindow = 5 hours;
        vm.prank(governance);
        escrow.setParams(p);
        _open(); // the default job was created with the default window
        assertEq(disputes.incidentUntil(provider), endedAt + CHALLENGE_WINDOW, "the job's window");
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        vm.warp(start2 + 100);
        failOver(job2);
        uint256 id = reportBy(2, job2, 1, backup, start2 + 1, start2 + 60);
        assertEq(disputes.incidentUntil(backup), start2 + 60 + 5 hours, "the second job's window");
        assertEq(disputes.getDispute(id).challengeWindow, 5 hours, "stored");
    }

    function test_reportFault_incidentsArePerProvider() public {
        // The backup's outage overlapping the provider's is its own incident.
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        vm.warp(block.timestamp + 100);
        failOver(job2);
        _open();
        uint256 id = reportBy(2, job2, 1, backup, start2 + 1, block.timestamp);
        assertEq(disputes.getDispute(id).provider, backup, "backup reported");
    }

    // ------------------------------------------------------------ the incident window and challenges

    /// @notice A voided report gives its incident window back.
    function test_challenge_restoresTheIncidentWindow() public {
        uint256 id = _open();
        assertEq(disputes.incidentUntil(provider), endedAt + CHALLENGE_WINDOW, "opened");
        vm.warp(block.timestamp + 10);
        disputes.challenge(id, ack(provider, endedAt), signAck(CONTROLLER3_PK, provider, endedAt));
        assertEq(disputes.incidentUntil(provider), 0, "restored");
    }

    /// @notice (b) A false report cannot block a true one: once voided, a true report for a silence that
    /// began before the voided report's observedAt is accepted and slashed.
    function test_reportFault_voidedReportDoesNotBlockATrueOne() public {
        // The provider's second job starts at endedAt; 100 s later it goes silent on it for real.
        uint256 job2 = runningJob(PROVIDER_PK, 2);
        uint256 start2 = block.timestamp;
        vm.warp(start2 + 100);
        failOver(job2);
        // A false report on the first job claims a silence from T + 40 observed now (S + 100).
        uint256 falseId = reportBy(2, jobId, 1, provider, startedAt + 40, block.timestamp);
        uint256 observed = block.timestamp;
        // The true report (silent from S + 50) is the same incident while the false one stands.
        FaultDisputes.FaultReport memory r = faultReport(job2, 1, provider, start2 + 50, observed);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectRevert(
            abi.encodeWithSelector(FaultDisputes.SameIncident.selector, provider, observed + CHALLENGE_WINDOW)
        );
        disputes.reportFault(r, s);
        // The provider voids the false one with a heartbeat acknowledged at T + 50.
        disputes.challenge(
            falseId, ack(provider, startedAt + 50), signAck(CONTROLLER3_PK, provider, startedAt + 50)
        );
        assertEq(disputes.incidentUntil(provider), 0, "window given back");

        assertLt(r.silentSince, observed, "the true silence began before the voided observation");
        uint256 id = disputes.reportFault(r, s);
        assertEq(disputes.incidentUntil(provider), observed + CHALLENGE_WINDOW, "the true incident");
        uint256 pStake = staking.stakeOf(provider);
        vm.warp(disputes.getDispute(id).executeAfter);
        disputes.execute(id);
        assertEq(pStake - staking.stakeOf(provider), COLLATERAL, "slashed once");
        assertStakingSolvent();
    }

    /// @notice A voided report does not move the window back once a later report has moved it: the
    /// later report's incident stands.
    function test_challenge_keepsALaterIncidentWindow() public {
        uint256 job2 = runningJob(PROVIDER_PK, 2);
        // The first report is filed 50 s after its observation: it stays challengeable 50 s past the end
        // of its incident window.
        vm.warp(endedAt + 50);
        uint256 first = _open();
        uint256 until = endedAt + CHALLENGE_WINDOW;
        assertEq(disputes.getDispute(first).executeAfter, until + 50, "executeAfter");
        // A new incident on the second job, right after the first window.
        vm.warp(until + 2);
        failOver(job2);
        uint256 second = reportBy(2, job2, 1, provider, until + 1, until + 2);
        uint256 secondUntil = until + 2 + CHALLENGE_WINDOW;
        assertEq(disputes.incidentUntil(provider), secondUntil, "second window");
        // The first is voided: the second window stays.
        disputes.challenge(first, ack(provider, endedAt), signAck(CONTROLLER3_PK, provider, endedAt));
        assertEq(disputes.incidentUntil(provider), secondUntil, "kept");
        // Voiding the second gives back what it found: the first report's window (one level deep, even
        // though the first was voided since; that only ever errs towards fewer slashes).
        disputes.challenge(second, ack(provider, until + 2), signAck(CONTROLLER3_PK, provider, until + 2));
        assertEq(disputes.incidentUntil(provider), until, "the second's previous value");
    }

    // ------------------------------------------------------------ reportFault: NoQuorum

    function test_reportFault_revertsWithOneSignature() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(1));
        _expectNoQuorum(1);
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsWithNoSignature() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        _expectNoQuorum(0);
        disputes.reportFault(r, new bytes[](0));
    }

    function test_reportFault_revertsOnDuplicateSigner() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = _sigs2(CONTROLLER_PK, CONTROLLER_PK, r);
        _expectNoQuorum(1);
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsOnNonControllerSigner() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        uint256[2] memory others = [PROVIDER_PK, OUTSIDER_PK];
        for (uint256 i; i < 2; ++i) {
            // Whatever the order, the stranger's signature does not count.
            bytes[] memory s = _sigs2(CONTROLLER_PK, others[i], r);
            _expectNoQuorum(1);
            disputes.reportFault(r, s);
            s = _sigs2(others[i], CONTROLLER_PK, r);
            _expectNoQuorum(1);
            disputes.reportFault(r, s);
        }
    }

    function test_reportFault_revertsOnUnstakedController() public {
        // controller3 keeps CONTROLLER_ROLE but its active stake drops under controllerMinStake.
        vm.prank(controller3);
        staking.requestUnstake(20_000 ether);
        assertFalse(escrow.isController(controller3), "no longer a controller");
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        uint256[] memory pks = new uint256[](2);
        (pks[0], pks[1]) = (CONTROLLER_PK, CONTROLLER3_PK);
        bytes[] memory s = signFault(r, pks);
        _expectNoQuorum(1);
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsOnRevokedController() public {
        bytes32 role = escrow.CONTROLLER_ROLE();
        vm.prank(governance);
        escrow.revokeRole(role, controller2);
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        _expectNoQuorum(1);
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsOnDescendingOrder() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2)); // ascending
        (s[0], s[1]) = (s[1], s[0]);
        _expectNoQuorum(1);
        disputes.reportFault(r, s);
    }

    function test_reportFault_revertsOnMalformedOrForeignSignature() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        bytes[] memory bad = new bytes[](2);
        bad[0] = s[0];
        bad[1] = hex"1234"; // malformed
        _expectNoQuorum(1);
        disputes.reportFault(r, bad);
        // The second controller signed another report (another silentSince).
        FaultDisputes.FaultReport memory other = _report(startedAt + 41, endedAt);
        bad[1] = signFault(other, controllerPks(2))[1];
        _expectNoQuorum(1);
        disputes.reportFault(r, bad);
        // v in {0, 1}.
        bad[1] = s[1];
        bad[1][64] = bytes1(uint8(bad[1][64]) - 27);
        _expectNoQuorum(1);
        disputes.reportFault(r, bad);
    }

    function test_reportFault_checksReportabilityBeforeQuorum() public {
        FaultDisputes.FaultReport memory r = _report(startedAt - 1, endedAt);
        _expectNotReportable("the silence must begin while the provider held the round");
        disputes.reportFault(r, new bytes[](0));
    }

    // ------------------------------------------------------------ reportFault: BondUnavailable

    function test_reportFault_revertsWhenAReporterCannotCoverItsBond() public {
        // Each controller has 60,000 GIN unlocked; the bond becomes 60,000 GIN + 1 wei and only
        // `controller` tops its stake up.
        uint96 bond = 60_000 ether + 1;
        vm.prank(governance);
        disputes.setParams(FaultDisputes.Params({quorum: QUORUM, reporterBond: bond}));
        stakeAs(controller, 1 ether);
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.BondUnavailable.selector, controller2));
        disputes.reportFault(r, s);
        // Once controller2 tops up too, the report goes through and both bonds are locked.
        stakeAs(controller2, 1 ether);
        uint256 id = disputes.reportFault(r, s);
        assertEq(staking.lockedStakeOf(controller), bond, "bond 1");
        assertEq(staking.lockedStakeOf(controller2), bond, "bond 2");
        assertEq(disputes.getDispute(id).bond, bond, "dispute bond");
    }

    function test_reportFault_bondsOfOpenDisputesCount() public {
        // Bonds locked by pending disputes reduce what a reporter can put up for the next one.
        vm.prank(governance);
        disputes.setParams(FaultDisputes.Params({quorum: QUORUM, reporterBond: 40_000 ether}));
        _open();
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        vm.warp(block.timestamp + 100);
        failOver(job2);
        FaultDisputes.FaultReport memory r = faultReport(job2, 1, backup, start2 + 1, block.timestamp);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectRevert(
            abi.encodeWithSelector(FaultDisputes.BondUnavailable.selector, sortedControllers(2)[0])
        );
        disputes.reportFault(r, s);
    }

    // ------------------------------------------------------------ execute

    function test_execute_slashesAfterTheWindow() public {
        uint256 id = _open();
        address[] memory signers = sortedControllers(2);
        uint256 executeAfter = disputes.getDispute(id).executeAfter;
        (uint256 pActive,, uint256 pWallet) = stakeState(provider);
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);
        uint256 stakingBefore = token.balanceOf(address(staking));
        uint256 c1Before = staking.stakeOf(signers[0]);
        uint256 c2Before = staking.stakeOf(signers[1]);

        vm.warp(executeAfter - 1);
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.ChallengeWindow.selector, executeAfter));
        disputes.execute(id);

        vm.warp(executeAfter);
        vm.expectEmit(address(disputes));
        emit FaultDisputes.FaultSlashed(id, provider, LOSS, COLLATERAL - LOSS);
        vm.prank(stranger); // anyone may execute
        disputes.execute(id);

        assertTrue(disputes.getDispute(id).state == FaultDisputes.DisputeState.Executed, "executed");
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client gets price x gpus x failoverWindow");
        assertEq(token.balanceOf(treasury) - treasuryBefore, COLLATERAL - LOSS, "treasury gets the rest");
        assertEq(stakingBefore - token.balanceOf(address(staking)), COLLATERAL, "total = collateral");
        assertEq(staking.stakeOf(provider), pActive - COLLATERAL, "provider loses its collateral");
        assertEq(staking.lockedStakeOf(provider), 0, "no lock left");
        assertEq(token.balanceOf(provider), pWallet, "wallet untouched");
        // Reporters' bonds are freed, their stake intact.
        assertEq(staking.lockedStakeOf(signers[0]), 0, "bond 1 freed");
        assertEq(staking.lockedStakeOf(signers[1]), 0, "bond 2 freed");
        assertEq(staking.stakeOf(signers[0]), c1Before, "reporter 1 stake");
        assertEq(staking.stakeOf(signers[1]), c2Before, "reporter 2 stake");
        (address acct,) = staking.locks(disputeKey(id));
        assertEq(acct, address(0), "dispute lock gone");
        assertStakingSolvent();
    }

    function test_execute_emitsSlashedAndUnlockedEvents() public {
        uint256 id = _open();
        address[] memory signers = sortedControllers(2);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(provider, disputeKey(id), COLLATERAL);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(signers[0], bondKey(id, signers[0]), REPORTER_BOND);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(signers[1], bondKey(id, signers[1]), REPORTER_BOND);
        vm.expectEmit(address(staking));
        emit ProviderStaking.Slashed(provider, client, LOSS, LOSS, 0, "fault: compensation");
        vm.expectEmit(address(staking));
        emit ProviderStaking.Slashed(provider, treasury, COLLATERAL - LOSS, COLLATERAL - LOSS, 0, "fault");
        disputes.execute(id);
    }

    function test_execute_withSlashMultipleOneAllGoesToTheClient() public {
        AuctionEscrow.Params memory p = escrowParams();
        p.slashMultiple = 1;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 job2 = runningJob(BACKUP_PK, 1);
        uint256 start2 = block.timestamp;
        assertEq(staking.lockedStakeOf(backup), LOSS, "collateral = one window");
        vm.warp(block.timestamp + 100);
        failOver(job2);
        uint256 id = reportBy(2, job2, 1, backup, start2 + 1, block.timestamp);
        assertEq(disputes.getDispute(id).compensation, LOSS, "compensation = amount");
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectEmit(address(disputes));
        emit FaultDisputes.FaultSlashed(id, backup, LOSS, 0);
        disputes.execute(id);
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "client");
        assertEq(token.balanceOf(treasury), treasuryBefore, "treasury gets nothing");
        assertEq(staking.stakeOf(backup), 100_000 ether - LOSS, "backup stake");
    }

    /// @notice For any job shape and slash multiple: the client gets exactly min(collateral, price x gpus x
    /// failoverWindow), the treasury the rest, and the total is the round's collateral.
    function testFuzz_execute_splitIsBounded(uint256 price, uint256 gpus, uint256 multiple, uint256 served)
        public
    {
        price = bound(price, 1, 2e16);
        gpus = bound(gpus, 1, 255);
        multiple = bound(multiple, 1, 10);
        served = bound(served, 1, 3 days);
        AuctionEscrow.Params memory p = escrowParams();
        p.slashMultiple = uint16(multiple);
        vm.prank(governance);
        escrow.setParams(p);

        uint256 id = _disputeOnBackup(price, gpus, served);
        uint256 loss = price * gpus * FAILOVER_WINDOW;
        uint256 collateral = multiple * loss;
        assertEq(disputes.getDispute(id).amount, collateral, "collateral");
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        disputes.execute(id);
        uint256 toClient = token.balanceOf(client) - clientBefore;
        assertEq(toClient, loss, "client share = min(collateral, price x gpus x failoverWindow)");
        assertEq(toClient + token.balanceOf(treasury) - treasuryBefore, collateral, "total = collateral");
        assertEq(staking.stakeOf(backup), 100_000 ether - collateral, "backup loses the collateral only");
        assertStakingSolvent();
    }

    /// @dev A job of `gpus` GPUs at `price` awarded to the backup, failed over after `served` seconds and
    /// reported (silent since the award).
    function _disputeOnBackup(uint256 price, uint256 gpus, uint256 served) internal returns (uint256 id) {
        uint256 job2 = postJob(price, uint16(gpus), 1_000_000 ether);
        awardTo(job2, BACKUP_PK, price, 1);
        uint256 start2 = block.timestamp;
        vm.warp(block.timestamp + served);
        failOver(job2);
        id = reportBy(2, job2, 1, backup, start2, block.timestamp);
    }

    function test_execute_usesTheJobsChallengeWindow() public {
        // A later change of the challenge window does not move the dispute's deadline.
        AuctionEscrow.Params memory p = escrowParams();
        p.challengeWindow = 1;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 id = _open();
        assertEq(disputes.getDispute(id).executeAfter, block.timestamp + CHALLENGE_WINDOW, "job's window");
    }

    function test_execute_collateralStaysHeldPastTheRoundsWindow() public {
        // closeRound / finalizeJob after the settlement window cannot free collateral a dispute holds.
        uint256 id = _open();
        vm.warp(endedAt + SETTLEMENT_WINDOW);
        escrow.finalizeJob(jobId);
        escrow.closeRound(jobId, 1, provider);
        assertEq(staking.lockedStakeOf(provider), COLLATERAL, "held by the dispute");
        uint256 unlocked = staking.unlockedStakeOf(provider);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, unlocked, unlocked + 1)
        );
        staking.requestUnstake(unlocked + 1);
        vm.warp(disputes.getDispute(id).executeAfter);
        disputes.execute(id);
        assertEq(staking.stakeOf(provider), 100_000 ether - COLLATERAL, "slashed once");
    }

    // ------------------------------------------------------------ challenge

    function test_challenge_voidsTheReportAndSlashesTheBonds() public {
        uint256 id = _open();
        address[] memory signers = sortedControllers(2);
        (uint256 pActive,, uint256 pWallet) = stakeState(provider);
        uint256 clientBefore = token.balanceOf(client);
        uint256 treasuryBefore = token.balanceOf(treasury);
        uint256 c1Before = staking.stakeOf(signers[0]);
        uint256 c2Before = staking.stakeOf(signers[1]);
        uint256 executeAfter = disputes.getDispute(id).executeAfter;

        // The provider answered a heartbeat one second after the claimed silence.
        uint256 ackAt = startedAt + 41;
        bytes memory s = signAck(CONTROLLER3_PK, provider, ackAt);
        vm.warp(executeAfter - 1);
        vm.expectEmit(address(disputes));
        emit FaultDisputes.FaultVoided(id, controller3, ackAt, 2 * uint256(REPORTER_BOND));
        vm.prank(stranger); // anyone may submit the evidence
        disputes.challenge(id, ack(provider, ackAt), s);

        assertTrue(disputes.getDispute(id).state == FaultDisputes.DisputeState.Voided, "voided");
        assertEq(staking.stakeOf(provider), pActive, "provider keeps its stake");
        assertEq(staking.lockedStakeOf(provider), 0, "collateral freed");
        assertEq(token.balanceOf(provider), pWallet, "wallet");
        assertEq(token.balanceOf(client), clientBefore, "client gets nothing");
        assertEq(staking.stakeOf(signers[0]), c1Before - REPORTER_BOND, "reporter 1 loses its bond");
        assertEq(staking.stakeOf(signers[1]), c2Before - REPORTER_BOND, "reporter 2 loses its bond");
        assertEq(staking.lockedStakeOf(signers[0]), 0, "bond 1 unlocked");
        assertEq(staking.lockedStakeOf(signers[1]), 0, "bond 2 unlocked");
        assertEq(token.balanceOf(treasury) - treasuryBefore, 2 * uint256(REPORTER_BOND), "bonds to treasury");
        assertStakingSolvent();
    }

    function test_challenge_emitsSlashedEvents() public {
        uint256 id = _open();
        address[] memory signers = sortedControllers(2);
        bytes memory s = signAck(CONTROLLER3_PK, provider, endedAt);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(provider, disputeKey(id), COLLATERAL);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(signers[0], bondKey(id, signers[0]), REPORTER_BOND);
        vm.expectEmit(address(staking));
        emit ProviderStaking.Slashed(
            signers[0], treasury, REPORTER_BOND, REPORTER_BOND, 0, "voided fault report"
        );
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(signers[1], bondKey(id, signers[1]), REPORTER_BOND);
        vm.expectEmit(address(staking));
        emit ProviderStaking.Slashed(
            signers[1], treasury, REPORTER_BOND, REPORTER_BOND, 0, "voided fault report"
        );
        disputes.challenge(id, ack(provider, endedAt), s);
    }

    function test_challenge_ackSignedByAReporterItselfCounts() public {
        uint256 id = _open();
        uint256 ackAt = startedAt + 50;
        disputes.challenge(id, ack(provider, ackAt), signAck(CONTROLLER_PK, provider, ackAt));
        assertTrue(disputes.getDispute(id).state == FaultDisputes.DisputeState.Voided, "voided");
    }

    function test_challenge_closesAtExecuteAfter() public {
        uint256 id = _open();
        uint256 executeAfter = disputes.getDispute(id).executeAfter;
        bytes memory s = signAck(CONTROLLER3_PK, provider, endedAt);
        vm.warp(executeAfter);
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.ChallengeWindow.selector, executeAfter));
        disputes.challenge(id, ack(provider, endedAt), s);
    }

    function test_challenge_revertsOnAckForAnotherProvider() public {
        uint256 id = _open();
        bytes memory s = signAck(CONTROLLER3_PK, backup, endedAt);
        _expectInvalidEvidence("the acknowledgement is for another provider");
        disputes.challenge(id, ack(backup, endedAt), s);
    }

    function test_challenge_revertsOnAckNotLaterThanTheSilence() public {
        uint256 id = _open();
        uint256[2] memory times = [startedAt + 40, startedAt + 39];
        for (uint256 i; i < 2; ++i) {
            bytes memory s = signAck(CONTROLLER3_PK, provider, times[i]);
            _expectInvalidEvidence("the acknowledgement is not later than the silence");
            disputes.challenge(id, ack(provider, times[i]), s);
        }
    }

    function test_challenge_revertsOnAckInTheFuture() public {
        uint256 id = _open();
        uint256 ackAt = block.timestamp + 1;
        bytes memory s = signAck(CONTROLLER3_PK, provider, ackAt);
        _expectInvalidEvidence("the acknowledgement is in the future");
        disputes.challenge(id, ack(provider, ackAt), s);
    }

    function test_challenge_revertsWhenNotSignedByAStakedController() public {
        uint256 id = _open();
        uint256 ackAt = endedAt;
        // The provider itself, an outsider, a malformed signature, an ack of another time.
        bytes[4] memory bad = [
            signAck(PROVIDER_PK, provider, ackAt),
            signAck(OUTSIDER_PK, provider, ackAt),
            bytes(hex"00"),
            signAck(CONTROLLER3_PK, provider, ackAt - 1)
        ];
        for (uint256 i; i < bad.length; ++i) {
            _expectInvalidEvidence("not signed by a staked controller");
            disputes.challenge(id, ack(provider, ackAt), bad[i]);
        }
        // A controller whose stake dropped below the minimum.
        bytes memory s = signAck(CONTROLLER3_PK, provider, ackAt);
        vm.prank(controller3);
        staking.requestUnstake(20_000 ether);
        _expectInvalidEvidence("not signed by a staked controller");
        disputes.challenge(id, ack(provider, ackAt), s);
    }

    /// @notice A report claims "no answer from silentSince until at least observedAt"; an
    /// acknowledgement after observedAt does not contradict it: a provider that really was silent and
    /// came back inside the challenge window cannot void the true report with a later heartbeat.
    function test_challenge_ackAfterTheObservedSilenceDoesNotVoid() public {
        uint256 id = _open(); // silent from T + 40 until at least T + 100 (observedAt = endedAt)
        // The provider comes back ten minutes after the report; a controller acknowledges its heartbeat.
        vm.warp(block.timestamp + 10 minutes);
        uint256 ackAt = block.timestamp;
        bytes memory s = signAck(CONTROLLER3_PK, provider, ackAt);
        vm.expectRevert();
        disputes.challenge(id, ack(provider, ackAt), s);
    }

    // ------------------------------------------------------------ WrongState

    function test_wrongState_unknownDispute() public {
        vm.expectRevert(
            abi.encodeWithSelector(FaultDisputes.WrongState.selector, 7, FaultDisputes.DisputeState.None)
        );
        disputes.execute(7);
        bytes memory s = signAck(CONTROLLER3_PK, provider, endedAt);
        vm.expectRevert(
            abi.encodeWithSelector(FaultDisputes.WrongState.selector, 7, FaultDisputes.DisputeState.None)
        );
        disputes.challenge(7, ack(provider, endedAt), s);
    }

    function test_wrongState_afterExecute() public {
        uint256 id = _open();
        bytes memory s = signAck(CONTROLLER3_PK, provider, endedAt);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        disputes.execute(id);
        bytes memory err = abi.encodeWithSelector(
            FaultDisputes.WrongState.selector, id, FaultDisputes.DisputeState.Executed
        );
        vm.expectRevert(err);
        disputes.execute(id);
        vm.expectRevert(err);
        disputes.challenge(id, ack(provider, endedAt), s);
    }

    function test_wrongState_afterChallenge() public {
        uint256 id = _open();
        bytes memory s = signAck(CONTROLLER3_PK, provider, endedAt);
        disputes.challenge(id, ack(provider, endedAt), s);
        bytes memory err =
            abi.encodeWithSelector(FaultDisputes.WrongState.selector, id, FaultDisputes.DisputeState.Voided);
        vm.expectRevert(err);
        disputes.challenge(id, ack(provider, endedAt), s);
        vm.warp(block.timestamp + CHALLENGE_WINDOW);
        vm.expectRevert(err);
        disputes.execute(id);
    }

    // ------------------------------------------------------------ digests

    function test_digests_followEIP712() public view {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("Gintonic FaultDisputes"),
                keccak256("1"),
                block.chainid,
                address(disputes)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "FaultReport(uint256 jobId,uint256 round,address provider,uint256 silentSince,uint256 observedAt)"
                ),
                r.jobId,
                r.round,
                r.provider,
                r.silentSince,
                r.observedAt
            )
        );
        assertEq(
            disputes.reportDigest(r),
            keccak256(abi.encodePacked("\x19\x01", domain, structHash)),
            "report digest"
        );
        bytes32 ackHash = keccak256(
            abi.encode(keccak256("HeartbeatAck(address provider,uint256 timestamp)"), provider, endedAt)
        );
        assertEq(
            disputes.ackDigest(ack(provider, endedAt)),
            keccak256(abi.encodePacked("\x19\x01", domain, ackHash)),
            "ack digest"
        );
    }

    // ------------------------------------------------------------ params

    function test_setParams_onlyAdmin() public {
        FaultDisputes.Params memory p = FaultDisputes.Params({quorum: 3, reporterBond: 5 ether});
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, controller, bytes32(0)
            )
        );
        disputes.setParams(p);
        vm.expectEmit(address(disputes));
        emit FaultDisputes.ParamsSet(p);
        vm.prank(governance);
        disputes.setParams(p);
        (uint8 quorum, uint96 bond) = disputes.params();
        assertEq(quorum, 3, "quorum");
        assertEq(bond, 5 ether, "bond");
    }

    function test_setParams_boundsOnADevChain() public {
        _expectParams(0, REPORTER_BOND, "quorum");
        _expectParams(17, REPORTER_BOND, "quorum");
        _expectParams(2, 0, "reporterBond");
        _expectParams(1, 1, ""); // a dev chain accepts a quorum of 1 and a 1-wei bond
        _expectParams(16, REPORTER_BOND, "");
    }

    function test_setParams_boundsOnMainnet() public {
        vm.chainId(1);
        _expectParams(1, REPORTER_BOND, "quorum");
        _expectParams(0, REPORTER_BOND, "quorum");
        _expectParams(17, REPORTER_BOND, "quorum");
        _expectParams(2, 100 ether - 1, "reporterBond");
        _expectParams(2, 0, "reporterBond");
        _expectParams(2, 100 ether, "");
        _expectParams(16, type(uint96).max, "");
    }

    function test_quorumOfOneOnADevChain() public {
        vm.prank(governance);
        disputes.setParams(FaultDisputes.Params({quorum: 1, reporterBond: REPORTER_BOND}));
        uint256 id = reportBy(1, jobId, 1, provider, startedAt + 40, endedAt);
        assertEq(disputes.getDispute(id).reporters.length, 1, "one reporter");
    }

    function test_quorumOfThree() public {
        vm.prank(governance);
        disputes.setParams(FaultDisputes.Params({quorum: 3, reporterBond: REPORTER_BOND}));
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.NoQuorum.selector, 2, 3));
        disputes.reportFault(r, s);
        disputes.reportFault(r, signFault(r, controllerPks(3)));
    }

    function test_reportAndChallengeWorkOnMainnetChainId() public {
        // The EIP-712 domain follows the chain id: signatures made for chain 1 verify there.
        vm.chainId(1);
        uint256 id = _open();
        disputes.challenge(id, ack(provider, endedAt), signAck(CONTROLLER3_PK, provider, endedAt));
        assertTrue(disputes.getDispute(id).state == FaultDisputes.DisputeState.Voided, "voided");
    }

    function test_signaturesForAnotherChainDoNotCount() public {
        FaultDisputes.FaultReport memory r = _report(startedAt + 40, endedAt);
        bytes[] memory s = signFault(r, controllerPks(2));
        vm.chainId(1);
        _expectNoQuorum(0);
        disputes.reportFault(r, s);
    }

    function _expectParams(uint8 quorum, uint96 bond, string memory what) internal {
        FaultDisputes.Params memory p = FaultDisputes.Params({quorum: quorum, reporterBond: bond});
        if (bytes(what).length != 0) {
            vm.expectRevert(abi.encodeWithSelector(FaultDisputes.InvalidParams.selector, what));
        }
        vm.prank(governance);
        disputes.setParams(p);
    }
}
