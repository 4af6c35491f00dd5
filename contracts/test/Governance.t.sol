// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockFixture} from "./base/TimelockFixture.sol";
import {FaultDisputes} from "../src/FaultDisputes.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @notice Governance through a GinTimelock whose delay (UNBONDING + 1 day) exceeds the unbonding delay:
/// parameter changes and role grants happen only through schedule + execute after the delay, every
/// parameter is bounded on chain (dev chain and mainnet bounds), and a job keeps the fee, windows and
/// slash terms it was created with, whatever changes later.
/// Audit: H-2 (no instant governance powers), M-3 (no retroactive parameter changes), M-4 (bounded delay).
contract GovernanceTest is TimelockFixture {
    address internal stranger = address(0x5757);
    address internal newController = address(0xC0F);
    bytes32 internal constant READY = bytes32(uint256(1) << 2); // TimelockController OperationState.Ready

    function setUp() public override {
        super.setUp();
        deployTimelockedMarket();
    }

    function _unauthorized(address who, bytes32 role) internal pure returns (bytes memory) {
        return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, who, role);
    }

    function _schedule(address target, bytes memory data) internal returns (bytes32 op) {
        vm.prank(governance);
        timelock.schedule(target, 0, data, bytes32(0), bytes32(0), TIMELOCK_DELAY);
        op = timelock.hashOperation(target, 0, data, bytes32(0), bytes32(0));
    }

    /// @dev Schedules `data`, shows it cannot run before the delay, then runs it at the delay.
    function _scheduleWaitExecute(address target, bytes memory data) internal {
        uint256 scheduledAt = block.timestamp;
        bytes32 op = _schedule(target, data);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, op, READY)
        );
        timelock.execute(target, 0, data, bytes32(0), bytes32(0));
        vm.warp(scheduledAt + TIMELOCK_DELAY - 1);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, op, READY)
        );
        timelock.execute(target, 0, data, bytes32(0), bytes32(0));
        vm.warp(scheduledAt + TIMELOCK_DELAY);
        vm.prank(stranger); // anyone executes a ready operation
        timelock.execute(target, 0, data, bytes32(0), bytes32(0));
        assertTrue(timelock.isOperationDone(op), "done");
    }

    // ------------------------------------------------------------ wiring

    function test_timelockAdministersEverything() public view {
        assertGt(timelock.getMinDelay(), staking.unbondingDelay(), "delay > unbonding delay");
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY, "delay");
        assertEq(staking.defaultAdmin(), address(timelock), "staking admin");
        assertEq(disputes.defaultAdmin(), address(timelock), "disputes admin");
        assertTrue(escrow.hasRole(bytes32(0), address(timelock)), "escrow admin");
        assertFalse(escrow.hasRole(bytes32(0), governance), "governance is no escrow admin");
        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), governance), "governance proposes");
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)), "anyone executes");
        assertFalse(staking.hasRole(staking.SLASHER_ROLE(), address(timelock)), "timelock cannot slash");
        assertTrue(staking.hasRole(staking.SLASHER_ROLE(), address(disputes)), "only disputes slash");
    }

    function test_onlyProposersSchedule() public {
        bytes memory data = abi.encodeCall(escrow.setParams, (defaultParams()));
        bytes32 proposer = timelock.PROPOSER_ROLE();
        vm.prank(stranger);
        vm.expectRevert(_unauthorized(stranger, proposer));
        timelock.schedule(address(escrow), 0, data, bytes32(0), bytes32(0), TIMELOCK_DELAY);
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockInsufficientDelay.selector, TIMELOCK_DELAY - 1, TIMELOCK_DELAY
            )
        );
        timelock.schedule(address(escrow), 0, data, bytes32(0), bytes32(0), TIMELOCK_DELAY - 1);
    }

    function test_aCancelledOperationNeverRuns() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.feeBps = 2000;
        bytes memory data = abi.encodeCall(escrow.setParams, (p));
        bytes32 op = _schedule(address(escrow), data);
        vm.prank(governance);
        timelock.cancel(op);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnexpectedOperationState.selector, op, READY)
        );
        timelock.execute(address(escrow), 0, data, bytes32(0), bytes32(0));
        assertEq(escrowParams().feeBps, FEE_BPS, "fee unchanged");
    }

    // ------------------------------------------------------------ only through the timelock

    function test_escrowSetParams_onlyThroughTheTimelock() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.feeBps = 500;
        p.settlementWindow = 2 hours;
        vm.prank(governance);
        vm.expectRevert(_unauthorized(governance, bytes32(0)));
        escrow.setParams(p);

        _scheduleWaitExecute(address(escrow), abi.encodeCall(escrow.setParams, (p)));
        assertEq(escrowParams().feeBps, 500, "fee");
        assertEq(escrowParams().settlementWindow, 2 hours, "settlement window");
    }

    function test_escrowGrantRole_onlyThroughTheTimelock() public {
        bytes32 role = escrow.CONTROLLER_ROLE();
        vm.prank(governance);
        vm.expectRevert(_unauthorized(governance, bytes32(0)));
        escrow.grantRole(role, newController);
        _scheduleWaitExecute(address(escrow), abi.encodeCall(escrow.grantRole, (role, newController)));
        assertTrue(escrow.hasRole(role, newController), "granted");
        // The role alone does not make a controller: it needs the controller stake too.
        assertFalse(escrow.isController(newController), "unstaked");
    }

    function test_escrowPauserGrant_onlyThroughTheTimelock() public {
        bytes32 role = escrow.PAUSER_ROLE();
        vm.prank(governance);
        vm.expectRevert(_unauthorized(governance, bytes32(0)));
        escrow.grantRole(role, stranger);
        _scheduleWaitExecute(address(escrow), abi.encodeCall(escrow.grantRole, (role, stranger)));
        vm.prank(stranger);
        escrow.pause();
        assertTrue(escrow.paused(), "paused");
    }

    function test_stakingGrantRole_onlyThroughTheTimelock() public {
        bytes32 role = staking.LOCKER_ROLE();
        vm.prank(governance);
        vm.expectRevert(_unauthorized(governance, bytes32(0)));
        staking.grantRole(role, stranger);
        _scheduleWaitExecute(address(staking), abi.encodeCall(staking.grantRole, (role, stranger)));
        assertTrue(staking.hasRole(role, stranger), "granted");
    }

    function test_stakingUnbondingDelay_onlyThroughTheTimelock() public {
        vm.prank(governance);
        vm.expectRevert(_unauthorized(governance, bytes32(0)));
        staking.setUnbondingDelay(0);
        _scheduleWaitExecute(address(staking), abi.encodeCall(staking.setUnbondingDelay, (14 days)));
        assertEq(staking.unbondingDelay(), 14 days, "delay");
        // Its bound holds through the timelock too.
        vm.prank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.DelayTooLong.selector, uint64(90 days + 1)));
        staking.setUnbondingDelay(90 days + 1);
    }

    function test_disputesSetParams_onlyThroughTheTimelock() public {
        FaultDisputes.Params memory p = FaultDisputes.Params({quorum: 3, reporterBond: 2000 ether});
        vm.prank(governance);
        vm.expectRevert(_unauthorized(governance, bytes32(0)));
        disputes.setParams(p);
        _scheduleWaitExecute(address(disputes), abi.encodeCall(disputes.setParams, (p)));
        (uint8 quorum, uint96 bond) = disputes.params();
        assertEq(quorum, 3, "quorum");
        assertEq(bond, 2000 ether, "bond");
    }

    function test_timelockDelay_onlyThroughItself() public {
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, governance)
        );
        timelock.updateDelay(1);
        _scheduleWaitExecute(address(timelock), abi.encodeCall(timelock.updateDelay, (TIMELOCK_DELAY + 1)));
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY + 1, "delay");
    }

    function test_outOfBoundsParamsRevertOnExecute() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.feeBps = 2010;
        bytes memory data = abi.encodeCall(escrow.setParams, (p));
        _schedule(address(escrow), data);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "feeBps"));
        timelock.execute(address(escrow), 0, data, bytes32(0), bytes32(0));
    }

    // ------------------------------------------------------------ bounds of every escrow parameter

    function _expectEscrowParams(AuctionEscrow.Params memory p, string memory what) internal {
        if (bytes(what).length != 0) {
            vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, what));
        }
        vm.prank(address(timelock));
        escrow.setParams(p);
    }

    function test_bounds_treasury() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.treasury = address(0);
        _expectEscrowParams(p, "treasury");
    }

    function test_bounds_feeBps() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.feeBps = 2010; // above MAX_FEE_BPS
        _expectEscrowParams(p, "feeBps");
        p.feeBps = 255; // not a multiple of 10 bps
        _expectEscrowParams(p, "feeBps");
        p.feeBps = type(uint16).max;
        _expectEscrowParams(p, "feeBps");
        p.feeBps = 2000;
        _expectEscrowParams(p, "");
        p.feeBps = 0;
        _expectEscrowParams(p, "");
    }

    function test_bounds_slashMultiple() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.slashMultiple = 0;
        _expectEscrowParams(p, "slashMultiple");
        p.slashMultiple = 11;
        _expectEscrowParams(p, "slashMultiple");
        p.slashMultiple = 1;
        _expectEscrowParams(p, "");
        p.slashMultiple = 10;
        _expectEscrowParams(p, "");
    }

    function test_bounds_windowsOnADevChain() public {
        AuctionEscrow.Params memory p = defaultParams();
        p.settlementWindow = 0;
        _expectEscrowParams(p, "settlementWindow");
        p.settlementWindow = 30 days + 1;
        _expectEscrowParams(p, "settlementWindow");
        p.settlementWindow = 1; // a dev chain runs windows of seconds
        _expectEscrowParams(p, "");
        p.settlementWindow = 30 days;
        _expectEscrowParams(p, "");

        p = defaultParams();
        p.failoverWindow = 0;
        _expectEscrowParams(p, "failoverWindow");
        p.failoverWindow = 7 days + 1;
        _expectEscrowParams(p, "failoverWindow");
        p.failoverWindow = 1;
        _expectEscrowParams(p, "");
        p.failoverWindow = 7 days;
        _expectEscrowParams(p, "");

        p = defaultParams();
        p.challengeWindow = 0;
        _expectEscrowParams(p, "challengeWindow");
        p.challengeWindow = 14 days + 1;
        _expectEscrowParams(p, "challengeWindow");
        p.challengeWindow = 1;
        _expectEscrowParams(p, "");
        p.challengeWindow = 14 days;
        _expectEscrowParams(p, "");

        p = defaultParams();
        p.controllerMinStake = 0; // a dev chain may run unstaked controllers
        _expectEscrowParams(p, "");
    }

    function test_bounds_windowsOnMainnet() public {
        vm.chainId(1);
        AuctionEscrow.Params memory p = defaultParams();
        _expectEscrowParams(p, ""); // the defaults are valid on mainnet
        p.settlementWindow = 1 hours - 1;
        _expectEscrowParams(p, "settlementWindow");
        p.settlementWindow = 30 days + 1;
        _expectEscrowParams(p, "settlementWindow");
        p.settlementWindow = 1 hours;
        _expectEscrowParams(p, "");

        p = defaultParams();
        p.failoverWindow = 5 minutes - 1;
        _expectEscrowParams(p, "failoverWindow");
        p.failoverWindow = 7 days + 1;
        _expectEscrowParams(p, "failoverWindow");
        p.failoverWindow = 5 minutes;
        _expectEscrowParams(p, "");

        p = defaultParams();
        p.challengeWindow = 1 hours - 1;
        _expectEscrowParams(p, "challengeWindow");
        p.challengeWindow = 14 days + 1;
        _expectEscrowParams(p, "challengeWindow");
        p.challengeWindow = 1 hours;
        _expectEscrowParams(p, "");

        p = defaultParams();
        p.controllerMinStake = 1000 ether - 1;
        _expectEscrowParams(p, "controllerMinStake");
        p.controllerMinStake = 0;
        _expectEscrowParams(p, "controllerMinStake");
        p.controllerMinStake = 1000 ether;
        _expectEscrowParams(p, "");

        // The chain-independent bounds hold on mainnet too.
        p = defaultParams();
        p.treasury = address(0);
        _expectEscrowParams(p, "treasury");
        p = defaultParams();
        p.feeBps = 2001;
        _expectEscrowParams(p, "feeBps");
        p = defaultParams();
        p.slashMultiple = 11;
        _expectEscrowParams(p, "slashMultiple");
    }

    function test_bounds_disputesThroughTheTimelock() public {
        vm.chainId(1);
        FaultDisputes.Params memory p = FaultDisputes.Params({quorum: 1, reporterBond: REPORTER_BOND});
        bytes memory data = abi.encodeCall(disputes.setParams, (p));
        _schedule(address(disputes), data);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectRevert(abi.encodeWithSelector(FaultDisputes.InvalidParams.selector, "quorum"));
        timelock.execute(address(disputes), 0, data, bytes32(0), bytes32(0));
    }

    // ------------------------------------------------------------ jobs keep their terms

    /// @notice The change every test below applies: every term moved as far as the bounds allow.
    function _harshParams() internal view returns (AuctionEscrow.Params memory p) {
        p = defaultParams();
        p.feeBps = 2000;
        p.slashMultiple = 10;
        p.settlementWindow = 1;
        p.failoverWindow = 7 days;
        p.challengeWindow = 1;
    }

    /// @dev Posts the default job (and nothing else) while a change to `_harshParams` is pending, lets it
    /// execute, and returns the job.
    function _jobThenChange() internal returns (uint256 jobId) {
        bytes memory data = abi.encodeCall(escrow.setParams, (_harshParams()));
        _schedule(address(escrow), data);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        jobId = postJob(PRICE, GPUS, BUDGET);
        timelock.execute(address(escrow), 0, data, bytes32(0), bytes32(0));
        assertEq(escrowParams().feeBps, 2000, "changed");
    }

    function test_jobTerms_fixedAtCreation() public {
        uint256 oldJob = _jobThenChange();
        uint256 newJob = postJob(PRICE, GPUS, BUDGET);
        (address c, AuctionEscrow.Terms memory t) = escrow.jobTerms(oldJob);
        assertEq(c, client, "client");
        assertEq(t.feeBps, FEE_BPS, "old fee");
        assertEq(t.slashMultiple, SLASH_MULTIPLE, "old slash multiple");
        assertEq(t.settlementWindow, SETTLEMENT_WINDOW, "old settlement window");
        assertEq(t.failoverWindow, FAILOVER_WINDOW, "old failover window");
        assertEq(t.challengeWindow, CHALLENGE_WINDOW, "old challenge window");
        (, t) = escrow.jobTerms(newJob);
        assertEq(t.feeBps, 2000, "new fee");
        assertEq(t.slashMultiple, 10, "new slash multiple");
        assertEq(t.settlementWindow, 1, "new settlement window");
        assertEq(t.failoverWindow, 7 days, "new failover window");
        assertEq(t.challengeWindow, 1, "new challenge window");
    }

    /// @notice Awarded after the change, the old job locks the old collateral, pays the old fee, and its
    /// settlement window stays the old one (a 1-second window would let anyone refund the provider's claim).
    function test_jobTerms_settleAndFinalizeUnderTheOldTerms() public {
        uint256 jobId = _jobThenChange();
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.CollateralLocked(jobId, 1, provider, COLLATERAL);
        awardTo(jobId, PROVIDER_PK, PRICE, 1);
        uint256 start = block.timestamp;
        uint256 pWallet = token.balanceOf(provider);
        uint256 feesBefore = escrow.feesOwed();

        vm.warp(start + 100);
        vm.prank(client);
        escrow.stopJob(jobId);
        uint256 endedAt = block.timestamp;

        // A stranger cannot close the job after the new 1-second window: the job's own window applies.
        vm.warp(endedAt + 1);
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, endedAt + SETTLEMENT_WINDOW)
        );
        escrow.finalizeJob(jobId);

        // The provider settles late in its (old) window and pays the old fee.
        vm.warp(endedAt + SETTLEMENT_WINDOW - 1);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, GPUS * 100));
        uint256 gross = 100 * PRICE * GPUS;
        uint256 fee = gross * FEE_BPS / 10_000;
        assertEq(token.balanceOf(provider) - pWallet, gross - fee, "paid at the old fee");
        assertEq(escrow.feesOwed() - feesBefore, fee, "old fee");

        vm.warp(endedAt + SETTLEMENT_WINDOW);
        vm.prank(stranger);
        escrow.finalizeJob(jobId);
        assertEq(staking.lockedStakeOf(provider), 0, "old collateral released after the old window");
        assertEscrowSolvent();
    }

    /// @notice A later job gets the new terms: ten failover windows of 7 days as collateral, a 20% fee.
    function test_jobTerms_laterJobsGetTheNewTerms() public {
        _jobThenChange();
        uint256 jobId = postJob(PRICE, GPUS, BUDGET);
        uint256 collateral = 10 * PRICE * GPUS * 7 days;
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.CollateralLocked(jobId, 1, backup, collateral);
        awardTo(jobId, BACKUP_PK, PRICE, 1);
        uint256 bWallet = token.balanceOf(backup);
        vm.warp(block.timestamp + 100);
        escrow.settle(report1(BACKUP_PK, jobId, 1, GPUS * 100));
        uint256 gross = 100 * PRICE * GPUS;
        assertEq(token.balanceOf(backup) - bWallet, gross - gross * 2000 / 10_000, "new fee");
    }

    /// @notice A failed job keeps its failover window (the new one is 7 days: the client would wait a
    /// week) and its challenge and slash terms (the new challenge window is 1 s, the multiple 10).
    function test_jobTerms_failoverAndDisputeUnderTheOldTerms() public {
        uint256 jobId = _jobThenChange();
        awardTo(jobId, PROVIDER_PK, PRICE, 1);
        uint256 start = block.timestamp;
        vm.warp(start + 100);
        failOver(jobId);
        uint256 endedAt = block.timestamp;

        uint256 id = reportBy(2, jobId, 1, provider, start + 10, endedAt);
        FaultDisputes.Dispute memory d = disputes.getDispute(id);
        assertEq(d.executeAfter, block.timestamp + CHALLENGE_WINDOW, "old challenge window");
        assertEq(d.amount, COLLATERAL, "old collateral");
        assertEq(d.compensation, LOSS, "old failover window prices the loss");
        vm.warp(block.timestamp + 1);
        vm.expectRevert(
            abi.encodeWithSelector(FaultDisputes.ChallengeWindow.selector, endedAt + CHALLENGE_WINDOW)
        );
        disputes.execute(id);

        // Anyone may close the failed job after the old failover window, not the new week.
        vm.warp(endedAt + FAILOVER_WINDOW - 1);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, endedAt + FAILOVER_WINDOW));
        escrow.finalizeJob(jobId);
        vm.warp(endedAt + FAILOVER_WINDOW);
        vm.prank(stranger);
        escrow.finalizeJob(jobId);
        assertTrue(escrow.getJob(jobId).state == AuctionEscrow.JobState.Closed, "closed");

        uint256 clientBefore = token.balanceOf(client);
        vm.warp(endedAt + CHALLENGE_WINDOW);
        disputes.execute(id);
        assertEq(token.balanceOf(client) - clientBefore, LOSS, "old compensation");
        assertEq(staking.stakeOf(provider), 100_000 ether - COLLATERAL, "old collateral slashed");
    }
}
