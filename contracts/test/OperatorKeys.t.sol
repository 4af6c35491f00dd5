// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";

/// @notice Operator keys (issue 15): a provider's agent signs bids and usage reports with an operator
/// key the staking key authorized, so the rig that runs clients' containers never holds the stake's
/// key. The operator key can sign for its provider and do nothing else; revoking it stops its
/// signatures at once.
contract OperatorKeysTest is Fixture {
    uint256 internal constant OPERATOR_PK = 0x0BE5;
    uint256 internal constant PRICE = 1e15;
    address internal operator;

    function setUp() public override {
        super.setUp();
        operator = vm.addr(OPERATOR_PK);
        vm.prank(provider);
        staking.setOperator(operator);
    }

    function _job() internal returns (uint256) {
        return postJob(PRICE, 1, 1000 ether);
    }

    /// A bid signed by the operator key awards the provider; the provider gets paid for a report the
    /// operator key signed.
    function test_operatorSignsBidsAndReportsForItsProvider() public {
        uint256 jobId = _job();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(OPERATOR_PK, bid);
        vm.prank(client);
        escrow.award(bid, s);
        assertEq(escrow.getJob(jobId).provider, provider, "awarded to the provider, not the operator");

        vm.warp(block.timestamp + 100);
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](1);
        u[0] = usage(jobId, 1, 50);
        AuctionEscrow.UsageReport memory r;
        r.provider = provider;
        r.usages = u;
        r.signature = sig(OPERATOR_PK, escrow.usageReportDigest(provider, u));
        uint256 before = token.balanceOf(provider);
        escrow.settle(r);
        assertGt(token.balanceOf(provider), before, "the provider is paid");
        assertEq(token.balanceOf(operator), 0, "the operator key holds nothing");
    }

    /// The operator key cannot touch the stake: it has no position, and cannot get one.
    function test_operatorCannotUnstakeOrStake() public {
        vm.prank(operator);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InsufficientStake.selector, 0, 1 ether));
        staking.requestUnstake(1 ether);
        fund(operator, 10 ether);
        vm.startPrank(operator);
        token.approve(address(staking), 10 ether);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InvalidOperator.selector, operator));
        staking.stake(10 ether);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InvalidOperator.selector, operator));
        staking.setOperator(address(0x1234)); // an operator key names no operators
        vm.stopPrank();
        assertEq(staking.stakeOf(provider), 100_000 ether, "stake untouched");
    }

    /// An operator key serves one provider; a staker cannot be anyone's operator; nor can the provider itself.
    function test_operatorChoicesAreRefused() public {
        vm.prank(backup);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InvalidOperator.selector, operator));
        staking.setOperator(operator);
        vm.prank(backup);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InvalidOperator.selector, provider));
        staking.setOperator(provider);
        vm.prank(backup);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InvalidOperator.selector, backup));
        staking.setOperator(backup);
        assertTrue(staking.signsFor(provider, operator), "operator signs for provider");
        assertFalse(staking.signsFor(backup, operator), "not for anyone else");
        assertFalse(staking.signsFor(address(0), address(0)), "zero signs for nobody");
    }

    /// Revoked (or replaced), the old key's bids are refused and its reports skipped, not paid.
    function test_revokedOperatorSignsNothing() public {
        uint256 jobId = _job();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(OPERATOR_PK, bid);
        vm.expectEmit(address(staking));
        emit ProviderStaking.OperatorSet(provider, address(0));
        vm.prank(provider);
        staking.setOperator(address(0));
        assertEq(staking.providerOf(operator), address(0), "mapping cleared");
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);

        // Awarded with the provider's own key, the old operator's report is skipped in a batch.
        bytes memory own = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        escrow.award(bid, own);
        vm.warp(block.timestamp + 100);
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](1);
        u[0] = usage(jobId, 1, 50);
        AuctionEscrow.UsageReport[] memory batch = new AuctionEscrow.UsageReport[](1);
        batch[0].provider = provider;
        batch[0].usages = u;
        batch[0].signature = sig(OPERATOR_PK, escrow.usageReportDigest(provider, u));
        uint256 before = token.balanceOf(provider);
        escrow.settleBatch(batch);
        assertEq(token.balanceOf(provider), before, "the revoked key's report paid nothing");
        // A new operator replaces the old one: the old key is free again, the new one signs.
        vm.prank(provider);
        staking.setOperator(address(0xABCD));
        assertEq(staking.operatorOf(provider), address(0xABCD), "replaced");
        assertFalse(staking.signsFor(provider, operator), "old key out");
    }

    /// A stranger's key still signs for nobody.
    function test_strangerStillRefused() public {
        uint256 jobId = _job();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(0xBAD, bid);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);
    }
}
