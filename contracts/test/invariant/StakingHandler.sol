// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {HandlerBase} from "./HandlerBase.sol";
import {GinToken} from "../../src/GinToken.sol";
import {ProviderStaking} from "../../src/ProviderStaking.sol";

/// @notice Drives ProviderStaking alone: stakers stake (approve or permit), request unstakes, withdraw
/// (also too early), get slashed by governance and by the escrow's slasher role, governance changes the
/// delay and the minimum and pauses, someone donates tokens by plain transfer, and time moves on.
/// Every position is mirrored in a ghost model that the invariants compare against.
contract StakingHandler is HandlerBase {
    struct Position {
        uint256 active;
        uint256 unbonding;
        uint256 unlockAt;
    }

    GinToken public immutable token;
    ProviderStaking public immutable staking;
    address public immutable governance;
    address public immutable escrowSlasher;
    address public immutable beneficiary;

    uint256[] internal _pks;
    address[] internal _stakers;

    mapping(address account => Position) internal _ghost;
    /// @notice Everything ever staked, withdrawn, slashed, and donated by plain transfer.
    uint256 public ghostStakedIn;
    uint256 public ghostWithdrawn;
    uint256 public ghostSlashed;
    uint256 public ghostDonated;
    /// @notice The model's view of governance settings.
    uint256 public ghostMinStake;
    uint256 public ghostDelay;
    bool public ghostPaused;

    constructor(
        GinToken token_,
        ProviderStaking staking_,
        address governance_,
        address escrowSlasher_,
        address beneficiary_,
        uint256[] memory pks
    ) {
        token = token_;
        staking = staking_;
        governance = governance_;
        escrowSlasher = escrowSlasher_;
        beneficiary = beneficiary_;
        currentTime = block.timestamp;
        ghostMinStake = staking_.minStake();
        ghostDelay = staking_.unbondingDelay();
        ghostStakedIn = staking_.totalActive() + staking_.totalUnbonding();
        for (uint256 i; i < pks.length; ++i) {
            address a = vm.addr(pks[i]);
            _pks.push(pks[i]);
            _stakers.push(a);
            (uint256 unbonding, uint64 unlockAt) = staking_.unbondingOf(a);
            _ghost[a] = Position(staking_.stakeOf(a), unbonding, unlockAt);
        }
    }

    // ------------------------------------------------------------------ actions

    function stake(uint256 who, uint256 amount) external step {
        uint256 i = who % _stakers.length;
        address a = _stakers[i];
        uint256 bal = token.balanceOf(a);
        if (bal == 0) return;
        amount = bound(amount, 1, _min(bal, 200_000 ether));
        vm.prank(a);
        token.approve(address(staking), amount);
        vm.prank(a);
        try staking.stake(amount) {
            _expectOutcome(!ghostPaused, true, "stake");
            _applyStake(a, amount);
            _count("stake");
        } catch {
            _expectOutcome(!ghostPaused, false, "stake");
            vm.prank(a);
            token.approve(address(staking), 0);
            _count("stake.paused");
        }
    }

    /// @dev mode 0: plain permit; 1: the permit is front-run (used by someone else first) and the stake
    /// falls back on the allowance; 2: an expired permit with no allowance, which must fail.
    function stakeWithPermit(uint256 who, uint256 amount, uint256 mode) external step {
        uint256 i = who % _stakers.length;
        address a = _stakers[i];
        uint256 bal = token.balanceOf(a);
        if (bal == 0) return;
        amount = bound(amount, 1, _min(bal, 200_000 ether));
        mode = _h(mode) % 3;
        uint256 deadline = mode == 2 ? currentTime - 1 : currentTime + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _signPermit(token, _pks[i], address(staking), amount, deadline);
        if (mode == 1) token.permit(a, address(staking), amount, deadline, v, r, s);
        bool expected = !ghostPaused && mode != 2;
        vm.prank(a);
        try staking.stakeWithPermit(amount, deadline, v, r, s) {
            _expectOutcome(expected, true, "stakeWithPermit");
            _applyStake(a, amount);
            _count(mode == 1 ? bytes32("stakeWithPermit.frontrun") : bytes32("stakeWithPermit"));
        } catch {
            _expectOutcome(expected, false, "stakeWithPermit");
            if (mode == 1) {
                vm.prank(a);
                token.approve(address(staking), 0);
            }
            _count("stakeWithPermit.rejected");
        }
    }

    function requestUnstake(uint256 who, uint256 amount) external step {
        address a = _stakers[who % _stakers.length];
        Position storage p = _ghost[a];
        // Mostly a valid amount; one in eight asks for more than is active (must fail).
        bool tooMuch = _h(amount) % 8 == 0;
        if (tooMuch) amount = p.active + 1 + (amount >> 8) % 1000 ether;
        else if (p.active == 0) return;
        else amount = bound(amount, 1, p.active);
        vm.prank(a);
        try staking.requestUnstake(amount) {
            _expectOutcome(!tooMuch, true, "requestUnstake");
            p.active -= amount;
            p.unbonding += amount;
            p.unlockAt = currentTime + ghostDelay;
            _count("requestUnstake");
        } catch {
            _expectOutcome(!tooMuch, false, "requestUnstake");
            _count("requestUnstake.rejected");
        }
    }

    /// @dev Called whether or not the delay has passed: the model says which outcome is right.
    function withdraw(uint256 who) external step {
        address a = _stakers[who % _stakers.length];
        Position storage p = _ghost[a];
        bool expected = p.unbonding > 0 && currentTime >= p.unlockAt;
        uint256 before = token.balanceOf(a);
        vm.prank(a);
        try staking.withdraw() {
            _expectOutcome(expected, true, "withdraw");
            if (token.balanceOf(a) - before != p.unbonding) _surprise("withdraw: amount");
            ghostWithdrawn += p.unbonding;
            p.unbonding = 0;
            p.unlockAt = 0;
            _count("withdraw");
        } catch {
            _expectOutcome(expected, false, "withdraw");
            _count(p.unbonding == 0 ? bytes32("withdraw.nothing") : bytes32("withdraw.early"));
        }
    }

    /// @dev Slashes by governance or by the escrow (both hold SLASHER_ROLE), sometimes more than the
    /// position holds, sometimes an empty position (must fail).
    function slash(uint256 who, uint256 amount, uint256 slasherSeed) external step {
        bool byEscrow = _h(slasherSeed) % 2 == 0;
        address a = _stakers[who % _stakers.length];
        Position storage p = _ghost[a];
        uint256 available = p.active + p.unbonding;
        amount = bound(amount, 1, available == 0 ? 1 ether : available * 2);
        uint256 expectedSlash = _min(amount, available);
        uint256 before = token.balanceOf(beneficiary);
        vm.prank(byEscrow ? escrowSlasher : governance);
        try staking.slash(a, amount, beneficiary, "invariant") returns (uint256 slashed) {
            _expectOutcome(available > 0, true, "slash");
            if (slashed != expectedSlash) _surprise("slash: returned amount");
            if (token.balanceOf(beneficiary) - before != expectedSlash) {
                _surprise("slash: beneficiary received");
            }
            uint256 fromActive = _min(expectedSlash, p.active);
            p.active -= fromActive;
            p.unbonding -= expectedSlash - fromActive;
            ghostSlashed += expectedSlash;
            _count(expectedSlash == available ? bytes32("slash.all") : bytes32("slash"));
        } catch {
            _expectOutcome(available > 0, false, "slash");
            _count("slash.empty");
        }
    }

    function warp(uint256 seconds_) external step {
        uint256 mode = _h(seconds_) % 3;
        uint256 hi = mode == 0 ? 1 hours : mode == 1 ? 2 days : 10 days;
        currentTime += bound(seconds_ >> 2, 1, hi);
        _count("warp");
    }

    function setUnbondingDelay(uint256 delay) external step {
        delay = bound(delay, 0, 100 days); // above 90 days must fail
        bool expected = delay <= staking.MAX_UNBONDING_DELAY();
        vm.prank(governance);
        try staking.setUnbondingDelay(uint64(delay)) {
            _expectOutcome(expected, true, "setUnbondingDelay");
            ghostDelay = delay;
            _count("setUnbondingDelay");
        } catch {
            _expectOutcome(expected, false, "setUnbondingDelay");
            _count("setUnbondingDelay.rejected");
        }
    }

    function setMinStake(uint256 minStake) external step {
        minStake = bound(minStake, 0, 300_000 ether);
        vm.prank(governance);
        staking.setMinStake(minStake);
        ghostMinStake = minStake;
        _count("setMinStake");
    }

    function togglePause() external step {
        vm.prank(governance);
        if (ghostPaused) staking.unpause();
        else staking.pause();
        ghostPaused = !ghostPaused;
        _count(ghostPaused ? bytes32("pause") : bytes32("unpause"));
    }

    /// @dev A plain transfer to the staking contract: no function can move it, and it is not stake.
    function donate(uint256 who, uint256 amount) external step {
        address a = _stakers[who % _stakers.length];
        uint256 bal = token.balanceOf(a);
        if (bal == 0) return;
        amount = bound(amount, 1, _min(bal, 1000 ether));
        vm.prank(a);
        token.transfer(address(staking), amount);
        ghostDonated += amount;
        _count("donate");
    }

    // ------------------------------------------------------------------ views for the invariants

    function stakers() external view returns (address[] memory) {
        return _stakers;
    }

    function ghostPosition(address a)
        external
        view
        returns (uint256 active, uint256 unbonding, uint256 unlockAt)
    {
        Position storage p = _ghost[a];
        return (p.active, p.unbonding, p.unlockAt);
    }

    function ghostTotalStake() external view returns (uint256 sum) {
        for (uint256 i; i < _stakers.length; ++i) {
            Position storage p = _ghost[_stakers[i]];
            sum += p.active + p.unbonding;
        }
    }

    // ------------------------------------------------------------------ internals

    function _applyStake(address a, uint256 amount) internal {
        _ghost[a].active += amount;
        ghostStakedIn += amount;
    }
}
