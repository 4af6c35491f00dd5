// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {Vm} from "./base/Vm.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {IProviderStaking} from "../src/interfaces/IProviderStaking.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice Shared set-up for the AuctionEscrow suites: a default job shape, a running-job shortcut,
/// permit signing, a per-job money ledger (budget == payouts + fees + refunds + remaining) and log
/// inspection.
abstract contract EscrowTestBase is Fixture {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    uint256 internal constant PRICE = 1e12; // GIN wei per GPU-second
    uint256 internal constant MAX_PRICE = 2e12;
    uint16 internal constant GPUS = 2;
    uint256 internal constant BUDGET = 1000 ether;

    uint256 internal constant STRANGER_PK = 0x5757;
    address internal stranger;

    uint256 internal nextNonce = 1;

    /// @notice What the ledger checks compare against.
    struct Ledger {
        uint256 providerWallets;
        uint256 mainProvider;
        uint256 fees;
        uint256 clientFree;
    }

    function setUp() public virtual override {
        super.setUp();
        stranger = vm.addr(STRANGER_PK);
        vm.label(stranger, "stranger");
    }

    // ------------------------------------------------------------ shortcuts

    function _openJob() internal returns (uint256) {
        return postJob(MAX_PRICE, GPUS, BUDGET);
    }

    /// @notice Posts the default job and awards it to the main provider at PRICE.
    function _runningJob() internal returns (uint256 jobId) {
        jobId = _openJob();
        awardTo(jobId, PROVIDER_PK, PRICE, nextNonce++);
    }

    function _runningJob(uint256 budget) internal returns (uint256 jobId) {
        jobId = postJob(MAX_PRICE, GPUS, budget);
        awardTo(jobId, PROVIDER_PK, PRICE, nextNonce++);
    }

    function _fail(uint256 jobId) internal {
        vm.prank(controller);
        escrow.reportFailure(jobId, "unresponsive");
    }

    /// @notice Re-awards a failed job to `pk`'s backup bid (called by the client).
    function _awardBackup(uint256 jobId, uint256 pk, uint256 price, uint256 nonce) internal {
        AuctionEscrow.Bid memory bid = bidFor(jobId, vm.addr(pk), price, nonce);
        bytes memory s = signBid(pk, bid);
        vm.prank(client);
        escrow.awardBackup(bid, s);
    }

    function _stop(uint256 jobId) internal {
        vm.prank(client);
        escrow.stopJob(jobId);
    }

    function _settle(uint256 pk, uint256 jobId, uint256 round, uint256 gpuSeconds) internal {
        escrow.settle(report1(pk, jobId, round, gpuSeconds));
    }

    function _state(uint256 jobId) internal view returns (AuctionEscrow.JobState) {
        return escrow.getJob(jobId).state;
    }

    function _assertState(uint256 jobId, AuctionEscrow.JobState expected) internal view {
        assertEq(uint256(_state(jobId)), uint256(expected), "job state");
    }

    function _fee(uint256 gross) internal pure returns (uint256) {
        return gross * FEE_BPS / 10_000;
    }

    function _params() internal view returns (AuctionEscrow.Params memory p) {
        (p.treasury, p.feeBps, p.slashBps, p.settlementWindow, p.failoverWindow, p.controllerMinStake) =
            escrow.params();
    }

    // ------------------------------------------------------------ ledger

    function _ledger() internal view returns (Ledger memory l) {
        l.providerWallets = token.balanceOf(provider) + token.balanceOf(backup);
        l.mainProvider = token.balanceOf(provider);
        l.fees = escrow.feesOwed();
        l.clientFree = escrow.freeBalanceOf(client);
    }

    /// @notice Every wei of the job's budget is either paid out, taken as fee, refunded, or still locked.
    function _assertBudgetSplit(Ledger memory before, uint256 jobId, uint256 budget) internal view {
        Ledger memory now_ = _ledger();
        uint256 payouts = now_.providerWallets - before.providerWallets;
        uint256 fees = now_.fees - before.fees;
        uint256 refunds = now_.clientFree - before.clientFree;
        assertEq(
            payouts + fees + refunds + escrow.getJob(jobId).remaining,
            budget,
            "budget != payouts + fees + refunds + remaining"
        );
        assertEscrowSolvent();
    }

    // ------------------------------------------------------------ signing and logs

    function _signPermit(uint256 pk, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(pk);
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, token.nonces(owner), deadline));
        return vm.sign(pk, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
    }

    function _countLogs(Vm.Log[] memory logs, address emitter, bytes32 topic0)
        internal
        pure
        returns (uint256 n)
    {
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == emitter && logs[i].topics.length > 0 && logs[i].topics[0] == topic0) ++n;
        }
    }
}

/// @notice Client funds: deposit, depositWithPermit and withdraw, with every revert path.
contract AuctionEscrowFundsTest is EscrowTestBase {
    function test_deposit_creditsFreeBalance() public {
        vm.startPrank(client);
        token.approve(address(escrow), 5 ether);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Deposited(client, 5 ether);
        escrow.deposit(5 ether);
        vm.stopPrank();

        assertEq(escrow.freeBalanceOf(client), 5 ether, "free balance");
        assertEq(escrow.totalFree(), 5 ether, "totalFree");
        assertEq(token.balanceOf(address(escrow)), 5 ether, "escrow holds tokens");
        assertEscrowSolvent();
    }

    function test_deposit_revertsOnZeroAmount() public {
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.ZeroAmount.selector);
        escrow.deposit(0);
    }

    function test_deposit_revertsWithoutAllowance() public {
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(escrow), 0, 1 ether
            )
        );
        escrow.deposit(1 ether);
        assertEq(escrow.freeBalanceOf(client), 0, "nothing credited");
    }

    function test_depositWithPermit_depositsWithOneTransaction() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(CLIENT_PK, address(escrow), 7 ether, deadline);

        vm.prank(client);
        escrow.depositWithPermit(7 ether, deadline, v, r, s);

        assertEq(escrow.freeBalanceOf(client), 7 ether, "free balance");
        assertEq(token.allowance(client, address(escrow)), 0, "allowance spent");
        assertEscrowSolvent();
    }

    function test_depositWithPermit_succeedsWhenPermitWasFrontRun() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(CLIENT_PK, address(escrow), 7 ether, deadline);
        vm.prank(stranger);
        token.permit(client, address(escrow), 7 ether, deadline, v, r, s);

        vm.prank(client);
        escrow.depositWithPermit(7 ether, deadline, v, r, s);
        assertEq(escrow.freeBalanceOf(client), 7 ether, "free balance");
        assertEscrowSolvent();
    }

    function test_depositWithPermit_revertsWhenPermitFailsAndAllowanceShort() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(STRANGER_PK, address(escrow), 7 ether, deadline);

        vm.prank(client);
        vm.expectRevert(AuctionEscrow.PermitFailed.selector);
        escrow.depositWithPermit(7 ether, deadline, v, r, s);
    }

    function test_depositWithPermit_revertsWhenFrontRunAllowanceTooSmall() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(CLIENT_PK, address(escrow), 7 ether, deadline);
        vm.prank(stranger);
        token.permit(client, address(escrow), 7 ether, deadline, v, r, s);

        vm.prank(client);
        vm.expectRevert(AuctionEscrow.PermitFailed.selector);
        escrow.depositWithPermit(8 ether, deadline, v, r, s);
    }

    function test_depositWithPermit_revertsOnZeroAmount() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(CLIENT_PK, address(escrow), 0, deadline);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.ZeroAmount.selector);
        escrow.depositWithPermit(0, deadline, v, r, s);
    }

    function test_withdraw_returnsFreeBalance() public {
        depositAs(client, 10 ether);
        uint256 walletBefore = token.balanceOf(client);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Withdrawn(client, 4 ether);
        vm.prank(client);
        escrow.withdraw(4 ether);

        assertEq(token.balanceOf(client) - walletBefore, 4 ether, "wallet credited");
        assertEq(escrow.freeBalanceOf(client), 6 ether, "free balance");
        assertEq(escrow.totalFree(), 6 ether, "totalFree");
        assertEscrowSolvent();
    }

    function test_withdraw_revertsOnZeroAmount() public {
        depositAs(client, 10 ether);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.ZeroAmount.selector);
        escrow.withdraw(0);
    }

    function test_withdraw_revertsAboveFreeBalance() public {
        depositAs(client, 10 ether);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, 10 ether, 10 ether + 1)
        );
        escrow.withdraw(10 ether + 1);
    }

    function test_withdraw_cannotTakeLockedBudget() public {
        _openJob();
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, 0, 1));
        escrow.withdraw(1);
    }

    function test_withdraw_cannotTakeAnotherClientsBalance() public {
        depositAs(client, 10 ether);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, 0, 1 ether));
        escrow.withdraw(1 ether);
    }
}

/// @notice createJob: the stored record, the lock of the budget and every InvalidJob reason.
contract AuctionEscrowCreateJobTest is EscrowTestBase {
    function setUp() public override {
        super.setUp();
        depositAs(client, 10_000 ether);
    }

    function test_createJob_storesJobAndLocksBudget() public {
        uint40 deadline = uint40(block.timestamp + 1 hours);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobCreated(
            1, client, keccak256("spec"), MAX_PRICE, GPUS, BUDGET, deadline, 5 ether
        );
        vm.prank(client);
        uint256 jobId = escrow.createJob(keccak256("spec"), MAX_PRICE, GPUS, BUDGET, deadline, 5 ether);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(jobId, 1, "first id");
        assertEq(escrow.nextJobId(), 2, "next id");
        assertEq(j.client, client, "client");
        assertEq(j.provider, address(0), "no provider");
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Open), "open");
        assertEq(j.maxPrice, MAX_PRICE, "maxPrice");
        assertEq(j.gpuCount, GPUS, "gpus");
        assertEq(j.budget, BUDGET, "budget");
        assertEq(j.remaining, BUDGET, "remaining");
        assertEq(j.biddingDeadline, deadline, "deadline");
        assertEq(j.minProviderStake, 5 ether, "minProviderStake");
        assertEq(j.specHash, keccak256("spec"), "spec");
        assertEq(j.round, 0, "round");
        assertEq(escrow.freeBalanceOf(client), 10_000 ether - BUDGET, "free balance debited");
        assertEq(escrow.totalLocked(), BUDGET, "totalLocked");
        assertEq(escrow.totalFree(), 10_000 ether - BUDGET, "totalFree");
        assertEscrowSolvent();
    }

    function test_createJob_idsIncrement() public {
        vm.startPrank(client);
        uint256 a = escrow.createJob(0, MAX_PRICE, 1, 1 ether, uint40(block.timestamp + 1), 0);
        uint256 b = escrow.createJob(0, MAX_PRICE, 1, 1 ether, uint40(block.timestamp + 1), 0);
        vm.stopPrank();
        assertEq(a, 1, "first");
        assertEq(b, 2, "second");
    }

    function test_createJob_acceptsUpperLimits() public {
        uint16 maxGpus = escrow.MAX_GPUS();
        vm.prank(client);
        uint256 jobId = escrow.createJob(
            0, type(uint64).max, maxGpus, 10_000 ether, uint40(type(uint32).max), type(uint96).max
        );
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(j.maxPrice, type(uint64).max, "maxPrice");
        assertEq(j.gpuCount, maxGpus, "gpuCount");
        assertEq(j.biddingDeadline, type(uint32).max, "deadline");
        assertEq(j.minProviderStake, type(uint96).max, "minProviderStake");
        assertEq(escrow.freeBalanceOf(client), 0, "whole free balance locked");
        assertEscrowSolvent();
    }

    function test_createJob_revertsOnGpuCountAboveMax() public {
        uint16 tooMany = escrow.MAX_GPUS() + 1;
        _expectInvalid("gpuCount");
        escrow.createJob(0, MAX_PRICE, tooMany, BUDGET, uint40(block.timestamp + 1), 0);
    }

    function test_createJob_revertsOnDeadlineBeyondUint32() public {
        _expectInvalid("biddingDeadline");
        escrow.createJob(0, MAX_PRICE, GPUS, BUDGET, uint40(uint256(type(uint32).max) + 1), 0);
    }

    function test_createJob_revertsOnZeroGpuCount() public {
        _expectInvalid("gpuCount");
        escrow.createJob(0, MAX_PRICE, 0, BUDGET, uint40(block.timestamp + 1), 0);
    }

    function test_createJob_revertsOnZeroMaxPrice() public {
        _expectInvalid("maxPrice");
        escrow.createJob(0, 0, GPUS, BUDGET, uint40(block.timestamp + 1), 0);
    }

    function test_createJob_revertsOnMaxPriceAboveUint64() public {
        _expectInvalid("maxPrice");
        escrow.createJob(0, uint256(type(uint64).max) + 1, GPUS, BUDGET, uint40(block.timestamp + 1), 0);
    }

    function test_createJob_revertsOnZeroBudget() public {
        _expectInvalid("budget");
        escrow.createJob(0, MAX_PRICE, GPUS, 0, uint40(block.timestamp + 1), 0);
    }

    function test_createJob_revertsOnDeadlineNow() public {
        _expectInvalid("biddingDeadline");
        escrow.createJob(0, MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp), 0);
    }

    function test_createJob_revertsOnDeadlineInThePast() public {
        _expectInvalid("biddingDeadline");
        escrow.createJob(0, MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp - 1), 0);
    }

    function test_createJob_revertsOnMinProviderStakeAboveUint96() public {
        _expectInvalid("minProviderStake");
        escrow.createJob(
            0, MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp + 1), uint256(type(uint96).max) + 1
        );
    }

    function test_createJob_revertsWhenBudgetAboveFreeBalance() public {
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, 10_000 ether, 10_000 ether + 1)
        );
        escrow.createJob(0, MAX_PRICE, GPUS, 10_000 ether + 1, uint40(block.timestamp + 1), 0);
    }

    function test_createJob_revertsForCallerWithoutDeposit() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InsufficientBalance.selector, 0, BUDGET));
        escrow.createJob(0, MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp + 1), 0);
    }

    function _expectInvalid(string memory what) internal {
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidJob.selector, what));
    }
}

/// @notice award and cancelBidNonce: who may award, and every check on the signed bid.
contract AuctionEscrowAwardTest is EscrowTestBase {
    uint256 internal jobId;

    function setUp() public override {
        super.setUp();
        jobId = _openJob();
    }

    function test_award_byClientStartsRound1() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 42);
        bytes memory s = signBid(PROVIDER_PK, bid);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobAwarded(jobId, provider, 1, PRICE, 42);
        vm.prank(client);
        escrow.award(bid, s);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Running), "running");
        assertEq(j.provider, provider, "provider");
        assertEq(j.price, PRICE, "price");
        assertEq(j.round, 1, "round");
        assertEq(j.startedAt, block.timestamp, "startedAt");
        assertEq(j.endedAt, 0, "endedAt");
        assertEq(j.settledGpuSeconds, 0, "settled");
        assertEq(j.remaining, BUDGET, "budget untouched");
        assertTrue(escrow.bidNonceUsed(provider, 42), "nonce consumed");
        assertEscrowSolvent();
    }

    function test_award_byStakedController() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(controller);
        escrow.award(bid, s);
        _assertState(jobId, AuctionEscrow.JobState.Running);
    }

    function test_award_atMaxPriceAndAtDeadlineAndAtExpiry() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, MAX_PRICE, 1);
        bid.expiry = escrow.getJob(jobId).biddingDeadline;
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.warp(bid.expiry);
        vm.prank(client);
        escrow.award(bid, s);
        assertEq(escrow.getJob(jobId).price, MAX_PRICE, "price");
    }

    function test_award_revertsForStranger() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.award(bid, s);
    }

    function test_award_revertsForTheBiddingProviderItself() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, provider));
        escrow.award(bid, s);
    }

    function test_award_revertsForControllerBelowMinStake() public {
        vm.prank(controller);
        staking.requestUnstake(1);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        bytes32 role = escrow.CONTROLLER_ROLE();

        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, controller, role)
        );
        escrow.award(bid, s);
    }

    function test_award_revertsForStakedAccountWithoutControllerRole() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(backup); // staked, but no CONTROLLER_ROLE
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, backup));
        escrow.award(bid, s);
    }

    function test_award_revertsWhenAlreadyAwarded() public {
        awardTo(jobId, PROVIDER_PK, PRICE, 1);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Running)
        );
        escrow.award(bid, s);
    }

    function test_award_revertsForUnknownJob() public {
        AuctionEscrow.Bid memory bid = bidFor(99, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, 99, AuctionEscrow.JobState.None)
        );
        escrow.award(bid, s);
    }

    function test_award_revertsForCancelledJob() public {
        _stop(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Cancelled)
        );
        escrow.award(bid, s);
    }

    function test_award_revertsAfterBiddingDeadline() public {
        uint40 deadline = escrow.getJob(jobId).biddingDeadline;
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.warp(uint256(deadline) + 1);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BiddingClosed.selector, jobId, deadline));
        escrow.award(bid, s);
    }

    function test_award_revertsWhenBidExpired() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bid.expiry = block.timestamp + 10;
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.warp(block.timestamp + 11);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidExpired.selector, bid.expiry));
        escrow.award(bid, s);
    }

    function test_award_revertsOnZeroPrice() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, 0, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidPriceOutOfRange.selector, 0, MAX_PRICE));
        escrow.award(bid, s);
    }

    function test_award_revertsOnPriceAboveMax() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, MAX_PRICE + 1, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.BidPriceOutOfRange.selector, MAX_PRICE + 1, MAX_PRICE)
        );
        escrow.award(bid, s);
    }

    function test_award_revertsWhenNonceUsedOnAnotherJob() public {
        awardTo(jobId, PROVIDER_PK, PRICE, 7);
        uint256 other = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(other, provider, PRICE, 7);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 7));
        escrow.award(bid, s);
    }

    function test_award_revertsWhenNonceCancelled() public {
        vm.prank(provider);
        escrow.cancelBidNonce(7);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 7);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 7));
        escrow.award(bid, s);
    }

    function test_award_revertsOnWrongSigner() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);
    }

    function test_award_revertsOnTamperedPrice() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        bid.pricePerGpuSecond = PRICE + 1;
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, s);
    }

    function test_award_revertsOnShortSignature() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        (, bytes32 r, bytes32 s) = vm.sign(PROVIDER_PK, escrow.bidDigest(bid));
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, abi.encodePacked(r, s));
    }

    function test_award_revertsOnEmptySignature() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, "");
    }

    function test_award_revertsOnInvalidV() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        (, bytes32 r, bytes32 s) = vm.sign(PROVIDER_PK, escrow.bidDigest(bid));
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.award(bid, abi.encodePacked(r, s, uint8(29)));
    }

    function test_award_revertsForUnstakedProvider() public {
        AuctionEscrow.Bid memory bid = bidFor(jobId, stranger, PRICE, 1);
        bytes memory s = signBid(STRANGER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, stranger));
        escrow.award(bid, s);
    }

    function test_award_revertsForUnderStakedProvider() public {
        fund(stranger, MIN_STAKE);
        stakeAs(stranger, MIN_STAKE - 1);
        AuctionEscrow.Bid memory bid = bidFor(jobId, stranger, PRICE, 1);
        bytes memory s = signBid(STRANGER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, stranger));
        escrow.award(bid, s);
    }

    function test_award_revertsForProviderWhoseStakeIsUnbonding() public {
        vm.prank(provider);
        staking.requestUnstake(100_000 ether);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s);
    }

    function test_award_enforcesJobMinProviderStake() public {
        depositAs(client, BUDGET);
        vm.prank(client);
        uint256 demanding =
            escrow.createJob(0, MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp + 1 hours), 150_000 ether);

        AuctionEscrow.Bid memory bid = bidFor(demanding, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s); // provider holds 100k

        stakeAs(provider, 50_000 ether);
        vm.prank(client);
        escrow.award(bid, s);
        assertEq(escrow.getJob(demanding).provider, provider, "awarded once staked enough");
    }

    function test_cancelBidNonce_marksNonceUsed() public {
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.BidNonceCancelled(provider, 9);
        vm.prank(provider);
        escrow.cancelBidNonce(9);
        assertTrue(escrow.bidNonceUsed(provider, 9), "used");
        assertFalse(escrow.bidNonceUsed(backup, 9), "per provider");
    }

    function test_cancelBidNonce_revertsWhenAlreadyUsed() public {
        vm.startPrank(provider);
        escrow.cancelBidNonce(9);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 9));
        escrow.cancelBidNonce(9);
        vm.stopPrank();
    }

    function test_cancelBidNonce_revertsAfterAward() public {
        awardTo(jobId, PROVIDER_PK, PRICE, 9);
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 9));
        escrow.cancelBidNonce(9);
    }
}

/// @notice settle and settleBatch: the amount paid (delta × price minus fee), both caps, every
/// rejection reason and every revert.
contract AuctionEscrowSettleTest is EscrowTestBase {
    function test_settle_paysDeltaTimesPriceMinusFee() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 walletBefore = token.balanceOf(provider);
        uint256 gross = 200 * PRICE;

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 200, gross);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ProviderPaid(provider, gross, _fee(gross));
        _settle(PROVIDER_PK, jobId, 1, 200);

        assertEq(token.balanceOf(provider) - walletBefore, gross - _fee(gross), "net payout");
        assertEq(escrow.feesOwed(), _fee(gross), "fee");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - gross, "remaining");
        assertEq(escrow.getJob(jobId).settledGpuSeconds, 200, "settled");
        assertEq(escrow.totalLocked(), BUDGET - gross, "totalLocked");
        assertEscrowSolvent();
    }

    function test_settle_secondReportPaysOnlyTheDelta() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 120);
        uint256 walletBefore = token.balanceOf(provider);

        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 300);

        uint256 gross = 180 * PRICE;
        assertEq(token.balanceOf(provider) - walletBefore, gross - _fee(gross), "delta only");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 300 * PRICE, "remaining");
    }

    function test_settle_capsAtGpuCountTimesElapsed() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        Ledger memory before = _ledger();

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 200, 200 * PRICE);
        _settle(PROVIDER_PK, jobId, 1, 1_000_000); // claims far more than 2 GPUs × 100 s

        assertEq(escrow.getJob(jobId).settledGpuSeconds, 200, "capped cumulative");
        assertEq(BUDGET - escrow.getJob(jobId).remaining, 200 * PRICE, "paid the cap");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_settle_overclaimDoesNotPrepayFutureTime() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 1_000_000);
        vm.warp(block.timestamp + 50);
        _settle(PROVIDER_PK, jobId, 1, 1_000_000);
        assertEq(BUDGET - escrow.getJob(jobId).remaining, 300 * PRICE, "2 GPUs x 150 s");
    }

    function test_settle_capsAtRemainingBudget() public {
        uint256 budget = 150 * PRICE;
        uint256 jobId = _runningJob(budget);
        vm.warp(block.timestamp + 100);
        Ledger memory before = _ledger();

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 200, budget);
        _settle(PROVIDER_PK, jobId, 1, 200);

        assertEq(escrow.getJob(jobId).remaining, 0, "budget exhausted");
        assertEq(escrow.feesOwed(), _fee(budget), "fee on the budget");
        _assertBudgetSplit(before, jobId, budget);

        vm.warp(block.timestamp + 100);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 400, 0);
        _settle(PROVIDER_PK, jobId, 1, 400);
        assertEq(escrow.feesOwed(), _fee(budget), "nothing more paid");
        _assertBudgetSplit(before, jobId, budget);
    }

    function test_settle_rejectsReportFromAnotherProvider() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 walletBefore = token.balanceOf(backup);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, backup, AuctionEscrow.Rejection.NotJobProvider);
        _settle(BACKUP_PK, jobId, 1, 200);

        assertEq(token.balanceOf(backup), walletBefore, "nothing paid");
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget untouched");
    }

    function test_settle_rejectsUnawardedJob() public {
        uint256 jobId = _openJob();
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NotJobProvider);
        _settle(PROVIDER_PK, jobId, 0, 200);
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget untouched");
    }

    function test_settle_rejectsClosedJob() public {
        uint256 jobId = _runningJob();
        _stop(jobId); // nothing elapsed: closes at once
        _assertState(jobId, AuctionEscrow.JobState.Closed);
        vm.warp(block.timestamp + 100);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NotSettleable);
        _settle(PROVIDER_PK, jobId, 1, 200);
        assertEq(escrow.feesOwed(), 0, "nothing paid");
        assertEscrowSolvent();
    }

    function test_settle_rejectsStaleRound() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory round1 = report1(PROVIDER_PK, jobId, 1, 200);
        _fail(jobId);
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        vm.warp(block.timestamp + 100);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.StaleRound);
        escrow.settle(round1);
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget untouched");
    }

    function test_settle_rejectsRoundTheProviderNeverHad() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NotJobProvider);
        _settle(PROVIDER_PK, jobId, 2, 200);
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget untouched");
    }

    function test_settle_rejectsRoundZero() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NotJobProvider);
        _settle(PROVIDER_PK, jobId, 0, 200);
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget untouched");
    }

    function test_settle_rejectsZeroUsage() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NothingDue);
        _settle(PROVIDER_PK, jobId, 1, 0);
    }

    function test_settle_rejectsUsageInTheAwardBlock() public {
        uint256 jobId = _runningJob();
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NothingDue);
        _settle(PROVIDER_PK, jobId, 1, 200); // no time elapsed: cap is 0
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "budget untouched");
    }

    function test_settle_rejectsLowerCumulativeThanSettled() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 150);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NothingDue);
        _settle(PROVIDER_PK, jobId, 1, 100);
        assertEq(escrow.getJob(jobId).settledGpuSeconds, 150, "not lowered");
    }

    function test_settle_rejectedEntryDoesNotSinkTheReport() public {
        uint256 good = _runningJob();
        uint256 foreign = _openJob();
        awardTo(foreign, BACKUP_PK, PRICE, 1);
        vm.warp(block.timestamp + 100);

        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](2);
        u[0] = usage(foreign, 1, 200);
        u[1] = usage(good, 1, 200);
        vm.recordLogs();
        escrow.settle(report(PROVIDER_PK, u));
        Vm.Log[] memory logs = vm.getRecordedLogs();

        assertEq(_countLogs(logs, address(escrow), AuctionEscrow.UsageRejected.selector), 1, "one rejection");
        assertEq(_countLogs(logs, address(escrow), AuctionEscrow.ProviderPaid.selector), 1, "one payment");
        assertEq(escrow.getJob(foreign).remaining, BUDGET, "foreign job untouched");
        assertEq(escrow.getJob(good).remaining, BUDGET - 200 * PRICE, "good job paid");
        assertEscrowSolvent();
    }

    function test_settle_allRejectedPaysNothingAndEmitsNoPayment() public {
        uint256 jobId = _runningJob();
        vm.recordLogs();
        _settle(PROVIDER_PK, jobId, 1, 0);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(escrow), AuctionEscrow.ProviderPaid.selector), 0, "no payment");
        assertEq(_countLogs(logs, address(token), IERC20.Transfer.selector), 0, "no transfer");
    }

    function test_settle_revertsOnEmptyReport() public {
        AuctionEscrow.Usage[] memory none = new AuctionEscrow.Usage[](0);
        AuctionEscrow.UsageReport memory r = report(PROVIDER_PK, none);
        vm.expectRevert(AuctionEscrow.EmptyReport.selector);
        escrow.settle(r);
    }

    function test_settle_revertsWhenSignedByAnotherKey() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(BACKUP_PK, jobId, 1, 200);
        r.provider = provider;
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_settle_revertsWhenUsageTamperedAfterSigning() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 100);
        r.usages[0].cumulativeGpuSeconds = 200;
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_settle_revertsOnMalformedSignature() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 1, 200);
        r.signature = abi.encodePacked(r.signature, bytes1(0)); // 66 bytes
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_settle_revertsForZeroProviderWithGarbageSignature() public {
        uint256 jobId = _openJob(); // provider slot is address(0)
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, jobId, 0, 200);
        r.provider = address(0);
        r.signature = new bytes(65);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settle(r);
    }

    function test_settleBatch_paysSeveralProvidersAndJobs() public {
        uint256 a = _runningJob();
        uint256 b = _runningJob();
        uint256 c = _openJob();
        awardTo(c, BACKUP_PK, 2 * PRICE, 1);
        vm.warp(block.timestamp + 100);
        uint256 lockedBefore = escrow.totalLocked();
        uint256 providerBefore = token.balanceOf(provider);
        uint256 backupBefore = token.balanceOf(backup);

        AuctionEscrow.Usage[] memory pu = new AuctionEscrow.Usage[](2);
        pu[0] = usage(a, 1, 200);
        pu[1] = usage(b, 1, 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](2);
        reports[0] = report(PROVIDER_PK, pu);
        reports[1] = report1(BACKUP_PK, c, 1, 150);
        escrow.settleBatch(reports);

        uint256 grossP = 300 * PRICE;
        uint256 grossB = 150 * 2 * PRICE;
        assertEq(
            token.balanceOf(provider) - providerBefore, grossP - _fee(grossP), "provider paid once for both"
        );
        assertEq(token.balanceOf(backup) - backupBefore, grossB - _fee(grossB), "backup paid");
        assertEq(escrow.feesOwed(), _fee(grossP) + _fee(grossB), "fees");
        assertEq(lockedBefore - escrow.totalLocked(), grossP + grossB, "totalLocked");
        assertEq(escrow.getJob(a).remaining, BUDGET - 200 * PRICE, "job a");
        assertEq(escrow.getJob(b).remaining, BUDGET - 100 * PRICE, "job b");
        assertEq(escrow.getJob(c).remaining, BUDGET - grossB, "job c");
        assertEscrowSolvent();
    }

    function test_settleBatch_sameJobTwiceInOneBatchPaysOnce() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](2);
        reports[0] = report1(PROVIDER_PK, jobId, 1, 200);
        reports[1] = reports[0];
        escrow.settleBatch(reports);
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 200 * PRICE, "paid once");
        assertEscrowSolvent();
    }

    function test_settleBatch_emptyBatchIsANoOp() public {
        _runningJob();
        uint256 lockedBefore = escrow.totalLocked();
        escrow.settleBatch(new AuctionEscrow.UsageReport[](0));
        assertEq(escrow.totalLocked(), lockedBefore, "unchanged");
    }

    function test_settleBatch_revertsWhenOneReportHasABadSignature() public {
        uint256 a = _runningJob();
        uint256 b = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](2);
        reports[0] = report1(PROVIDER_PK, a, 1, 200);
        reports[1] = report1(PROVIDER_PK, b, 1, 200);
        reports[1].usages[0].cumulativeGpuSeconds = 100;
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.settleBatch(reports);
    }

    function test_settleBatch_revertsOnAnEmptyReport() public {
        uint256 a = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](2);
        reports[0] = report1(PROVIDER_PK, a, 1, 200);
        reports[1] = report(PROVIDER_PK, new AuctionEscrow.Usage[](0));
        vm.expectRevert(AuctionEscrow.EmptyReport.selector);
        escrow.settleBatch(reports);
    }

    function test_claimableOf_tracksWhatSettleWouldPay() public {
        uint256 jobId = _openJob();
        assertEq(escrow.claimableOf(jobId), 0, "open");
        awardTo(jobId, PROVIDER_PK, PRICE, 1);
        vm.warp(block.timestamp + 100);
        assertEq(escrow.claimableOf(jobId), 200 * PRICE, "running");
        _settle(PROVIDER_PK, jobId, 1, 150);
        assertEq(escrow.claimableOf(jobId), 50 * PRICE, "after a settlement");
        _stop(jobId);
        vm.warp(block.timestamp + 100);
        assertEq(escrow.claimableOf(jobId), 50 * PRICE, "frozen at the stop");
        _settle(PROVIDER_PK, jobId, 1, 1000);
        assertEq(escrow.claimableOf(jobId), 0, "nothing left");
    }

    function test_claimableOf_cappedByRemainingBudget() public {
        uint256 jobId = _runningJob(150 * PRICE);
        vm.warp(block.timestamp + 100);
        assertEq(escrow.claimableOf(jobId), 150 * PRICE, "budget cap");
    }
}

/// @notice stopJob, completeJob and finalizeJob in every state, with refunds and settlement windows.
contract AuctionEscrowLifecycleTest is EscrowTestBase {
    function test_stopJob_cancelsOpenJobWithFullRefund() public {
        uint256 jobId = _openJob();
        Ledger memory before = _ledger();

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobCancelled(jobId);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, BUDGET);
        _stop(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Cancelled);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET, "full refund");
        assertEq(escrow.totalLocked(), 0, "nothing locked");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_stopJob_revertsForNonClient() public {
        uint256 jobId = _runningJob();
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, provider));
        escrow.stopJob(jobId);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.stopJob(jobId);
    }

    function test_stopJob_endsRunningJobAndRefundsUnclaimableAtOnce() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        uint256 due = 200 * PRICE;

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobEnded(jobId, client, uint40(block.timestamp));
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, BUDGET - due);
        _stop(jobId);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Ended), "ended");
        assertEq(j.endedAt, block.timestamp, "endedAt");
        assertEq(j.remaining, due, "only the claimable part stays locked");
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET - due, "immediate refund");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_stopJob_laterSettlementCappedAtEndedAt() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 60);
        _stop(jobId);
        vm.warp(block.timestamp + 1000);

        _settle(PROVIDER_PK, jobId, 1, 5000); // claims time after the stop
        assertEq(escrow.getJob(jobId).remaining, 0, "all claimable paid, nothing more");
        assertEq(
            token.balanceOf(provider) - before.mainProvider,
            60 * PRICE - _fee(60 * PRICE) + 140 * PRICE - _fee(140 * PRICE),
            "provider paid for 200 GPU-seconds"
        );
        _assertBudgetSplit(before, jobId, BUDGET);

        vm.prank(provider);
        escrow.finalizeJob(jobId);
        _assertState(jobId, AuctionEscrow.JobState.Closed);
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_stopJob_closesAtOnceWhenNothingIsDue() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 200);
        Ledger memory before = _ledger();

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobClosed(jobId);
        _stop(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET - 200 * PRICE, "refund");
        assertEq(escrow.getJob(jobId).remaining, 0, "nothing locked");
        assertEscrowSolvent();
    }

    function test_stopJob_closesFailedJobWithFullRefund() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        Ledger memory before = _ledger();

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobClosed(jobId);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, BUDGET);
        _stop(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET, "full refund");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_stopJob_revertsInEndedClosedAndCancelledStates() public {
        uint256 ended = _runningJob();
        vm.warp(block.timestamp + 10);
        _stop(ended);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, ended, AuctionEscrow.JobState.Ended)
        );
        escrow.stopJob(ended);

        vm.prank(provider);
        escrow.finalizeJob(ended);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, ended, AuctionEscrow.JobState.Closed)
        );
        escrow.stopJob(ended);

        uint256 cancelled = _openJob();
        _stop(cancelled);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(
                AuctionEscrow.WrongState.selector, cancelled, AuctionEscrow.JobState.Cancelled
            )
        );
        escrow.stopJob(cancelled);
    }

    function test_completeJob_byProviderEndsJob() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobEnded(jobId, provider, uint40(block.timestamp));
        vm.prank(provider);
        escrow.completeJob(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Ended);
        assertEq(escrow.getJob(jobId).remaining, 200 * PRICE, "claimable stays locked");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_completeJob_revertsForClientAndStranger() public {
        uint256 jobId = _runningJob();
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, client));
        escrow.completeJob(jobId);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.completeJob(jobId);
    }

    function test_completeJob_revertsWhenNotRunning() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.startPrank(provider);
        escrow.completeJob(jobId);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Ended)
        );
        escrow.completeJob(jobId);
        vm.stopPrank();
    }

    function test_completeJob_revertsForOpenJob() public {
        uint256 jobId = _openJob();
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, provider));
        escrow.completeJob(jobId);
    }

    function test_finalizeJob_strangerMustWaitForSettlementWindow() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _stop(jobId);
        uint256 until = block.timestamp + SETTLEMENT_WINDOW;

        vm.warp(until - 1);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, until));
        escrow.finalizeJob(jobId);
    }

    function test_finalizeJob_clientMustWaitForSettlementWindow() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _stop(jobId);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, block.timestamp + SETTLEMENT_WINDOW)
        );
        escrow.finalizeJob(jobId);
    }

    function test_finalizeJob_anyoneAfterSettlementWindowRefundsTheRest() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 50);
        _stop(jobId);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobClosed(jobId);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, 150 * PRICE);
        vm.prank(stranger);
        escrow.finalizeJob(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(
            escrow.freeBalanceOf(client) - before.clientFree, BUDGET - 50 * PRICE, "all unpaid budget back"
        );
        _assertBudgetSplit(before, jobId, BUDGET);

        _settle(PROVIDER_PK, jobId, 1, 200); // too late: closed
        assertEq(escrow.getJob(jobId).settledGpuSeconds, 50, "nothing more paid");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_finalizeJob_providerMayWaiveAtOnce() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        vm.prank(provider);
        escrow.completeJob(jobId);

        vm.prank(provider);
        escrow.finalizeJob(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET, "provider waived its claim");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_finalizeJob_clientClosesFailedJobAtOnce() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _fail(jobId);

        vm.prank(client);
        escrow.finalizeJob(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET, "full refund");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_finalizeJob_strangerWaitsForFailoverWindow() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        uint256 until = block.timestamp + FAILOVER_WINDOW;

        vm.warp(until - 1);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, until));
        escrow.finalizeJob(jobId);

        vm.warp(until);
        vm.prank(stranger);
        escrow.finalizeJob(jobId);
        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEscrowSolvent();
    }

    function test_finalizeJob_providerWaitsForFailoverWindow() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, block.timestamp + FAILOVER_WINDOW)
        );
        escrow.finalizeJob(jobId);
    }

    function test_finalizeJob_anyoneClosesRunningJobWithSpentBudget() public {
        uint256 budget = 150 * PRICE;
        uint256 jobId = _runningJob(budget);
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 200);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobEnded(jobId, stranger, uint40(block.timestamp));
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobClosed(jobId);
        vm.prank(stranger);
        escrow.finalizeJob(jobId);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Closed), "closed");
        assertEq(j.endedAt, block.timestamp, "endedAt");
        _assertBudgetSplit(before, jobId, budget);
    }

    function test_finalizeJob_revertsForRunningJobWithBudgetLeft() public {
        uint256 jobId = _runningJob();
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Running)
        );
        escrow.finalizeJob(jobId);
    }

    function test_finalizeJob_revertsForOpenClosedAndUnknownJobs() public {
        uint256 jobId = _openJob();
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Open)
        );
        escrow.finalizeJob(jobId);

        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, 99, AuctionEscrow.JobState.None)
        );
        escrow.finalizeJob(99);

        uint256 closed = _runningJob();
        _stop(closed);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, closed, AuctionEscrow.JobState.Closed)
        );
        escrow.finalizeJob(closed);
    }
}

/// @notice reportFailure and awardBackup: who may report, the slash to the client, and the new round.
contract AuctionEscrowFailoverTest is EscrowTestBase {
    function test_reportFailure_slashesProviderForClient() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 slashable = staking.slashableOf(provider);
        uint256 expected = (slashable * SLASH_BPS + 9999) / 10_000;
        uint256 clientWallet = token.balanceOf(client);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobFailed(jobId, provider, 1, expected, "unresponsive");
        _fail(jobId);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Failover), "failover");
        assertEq(j.endedAt, block.timestamp, "endedAt");
        assertEq(token.balanceOf(client) - clientWallet, expected, "client got the slash");
        assertEq(staking.slashableOf(provider), slashable - expected, "provider slashed");
        assertEq(j.remaining, BUDGET, "budget still locked for a backup");
        assertEscrowSolvent();
    }

    function test_reportFailure_roundsSlashUp() public {
        stakeAs(provider, 7); // slashable = 100_000 ether + 7 wei
        uint256 jobId = _runningJob();
        uint256 slashable = staking.slashableOf(provider);
        uint256 clientWallet = token.balanceOf(client);
        _fail(jobId);
        // 10% of (1e23 + 7) = 1e22 + 0.7 → 1e22 + 1
        assertEq(token.balanceOf(client) - clientWallet, slashable / 10 + 1, "rounded up");
    }

    function test_reportFailure_slashesOneWeiFromTinyStake() public {
        vm.prank(governance);
        staking.setMinStake(1);
        fund(stranger, 1);
        stakeAs(stranger, 1);
        uint256 jobId = _openJob();
        awardTo(jobId, STRANGER_PK, PRICE, 1);
        uint256 clientWallet = token.balanceOf(client);

        _fail(jobId);
        assertEq(token.balanceOf(client) - clientWallet, 1, "ceil(1 x 10%) = 1");
        assertEq(staking.slashableOf(stranger), 0, "emptied");
    }

    function test_reportFailure_reachesUnbondingStake() public {
        uint256 jobId = _runningJob();
        vm.prank(provider);
        staking.requestUnstake(100_000 ether);
        uint256 clientWallet = token.balanceOf(client);

        _fail(jobId);
        (uint256 unbonding,) = staking.unbondingOf(provider);
        assertEq(token.balanceOf(client) - clientWallet, 10_000 ether, "10% of unbonding stake");
        assertEq(unbonding, 90_000 ether, "unbonding slashed");
    }

    function test_reportFailure_withNothingSlashableStillFails() public {
        uint256 jobId = _runningJob();
        vm.startPrank(provider);
        staking.requestUnstake(100_000 ether);
        vm.warp(block.timestamp + UNBONDING);
        staking.withdraw();
        vm.stopPrank();

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobFailed(jobId, provider, 1, 0, "unresponsive");
        _fail(jobId);
        _assertState(jobId, AuctionEscrow.JobState.Failover);
    }

    function test_reportFailure_withZeroSlashBpsSlashesNothing() public {
        AuctionEscrow.Params memory p = _params();
        p.slashBps = 0;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 jobId = _runningJob();
        uint256 slashable = staking.slashableOf(provider);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobFailed(jobId, provider, 1, 0, "unresponsive");
        _fail(jobId);
        assertEq(staking.slashableOf(provider), slashable, "untouched");
    }

    function test_reportFailure_revertsForStrangerClientAndProvider() public {
        uint256 jobId = _runningJob();
        bytes32 role = escrow.CONTROLLER_ROLE();
        address[3] memory callers = [stranger, client, provider];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role
                )
            );
            escrow.reportFailure(jobId, "lie");
        }
    }

    function test_reportFailure_revertsForUnderStakedController() public {
        uint256 jobId = _runningJob();
        vm.prank(controller);
        staking.requestUnstake(1);
        bytes32 role = escrow.CONTROLLER_ROLE();
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, controller, role)
        );
        escrow.reportFailure(jobId, "down");
    }

    function test_reportFailure_revertsWhenNotRunning() public {
        uint256 jobId = _openJob();
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Open)
        );
        escrow.reportFailure(jobId, "down");

        uint256 failed = _runningJob();
        _fail(failed);
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, failed, AuctionEscrow.JobState.Failover)
        );
        escrow.reportFailure(failed, "again");
    }

    function test_reportFailure_failedProviderForfeitsUnsettledUsage() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 50);
        _fail(jobId);
        assertEq(escrow.claimableOf(jobId), 0, "nothing claimable after the failure");
        uint256 wallet = token.balanceOf(provider);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NotSettleable);
        _settle(PROVIDER_PK, jobId, 1, 200);

        assertEq(token.balanceOf(provider), wallet, "unsettled usage is forfeited");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 50 * PRICE, "the rest waits for a backup");
        assertEscrowSolvent();
    }

    function test_awardBackup_startsNewRoundWithNewProvider() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.warp(block.timestamp + 10);

        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE + 1, 5);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobAwarded(jobId, backup, 2, PRICE + 1, 5);
        vm.prank(client);
        escrow.awardBackup(bid, s);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Running), "running again");
        assertEq(j.provider, backup, "backup provider");
        assertEq(j.price, PRICE + 1, "backup price");
        assertEq(j.round, 2, "round 2");
        assertEq(j.startedAt, block.timestamp, "restarted");
        assertEq(j.endedAt, 0, "not ended");
        assertEq(j.settledGpuSeconds, 0, "settled reset");
    }

    function test_awardBackup_settlementFollowsTheNewRound() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 100);
        _fail(jobId);
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        AuctionEscrow.UsageReport memory oldRound = report1(PROVIDER_PK, jobId, 1, 200);
        vm.warp(block.timestamp + 50);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.StaleRound);
        escrow.settle(oldRound);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, backup, AuctionEscrow.Rejection.NotJobProvider);
        _settle(BACKUP_PK, jobId, 1, 100); // the backup never had round 1

        uint256 backupBefore = token.balanceOf(backup);
        _settle(BACKUP_PK, jobId, 2, 1000); // capped at 2 GPUs x 50 s of round 2
        assertEq(token.balanceOf(backup) - backupBefore, 100 * PRICE - _fee(100 * PRICE), "backup paid");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 200 * PRICE, "both rounds paid");
        _assertBudgetSplit(before, jobId, BUDGET);

        vm.warp(block.timestamp + 10);
        _stop(jobId);
        assertEq(escrow.getJob(jobId).remaining, 20 * PRICE, "round 2's unsettled 20 GPU-seconds stay locked");
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.finalizeJob(jobId);
        assertEq(escrow.getJob(jobId).remaining, 0, "closed");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_awardBackup_byControllerAfterBiddingDeadline() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 2 hours); // past the one-hour bidding deadline
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(controller);
        escrow.awardBackup(bid, s);
        assertEq(escrow.getJob(jobId).provider, backup, "backup");
    }

    function test_awardBackup_revertsForSameProvider() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 99);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.SameProvider.selector, provider));
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_revertsWhenNotInFailover() public {
        uint256 jobId = _runningJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Running)
        );
        escrow.awardBackup(bid, s);

        uint256 open = _openJob();
        bid = bidFor(open, backup, PRICE, 1);
        s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, open, AuctionEscrow.JobState.Open)
        );
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_revertsAfterFailedJobClosed() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        _stop(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Closed)
        );
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_revertsForStranger() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.Unauthorized.selector, jobId, stranger));
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_revertsWhenBidExpired() public {
        uint256 jobId = _runningJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.warp(bid.expiry + 1);
        _fail(jobId);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidExpired.selector, bid.expiry));
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_revertsForIneligibleBackup() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, stranger, PRICE, 1);
        bytes memory s = signBid(STRANGER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, stranger));
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_revertsOnBadSignature() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(AuctionEscrow.InvalidSignature.selector);
        escrow.awardBackup(bid, s);
    }

    function test_awardBackup_failedProviderMayReturnInALaterRound() public {
        uint256 jobId = _runningJob();
        _fail(jobId);
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 100);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        escrow.awardBackup(bid, s);
        assertEq(escrow.getJob(jobId).round, 3, "round 3");
        vm.warp(block.timestamp + 10);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.StaleRound);
        _settle(PROVIDER_PK, jobId, 1, 20); // its round-1 report is stale
        _settle(PROVIDER_PK, jobId, 3, 20);
        assertEq(escrow.getJob(jobId).settledGpuSeconds, 20, "round 3 paid");
    }

    function test_awardBackup_revertsAfter255Rounds() public {
        AuctionEscrow.Params memory p = _params();
        p.slashBps = 0;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 jobId = _runningJob();
        for (uint256 round = 2; round <= 255; ++round) {
            _fail(jobId);
            _awardBackup(jobId, round % 2 == 0 ? BACKUP_PK : PROVIDER_PK, PRICE, 1000 + round);
        }
        assertEq(escrow.getJob(jobId).round, 255, "last round");
        _fail(jobId);

        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 5000);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.TooManyRounds.selector, jobId));
        escrow.awardBackup(bid, s);
    }
}

/// @notice Governance: constructor checks, setParams validation and access control, fee sweeping,
/// pausing (what stops and what keeps working), and the two-step admin transfer.
contract AuctionEscrowAdminTest is EscrowTestBase {
    function test_constructor_revertsOnZeroTokenOrStaking() public {
        AuctionEscrow.Params memory p = _params();
        vm.expectRevert(AuctionEscrow.ZeroAddress.selector);
        new AuctionEscrow(IERC20(address(0)), IProviderStaking(address(staking)), governance, 1 days, p);
        vm.expectRevert(AuctionEscrow.ZeroAddress.selector);
        new AuctionEscrow(IERC20(address(token)), IProviderStaking(address(0)), governance, 1 days, p);
    }

    function test_constructor_validatesParams() public {
        AuctionEscrow.Params memory p = _params();
        p.feeBps = 2001;
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "feeBps"));
        new AuctionEscrow(IERC20(address(token)), IProviderStaking(address(staking)), governance, 1 days, p);
    }

    function test_setParams_storesAndEmits() public {
        AuctionEscrow.Params memory p = AuctionEscrow.Params({
            treasury: address(0xFEE),
            feeBps: 2000,
            slashBps: 10_000,
            settlementWindow: 2 hours,
            failoverWindow: 1 hours,
            controllerMinStake: 1 ether
        });
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ParamsSet(p);
        vm.prank(governance);
        escrow.setParams(p);

        AuctionEscrow.Params memory q = _params();
        assertEq(q.treasury, p.treasury, "treasury");
        assertEq(q.feeBps, p.feeBps, "feeBps");
        assertEq(q.slashBps, p.slashBps, "slashBps");
        assertEq(q.settlementWindow, p.settlementWindow, "settlementWindow");
        assertEq(q.failoverWindow, p.failoverWindow, "failoverWindow");
        assertEq(q.controllerMinStake, p.controllerMinStake, "controllerMinStake");
    }

    function test_setParams_revertsOnZeroTreasury() public {
        AuctionEscrow.Params memory p = _params();
        p.treasury = address(0);
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "treasury"));
        escrow.setParams(p);
    }

    function test_setParams_revertsOnFeeAboveMax() public {
        AuctionEscrow.Params memory p = _params();
        p.feeBps = escrow.MAX_FEE_BPS() + 1;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "feeBps"));
        escrow.setParams(p);
    }

    function test_setParams_revertsOnSlashAboveFullStake() public {
        AuctionEscrow.Params memory p = _params();
        p.slashBps = 10_001;
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "slashBps"));
        escrow.setParams(p);
    }

    function test_setParams_revertsForNonAdmin() public {
        AuctionEscrow.Params memory p = _params();
        address[2] memory callers = [controller, stranger];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], bytes32(0)
                )
            );
            escrow.setParams(p);
        }
    }

    function test_setParams_newFeeAppliesToLaterSettlements() public {
        uint256 jobId = _runningJob();
        AuctionEscrow.Params memory p = _params();
        p.feeBps = 0;
        vm.prank(governance);
        escrow.setParams(p);
        vm.warp(block.timestamp + 100);
        uint256 walletBefore = token.balanceOf(provider);
        _settle(PROVIDER_PK, jobId, 1, 200);
        assertEq(token.balanceOf(provider) - walletBefore, 200 * PRICE, "no fee");
        assertEq(escrow.feesOwed(), 0, "no fee owed");
    }

    function test_sweepFees_sendsFeesToTreasury() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 200);
        uint256 fees = escrow.feesOwed();
        assertGt(fees, 0, "fees accrued");

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.FeesSwept(treasury, fees);
        vm.prank(stranger); // anyone may sweep; the money only goes to the treasury
        escrow.sweepFees();

        assertEq(token.balanceOf(treasury), fees, "treasury");
        assertEq(escrow.feesOwed(), 0, "reset");
        assertEscrowSolvent();
    }

    function test_sweepFees_goesToCurrentTreasury() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 200);
        AuctionEscrow.Params memory p = _params();
        p.treasury = address(0xFEE);
        vm.prank(governance);
        escrow.setParams(p);

        escrow.sweepFees();
        assertEq(token.balanceOf(address(0xFEE)), _fee(200 * PRICE), "new treasury");
        assertEq(token.balanceOf(treasury), 0, "old treasury");
    }

    function test_sweepFees_revertsWhenNothingOwed() public {
        vm.expectRevert(AuctionEscrow.ZeroAmount.selector);
        escrow.sweepFees();
    }

    function test_pause_revertsForNonAdmin() public {
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, controller, bytes32(0)
            )
        );
        escrow.pause();
    }

    function test_pause_blocksDepositsJobsAwardsAndSettlement() public {
        depositAs(client, 10 ether);
        uint256 open = _openJob();
        uint256 running = _runningJob();
        uint256 failed = _runningJob();
        _fail(failed);
        vm.warp(block.timestamp + 100);
        AuctionEscrow.Bid memory bid = bidFor(open, backup, PRICE, 1);
        bytes memory bidSig = signBid(BACKUP_PK, bid);
        AuctionEscrow.Bid memory backupBid = bidFor(failed, backup, PRICE, 2);
        bytes memory backupSig = signBid(BACKUP_PK, backupBid);
        AuctionEscrow.UsageReport memory r = report1(PROVIDER_PK, running, 1, 200);
        AuctionEscrow.UsageReport[] memory rs = new AuctionEscrow.UsageReport[](1);
        rs[0] = r;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 pr, bytes32 ps) = _signPermit(CLIENT_PK, address(escrow), 1 ether, deadline);

        vm.prank(governance);
        escrow.pause();

        vm.startPrank(client);
        token.approve(address(escrow), 1 ether);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.deposit(1 ether);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.depositWithPermit(1 ether, deadline, v, pr, ps);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.createJob(0, MAX_PRICE, GPUS, 1 ether, uint40(block.timestamp + 1 hours), 0);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.award(bid, bidSig);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.awardBackup(backupBid, backupSig);
        vm.stopPrank();
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.settle(r);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        escrow.settleBatch(rs);

        vm.prank(governance);
        escrow.unpause();
        escrow.settle(r);
        assertEq(escrow.getJob(running).settledGpuSeconds, 200, "settles after unpause");
    }

    function test_pause_keepsExitsOpen() public {
        depositAs(client, 10 ether);
        uint256 open = _openJob();
        uint256 running = _runningJob();
        uint256 failed = _runningJob();
        uint256 completed = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, running, 1, 50);

        vm.prank(governance);
        escrow.pause();

        vm.prank(client);
        escrow.withdraw(10 ether);
        _stop(open);
        _stop(running);
        _fail(failed); // failure reports keep working
        vm.prank(client);
        escrow.finalizeJob(failed);
        vm.startPrank(provider);
        escrow.completeJob(completed);
        escrow.finalizeJob(completed);
        escrow.cancelBidNonce(77);
        vm.stopPrank();
        escrow.sweepFees();

        _assertState(open, AuctionEscrow.JobState.Cancelled);
        _assertState(running, AuctionEscrow.JobState.Ended);
        _assertState(failed, AuctionEscrow.JobState.Closed);
        _assertState(completed, AuctionEscrow.JobState.Closed);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.finalizeJob(running);
        _assertState(running, AuctionEscrow.JobState.Closed);
        assertEq(escrow.totalLocked(), 0, "everything released");
        assertEscrowSolvent();
    }

    function test_adminTransfer_newAdminGovernsAfterDelay() public {
        address newAdmin = address(0xADA);
        vm.prank(governance);
        escrow.beginDefaultAdminTransfer(newAdmin);
        vm.warp(block.timestamp + 1 days + 1);
        vm.prank(newAdmin);
        escrow.acceptDefaultAdminTransfer();

        AuctionEscrow.Params memory p = _params();
        p.feeBps = 0;
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, bytes32(0)
            )
        );
        escrow.setParams(p);
        vm.prank(newAdmin);
        escrow.setParams(p);
        assertEq(_params().feeBps, 0, "new admin set params");
    }

    function test_controllerRole_grantedOnlyByAdmin() public {
        bytes32 role = escrow.CONTROLLER_ROLE();
        vm.prank(controller);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, controller, bytes32(0)
            )
        );
        escrow.grantRole(role, stranger);
    }
}

/// @notice Property tests over prices, GPU counts, elapsed times, cumulative usage and budgets: a
/// job never pays more than min(budget, price × gpus × elapsed), pays exactly the capped delta, and
/// its budget always ends as payouts + fees + refunds.
contract AuctionEscrowFuzzTest is EscrowTestBase {
    /// @dev Budgets up to half the supply: wide enough to reach the 96-bit amount fields.
    uint256 internal constant FUZZ_FUNDS = 500_000_000 ether;

    function setUp() public override {
        super.setUp();
        fund(client, FUZZ_FUNDS);
    }

    function testFuzz_settle_paysExactlyTheCappedDelta(
        uint256 price,
        uint16 gpus,
        uint256 elapsed,
        uint256 cumulative,
        uint256 budget
    ) public {
        price = bound(price, 1, type(uint64).max);
        gpus = uint16(bound(gpus, 1, escrow.MAX_GPUS()));
        elapsed = bound(elapsed, 0, 10 * 365 days);
        budget = bound(budget, 1, FUZZ_FUNDS);
        uint256 jobId = _fuzzJob(price, gpus, budget);
        Ledger memory before = _ledger();

        uint256 cap = uint256(gpus) * elapsed;
        cumulative = _claim(cumulative, cap);
        vm.warp(block.timestamp + elapsed);
        _settle(PROVIDER_PK, jobId, 1, cumulative);

        uint256 served = cumulative < cap ? cumulative : cap;
        uint256 expected = _min(budget, served * price);
        uint256 paid = budget - escrow.getJob(jobId).remaining;
        assertEq(paid, expected, "gross = min(budget, price x min(claimed, gpus x elapsed))");
        assertLe(paid, _min(budget, price * cap), "never above budget or rate");
        assertEq(token.balanceOf(provider) - before.mainProvider, paid - _fee(paid), "net of fee");
        _assertBudgetSplit(before, jobId, budget);
    }

    /// @dev Running totals of the model the contract is checked against.
    struct Model {
        uint256 jobId;
        uint256 start;
        uint256 settled;
        uint256 paid;
    }

    function testFuzz_settle_twoReportsNeverOverpay(
        uint256 price,
        uint16 gpus,
        uint256 budget,
        uint256[2] memory waits,
        uint256[2] memory claims
    ) public {
        price = bound(price, 1, type(uint64).max);
        gpus = uint16(bound(gpus, 1, escrow.MAX_GPUS()));
        budget = bound(budget, 1, FUZZ_FUNDS);
        Model memory m;
        m.jobId = _fuzzJob(price, gpus, budget);
        m.start = block.timestamp;
        Ledger memory before = _ledger();

        for (uint256 i; i < 2; ++i) {
            vm.warp(block.timestamp + bound(waits[i], 0, 30 days));
            uint256 cap = uint256(gpus) * (block.timestamp - m.start);
            uint256 claim = _claim(claims[i], cap);
            _settle(PROVIDER_PK, m.jobId, 1, claim);

            uint256 served = claim < cap ? claim : cap;
            if (served > m.settled) {
                m.paid += _min(budget - m.paid, (served - m.settled) * price);
                m.settled = served;
            }
            assertEq(budget - escrow.getJob(m.jobId).remaining, m.paid, "paid so far");
            assertLe(m.paid, _min(budget, price * cap), "never above budget or rate");
        }
        _assertBudgetSplit(before, m.jobId, budget);
    }

    function testFuzz_stop_settleAfterwardsIsCappedAndBudgetSplits(
        uint256 price,
        uint16 gpus,
        uint256 budget,
        uint256 runFor,
        uint256 settleAfter,
        uint256 claim
    ) public {
        price = bound(price, 1, type(uint64).max);
        gpus = uint16(bound(gpus, 1, escrow.MAX_GPUS()));
        budget = bound(budget, 1, FUZZ_FUNDS);
        runFor = bound(runFor, 0, 30 days);
        settleAfter = bound(settleAfter, 0, 30 days);
        claim = _claim(claim, uint256(gpus) * runFor);
        uint256 jobId = _fuzzJob(price, gpus, budget);
        Ledger memory before = _ledger();

        vm.warp(block.timestamp + runFor);
        _stop(jobId);
        uint256 due = _min(budget, price * gpus * runFor);
        assertEq(escrow.getJob(jobId).remaining, due, "only the claimable stays locked");
        _assertBudgetSplit(before, jobId, budget);

        vm.warp(block.timestamp + settleAfter);
        _settle(PROVIDER_PK, jobId, 1, claim);
        uint256 served = claim < gpus * runFor ? claim : gpus * runFor;
        uint256 paid = _min(budget, served * price);
        assertEq(token.balanceOf(provider) - before.mainProvider, paid - _fee(paid), "capped at the stop");

        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        if (_state(jobId) != AuctionEscrow.JobState.Closed) escrow.finalizeJob(jobId);
        assertEq(escrow.getJob(jobId).remaining, 0, "nothing left locked");
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, budget - paid, "client got the rest");
        _assertBudgetSplit(before, jobId, budget);
    }

    function testFuzz_fee_isFloorOfGrossTimesBps(uint16 feeBps, uint256 gpuSeconds) public {
        feeBps = uint16(bound(feeBps, 0, 2000));
        gpuSeconds = bound(gpuSeconds, 1, 200);
        AuctionEscrow.Params memory p = _params();
        p.feeBps = feeBps;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 walletBefore = token.balanceOf(provider);

        _settle(PROVIDER_PK, jobId, 1, gpuSeconds);
        uint256 gross = gpuSeconds * PRICE;
        uint256 fee = gross * feeBps / 10_000;
        assertEq(escrow.feesOwed(), fee, "fee");
        assertEq(token.balanceOf(provider) - walletBefore, gross - fee, "net");
        assertEscrowSolvent();
    }

    function testFuzz_reportFailure_slashIsCeilOfBps(uint16 slashBps, uint256 extraStake) public {
        slashBps = uint16(bound(slashBps, 0, 10_000));
        extraStake = bound(extraStake, 0, 1000 ether);
        AuctionEscrow.Params memory p = _params();
        p.slashBps = slashBps;
        vm.prank(governance);
        escrow.setParams(p);
        if (extraStake > 0) stakeAs(provider, extraStake);
        uint256 jobId = _runningJob();
        uint256 slashable = staking.slashableOf(provider);
        uint256 clientWallet = token.balanceOf(client);

        _fail(jobId);
        uint256 slashed = token.balanceOf(client) - clientWallet;
        assertEq(slashed, (slashable * slashBps + 9999) / 10_000, "ceil");
        assertGe(slashed * 10_000, slashable * slashBps, "at least the share");
        assertEq(staking.slashableOf(provider), slashable - slashed, "taken from the provider");
    }

    function _fuzzJob(uint256 price, uint16 gpus, uint256 budget) internal returns (uint256 jobId) {
        jobId = postJob(price, gpus, budget);
        awardTo(jobId, PROVIDER_PK, price, 1);
    }

    /// @dev Half of the runs claim around the cap (under, at and over it), the other half claim any
    /// amount at all, so both the honest and the over-claiming paths are exercised.
    function _claim(uint256 raw, uint256 cap) internal pure returns (uint256) {
        return raw % 2 == 0 ? bound(raw, 0, 2 * cap + 1) : raw;
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }
}
