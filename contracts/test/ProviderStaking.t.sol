// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "./base/Fixture.sol";
import {ProviderStaking} from "../src/ProviderStaking.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {
    IAccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/IAccessControlDefaultAdminRules.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";

/// @notice ProviderStaking: staking (plain and with permit), the two-step unstake, locks (what the escrow
/// and the disputes hold of a stake cannot be unstaked nor count for eligibility), slashing (by the
/// disputes contract only; active first, then unbonding, never more than held, never rounded to zero),
/// eligibility, governance and pausing. After every flow the contract's token balance must equal totalActive + totalUnbonding and
/// the totals must equal the sum of the known positions.
contract ProviderStakingTest is Fixture {
    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    uint256 internal constant ALICE_PK = 0xA11CE;
    address internal alice;
    address internal stranger = address(0x5757);
    address internal beneficiary = address(0xBE7E);

    function setUp() public override {
        super.setUp();
        alice = vm.addr(ALICE_PK);
        fund(alice, 1_000_000 ether);
    }

    // ------------------------------------------------------------ constructor

    function test_constructor_setsConfigurationAndRoles() public view {
        assertEq(address(staking.token()), address(token), "token");
        assertEq(staking.minStake(), MIN_STAKE, "minStake");
        assertEq(staking.unbondingDelay(), UNBONDING, "unbondingDelay");
        assertEq(staking.defaultAdmin(), governance, "admin");
        bytes32 slasher = staking.SLASHER_ROLE();
        bytes32 locker = staking.LOCKER_ROLE();
        assertTrue(staking.hasRole(slasher, address(disputes)), "disputes slash");
        assertFalse(staking.hasRole(slasher, governance), "governance does not slash");
        assertFalse(staking.hasRole(slasher, address(escrow)), "escrow does not slash");
        assertFalse(staking.hasRole(slasher, provider), "provider does not slash");
        assertTrue(staking.hasRole(locker, address(escrow)), "escrow locks collateral");
        assertTrue(staking.hasRole(locker, address(disputes)), "disputes lock bonds");
        assertFalse(staking.hasRole(locker, governance), "governance does not lock");
    }

    function test_constructor_revertsOnZeroTokenEscrowOrDisputes() public {
        vm.expectRevert(ProviderStaking.ZeroAddress.selector);
        new ProviderStaking(
            IERC20(address(0)), governance, 1 days, MIN_STAKE, UNBONDING, address(escrow), address(disputes)
        );
        vm.expectRevert(ProviderStaking.ZeroAddress.selector);
        new ProviderStaking(
            IERC20(address(token)), governance, 1 days, MIN_STAKE, UNBONDING, address(0), address(disputes)
        );
        vm.expectRevert(ProviderStaking.ZeroAddress.selector);
        new ProviderStaking(
            IERC20(address(token)), governance, 1 days, MIN_STAKE, UNBONDING, address(escrow), address(0)
        );
    }

    function test_constructor_revertsWhenDelayTooLong() public {
        uint64 tooLong = 90 days + 1;
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.DelayTooLong.selector, tooLong));
        new ProviderStaking(
            IERC20(address(token)), governance, 1 days, MIN_STAKE, tooLong, address(escrow), address(disputes)
        );
    }

    // ------------------------------------------------------------ stake

    function test_stake_addsActiveStakeAndPullsTokens() public {
        uint256 totalBefore = staking.totalActive();
        uint256 walletBefore = token.balanceOf(alice);

        vm.startPrank(alice);
        token.approve(address(staking), 20_000 ether);
        vm.expectEmit(address(staking));
        emit ProviderStaking.Staked(alice, 20_000 ether);
        staking.stake(20_000 ether);
        vm.stopPrank();

        assertEq(staking.stakeOf(alice), 20_000 ether, "active");
        assertEq(staking.slashableOf(alice), 20_000 ether, "slashable");
        assertEq(staking.totalActive(), totalBefore + 20_000 ether, "totalActive");
        assertEq(walletBefore - token.balanceOf(alice), 20_000 ether, "wallet debited");
        _assertBalanced();
    }

    function test_stake_accumulates() public {
        stakeAs(alice, 1 ether);
        stakeAs(alice, 2 ether);
        assertEq(staking.stakeOf(alice), 3 ether, "active");
        _assertBalanced();
    }

    function test_stake_revertsOnZeroAmount() public {
        vm.prank(alice);
        vm.expectRevert(ProviderStaking.ZeroAmount.selector);
        staking.stake(0);
    }

    function test_stake_revertsWithoutAllowance() public {
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(staking), 0, 1 ether
            )
        );
        staking.stake(1 ether);
    }

    // ------------------------------------------------------------ stakeWithPermit

    function test_stakeWithPermit_stakesWithoutPriorApproval() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ALICE_PK, 20_000 ether, deadline);

        vm.prank(alice);
        staking.stakeWithPermit(20_000 ether, deadline, v, r, s);

        assertEq(staking.stakeOf(alice), 20_000 ether, "active");
        assertEq(token.allowance(alice, address(staking)), 0, "allowance used up");
        _assertBalanced();
    }

    function test_stakeWithPermit_succeedsWhenPermitWasFrontRun() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ALICE_PK, 20_000 ether, deadline);
        // An observer submits alice's permit first.
        vm.prank(stranger);
        token.permit(alice, address(staking), 20_000 ether, deadline, v, r, s);

        vm.prank(alice);
        staking.stakeWithPermit(20_000 ether, deadline, v, r, s);

        assertEq(staking.stakeOf(alice), 20_000 ether, "active");
        _assertBalanced();
    }

    function test_stakeWithPermit_revertsWhenFrontRunAllowanceTooSmall() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ALICE_PK, 20_000 ether, deadline);
        vm.prank(stranger);
        token.permit(alice, address(staking), 20_000 ether, deadline, v, r, s);

        vm.prank(alice);
        vm.expectRevert(ProviderStaking.PermitFailed.selector);
        staking.stakeWithPermit(20_000 ether + 1, deadline, v, r, s);
    }

    function test_stakeWithPermit_revertsOnBadSignatureWithoutAllowance() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(PROVIDER_PK, 20_000 ether, deadline); // wrong key

        vm.prank(alice);
        vm.expectRevert(ProviderStaking.PermitFailed.selector);
        staking.stakeWithPermit(20_000 ether, deadline, v, r, s);
    }

    function test_stakeWithPermit_revertsOnExpiredPermitWithoutAllowance() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ALICE_PK, 20_000 ether, deadline);
        vm.warp(deadline + 1);

        vm.prank(alice);
        vm.expectRevert(ProviderStaking.PermitFailed.selector);
        staking.stakeWithPermit(20_000 ether, deadline, v, r, s);
    }

    function test_stakeWithPermit_fallsBackOnExistingAllowance() public {
        vm.prank(alice);
        token.approve(address(staking), 5 ether);

        vm.prank(alice);
        staking.stakeWithPermit(5 ether, 0, 0, bytes32(0), bytes32(0)); // garbage permit

        assertEq(staking.stakeOf(alice), 5 ether, "active");
        _assertBalanced();
    }

    function test_stakeWithPermit_revertsOnZeroAmount() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ALICE_PK, 0, deadline);
        vm.prank(alice);
        vm.expectRevert(ProviderStaking.ZeroAmount.selector);
        staking.stakeWithPermit(0, deadline, v, r, s);
    }

    // ------------------------------------------------------------ requestUnstake / withdraw

    function test_requestUnstake_movesActiveToUnbonding() public {
        stakeAs(alice, 30_000 ether);
        uint64 unlockAt = uint64(block.timestamp) + UNBONDING;

        vm.expectEmit(address(staking));
        emit ProviderStaking.UnstakeRequested(alice, 10_000 ether, unlockAt);
        vm.prank(alice);
        staking.requestUnstake(10_000 ether);

        (uint256 unbonding, uint64 recordedUnlock) = staking.unbondingOf(alice);
        assertEq(staking.stakeOf(alice), 20_000 ether, "active");
        assertEq(unbonding, 10_000 ether, "unbonding");
        assertEq(recordedUnlock, unlockAt, "unlockAt");
        assertEq(staking.slashableOf(alice), 30_000 ether, "slashable unchanged");
        _assertBalanced();
    }

    function test_requestUnstake_restartsClockForWholeUnbondingAmount() public {
        stakeAs(alice, 30_000 ether);
        vm.prank(alice);
        staking.requestUnstake(10_000 ether);
        vm.warp(block.timestamp + UNBONDING - 1);
        vm.prank(alice);
        staking.requestUnstake(1 ether);

        (uint256 unbonding, uint64 unlockAt) = staking.unbondingOf(alice);
        assertEq(unbonding, 10_001 ether, "unbonding");
        assertEq(unlockAt, uint64(block.timestamp) + UNBONDING, "clock restarted");

        vm.warp(block.timestamp + 1); // the first request's original unlock time
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StillUnbonding.selector, unlockAt));
        staking.withdraw();
    }

    function test_requestUnstake_revertsOnZeroAmount() public {
        stakeAs(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(ProviderStaking.ZeroAmount.selector);
        staking.requestUnstake(0);
    }

    function test_requestUnstake_revertsWhenAboveActiveStake() public {
        stakeAs(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.InsufficientStake.selector, 1 ether, 1 ether + 1)
        );
        staking.requestUnstake(1 ether + 1);
    }

    function test_requestUnstake_cannotUnstakeUnbondingAgain() public {
        stakeAs(alice, 1 ether);
        vm.prank(alice);
        staking.requestUnstake(1 ether);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.InsufficientStake.selector, 0, 1 ether));
        staking.requestUnstake(1 ether);
    }

    function test_withdraw_revertsWhenNothingUnbonding() public {
        stakeAs(alice, 1 ether);
        vm.prank(alice);
        vm.expectRevert(ProviderStaking.NothingUnbonding.selector);
        staking.withdraw();
    }

    function test_withdraw_revertsBeforeUnbondingDelay() public {
        stakeAs(alice, 1 ether);
        vm.prank(alice);
        staking.requestUnstake(1 ether);
        uint64 unlockAt = uint64(block.timestamp) + UNBONDING;

        vm.warp(unlockAt - 1);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StillUnbonding.selector, unlockAt));
        staking.withdraw();
    }

    function test_withdraw_returnsTokensAtUnlockTime() public {
        stakeAs(alice, 3 ether);
        vm.prank(alice);
        staking.requestUnstake(2 ether);
        vm.warp(block.timestamp + UNBONDING);
        uint256 walletBefore = token.balanceOf(alice);
        uint256 unbondingBefore = staking.totalUnbonding();

        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeWithdrawn(alice, 2 ether);
        vm.prank(alice);
        staking.withdraw();

        (uint256 unbonding, uint64 unlockAt) = staking.unbondingOf(alice);
        assertEq(token.balanceOf(alice) - walletBefore, 2 ether, "wallet credited");
        assertEq(unbonding, 0, "unbonding cleared");
        assertEq(unlockAt, 0, "unlockAt cleared");
        assertEq(staking.stakeOf(alice), 1 ether, "active untouched");
        assertEq(staking.totalUnbonding(), unbondingBefore - 2 ether, "totalUnbonding");
        _assertBalanced();

        vm.prank(alice);
        vm.expectRevert(ProviderStaking.NothingUnbonding.selector);
        staking.withdraw();
    }

    function test_withdraw_usesDelayInForceAtRequestTime() public {
        stakeAs(alice, 1 ether);
        vm.prank(alice);
        staking.requestUnstake(1 ether);
        vm.prank(governance);
        staking.setUnbondingDelay(30 days);

        vm.warp(block.timestamp + UNBONDING);
        vm.prank(alice);
        staking.withdraw();
        assertEq(staking.slashableOf(alice), 0, "withdrawn after the old delay");
    }

    // ------------------------------------------------------------ slash

    function test_slash_unbondingStakeIsStillSlashable() public {
        stakeAs(alice, 10 ether);
        vm.prank(alice);
        staking.requestUnstake(10 ether);
        assertEq(staking.stakeOf(alice), 0, "no active stake");
        assertEq(staking.slashableOf(alice), 10 ether, "slashable");

        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, 4 ether, beneficiary, "fraud");

        (uint256 unbonding,) = staking.unbondingOf(alice);
        assertEq(slashed, 4 ether, "slashed");
        assertEq(unbonding, 6 ether, "unbonding left");
        assertEq(token.balanceOf(beneficiary), 4 ether, "beneficiary");
        _assertBalanced();

        vm.warp(block.timestamp + UNBONDING);
        uint256 walletBefore = token.balanceOf(alice);
        vm.prank(alice);
        staking.withdraw();
        assertEq(token.balanceOf(alice) - walletBefore, 6 ether, "only the rest is withdrawn");
        _assertBalanced();
    }

    function test_slash_takesActiveFirstThenUnbonding() public {
        stakeAs(alice, 150 ether);
        vm.prank(alice);
        staking.requestUnstake(50 ether);

        vm.expectEmit(address(staking));
        emit ProviderStaking.Slashed(alice, beneficiary, 120 ether, 100 ether, 20 ether, "fraud");
        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, 120 ether, beneficiary, "fraud");

        (uint256 unbonding,) = staking.unbondingOf(alice);
        assertEq(slashed, 120 ether, "slashed");
        assertEq(staking.stakeOf(alice), 0, "active emptied first");
        assertEq(unbonding, 30 ether, "then unbonding");
        _assertBalanced();
    }

    function test_slash_takesOnlyActiveWhenItSuffices() public {
        stakeAs(alice, 150 ether);
        vm.prank(alice);
        staking.requestUnstake(50 ether);

        vm.prank(address(disputes));
        staking.slash(alice, 60 ether, beneficiary, "fraud");

        (uint256 unbonding,) = staking.unbondingOf(alice);
        assertEq(staking.stakeOf(alice), 40 ether, "active");
        assertEq(unbonding, 50 ether, "unbonding untouched");
        _assertBalanced();
    }

    function test_slash_neverTakesMoreThanHeld() public {
        stakeAs(alice, 150 ether);
        vm.prank(alice);
        staking.requestUnstake(50 ether);
        uint256 totalBefore = token.balanceOf(address(staking));

        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, type(uint256).max, beneficiary, "everything");

        assertEq(slashed, 150 ether, "capped at slashable");
        assertEq(staking.slashableOf(alice), 0, "nothing left");
        assertEq(token.balanceOf(beneficiary), 150 ether, "beneficiary");
        assertEq(totalBefore - token.balanceOf(address(staking)), 150 ether, "only alice's stake left");
        assertEq(staking.stakeOf(provider), 100_000 ether, "other stakers untouched");
        _assertBalanced();
    }

    function test_slash_oneWeiIsNotRoundedAway() public {
        stakeAs(alice, 1);
        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, 1, beneficiary, "dust");
        assertEq(slashed, 1, "slashed");
        assertEq(token.balanceOf(beneficiary), 1, "beneficiary");
        assertEq(staking.slashableOf(alice), 0, "emptied");
        _assertBalanced();
    }

    function test_slash_oneWeiFromLargePosition() public {
        stakeAs(alice, 1000 ether);
        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, 1, beneficiary, "dust");
        assertEq(slashed, 1, "slashed");
        assertEq(staking.stakeOf(alice), 1000 ether - 1, "active");
        _assertBalanced();
    }

    /// @notice H-2: the admin cannot slash (nor can the escrow): only FaultDisputes holds SLASHER_ROLE.
    function test_slash_revertsForGovernanceAndEscrow() public {
        stakeAs(alice, 10 ether);
        bytes32 role = staking.SLASHER_ROLE();
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, governance, role)
        );
        staking.slash(alice, 1 ether, governance, "seize");
        vm.prank(address(escrow));
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(escrow), role
            )
        );
        staking.slash(alice, 1 ether, beneficiary, "job failed");
        assertEq(staking.slashableOf(alice), 10 ether, "untouched");
        _assertBalanced();
    }

    function test_slash_byDisputes() public {
        stakeAs(alice, 10 ether);
        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, 1 ether, beneficiary, "fault");
        assertEq(slashed, 1 ether, "slashed");
        assertEq(token.balanceOf(beneficiary), 1 ether, "beneficiary");
        _assertBalanced();
    }

    /// @notice Granting SLASHER_ROLE is an admin act (through the timelock in production, visible for
    /// longer than the unbonding delay): a new slasher works only once granted.
    function test_slash_newSlasherOnlyByAdminGrant() public {
        stakeAs(alice, 10 ether);
        bytes32 role = staking.SLASHER_ROLE();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        staking.grantRole(role, stranger);
        vm.prank(governance);
        staking.grantRole(role, stranger);
        vm.prank(stranger);
        staking.slash(alice, 1 ether, beneficiary, "granted");
        assertEq(staking.stakeOf(alice), 9 ether, "slashed by the granted role");
    }

    function test_slash_revertsForNonSlasher() public {
        stakeAs(alice, 10 ether);
        bytes32 role = staking.SLASHER_ROLE();
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role)
        );
        staking.slash(alice, 1 ether, stranger, "theft");
    }

    function test_slash_revertsForTheStakerItself() public {
        stakeAs(alice, 10 ether);
        bytes32 role = staking.SLASHER_ROLE();
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role)
        );
        staking.slash(alice, 1 ether, alice, "self");
    }

    function test_slash_revertsWhenNothingToSlash() public {
        vm.prank(address(disputes));
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.NothingToSlash.selector, alice));
        staking.slash(alice, 1 ether, beneficiary, "none");
    }

    function test_slash_revertsAfterEverythingWithdrawn() public {
        stakeAs(alice, 10 ether);
        vm.startPrank(alice);
        staking.requestUnstake(10 ether);
        vm.warp(block.timestamp + UNBONDING);
        staking.withdraw();
        vm.stopPrank();

        vm.prank(address(disputes));
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.NothingToSlash.selector, alice));
        staking.slash(alice, 1 ether, beneficiary, "late");
    }

    function test_slash_revertsOnZeroAmount() public {
        stakeAs(alice, 10 ether);
        vm.prank(address(disputes));
        vm.expectRevert(ProviderStaking.ZeroAmount.selector);
        staking.slash(alice, 0, beneficiary, "zero");
    }

    function test_slash_revertsOnZeroBeneficiary() public {
        stakeAs(alice, 10 ether);
        vm.prank(address(disputes));
        vm.expectRevert(ProviderStaking.ZeroAddress.selector);
        staking.slash(alice, 1 ether, address(0), "burn");
    }

    // ------------------------------------------------------------ locks (award collateral, bonds)

    function test_lock_holdsPartOfActiveStake() public {
        stakeAs(alice, 100 ether);
        bytes32 key = keccak256("round");
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeLocked(alice, key, 30 ether);
        vm.prank(address(escrow));
        staking.lock(alice, key, 30 ether);

        (address account, uint96 amount) = staking.locks(key);
        assertEq(account, alice, "account");
        assertEq(amount, 30 ether, "amount");
        assertEq(staking.lockedStakeOf(alice), 30 ether, "locked");
        assertEq(staking.unlockedStakeOf(alice), 70 ether, "unlocked");
        assertEq(staking.stakeOf(alice), 100 ether, "still active stake");
        assertEq(staking.slashableOf(alice), 100 ether, "all of it slashable");
        _assertBalanced();
    }

    function test_lock_byDisputesToo() public {
        stakeAs(alice, 100 ether);
        vm.prank(address(disputes));
        staking.lock(alice, keccak256("bond"), 10 ether);
        assertEq(staking.lockedStakeOf(alice), 10 ether, "locked");
    }

    function test_lock_severalKeysAddUp() public {
        stakeAs(alice, 100 ether);
        vm.startPrank(address(escrow));
        staking.lock(alice, keccak256("a"), 30 ether);
        staking.lock(alice, keccak256("b"), 70 ether);
        vm.stopPrank();
        assertEq(staking.lockedStakeOf(alice), 100 ether, "locked");
        assertEq(staking.unlockedStakeOf(alice), 0, "unlocked");
    }

    function test_lock_revertsAboveUnlockedStake() public {
        stakeAs(alice, 100 ether);
        vm.startPrank(address(escrow));
        staking.lock(alice, keccak256("a"), 60 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, 40 ether, 40 ether + 1)
        );
        staking.lock(alice, keccak256("b"), 40 ether + 1);
        vm.stopPrank();
    }

    function test_lock_revertsOnAnExistingKey() public {
        stakeAs(alice, 100 ether);
        bytes32 key = keccak256("a");
        vm.startPrank(address(escrow));
        staking.lock(alice, key, 1 ether);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.BadLock.selector, key));
        staking.lock(alice, key, 1 ether);
        vm.stopPrank();
    }

    function test_lock_zeroAmountIsANoOp() public {
        stakeAs(alice, 100 ether);
        bytes32 key = keccak256("a");
        vm.prank(address(escrow));
        staking.lock(alice, key, 0);
        (address account,) = staking.locks(key);
        assertEq(account, address(0), "no lock recorded");
        assertEq(staking.lockedStakeOf(alice), 0, "nothing locked");
    }

    function test_lockAndUnlock_revertForNonLocker() public {
        stakeAs(alice, 100 ether);
        bytes32 role = staking.LOCKER_ROLE();
        address[3] memory callers = [governance, stranger, alice];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], role
                )
            );
            staking.lock(alice, keccak256("a"), 1 ether);
        }
        vm.prank(address(escrow));
        staking.lock(alice, keccak256("a"), 1 ether);
        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, governance, role)
        );
        staking.unlock(keccak256("a"));
    }

    function test_unlock_releasesAndReturnsTheAmount() public {
        stakeAs(alice, 100 ether);
        bytes32 key = keccak256("a");
        vm.startPrank(address(escrow));
        staking.lock(alice, key, 30 ether);
        vm.expectEmit(address(staking));
        emit ProviderStaking.StakeUnlocked(alice, key, 30 ether);
        uint256 amount = staking.unlock(key);
        vm.stopPrank();
        assertEq(amount, 30 ether, "returned");
        assertEq(staking.lockedStakeOf(alice), 0, "unlocked");
        (address account,) = staking.locks(key);
        assertEq(account, address(0), "deleted");

        vm.prank(address(escrow));
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.BadLock.selector, key));
        staking.unlock(key);
    }

    /// @notice M-4: locked stake cannot be unstaked; the rest can.
    function test_requestUnstake_revertsOnLockedStake() public {
        stakeAs(alice, 100 ether);
        vm.prank(address(escrow));
        staking.lock(alice, keccak256("a"), 30 ether);
        vm.prank(alice);
        vm.expectRevert(
            abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, 70 ether, 70 ether + 1)
        );
        staking.requestUnstake(70 ether + 1);
        vm.prank(alice);
        staking.requestUnstake(70 ether);
        assertEq(staking.stakeOf(alice), 30 ether, "the locked part stays");
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StakeLockedUp.selector, 0, 1));
        staking.requestUnstake(1);

        vm.prank(address(escrow));
        staking.unlock(keccak256("a"));
        vm.prank(alice);
        staking.requestUnstake(30 ether);
        assertEq(staking.stakeOf(alice), 0, "free once unlocked");
        _assertBalanced();
    }

    function test_slash_clampsLocksToWhatIsLeft() public {
        stakeAs(alice, 100 ether);
        vm.prank(address(escrow));
        staking.lock(alice, keccak256("a"), 80 ether);
        vm.prank(address(disputes));
        staking.slash(alice, 50 ether, beneficiary, "fault");
        assertEq(staking.stakeOf(alice), 50 ether, "active");
        assertEq(staking.lockedStakeOf(alice), 50 ether, "lock clamped to active");
        assertEq(staking.unlockedStakeOf(alice), 0, "unlocked");
        vm.prank(address(escrow));
        uint256 released = staking.unlock(keccak256("a"));
        assertEq(released, 50 ether, "unlock returns what the lock still held");
        assertEq(staking.lockedStakeOf(alice), 0, "nothing locked");
        _assertBalanced();
    }

    function test_isEligible_countsOnlyUnlockedStake() public {
        stakeAs(alice, MIN_STAKE + 5 ether);
        assertTrue(staking.isEligible(alice, 0), "eligible");
        vm.prank(address(escrow));
        staking.lock(alice, keccak256("a"), 5 ether + 1);
        assertFalse(staking.isEligible(alice, 0), "locked stake does not count");
        vm.prank(address(escrow));
        staking.unlock(keccak256("a"));
        assertTrue(staking.isEligible(alice, 0), "eligible again");
    }

    // ------------------------------------------------------------ eligibility

    function test_isEligible_requiresGlobalMinimum() public {
        stakeAs(alice, MIN_STAKE - 1);
        assertFalse(staking.isEligible(alice, 0), "below minStake");
        stakeAs(alice, 1);
        assertTrue(staking.isEligible(alice, 0), "at minStake");
    }

    function test_isEligible_requiresJobMinimumAboveGlobal() public {
        stakeAs(alice, 2 * MIN_STAKE);
        assertTrue(staking.isEligible(alice, 2 * MIN_STAKE), "at job minimum");
        assertFalse(staking.isEligible(alice, 2 * MIN_STAKE + 1), "below job minimum");
    }

    function test_isEligible_globalMinimumWinsOverLowerJobMinimum() public {
        stakeAs(alice, MIN_STAKE - 1);
        assertFalse(staking.isEligible(alice, 1), "job minimum cannot lower the global one");
    }

    function test_isEligible_ignoresUnbondingStake() public {
        stakeAs(alice, MIN_STAKE);
        vm.prank(alice);
        staking.requestUnstake(1);
        assertEq(staking.slashableOf(alice), MIN_STAKE, "still slashable");
        assertFalse(staking.isEligible(alice, 0), "unbonding does not count");
    }

    function test_isEligible_falseWithoutStakeEvenWhenMinimumIsZero() public {
        vm.prank(governance);
        staking.setMinStake(0);
        assertFalse(staking.isEligible(alice, 0), "no stake");
        stakeAs(alice, 1);
        assertTrue(staking.isEligible(alice, 0), "any stake");
    }

    function test_isEligible_lostAfterSlash() public {
        stakeAs(alice, MIN_STAKE);
        vm.prank(address(disputes));
        staking.slash(alice, 1, beneficiary, "dust");
        assertFalse(staking.isEligible(alice, 0), "below minimum after slash");
    }

    // ------------------------------------------------------------ governance

    function test_setMinStake_updatesAndEmits() public {
        vm.expectEmit(address(staking));
        emit ProviderStaking.MinStakeSet(5 ether);
        vm.prank(governance);
        staking.setMinStake(5 ether);
        assertEq(staking.minStake(), 5 ether, "minStake");
    }

    function test_setUnbondingDelay_updatesAndEmits() public {
        vm.expectEmit(address(staking));
        emit ProviderStaking.UnbondingDelaySet(90 days);
        vm.prank(governance);
        staking.setUnbondingDelay(90 days);
        assertEq(staking.unbondingDelay(), 90 days, "delay");

        stakeAs(alice, 1 ether);
        vm.prank(alice);
        staking.requestUnstake(1 ether);
        (, uint64 unlockAt) = staking.unbondingOf(alice);
        assertEq(unlockAt, block.timestamp + 90 days, "new delay applies to new requests");
    }

    function test_setUnbondingDelay_revertsWhenTooLong() public {
        vm.prank(governance);
        vm.expectRevert(abi.encodeWithSelector(ProviderStaking.DelayTooLong.selector, uint64(90 days + 1)));
        staking.setUnbondingDelay(90 days + 1);
    }

    function test_setUnbondingDelay_zeroAllowsImmediateWithdraw() public {
        vm.prank(governance);
        staking.setUnbondingDelay(0);
        stakeAs(alice, 1 ether);
        vm.startPrank(alice);
        staking.requestUnstake(1 ether);
        staking.withdraw();
        vm.stopPrank();
        assertEq(staking.slashableOf(alice), 0, "withdrawn at once");
        _assertBalanced();
    }

    function test_setters_revertForNonAdmin() public {
        bytes memory err = abi.encodeWithSelector(
            IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
        );
        vm.startPrank(stranger);
        vm.expectRevert(err);
        staking.setMinStake(0);
        vm.expectRevert(err);
        staking.setUnbondingDelay(1);
        vm.expectRevert(err);
        staking.pause();
        vm.expectRevert(err);
        staking.unpause();
        vm.stopPrank();
    }

    function test_setters_revertForSlasherOrLockerThatIsNotAdmin() public {
        address[2] memory callers = [address(disputes), address(escrow)];
        for (uint256 i; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IAccessControl.AccessControlUnauthorizedAccount.selector, callers[i], bytes32(0)
                )
            );
            staking.setMinStake(0);
        }
    }

    // ------------------------------------------------------------ pause

    function test_pause_blocksStake() public {
        vm.prank(governance);
        staking.pause();
        vm.startPrank(alice);
        token.approve(address(staking), 1 ether);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        staking.stake(1 ether);
        vm.stopPrank();
    }

    function test_pause_blocksStakeWithPermit() public {
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(ALICE_PK, 1 ether, deadline);
        vm.prank(governance);
        staking.pause();
        vm.prank(alice);
        vm.expectRevert(Pausable.EnforcedPause.selector);
        staking.stakeWithPermit(1 ether, deadline, v, r, s);
    }

    function test_pause_doesNotBlockUnstakeWithdrawOrSlash() public {
        stakeAs(alice, 10 ether);
        vm.prank(governance);
        staking.pause();

        vm.prank(alice);
        staking.requestUnstake(4 ether);
        vm.prank(address(disputes));
        staking.slash(alice, 1 ether, beneficiary, "paused");
        vm.warp(block.timestamp + UNBONDING);
        vm.prank(alice);
        staking.withdraw();

        assertEq(staking.stakeOf(alice), 5 ether, "active");
        assertEq(staking.slashableOf(alice), 5 ether, "slashable");
        _assertBalanced();
    }

    function test_unpause_restoresStake() public {
        vm.startPrank(governance);
        staking.pause();
        staking.unpause();
        vm.stopPrank();
        stakeAs(alice, 1 ether);
        assertEq(staking.stakeOf(alice), 1 ether, "active");
    }

    // ------------------------------------------------------------ admin transfer

    function test_adminTransfer_twoStepsAfterDelay() public {
        address newAdmin = address(0xADA);
        vm.prank(governance);
        staking.beginDefaultAdminTransfer(newAdmin);
        (, uint48 schedule) = staking.pendingDefaultAdmin();
        assertEq(schedule, block.timestamp + 1 days, "schedule");

        vm.prank(newAdmin);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminDelay.selector, schedule
            )
        );
        staking.acceptDefaultAdminTransfer();

        vm.warp(uint256(schedule) + 1);
        vm.prank(newAdmin);
        staking.acceptDefaultAdminTransfer();

        assertEq(staking.defaultAdmin(), newAdmin, "new admin");
        assertFalse(staking.hasRole(bytes32(0), governance), "old admin revoked");

        vm.prank(newAdmin);
        staking.setMinStake(1 ether);
        assertEq(staking.minStake(), 1 ether, "new admin governs");

        vm.prank(governance);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, governance, bytes32(0)
            )
        );
        staking.setMinStake(2 ether);
    }

    function test_adminTransfer_onlyPendingAdminAccepts() public {
        address newAdmin = address(0xADA);
        vm.prank(governance);
        staking.beginDefaultAdminTransfer(newAdmin);
        vm.warp(block.timestamp + 2 days);

        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControlDefaultAdminRules.AccessControlInvalidDefaultAdmin.selector, stranger
            )
        );
        staking.acceptDefaultAdminTransfer();
    }

    function test_adminTransfer_cannotBeStartedByNonAdmin() public {
        vm.prank(stranger);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, bytes32(0)
            )
        );
        staking.beginDefaultAdminTransfer(stranger);
    }

    function test_adminRole_cannotBeGrantedDirectly() public {
        vm.prank(governance);
        vm.expectRevert(IAccessControlDefaultAdminRules.AccessControlEnforcedDefaultAdminRules.selector);
        staking.grantRole(bytes32(0), stranger);
    }

    // ------------------------------------------------------------ fuzz

    function testFuzz_stakeUnstakeSlash(uint256 stakeAmount, uint256 unstakeAmount, uint256 slashAmount)
        public
    {
        stakeAmount = bound(stakeAmount, 1, 1_000_000 ether);
        unstakeAmount = bound(unstakeAmount, 0, stakeAmount);
        slashAmount = bound(slashAmount, 1, 2 * stakeAmount);

        stakeAs(alice, stakeAmount);
        if (unstakeAmount > 0) {
            vm.prank(alice);
            staking.requestUnstake(unstakeAmount);
        }
        uint256 active = stakeAmount - unstakeAmount;

        vm.prank(address(disputes));
        uint256 slashed = staking.slash(alice, slashAmount, beneficiary, "fuzz");

        uint256 expected = slashAmount < stakeAmount ? slashAmount : stakeAmount;
        uint256 fromActive = expected < active ? expected : active;
        (uint256 unbonding,) = staking.unbondingOf(alice);
        assertEq(slashed, expected, "slashed = min(amount, slashable)");
        assertGt(slashed, 0, "never rounds to zero");
        assertEq(staking.stakeOf(alice), active - fromActive, "active first");
        assertEq(unbonding, unstakeAmount - (expected - fromActive), "then unbonding");
        assertEq(token.balanceOf(beneficiary), expected, "beneficiary");
        _assertBalanced();

        if (unbonding > 0) {
            vm.warp(block.timestamp + UNBONDING);
            uint256 walletBefore = token.balanceOf(alice);
            vm.prank(alice);
            staking.withdraw();
            assertEq(token.balanceOf(alice) - walletBefore, unbonding, "withdrawn");
            _assertBalanced();
        }
    }

    function testFuzz_withdrawTiming(uint256 amount, uint256 wait) public {
        amount = bound(amount, 1, 1_000_000 ether);
        wait = bound(wait, 0, 2 * UNBONDING);
        stakeAs(alice, amount);
        vm.prank(alice);
        staking.requestUnstake(amount);
        uint64 unlockAt = uint64(block.timestamp) + UNBONDING;

        vm.warp(block.timestamp + wait);
        vm.prank(alice);
        if (wait < UNBONDING) {
            vm.expectRevert(abi.encodeWithSelector(ProviderStaking.StillUnbonding.selector, unlockAt));
            staking.withdraw();
            assertEq(staking.slashableOf(alice), amount, "still held");
        } else {
            staking.withdraw();
            assertEq(staking.slashableOf(alice), 0, "withdrawn");
        }
        _assertBalanced();
    }

    // ------------------------------------------------------------ helpers

    /// @dev The balance equation and the totals against every position this test knows about.
    function _assertBalanced() internal view {
        assertEq(
            token.balanceOf(address(staking)),
            staking.totalActive() + staking.totalUnbonding(),
            "balance != totalActive + totalUnbonding"
        );
        address[7] memory accounts = [provider, backup, controller, controller2, controller3, alice, client];
        uint256 active;
        uint256 unbonding;
        for (uint256 i; i < accounts.length; ++i) {
            (uint256 u,) = staking.unbondingOf(accounts[i]);
            active += staking.stakeOf(accounts[i]);
            unbonding += u;
        }
        assertEq(staking.totalActive(), active, "totalActive != sum of active");
        assertEq(staking.totalUnbonding(), unbonding, "totalUnbonding != sum of unbonding");
        for (uint256 i; i < accounts.length; ++i) {
            assertLe(staking.lockedStakeOf(accounts[i]), staking.stakeOf(accounts[i]), "locked > active");
        }
    }

    function _signPermit(uint256 pk, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(pk);
        bytes32 structHash = keccak256(
            abi.encode(PERMIT_TYPEHASH, owner, address(staking), value, token.nonces(owner), deadline)
        );
        return vm.sign(pk, keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash)));
    }
}
