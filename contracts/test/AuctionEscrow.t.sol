// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {Vm} from "./base/Vm.sol";
import {AuctionEscrow} from "../src/AuctionEscrow.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";
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
        (
            p.treasury,
            p.feeBps,
            p.slashMultiple,
            p.settlementWindow,
            p.failoverWindow,
            p.challengeWindow,
            p.controllerMinStake
        ) = escrow.params();
    }

    /// @notice The collateral an award locks under the default terms: slashMultiple x price x GPUs x
    /// failoverWindow.
    function _collateral(uint256 price, uint256 gpus) internal pure returns (uint256) {
        return uint256(SLASH_MULTIPLE) * price * gpus * FAILOVER_WINDOW;
    }

    /// @notice The key of a round's word and of its collateral lock.
    function _roundKey(uint256 jobId, uint256 round, address who) internal pure returns (bytes32) {
        return keccak256(abi.encode(jobId, round, who));
    }

    /// @notice The remaining budget held by one round (its RoundSlot word's low 96 bits).
    function _roundRemaining(uint256 jobId, uint256 round, address who) internal view returns (uint256) {
        (uint256 word,) = escrow.roundOf(jobId, round, who);
        return word & ((1 << 96) - 1);
    }

    /// @notice The state of one round (RoundSlot's top byte: 1 running, 2 ended, 3 closed).
    function _roundState(uint256 jobId, uint256 round, address who) internal view returns (uint256) {
        (uint256 word,) = escrow.roundOf(jobId, round, who);
        return word >> 248;
    }

    /// @notice Everything the job still holds: getJob's remaining (reserve + current round) plus what
    /// earlier rounds that ended in a failover still owe their providers for time served.
    function _held(uint256 jobId) internal view returns (uint256 sum) {
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        sum = j.remaining;
        address[3] memory who = [provider, backup, stranger];
        for (uint256 r = 1; r < j.round; ++r) {
            for (uint256 k; k < who.length; ++k) {
                sum += _roundRemaining(jobId, r, who[k]);
            }
        }
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
        assertEq(payouts + fees + refunds + _held(jobId), budget, "budget != payouts + fees + refunds + held");
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
        staking.requestUnstake(10 * uint256(REPORTER_BOND) + 1); // one wei below the controller minimum
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

    // ------------------------------------------------------------ cancelBidsBelow (L-4)

    function test_cancelBidsBelow_voidsEveryLowerNonce() public {
        AuctionEscrow.Bid memory low = bidFor(jobId, provider, PRICE, 9);
        bytes memory lowSig = signBid(PROVIDER_PK, low);
        AuctionEscrow.Bid memory high = bidFor(jobId, provider, PRICE, 10);
        bytes memory highSig = signBid(PROVIDER_PK, high);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.BidNoncesCancelledBelow(provider, 10);
        vm.prank(provider);
        escrow.cancelBidsBelow(10);
        assertEq(escrow.minBidNonce(provider), 10, "minBidNonce");
        assertEq(escrow.minBidNonce(backup), 0, "per provider");

        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 9));
        escrow.award(low, lowSig);
        vm.prank(client);
        escrow.award(high, highSig); // the bound itself is still valid
        assertEq(escrow.getJob(jobId).provider, provider, "awarded at the bound");
    }

    function test_cancelBidsBelow_voidsZeroNonceAndBackupBids() public {
        awardTo(jobId, PROVIDER_PK, PRICE, 50);
        AuctionEscrow.Bid memory backupBid = bidFor(jobId, backup, PRICE, 0);
        bytes memory backupSig = signBid(BACKUP_PK, backupBid);
        vm.prank(backup);
        escrow.cancelBidsBelow(1);
        failOver(jobId);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, backup, 0));
        escrow.awardBackup(backupBid, backupSig);
    }

    function test_cancelBidsBelow_canOnlyGoUp() public {
        vm.startPrank(provider);
        escrow.cancelBidsBelow(10);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 10));
        escrow.cancelBidsBelow(10);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, provider, 5));
        escrow.cancelBidsBelow(5);
        vm.stopPrank();
        vm.prank(backup);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidNonceAlreadyUsed.selector, backup, 0));
        escrow.cancelBidsBelow(0);
    }

    // ------------------------------------------------------------ bids bind the job's terms (L-2)

    function test_award_revertsOnBidSignedForOtherTerms() public {
        uint256 other = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bid.terms = escrow.jobTermsHash(other);
        bytes memory s = signBid(PROVIDER_PK, bid); // a valid signature, over the wrong terms
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidTermsMismatch.selector, jobId));
        escrow.award(bid, s);

        bid.terms = bytes32(0);
        s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidTermsMismatch.selector, jobId));
        escrow.award(bid, s);
    }

    function test_award_revertsWhenSameIdCarriesOtherTerms() public {
        // A provider signs a bid for the next job as it saw it; a reorg drops that createJob and the id
        // goes to another one (here: the state is rolled back and the id re-posted with another budget).
        uint256 snap = vm.snapshotState();
        uint256 seenId = _openJob();
        AuctionEscrow.Bid memory bid = bidFor(seenId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.revertToState(snap);

        uint256 again = postJob(MAX_PRICE, GPUS, 2 * BUDGET);
        assertEq(again, seenId, "same id");
        assertTrue(escrow.jobTermsHash(again) != bid.terms, "other terms");
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.BidTermsMismatch.selector, again));
        escrow.award(bid, s);
    }

    function test_jobTermsHash_coversEveryTermTheClientFixed() public view {
        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        bytes32 expected = keccak256(
            abi.encode(
                jobId,
                j.client,
                j.specHash,
                j.maxPrice,
                j.gpuCount,
                j.budget,
                j.biddingDeadline,
                j.minProviderStake
            )
        );
        assertEq(escrow.jobTermsHash(jobId), expected, "terms hash");
        assertTrue(escrow.jobTermsHash(jobId) != escrow.jobTermsHash(jobId + 1), "per job");
    }

    // ------------------------------------------------------------ collateral (M-4)

    function test_award_locksCollateralFromStake() public {
        uint256 collateral = _collateral(PRICE, GPUS);
        bytes32 key = _roundKey(jobId, 1, provider);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, PRICE, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);

        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeLocked(provider, key, collateral);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.CollateralLocked(jobId, 1, provider, collateral);
        vm.prank(client);
        escrow.award(bid, s);

        assertEq(staking.lockedStakeOf(provider), collateral, "locked");
        assertEq(staking.unlockedStakeOf(provider), 100_000 ether - collateral, "unlocked");
        assertEq(staking.stakeOf(provider), 100_000 ether, "stake itself untouched");
        (address account, uint96 amount) = staking.locks(key);
        assertEq(account, provider, "lock account");
        assertEq(amount, collateral, "lock amount");
    }

    function test_award_collateralUsesTheJobsTerms() public {
        AuctionEscrow.Params memory p = _params();
        p.slashMultiple = 10;
        p.failoverWindow = 2 hours;
        vm.prank(governance);
        escrow.setParams(p); // after jobId was created: it keeps 3 x 30 minutes
        uint256 later = _openJob();
        awardTo(jobId, PROVIDER_PK, PRICE, 1);
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "job created before: old terms");
        awardTo(later, BACKUP_PK, PRICE, 1);
        assertEq(staking.lockedStakeOf(backup), 10 * PRICE * GPUS * 2 hours, "job created after: new terms");
    }

    function test_award_revertsWhenUnlockedStakeBelowCollateral() public {
        uint256 price = 1e18; // collateral = 3 x 1e18 x 2 x 1800 = 10,800 GIN
        depositAs(client, BUDGET);
        vm.prank(client);
        uint256 pricey = escrow.createJob(0, price, GPUS, BUDGET, uint40(block.timestamp + 1 hours), 0);
        fund(stranger, MIN_STAKE);
        stakeAs(stranger, MIN_STAKE); // eligible by stake, but cannot cover the collateral
        assertTrue(staking.isEligible(stranger, 0), "eligible");
        AuctionEscrow.Bid memory bid = bidFor(pricey, stranger, price, 1);
        bytes memory s = signBid(STRANGER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, stranger));
        escrow.award(bid, s);

        fund(stranger, _collateral(price, GPUS));
        stakeAs(stranger, _collateral(price, GPUS) - MIN_STAKE);
        vm.prank(client);
        escrow.award(bid, s); // unlocked stake == collateral is enough
        assertEq(staking.unlockedStakeOf(stranger), 0, "all of it locked");
    }

    function test_award_eligibilityCountsOnlyUnlockedStake() public {
        awardTo(jobId, PROVIDER_PK, PRICE, 1); // locks part of the provider's 100k
        depositAs(client, BUDGET);
        vm.prank(client);
        uint256 demanding =
            escrow.createJob(0, MAX_PRICE, GPUS, BUDGET, uint40(block.timestamp + 1 hours), 100_000 ether);
        AuctionEscrow.Bid memory bid = bidFor(demanding, provider, PRICE, 2);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
        escrow.award(bid, s);
    }

    function test_requestUnstake_cannotTakeLockedCollateral() public {
        awardTo(jobId, PROVIDER_PK, PRICE, 1);
        uint256 collateral = _collateral(PRICE, GPUS);
        uint256 unlocked = 100_000 ether - collateral;
        vm.prank(provider);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, unlocked, 100_000 ether)
        );
        staking.requestUnstake(100_000 ether);

        vm.prank(provider);
        staking.requestUnstake(unlocked); // everything else may leave
        assertEq(staking.stakeOf(provider), collateral, "the collateral stays");
        vm.prank(provider);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, 0, 1));
        staking.requestUnstake(1);
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

    function test_settle_failedRoundStillPaysAfterTheBackupTookOver() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory round1 = report1(PROVIDER_PK, jobId, 1, 200);
        _fail(jobId);
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        vm.warp(block.timestamp + 100);
        uint256 wallet = token.balanceOf(provider);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 200, 200 * PRICE);
        escrow.settle(round1);
        assertEq(token.balanceOf(provider) - wallet, 200 * PRICE - _fee(200 * PRICE), "time served is paid");
        assertEq(_roundRemaining(jobId, 1, provider), 0, "round 1 owes nothing more");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 200 * PRICE, "round 2 holds the rest");
        assertEscrowSolvent();
    }

    function test_settle_rejectsStaleRound() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport memory round1 = report1(PROVIDER_PK, jobId, 1, 200);
        _fail(jobId);
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider); // the unsettled 200 GPU-seconds went back to the client

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.StaleRound);
        escrow.settle(round1);
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 200 * PRICE, "round 2 untouched");
        assertEq(_roundRemaining(jobId, 1, provider), 0, "round 1 closed");
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

    function test_settleBatch_skipsReportWithBadSignature() public {
        uint256 a = _runningJob();
        uint256 b = _runningJob();
        uint256 c = _openJob();
        awardTo(c, BACKUP_PK, PRICE, 1);
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](3);
        reports[0] = report1(PROVIDER_PK, a, 1, 200);
        reports[1] = report1(PROVIDER_PK, b, 1, 200);
        reports[1].usages[0].cumulativeGpuSeconds = 100; // tampered after signing
        reports[2] = report1(BACKUP_PK, c, 1, 150);
        bytes32 badDigest = escrow.usageReportDigest(provider, reports[1].usages);
        uint256 providerBefore = token.balanceOf(provider);
        uint256 backupBefore = token.balanceOf(backup);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ReportRejected(provider, badDigest);
        escrow.settleBatch(reports);

        assertEq(escrow.getJob(a).remaining, BUDGET - 200 * PRICE, "the report before it settled");
        assertEq(escrow.getJob(b).remaining, BUDGET, "the bad report paid nothing");
        assertEq(escrow.getJob(c).remaining, BUDGET - 150 * PRICE, "the report after it settled");
        assertEq(token.balanceOf(provider) - providerBefore, 200 * PRICE - _fee(200 * PRICE), "provider");
        assertEq(token.balanceOf(backup) - backupBefore, 150 * PRICE - _fee(150 * PRICE), "backup");
        assertEq(escrow.feesOwed(), _fee(200 * PRICE) + _fee(150 * PRICE), "fees");
        assertEscrowSolvent();
    }

    function test_settleBatch_allBadSignaturesPayNothing() public {
        uint256 a = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.UsageReport[] memory reports = new AuctionEscrow.UsageReport[](2);
        reports[0] = report1(BACKUP_PK, a, 1, 200);
        reports[0].provider = provider; // forged in the provider's name
        reports[1] = report1(PROVIDER_PK, a, 1, 200);
        reports[1].signature = new bytes(65);
        vm.recordLogs();
        escrow.settleBatch(reports);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        assertEq(_countLogs(logs, address(escrow), AuctionEscrow.ReportRejected.selector), 2, "both rejected");
        assertEq(_countLogs(logs, address(token), IERC20.Transfer.selector), 0, "no transfer");
        assertEq(escrow.getJob(a).remaining, BUDGET, "untouched");
        assertEq(escrow.feesOwed(), 0, "no fee");
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

    function test_stopJob_closesFailedJobAndRefundsTheReserve() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        uint256 due = 200 * PRICE;

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobClosed(jobId);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, BUDGET - due);
        _stop(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET - due, "the reserve comes back");
        assertEq(_roundRemaining(jobId, 1, provider), due, "the failed round keeps the provider's due");
        _assertBudgetSplit(before, jobId, BUDGET);

        _settle(PROVIDER_PK, jobId, 1, 200); // still settleable after the job closed
        assertEq(_roundRemaining(jobId, 1, provider), 0, "paid");
        assertEq(
            token.balanceOf(provider) - before.mainProvider, due - _fee(due), "provider paid for its time"
        );
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
        uint256 failedAt = block.timestamp;

        vm.prank(client);
        escrow.finalizeJob(jobId);

        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET - 200 * PRICE, "reserve refunded");
        assertEq(_roundRemaining(jobId, 1, provider), 200 * PRICE, "the provider's due stays");
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "collateral still locked");
        _assertBudgetSplit(before, jobId, BUDGET);

        _settle(PROVIDER_PK, jobId, 1, 120); // settles part of it
        vm.warp(failedAt + SETTLEMENT_WINDOW);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, 80 * PRICE);
        vm.prank(stranger);
        escrow.closeRound(jobId, 1, provider);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET - 120 * PRICE, "rest refunded");
        assertEq(staking.lockedStakeOf(provider), 0, "collateral freed");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_finalizeJob_controllerClosesFailedJobAtOnce() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.prank(controller2);
        escrow.finalizeJob(jobId);
        _assertState(jobId, AuctionEscrow.JobState.Closed);
        assertEscrowSolvent();
    }

    function test_finalizeJob_underStakedControllerWaitsForFailoverWindow() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.prank(controller2);
        staking.requestUnstake(CONTROLLER_MIN_STAKE + 10 * uint256(REPORTER_BOND));
        vm.prank(controller2);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, block.timestamp + FAILOVER_WINDOW)
        );
        escrow.finalizeJob(jobId);
    }

    function test_finalizeJob_releasesCollateralOnlyAfterSettlementWindow() public {
        uint256 jobId = _runningJob();
        bytes32 key = _roundKey(jobId, 1, provider);
        uint256 collateral = _collateral(PRICE, GPUS);
        vm.warp(block.timestamp + 100);
        _stop(jobId);
        _settle(PROVIDER_PK, jobId, 1, 200);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);

        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(provider, key, collateral);
        escrow.finalizeJob(jobId);
        assertEq(staking.lockedStakeOf(provider), 0, "freed with the job");
        (address account,) = staking.locks(key);
        assertEq(account, address(0), "lock gone");
    }

    function test_finalizeJob_byProviderAtOnceKeepsCollateralUntilTheWindowPassed() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.startPrank(provider);
        escrow.completeJob(jobId);
        escrow.finalizeJob(jobId);
        vm.stopPrank();
        uint256 closedAt = block.timestamp;
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "a fault may still be reported");

        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, closedAt + SETTLEMENT_WINDOW)
        );
        escrow.closeRound(jobId, 1, provider);

        vm.warp(closedAt + SETTLEMENT_WINDOW);
        vm.prank(stranger);
        escrow.closeRound(jobId, 1, provider);
        assertEq(staking.lockedStakeOf(provider), 0, "freed by closeRound");
    }

    function test_finalizeJob_spentBudgetKeepsCollateralUntilTheWindowPassed() public {
        uint256 jobId = _runningJob(150 * PRICE);
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 200);
        escrow.finalizeJob(jobId);
        (, uint256 endedAt) = escrow.roundOf(jobId, 1, provider);
        assertEq(endedAt, block.timestamp, "the round ended now");
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "still locked");
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider);
        assertEq(staking.lockedStakeOf(provider), 0, "freed");
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

/// @notice reportFailure, closeRound and awardBackup: who may report, what a failover keeps for the failed
/// provider (its due for time served; no stake moves), how the failed round is closed, and the new round.
contract AuctionEscrowFailoverTest is EscrowTestBase {
    function test_reportFailure_movesNoStakeAndKeepsTheDue() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        uint256 stake = staking.stakeOf(provider);
        uint256 slashable = staking.slashableOf(provider);
        uint256 locked = staking.lockedStakeOf(provider);
        uint256 clientWallet = token.balanceOf(client);
        uint256 stakingBalance = token.balanceOf(address(staking));
        uint256 due = 200 * PRICE;

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobFailed(jobId, provider, 1, due, "unresponsive");
        _fail(jobId);

        AuctionEscrow.Job memory j = escrow.getJob(jobId);
        assertEq(uint256(j.state), uint256(AuctionEscrow.JobState.Failover), "failover");
        assertEq(j.endedAt, block.timestamp, "endedAt");
        assertEq(j.remaining, BUDGET, "reserve + the failed round's due");
        assertEq(_roundRemaining(jobId, 1, provider), due, "the round keeps what time served allows");
        assertEq(_roundState(jobId, 1, provider), 2, "round ended, not closed");
        (, uint256 endedAt) = escrow.roundOf(jobId, 1, provider);
        assertEq(endedAt, block.timestamp, "round end time");
        assertEq(token.balanceOf(client), clientWallet, "no slash to the client");
        assertEq(staking.stakeOf(provider), stake, "stake untouched");
        assertEq(staking.slashableOf(provider), slashable, "slashable untouched");
        assertEq(staking.lockedStakeOf(provider), locked, "collateral stays locked");
        assertEq(token.balanceOf(address(staking)), stakingBalance, "no token left staking");
        assertEscrowSolvent();
    }

    function test_reportFailure_withNothingDueClosesTheRound() public {
        uint256 jobId = _runningJob();
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.JobFailed(jobId, provider, 1, 0, "unresponsive");
        _fail(jobId); // in the award block: nothing served
        assertEq(_roundState(jobId, 1, provider), 3, "closed at once");
        assertEq(_roundRemaining(jobId, 1, provider), 0, "holds nothing");
        assertEq(escrow.getJob(jobId).remaining, BUDGET, "all of it in the reserve");
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "collateral until the window");
    }

    function test_reportFailure_dueCappedByTheRoundsBudget() public {
        uint256 budget = 150 * PRICE;
        uint256 jobId = _runningJob(budget);
        vm.warp(block.timestamp + 100); // 200 GPU-seconds served, 150 paid for
        _fail(jobId);
        assertEq(_roundRemaining(jobId, 1, provider), budget, "all of the budget is due");
        assertEq(escrow.getJob(jobId).remaining, budget, "reserve is empty");
        _settle(PROVIDER_PK, jobId, 1, 1000);
        assertEq(_held(jobId), 0, "paid out");
    }

    function test_reportFailure_leavesUnbondingStakeAlone() public {
        uint256 jobId = _runningJob();
        uint256 free = staking.unlockedStakeOf(provider);
        vm.prank(provider);
        staking.requestUnstake(free);
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        (uint256 unbonding,) = staking.unbondingOf(provider);
        assertEq(unbonding, free, "unbonding untouched");
        assertEq(staking.stakeOf(provider), _collateral(PRICE, GPUS), "the collateral is what is left");
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
        staking.requestUnstake(10 * uint256(REPORTER_BOND) + 1); // one wei below the controller minimum
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

    function test_reportFailure_providerStillSettlesTimeServed() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 50);
        _fail(jobId);
        vm.warp(block.timestamp + 1000); // later, but within the settlement window
        uint256 wallet = token.balanceOf(provider);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 200, 150 * PRICE);
        _settle(PROVIDER_PK, jobId, 1, 5000); // claims time after the failure too

        assertEq(
            token.balanceOf(provider) - wallet, 150 * PRICE - _fee(150 * PRICE), "paid up to the failure"
        );
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 200 * PRICE, "the rest waits for a backup");
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NothingDue);
        _settle(PROVIDER_PK, jobId, 1, 5000);
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_reportFailure_settlementWorksUntilTheRoundIsClosed() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW + 1 days); // nobody closed it yet: still payable
        uint256 wallet = token.balanceOf(provider);
        _settle(PROVIDER_PK, jobId, 1, 200);
        assertEq(token.balanceOf(provider) - wallet, 200 * PRICE - _fee(200 * PRICE), "paid");
    }

    // ------------------------------------------------------------ closeRound

    function test_closeRound_refundsTheUnsettledDueAfterTheSettlementWindow() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        uint256 failedAt = block.timestamp;
        _stop(jobId); // the client gives up on a backup: the reserve comes back
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET - 200 * PRICE, "reserve");

        vm.warp(failedAt + SETTLEMENT_WINDOW - 1);
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, failedAt + SETTLEMENT_WINDOW)
        );
        escrow.closeRound(jobId, 1, provider);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, failedAt + SETTLEMENT_WINDOW)
        );
        escrow.closeRound(jobId, 1, provider);

        vm.warp(failedAt + SETTLEMENT_WINDOW);
        bytes32 key = _roundKey(jobId, 1, provider);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.Refunded(jobId, client, 200 * PRICE);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(provider, key, _collateral(PRICE, GPUS));
        vm.prank(stranger);
        escrow.closeRound(jobId, 1, provider);

        assertEq(escrow.freeBalanceOf(client) - before.clientFree, BUDGET, "everything back");
        assertEq(_roundState(jobId, 1, provider), 3, "closed");
        assertEq(staking.lockedStakeOf(provider), 0, "collateral freed");
        _assertBudgetSplit(before, jobId, BUDGET);

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, provider, AuctionEscrow.Rejection.NotSettleable);
        _settle(PROVIDER_PK, jobId, 1, 200); // too late
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_closeRound_byTheProviderAtOnceWaivesTheDue() public {
        uint256 jobId = _runningJob();
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        uint256 failedAt = block.timestamp;
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);

        vm.prank(provider);
        escrow.closeRound(jobId, 1, provider);
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, 200 * PRICE, "waived due refunded");
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "collateral waits for the window");
        _assertBudgetSplit(before, jobId, BUDGET);

        vm.warp(failedAt + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider); // nothing left to refund; frees the collateral
        assertEq(staking.lockedStakeOf(provider), 0, "freed");
        assertEq(escrow.freeBalanceOf(client) - before.clientFree, 200 * PRICE, "no second refund");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_closeRound_whileTheBackupRuns() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, 150);
        _fail(jobId);
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        uint256 free = escrow.freeBalanceOf(client);
        escrow.closeRound(jobId, 1, provider);
        assertEq(escrow.freeBalanceOf(client) - free, 50 * PRICE, "the failed round's unpaid due");
        _assertState(jobId, AuctionEscrow.JobState.Running);
        assertEq(escrow.getJob(jobId).provider, backup, "backup still runs");
        assertEq(staking.lockedStakeOf(provider), 0, "failed provider's collateral freed");
        assertEq(staking.lockedStakeOf(backup), _collateral(PRICE, GPUS), "backup's collateral held");
    }

    function test_closeRound_revertsForRunningUnknownAndCurrentEndedRounds() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Running)
        );
        escrow.closeRound(jobId, 1, provider); // still running
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Running)
        );
        escrow.closeRound(jobId, 1, backup); // never the backup's
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Running)
        );
        escrow.closeRound(jobId, 2, provider); // no such round

        _stop(jobId);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WrongState.selector, jobId, AuctionEscrow.JobState.Ended)
        );
        escrow.closeRound(jobId, 1, provider); // finalizeJob closes the current round with the job
        escrow.finalizeJob(jobId);
        escrow.closeRound(jobId, 1, provider); // once closed it may be called (nothing left to do)
        assertEq(staking.lockedStakeOf(provider), 0, "freed");
    }

    function test_closeRound_usesTheJobsSettlementWindow() public {
        uint256 jobId = _runningJob();
        AuctionEscrow.Params memory p = _params();
        p.settlementWindow = 10 days;
        vm.prank(governance);
        escrow.setParams(p); // later jobs only
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(jobId, 1, provider);
        assertEq(_roundState(jobId, 1, provider), 3, "closed after the job's own window");
    }

    function test_pause_doesNotLetARefundOvertakeAClaim() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        uint256 failedAt = block.timestamp;
        vm.prank(guardian);
        escrow.pause();
        vm.warp(failedAt + SETTLEMENT_WINDOW - 1);
        vm.prank(client);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, failedAt + SETTLEMENT_WINDOW)
        );
        escrow.closeRound(jobId, 1, provider);
        uint256 wallet = token.balanceOf(provider);
        _settle(PROVIDER_PK, jobId, 1, 200); // the last second of the window, while paused
        assertEq(token.balanceOf(provider) - wallet, 200 * PRICE - _fee(200 * PRICE), "paid while paused");
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
        _fail(jobId); // round 1 keeps 100 GPU-seconds due
        _awardBackup(jobId, BACKUP_PK, PRICE, 1);
        AuctionEscrow.UsageReport memory oldRound = report1(PROVIDER_PK, jobId, 1, 200);
        vm.warp(block.timestamp + 50);

        uint256 providerBefore = token.balanceOf(provider);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageSettled(jobId, 200, 100 * PRICE);
        escrow.settle(oldRound); // the failed round still pays for its time served
        assertEq(token.balanceOf(provider) - providerBefore, 100 * PRICE - _fee(100 * PRICE), "provider paid");

        vm.expectEmit(address(escrow));
        emit AuctionEscrow.UsageRejected(jobId, backup, AuctionEscrow.Rejection.NotJobProvider);
        _settle(BACKUP_PK, jobId, 1, 100); // the backup never had round 1

        uint256 backupBefore = token.balanceOf(backup);
        _settle(BACKUP_PK, jobId, 2, 1000); // capped at 2 GPUs x 50 s of round 2
        assertEq(token.balanceOf(backup) - backupBefore, 100 * PRICE - _fee(100 * PRICE), "backup paid");
        assertEq(escrow.getJob(jobId).remaining, BUDGET - 300 * PRICE, "all three payments charged");
        _assertBudgetSplit(before, jobId, BUDGET);

        vm.warp(block.timestamp + 10);
        _stop(jobId);
        assertEq(escrow.getJob(jobId).remaining, 20 * PRICE, "round 2's unsettled 20 GPU-seconds stay locked");
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.finalizeJob(jobId);
        assertEq(escrow.getJob(jobId).remaining, 0, "closed");
        assertEq(staking.lockedStakeOf(backup), 0, "backup's collateral freed");
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "round 1 waits for closeRound");
        escrow.closeRound(jobId, 1, provider);
        assertEq(staking.lockedStakeOf(provider), 0, "round 1's collateral freed");
        _assertBudgetSplit(before, jobId, BUDGET);
    }

    function test_awardBackup_locksTheBackupsCollateral() public {
        uint256 jobId = _runningJob();
        vm.warp(block.timestamp + 100);
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, 2 * PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.CollateralLocked(jobId, 2, backup, _collateral(2 * PRICE, GPUS));
        vm.prank(client);
        escrow.awardBackup(bid, s);
        (address account, uint96 amount) = staking.locks(_roundKey(jobId, 2, backup));
        assertEq(account, backup, "account");
        assertEq(amount, _collateral(2 * PRICE, GPUS), "amount");
        assertEq(staking.lockedStakeOf(provider), _collateral(PRICE, GPUS), "failed round's lock stays");
    }

    function test_awardBackup_revertsWhenTheReserveIsEmpty() public {
        uint256 jobId = _runningJob(150 * PRICE);
        vm.warp(block.timestamp + 100); // everything is due to the provider
        _fail(jobId);
        AuctionEscrow.Bid memory bid = bidFor(jobId, backup, PRICE, 1);
        bytes memory s = signBid(BACKUP_PK, bid);
        vm.prank(client);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidJob.selector, "reserve"));
        escrow.awardBackup(bid, s);
        vm.prank(controller);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidJob.selector, "reserve"));
        escrow.awardBackup(bid, s);
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

/// @notice Governance: constructor checks and roles, setParams bounds (dev and production chains) and
/// access control, job terms fixed at creation, fee sweeping, pausing by the guardian (what stops and what
/// keeps working: settlement never pauses) and the admin role.
contract AuctionEscrowAdminTest is EscrowTestBase {
    function _controllers() internal view returns (address[] memory c) {
        c = new address[](1);
        c[0] = controller;
    }

    function _deploy(AuctionEscrow.Params memory p) internal returns (AuctionEscrow) {
        return new AuctionEscrow(
            IERC20(address(token)),
            IProviderStaking(address(staking)),
            governance,
            guardian,
            _controllers(),
            p
        );
    }

    function test_constructor_revertsOnZeroTokenStakingOrAdmin() public {
        AuctionEscrow.Params memory p = _params();
        address[] memory c = _controllers();
        vm.expectRevert(AuctionEscrow.ZeroAddress.selector);
        new AuctionEscrow(IERC20(address(0)), IProviderStaking(address(staking)), governance, guardian, c, p);
        vm.expectRevert(AuctionEscrow.ZeroAddress.selector);
        new AuctionEscrow(IERC20(address(token)), IProviderStaking(address(0)), governance, guardian, c, p);
        vm.expectRevert(AuctionEscrow.ZeroAddress.selector);
        new AuctionEscrow(
            IERC20(address(token)), IProviderStaking(address(staking)), address(0), guardian, c, p
        );
    }

    function test_constructor_grantsAdminGuardianAndControllers() public view {
        assertTrue(escrow.hasRole(bytes32(0), governance), "admin");
        assertTrue(escrow.hasRole(escrow.PAUSER_ROLE(), guardian), "guardian pauses");
        assertFalse(escrow.hasRole(bytes32(0), guardian), "guardian is not admin");
        assertTrue(escrow.hasRole(escrow.CONTROLLER_ROLE(), controller), "controller 1");
        assertTrue(escrow.hasRole(escrow.CONTROLLER_ROLE(), controller2), "controller 2");
        assertTrue(escrow.hasRole(escrow.CONTROLLER_ROLE(), controller3), "controller 3");
        assertFalse(escrow.hasRole(escrow.CONTROLLER_ROLE(), governance), "admin is not a controller");
        assertTrue(escrow.isController(controller), "staked controller");
        assertFalse(escrow.isController(provider), "staked, no role");
    }

    function test_constructor_zeroGuardianLeavesPausingToTheAdmin() public {
        AuctionEscrow e = new AuctionEscrow(
            IERC20(address(token)),
            IProviderStaking(address(staking)),
            governance,
            address(0),
            _controllers(),
            _params()
        );
        assertFalse(e.hasRole(e.PAUSER_ROLE(), address(0)), "nobody");
        vm.prank(governance);
        e.pause();
        assertTrue(e.paused(), "admin paused");
    }

    function test_constructor_validatesParams() public {
        AuctionEscrow.Params memory p = _params();
        p.feeBps = 2010;
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "feeBps"));
        _deploy(p);
        p = _params();
        p.slashMultiple = 0;
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "slashMultiple"));
        _deploy(p);
    }

    function test_isController_needsRoleAndStake() public {
        assertTrue(escrow.isController(controller), "staked");
        vm.prank(controller);
        staking.requestUnstake(10 * uint256(REPORTER_BOND) + 1);
        assertFalse(escrow.isController(controller), "below the controller minimum");
        assertFalse(escrow.isController(stranger), "no role");
    }

    // ------------------------------------------------------------ setParams

    function test_setParams_storesAndEmits() public {
        AuctionEscrow.Params memory p = AuctionEscrow.Params({
            treasury: address(0xFEE),
            feeBps: 2000,
            slashMultiple: 10,
            settlementWindow: 2 hours,
            failoverWindow: 1 hours,
            challengeWindow: 3 hours,
            controllerMinStake: 1 ether
        });
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ParamsSet(p);
        vm.prank(governance);
        escrow.setParams(p);

        AuctionEscrow.Params memory q = _params();
        assertEq(q.treasury, p.treasury, "treasury");
        assertEq(q.feeBps, p.feeBps, "feeBps");
        assertEq(q.slashMultiple, p.slashMultiple, "slashMultiple");
        assertEq(q.settlementWindow, p.settlementWindow, "settlementWindow");
        assertEq(q.failoverWindow, p.failoverWindow, "failoverWindow");
        assertEq(q.challengeWindow, p.challengeWindow, "challengeWindow");
        assertEq(q.controllerMinStake, p.controllerMinStake, "controllerMinStake");
    }

    function test_setParams_revertsOnZeroTreasury() public {
        AuctionEscrow.Params memory p = _params();
        p.treasury = address(0);
        _expectInvalidParams(p, "treasury");
    }

    function test_setParams_feeBounds() public {
        AuctionEscrow.Params memory p = _params();
        p.feeBps = escrow.MAX_FEE_BPS() + 10;
        _expectInvalidParams(p, "feeBps");
        p.feeBps = escrow.MAX_FEE_BPS() + 1;
        _expectInvalidParams(p, "feeBps");
        p.feeBps = 255; // not a multiple of 10 bps (the round word stores units of 10 bps)
        _expectInvalidParams(p, "feeBps");
        p.feeBps = 5;
        _expectInvalidParams(p, "feeBps");
        p.feeBps = escrow.MAX_FEE_BPS();
        _expectAccepted(p);
        p.feeBps = 0;
        _expectAccepted(p);
    }

    function test_setParams_slashMultipleBounds() public {
        AuctionEscrow.Params memory p = _params();
        p.slashMultiple = 0;
        _expectInvalidParams(p, "slashMultiple");
        p.slashMultiple = escrow.MAX_SLASH_MULTIPLE() + 1;
        _expectInvalidParams(p, "slashMultiple");
        p.slashMultiple = escrow.MAX_SLASH_MULTIPLE();
        _expectAccepted(p);
        p.slashMultiple = 1;
        _expectAccepted(p);
    }

    /// @dev On a dev chain (forge's 31337) windows may be as short as a second and the controller
    /// stake zero, so demos run in seconds; the upper bounds are the same everywhere.
    function test_setParams_devChainBounds() public {
        assertEq(block.chainid, 31_337, "forge runs on anvil's chain id");
        _checkWindowBounds(1, 1, 1);
        AuctionEscrow.Params memory p = _params();
        p.controllerMinStake = 0;
        _expectAccepted(p);
    }

    function test_setParams_devChain1337Bounds() public {
        vm.chainId(1337); // go-ethereum's simulated backend
        _checkWindowBounds(1, 1, 1);
    }

    /// @dev Any other chain: windows long enough for people to act in, and a real controller stake.
    function test_setParams_productionBounds() public {
        vm.chainId(1);
        _checkWindowBounds(1 hours, 5 minutes, 1 hours);
        AuctionEscrow.Params memory p = _params();
        p.controllerMinStake = 1000 ether - 1;
        _expectInvalidParams(p, "controllerMinStake");
        p.controllerMinStake = 0;
        _expectInvalidParams(p, "controllerMinStake");
        p.controllerMinStake = 1000 ether;
        _expectAccepted(p);
    }

    function test_setParams_productionBoundsAtDeployment() public {
        vm.chainId(1);
        AuctionEscrow.Params memory p = _params();
        p.settlementWindow = 1; // fine on a dev chain, not here
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, "settlementWindow"));
        _deploy(p);
    }

    function _checkWindowBounds(uint32 minSettlement, uint32 minFailover, uint32 minChallenge) internal {
        AuctionEscrow.Params memory p = _params();
        p.settlementWindow = minSettlement - 1;
        _expectInvalidParams(p, "settlementWindow");
        p.settlementWindow = 30 days + 1;
        _expectInvalidParams(p, "settlementWindow");
        p.settlementWindow = minSettlement;
        _expectAccepted(p);
        p.settlementWindow = 30 days;
        _expectAccepted(p);

        p = _params();
        p.failoverWindow = minFailover - 1;
        _expectInvalidParams(p, "failoverWindow");
        p.failoverWindow = 7 days + 1;
        _expectInvalidParams(p, "failoverWindow");
        p.failoverWindow = minFailover;
        _expectAccepted(p);
        p.failoverWindow = 7 days;
        _expectAccepted(p);

        p = _params();
        p.challengeWindow = minChallenge - 1;
        _expectInvalidParams(p, "challengeWindow");
        p.challengeWindow = 14 days + 1;
        _expectInvalidParams(p, "challengeWindow");
        p.challengeWindow = minChallenge;
        _expectAccepted(p);
        p.challengeWindow = 14 days;
        _expectAccepted(p);
    }

    function _expectInvalidParams(AuctionEscrow.Params memory p, string memory what) internal {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.InvalidParams.selector, what));
        escrow.setParams(p);
    }

    function _expectAccepted(AuctionEscrow.Params memory p) internal {
        vm.prank(governance);
        escrow.setParams(p);
        AuctionEscrow.Params memory q = _params();
        assertEq(keccak256(abi.encode(q)), keccak256(abi.encode(p)), "params stored");
    }

    function test_setParams_revertsForNonAdmin() public {
        AuctionEscrow.Params memory p = _params();
        address[3] memory callers = [controller, stranger, guardian];
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

    // ------------------------------------------------------------ job terms are fixed at creation (M-3)

    function test_setParams_feeChangeDoesNotReachExistingJobs() public {
        uint256 old = _runningJob();
        AuctionEscrow.Params memory p = _params();
        p.feeBps = 2000; // governance raises the fee to the maximum
        vm.prank(governance);
        escrow.setParams(p);
        uint256 fresh = _runningJob();
        vm.warp(block.timestamp + 100);

        uint256 walletBefore = token.balanceOf(provider);
        _settle(PROVIDER_PK, old, 1, 200);
        assertEq(
            token.balanceOf(provider) - walletBefore, 200 * PRICE - _fee(200 * PRICE), "old job: old fee"
        );
        assertEq(escrow.feesOwed(), _fee(200 * PRICE), "fee at the creation rate");

        walletBefore = token.balanceOf(provider);
        _settle(PROVIDER_PK, fresh, 1, 200);
        uint256 newFee = 200 * PRICE * 2000 / 10_000;
        assertEq(token.balanceOf(provider) - walletBefore, 200 * PRICE - newFee, "new job: new fee");
    }

    function test_setParams_oneReportPaysEachJobItsOwnFee() public {
        uint256 old = _runningJob();
        AuctionEscrow.Params memory p = _params();
        p.feeBps = 0;
        vm.prank(governance);
        escrow.setParams(p);
        uint256 fresh = _runningJob();
        vm.warp(block.timestamp + 100);
        AuctionEscrow.Usage[] memory u = new AuctionEscrow.Usage[](2);
        u[0] = usage(old, 1, 200);
        u[1] = usage(fresh, 1, 200);
        vm.expectEmit(address(escrow));
        emit AuctionEscrow.ProviderPaid(provider, 400 * PRICE, _fee(200 * PRICE));
        escrow.settle(report(PROVIDER_PK, u));
        assertEq(escrow.feesOwed(), _fee(200 * PRICE), "only the old job pays a fee");
    }

    function test_jobTerms_snapshotAtCreation() public {
        uint256 jobId = _openJob();
        AuctionEscrow.Params memory p = AuctionEscrow.Params({
            treasury: address(0xFEE),
            feeBps: 1000,
            slashMultiple: 7,
            settlementWindow: 5 hours,
            failoverWindow: 2 hours,
            challengeWindow: 9 hours,
            controllerMinStake: 1 ether
        });
        vm.prank(governance);
        escrow.setParams(p);
        uint256 later = _openJob();

        (address c, AuctionEscrow.Terms memory t) = escrow.jobTerms(jobId);
        assertEq(c, client, "client");
        assertEq(t.feeBps, FEE_BPS, "fee");
        assertEq(t.slashMultiple, SLASH_MULTIPLE, "slashMultiple");
        assertEq(t.settlementWindow, SETTLEMENT_WINDOW, "settlementWindow");
        assertEq(t.failoverWindow, FAILOVER_WINDOW, "failoverWindow");
        assertEq(t.challengeWindow, CHALLENGE_WINDOW, "challengeWindow");
        (, t) = escrow.jobTerms(later);
        assertEq(t.feeBps, 1000, "later fee");
        assertEq(t.slashMultiple, 7, "later slashMultiple");
        assertEq(t.settlementWindow, 5 hours, "later settlementWindow");
        assertEq(t.failoverWindow, 2 hours, "later failoverWindow");
        assertEq(t.challengeWindow, 9 hours, "later challengeWindow");
    }

    function test_setParams_windowChangesDoNotReachExistingJobs() public {
        uint256 ended = _runningJob();
        uint256 failed = _runningJob();
        vm.warp(block.timestamp + 100);
        _stop(ended);
        _fail(failed);
        uint256 endedAt = block.timestamp;
        AuctionEscrow.Params memory p = _params();
        p.settlementWindow = 1; // would let anyone close at once
        p.failoverWindow = 1;
        vm.prank(governance);
        escrow.setParams(p);
        vm.warp(endedAt + 1);

        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, endedAt + SETTLEMENT_WINDOW)
        );
        escrow.finalizeJob(ended);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, endedAt + FAILOVER_WINDOW));
        escrow.finalizeJob(failed);
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(AuctionEscrow.WindowOpen.selector, endedAt + SETTLEMENT_WINDOW)
        );
        escrow.closeRound(failed, 1, provider);
    }

    // ------------------------------------------------------------ fees

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

    // ------------------------------------------------------------ pause (M-2)

    function test_pause_revertsForNonPauser() public {
        bytes32 role = escrow.PAUSER_ROLE();
        address[3] memory callers = [controller, stranger, provider];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role
                )
            );
            escrow.pause();
        }
        vm.prank(guardian);
        escrow.pause();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        escrow.unpause();
    }

    function test_pause_byGuardianOrAdmin() public {
        vm.prank(guardian);
        escrow.pause();
        assertTrue(escrow.paused(), "guardian paused");
        vm.prank(governance);
        escrow.unpause();
        assertFalse(escrow.paused(), "admin unpaused");
        vm.prank(governance);
        escrow.pause();
        vm.prank(guardian);
        escrow.unpause();
        assertFalse(escrow.paused(), "guardian unpaused");
    }

    function test_pause_blocksDepositsJobsAndAwardsButNotSettlement() public {
        depositAs(client, 10 ether);
        uint256 open = _openJob();
        uint256 running = _runningJob();
        uint256 other = _runningJob();
        uint256 failed = _runningJob();
        _fail(failed);
        vm.warp(block.timestamp + 100);
        AuctionEscrow.Bid memory bid = bidFor(open, backup, PRICE, 1);
        bytes memory bidSig = signBid(BACKUP_PK, bid);

        vm.prank(guardian);
        escrow.pause();
        _expectPausedEntryPoints(open, failed);

        escrow.settle(report1(PROVIDER_PK, running, 1, 200));
        assertEq(escrow.getJob(running).settledGpuSeconds, 200, "settles while paused");
        AuctionEscrow.UsageReport[] memory rs = new AuctionEscrow.UsageReport[](1);
        rs[0] = report1(PROVIDER_PK, other, 1, 150);
        escrow.settleBatch(rs);
        assertEq(escrow.getJob(other).settledGpuSeconds, 150, "batch settles while paused");

        vm.prank(guardian);
        escrow.unpause();
        vm.prank(client);
        escrow.award(bid, bidSig);
        assertEq(escrow.getJob(open).provider, backup, "awards after unpause");
    }

    function _expectPausedEntryPoints(uint256 open, uint256 failed) internal {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 pr, bytes32 ps) = _signPermit(CLIENT_PK, address(escrow), 1 ether, deadline);
        AuctionEscrow.Bid memory bid = bidFor(open, backup, PRICE, 1);
        bytes memory bidSig = signBid(BACKUP_PK, bid);
        AuctionEscrow.Bid memory backupBid = bidFor(failed, backup, PRICE, 2);
        bytes memory backupSig = signBid(BACKUP_PK, backupBid);
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
    }

    function test_pause_keepsExitsAndSettlementOpen() public {
        depositAs(client, 10 ether);
        uint256 open = _openJob();
        uint256 running = _runningJob();
        uint256 failed = _runningJob();
        uint256 completed = _runningJob();
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, running, 1, 50);

        vm.prank(guardian);
        escrow.pause();

        vm.prank(client);
        escrow.withdraw(10 ether);
        _stop(open);
        _stop(running);
        _fail(failed); // failovers keep working
        uint256 failedAt = block.timestamp;
        vm.prank(client);
        escrow.finalizeJob(failed);
        vm.startPrank(provider);
        escrow.completeJob(completed);
        escrow.finalizeJob(completed);
        escrow.cancelBidNonce(77);
        escrow.cancelBidsBelow(50);
        vm.stopPrank();
        escrow.sweepFees();

        _assertState(open, AuctionEscrow.JobState.Cancelled);
        _assertState(running, AuctionEscrow.JobState.Ended);
        _assertState(failed, AuctionEscrow.JobState.Closed);
        _assertState(completed, AuctionEscrow.JobState.Closed);

        // The providers' claims survive the pause: both are settled while it lasts.
        uint256 wallet = token.balanceOf(provider);
        _settle(PROVIDER_PK, running, 1, 200);
        _settle(PROVIDER_PK, failed, 1, 200);
        uint256 gross = 150 * PRICE + 200 * PRICE;
        assertEq(token.balanceOf(provider) - wallet, gross - _fee(150 * PRICE) - _fee(200 * PRICE), "paid");

        vm.warp(failedAt + SETTLEMENT_WINDOW);
        escrow.finalizeJob(running);
        escrow.closeRound(failed, 1, provider);
        escrow.closeRound(completed, 1, provider);
        _assertState(running, AuctionEscrow.JobState.Closed);
        assertEq(escrow.totalLocked(), 0, "everything released");
        assertEq(staking.lockedStakeOf(provider), 0, "all collateral freed");
        assertTrue(escrow.paused(), "still paused");
        assertEscrowSolvent();
    }

    // ------------------------------------------------------------ roles

    function test_adminRole_handedOverByGrantAndRenounce() public {
        address newAdmin = address(0xADA);
        vm.startPrank(governance);
        escrow.grantRole(bytes32(0), newAdmin);
        escrow.renounceRole(bytes32(0), governance);
        vm.stopPrank();

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
        vm.prank(guardian);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, guardian, bytes32(0)
            )
        );
        escrow.grantRole(role, stranger);

        vm.prank(governance);
        escrow.grantRole(role, stranger);
        assertTrue(escrow.hasRole(role, stranger), "granted by the admin");
        assertFalse(escrow.isController(stranger), "but without stake it is no controller");
    }
}

/// @notice Property tests over prices, GPU counts, elapsed times, cumulative usage and budgets: a
/// job never pays more than min(budget, price × gpus × elapsed), pays exactly the capped delta, and
/// its budget always ends as payouts + fees + refunds.
contract AuctionEscrowFuzzTest is EscrowTestBase {
    /// @dev Budgets up to half the supply: wide enough to reach the 96-bit amount fields.
    uint256 internal constant FUZZ_FUNDS = 500_000_000 ether;

    /// @dev The largest collateral a fuzzed award can lock: 3 x (2**64 - 1) x 255 x 1800 < 26M GIN.
    uint256 internal constant FUZZ_STAKE = 26_000_000 ether;

    function setUp() public override {
        super.setUp();
        fund(client, FUZZ_FUNDS);
        fund(provider, FUZZ_STAKE);
        stakeAs(provider, FUZZ_STAKE);
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
        feeBps = uint16(bound(feeBps, 0, 200) * 10);
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

    function testFuzz_fee_staysAtCreationRate(uint16 laterBps, uint256 gpuSeconds) public {
        laterBps = uint16(bound(laterBps, 0, 200) * 10);
        gpuSeconds = bound(gpuSeconds, 1, 200);
        uint256 jobId = _runningJob();
        AuctionEscrow.Params memory p = _params();
        p.feeBps = laterBps;
        vm.prank(governance);
        escrow.setParams(p);
        vm.warp(block.timestamp + 100);
        _settle(PROVIDER_PK, jobId, 1, gpuSeconds);
        assertEq(escrow.feesOwed(), _fee(gpuSeconds * PRICE), "the job's own fee");
    }

    /// @dev The scenario of testFuzz_reportFailure_keepsTheDueAndMovesNoStake.
    struct FailCase {
        uint256 jobId;
        uint256 price;
        uint256 gpus;
        uint256 budget;
        uint256 served;
        uint256 settledFirst;
        uint256 paidFirst;
        uint256 due;
        uint256 paidAfter;
        uint256 stake;
        uint256 locked;
    }

    /// @notice A failover keeps exactly min(remaining, price x (gpus x elapsed - settled)) for the
    /// provider, moves the rest to the reserve and no stake at all; the provider can settle that due, and
    /// closeRound returns whatever it leaves unsettled once the window is over.
    function testFuzz_reportFailure_keepsTheDueAndMovesNoStake(
        uint256 price,
        uint16 gpus,
        uint256 budget,
        uint256 elapsed,
        uint256 settledFirst,
        uint256 claimAfter
    ) public {
        FailCase memory c;
        c.price = bound(price, 1, type(uint64).max);
        c.gpus = bound(gpus, 1, escrow.MAX_GPUS());
        c.budget = bound(budget, 1, FUZZ_FUNDS);
        elapsed = bound(elapsed, 0, 30 days);
        c.served = c.gpus * elapsed;
        c.settledFirst = bound(settledFirst, 0, c.served);
        c.jobId = _fuzzJob(c.price, uint16(c.gpus), c.budget);
        Ledger memory before = _ledger();
        vm.warp(block.timestamp + elapsed);
        if (c.settledFirst > 0) _settle(PROVIDER_PK, c.jobId, 1, c.settledFirst);
        c.paidFirst = _min(c.budget, c.settledFirst * c.price);
        c.stake = staking.stakeOf(provider);
        c.locked = staking.lockedStakeOf(provider);

        _fail(c.jobId);
        c.due = _min(c.budget - c.paidFirst, (c.served - c.settledFirst) * c.price);
        assertEq(_roundRemaining(c.jobId, 1, provider), c.due, "due = min(remaining, unpaid time served)");
        assertEq(escrow.getJob(c.jobId).remaining, c.budget - c.paidFirst, "reserve + due");
        assertEq(staking.stakeOf(provider), c.stake, "no stake moved");
        assertEq(staking.lockedStakeOf(provider), c.locked, "collateral unchanged");
        _assertBudgetSplit(before, c.jobId, c.budget);

        claimAfter = bound(claimAfter, 0, 2 * c.served + 1);
        if (claimAfter > 0) _settle(PROVIDER_PK, c.jobId, 1, claimAfter);
        if (claimAfter > c.settledFirst) {
            c.paidAfter = _min(c.due, (_min(claimAfter, c.served) - c.settledFirst) * c.price);
        }
        assertEq(_roundRemaining(c.jobId, 1, provider), c.due - c.paidAfter, "settled from the due");
        _stop(c.jobId);
        vm.warp(block.timestamp + SETTLEMENT_WINDOW);
        escrow.closeRound(c.jobId, 1, provider);
        assertEq(_held(c.jobId), 0, "nothing left");
        assertEq(
            escrow.freeBalanceOf(client) - before.clientFree, c.budget - c.paidFirst - c.paidAfter, "refund"
        );
        assertEq(staking.lockedStakeOf(provider), c.locked - _collateral(c.price, c.gpus), "collateral freed");
        _assertBudgetSplit(before, c.jobId, c.budget);
    }

    function testFuzz_award_locksTheTermsCollateral(uint256 price, uint16 gpus, uint16 multiple, uint32 fw)
        public
    {
        price = bound(price, 1, type(uint64).max);
        gpus = uint16(bound(gpus, 1, escrow.MAX_GPUS()));
        AuctionEscrow.Params memory p = _params();
        p.slashMultiple = uint16(bound(multiple, 1, 10));
        p.failoverWindow = uint32(bound(fw, 1, 2 hours));
        vm.prank(governance);
        escrow.setParams(p);
        uint256 collateral = uint256(p.slashMultiple) * price * gpus * p.failoverWindow;
        uint256 jobId = postJob(price, gpus, 1 ether);
        uint256 unlocked = staking.unlockedStakeOf(provider);
        AuctionEscrow.Bid memory bid = bidFor(jobId, provider, price, 1);
        bytes memory s = signBid(PROVIDER_PK, bid);
        vm.prank(client);
        if (collateral > unlocked) {
            vm.expectRevert(abi.encodeWithSelector(AuctionEscrow.ProviderNotEligible.selector, provider));
            escrow.award(bid, s);
        } else {
            escrow.award(bid, s);
            assertEq(staking.lockedStakeOf(provider), collateral, "locked");
            assertEq(staking.unlockedStakeOf(provider), unlocked - collateral, "unlocked");
        }
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
