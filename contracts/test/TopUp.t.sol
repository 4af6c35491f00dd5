// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EscrowTestBase} from "./AuctionEscrow.t.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";

/// @notice Budget top-ups: a running service whose budget would run out keeps being paid for.
contract AuctionEscrowTopUpTest is EscrowTestBase {
    /// A job funded for 100 s of 2 GPUs runs 200 s: the provider can be paid only the budget,
    /// and a settlement past it pays nothing more. A top-up during the run pays the rest.
    function test_topUp_runningRoundPaysForTheTimeBeyondTheFirstBudget() public {
        uint256 budget = 200 * PRICE; // 100 s × 2 GPUs
        uint256 jobId = _runningJob(budget);
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 200);

        depositAs(client, 1000 * PRICE);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.BudgetToppedUp(jobId, 1000 * PRICE, budget + 1000 * PRICE);
        vm.prank(client);
        escrow.topUp(jobId, 1000 * PRICE, 0, 0, 0, 0);

        _settle(PROVIDER_PK, jobId, 1, 400);
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(j.settledGpuSeconds, 400, "all 400 GPU-seconds paid");
        assertEq(j.budget, budget + 1000 * PRICE, "budget");
        assertEq(j.remaining, budget + 1000 * PRICE - 400 * PRICE, "remaining");
        _stop(jobId);
        _assertBudgetSplit(before, jobId, budget + 1000 * PRICE);
    }

    /// Without the top-up, the same run is paid only its budget (what the top-up changes).
    function test_withoutTopUp_theRunIsPaidOnlyItsBudget() public {
        uint256 budget = 200 * PRICE;
        uint256 jobId = _runningJob(budget);
        uint256 wallet = token.balanceOf(provider);
        uint256 fees = escrow.feesOwed();
        vm.warp(block.timestamp + 200);
        _settle(PROVIDER_PK, jobId, 1, 400);
        assertEq(escrow.getJob(jobId).remaining, 0, "budget spent");
        assertEq(escrow.getJob(jobId).settledGpuSeconds, 400, "cumulative recorded");
        assertEq(
            token.balanceOf(provider) - wallet + escrow.feesOwed() - fees,
            budget,
            "paid no more than the budget"
        );
    }

    /// From the wallet in one transaction: a permit, the deposit and the top-up.
    function test_topUp_withPermitIsOneTransaction() public {
        uint256 jobId = _runningJob();
        uint256 amount = 50 ether;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(CLIENT_PK, address(escrow), amount, deadline);
        uint256 wallet = token.balanceOf(client);
        uint256 free = escrow.freeBalanceOf(client);

        vm.prank(client);
        escrow.topUp(jobId, amount, deadline, v, r, s);

        assertEq(token.balanceOf(client), wallet - amount, "from the wallet");
        assertEq(escrow.freeBalanceOf(client), free, "free balance unchanged");
        assertEq(escrow.getJob(jobId).budget, BUDGET + amount, "budget");
        assertEq(escrow.totalLocked(), BUDGET + amount, "locked");
        assertEscrowSolvent();
    }

    /// An open or failed-over job keeps the top-up in its reserve: the next award's round gets it.
    function test_topUp_failedOverJobGivesItToTheNextRound() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        uint256 locked = escrow.totalLocked();
        depositAs(client, 10 ether);
        vm.prank(client);
        escrow.topUp(jobId, 10 ether, 0, 0, 0, 0);
        _awardBackup(jobId, BACKUP_PK, PRICE, nextNonce++);
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(j.budget, BUDGET + 10 ether, "budget");
        assertEq(j.round, 2, "round 2");
        // Round 1 keeps its claim until closeRound; round 2 holds the rest, the top-up with it.
        assertEq(
            _remaining(jobId, 1, provider) + _remaining(jobId, 2, backup),
            locked + 10 ether,
            "rounds hold it all"
        );
        assertEq(j.remaining, _remaining(jobId, 2, backup), "round 2 is the job's current round");
        assertEscrowSolvent();
    }

    function test_topUp_refusals() public {
        uint256 jobId = _runningJob();
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.topUp(jobId, 1 ether, 0, 0, 0, 0);

        vm.prank(client);
        vm.expectRevert(AuctionEscrow.ZeroAmount.selector);
        escrow.topUp(jobId, 0, 0, 0, 0, 0);

        uint256 free = escrow.freeBalanceOf(client);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, free, free + 1));
        escrow.topUp(jobId, free + 1, 0, 0, 0, 0);

        _stop(jobId);
        depositAs(client, 1 ether);
        AuctionEscrow.JobState ended = escrow.getJob(jobId).state;
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, ended));
        escrow.topUp(jobId, 1 ether, 0, 0, 0, 0);
        assertEscrowSolvent();
    }

    /// What a round may still pay out (the low 96 bits of its word).
    function _remaining(uint256 jobId, uint256 round, address who) internal view returns (uint256) {
        (uint256 w,) = escrow.roundOf(jobId, round, who);
        return w & ((1 << 96) - 1);
    }
}
