// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";

/// @notice The happy path end to end: deposit → job → bid → award (collateral locked) → usage → settle →
/// stop → refund → collateral freed after the settlement window.
contract FlowTest is Fixture {
    function test_fullJobLifecycle() public {
        uint256 price = 1e12; // GIN wei per GPU-second
        uint256 jobId = postJob(2e12, 2, 1000 ether);
        awardTo(jobId, PROVIDER_PK, price, 1);

        vm.warp(block.timestamp + 100);
        uint256 before = token.balanceOf(provider);
        escrow.settle(report1(PROVIDER_PK, jobId, 1, 200)); // 2 GPUs * 100 s
        uint256 gross = 200 * price;
        uint256 fee = gross * FEE_BPS / 10_000;
        assertEq(token.balanceOf(provider) - before, gross - fee, "provider payout");
        assertEq(escrow.feesOwed(), fee, "fees");

        vm.prank(client);
        escrow.stopJob(jobId);
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Closed), "closed: nothing more due");
        assertEq(escrow.freeBalanceOf(client), 1000 ether - gross, "refund");
        assertEscrowSolvent();

        // The award's collateral stays locked while a fault can still be reported, then is freed.
        uint256 collateral = uint256(SLASH_MULTIPLE) * price * 2 * FAILOVER_WINDOW;
        assertEq(staking.lockedStakeOf(provider), collateral, "collateral locked");
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider);
        assertEq(staking.lockedStakeOf(provider), 0, "collateral freed");
    }
}
