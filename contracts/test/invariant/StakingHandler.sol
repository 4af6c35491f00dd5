// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {HandlerBase} from "./HandlerBase.sol";
import {GinToken} from "../../src/GinToken.sol";
import {ProviderStaking} from "../../src/ProviderStaking.sol";

/// @notice Drives ProviderStaking alone: stakers stake (approve or permit), request unstakes (also of
/// locked stake, which must fail), withdraw (also too early); the escrow's locker role locks and unlocks
/// parts of their stake; they get slashed by the disputes contract (the only slasher) while governance and
/// the escrow try to slash and must fail; governance changes the delay and the minimum and pauses, someone
/// donates tokens by plain transfer, and time moves on. Every position and lock is mirrored in a ghost
/// model that the invariants compare against.
contract StakingHandler is HandlerBase {
    struct Position {
        uint256 active;
        uint256 unbonding;
        uint256 unlockAt;
        uint256 locked;
    }

    struct LockG {
        address account;
        uint256 amount;
    }

    GinToken public immutable token;
    ProviderStaking public immutable staking;
    address public immutable governance;
    address public immutable slasher; // FaultDisputes: holds SLASHER_ROLE (and LOCKER_ROLE)
    address public immutable locker; // AuctionEscrow: holds LOCKER_ROLE only
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
    /// @notice Lock keys ever opened (closed ones have a zero account in the model).
    bytes32[] internal _lockKeys;
    mapping(bytes32 key => LockG) internal _locks;

    constructor(
        GinToken token_,
        ProviderStaking staking_,
        address governance_,
        address slasher_,
        address locker_,
        address beneficiary_,
        uint256[] memory pks
    ) {
        token = token_;
        staking = staking_;
        governance = governance_;
        slasher = slasher_;
        locker = locker_;
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
            _ghost[a] = Position(staking_.stakeOf(a), unbonding, unlockAt, staking_.lockedStakeOf(a));
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
        uint256 unlocked = p.active - p.locked;
        // Mostly a valid amount; one in eight asks for more than is active, one in eight (when something
        // is locked) more than is unlocked: both must fail.
        uint256 mode = _h(amount) % 8;
        bool tooMuch = mode == 0;
        bool intoLocked = mode == 1 && p.locked > 0;
        if (tooMuch) amount = p.active + 1 + (amount >> 8) % 1000 ether;
        else if (intoLocked) amount = unlocked + bound(amount >> 8, 1, p.locked);
        else if (unlocked == 0) return;
        else amount = bound(amount, 1, unlocked);
        bool expected = !tooMuch && !intoLocked;
        vm.prank(a);
        try staking.requestUnstake(amount) {
            _expectOutcome(expected, true, "requestUnstake");
            p.active -= amount;
            p.unbonding += amount;
            p.unlockAt = currentTime + ghostDelay;
            _count("requestUnstake");
        } catch {
            _expectOutcome(expected, false, "requestUnstake");
            _count(intoLocked ? bytes32("requestUnstake.locked") : bytes32("requestUnstake.rejected"));
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

    /// @dev Slashes by the disputes contract (the only slasher), sometimes more than the position holds,
    /// sometimes an empty position (must fail). One in four attempts comes from governance or the escrow,
    /// which hold no SLASHER_ROLE (H-2) and must fail. A slash clamps the account's locked stake to what
    /// is left active.
    function slash(uint256 who, uint256 amount, uint256 slasherSeed) external step {
        uint256 k = _h(slasherSeed) % 8;
        address caller = k == 0 ? governance : k == 1 ? locker : slasher;
        bool authorized = caller == slasher;
        address a = _stakers[who % _stakers.length];
        Position storage p = _ghost[a];
        uint256 available = p.active + p.unbonding;
        amount = bound(amount, 1, available == 0 ? 1 ether : available * 2);
        uint256 expectedSlash = _min(amount, available);
        uint256 before = token.balanceOf(beneficiary);
        bool expected = authorized && available > 0;
        vm.prank(caller);
        try staking.slash(a, amount, beneficiary, "invariant") returns (uint256 slashed) {
            _expectOutcome(expected, true, "slash");
            if (slashed != expectedSlash) _surprise("slash: returned amount");
            if (token.balanceOf(beneficiary) - before != expectedSlash) {
                _surprise("slash: beneficiary received");
            }
            uint256 fromActive = _min(expectedSlash, p.active);
            p.active -= fromActive;
            p.unbonding -= expectedSlash - fromActive;
            if (p.locked > p.active) p.locked = p.active;
            ghostSlashed += expectedSlash;
            _count(expectedSlash == available ? bytes32("slash.all") : bytes32("slash"));
        } catch {
            _expectOutcome(expected, false, "slash");
            _count(!authorized ? bytes32("slash.unauthorized") : bytes32("slash.empty"));
        }
    }

    /// @dev The escrow (or the disputes contract) locks part of an account's unlocked stake under a new
    /// key; one in eight asks for more than is unlocked, one in sixteen reuses an open key, one in sixteen
    /// comes from governance (which holds no LOCKER_ROLE): all must fail.
    function lock(uint256 who, uint256 amount, uint256 mode) external step {
        address a = _stakers[who % _stakers.length];
        Position storage p = _ghost[a];
        uint256 unlocked = p.active - p.locked;
        mode = _h(mode) % 16;
        bool tooMuch = mode < 2;
        bool reuse = mode == 2 && _openLock(amount) != bytes32(0);
        bool byGovernance = mode == 3;
        if (tooMuch) amount = unlocked + 1 + (amount >> 8) % 1000 ether;
        else if (unlocked == 0) return;
        else amount = bound(amount >> 8, 1, unlocked);
        bytes32 key = reuse ? _openLock(amount) : keccak256(abi.encode("lock", _lockKeys.length, a));
        bool expected = !tooMuch && !reuse && !byGovernance;
        vm.prank(byGovernance ? governance : mode % 2 == 0 ? locker : slasher);
        try staking.lock(a, key, amount) {
            _expectOutcome(expected, true, "lock");
            p.locked += amount;
            _locks[key] = LockG(a, amount);
            _lockKeys.push(key);
            _count("lock");
        } catch {
            _expectOutcome(expected, false, "lock");
            _count("lock.rejected");
        }
    }

    /// @dev The locker releases an open lock (it returns what the lock still holds after slashes); one in
    /// eight tries a key that is not open (must fail).
    function unlock(uint256 seed) external step {
        bytes32 key = _openLock(seed);
        bool expected = key != bytes32(0) && _h(seed) % 8 != 0;
        if (!expected) key = keccak256(abi.encode("no such lock", seed));
        LockG memory l = _locks[key];
        uint256 held;
        if (expected) held = _min(l.amount, _ghost[l.account].locked);
        vm.prank(locker);
        try staking.unlock(key) returns (uint256 amount) {
            _expectOutcome(expected, true, "unlock");
            if (amount != held) _surprise("unlock: returned amount");
            _ghost[l.account].locked -= held;
            delete _locks[key];
            _count(held < l.amount ? bytes32("unlock.afterSlash") : bytes32("unlock"));
        } catch {
            _expectOutcome(expected, false, "unlock");
            _count("unlock.rejected");
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
        returns (uint256 active, uint256 unbonding, uint256 unlockAt, uint256 locked)
    {
        Position storage p = _ghost[a];
        return (p.active, p.unbonding, p.unlockAt, p.locked);
    }

    /// @notice Every lock key ever opened, with the model's account and amount (zero once released).
    function ghostLocks()
        external
        view
        returns (bytes32[] memory keys, address[] memory accounts, uint256[] memory amounts)
    {
        uint256 n = _lockKeys.length;
        keys = _lockKeys;
        accounts = new address[](n);
        amounts = new uint256[](n);
        for (uint256 i; i < n; ++i) {
            accounts[i] = _locks[keys[i]].account;
            amounts[i] = _locks[keys[i]].amount;
        }
    }

    function ghostTotalStake() external view returns (uint256 sum) {
        for (uint256 i; i < _stakers.length; ++i) {
            Position storage p = _ghost[_stakers[i]];
            sum += p.active + p.unbonding;
        }
    }

    // ------------------------------------------------------------------ internals

    /// @dev An open lock's key (scanning from a random start), or zero when none is open.
    function _openLock(uint256 seed) internal view returns (bytes32) {
        uint256 n = _lockKeys.length;
        if (n == 0) return bytes32(0);
        uint256 start = seed % n;
        for (uint256 k; k < n; ++k) {
            bytes32 key = _lockKeys[(start + k) % n];
            if (_locks[key].account != address(0)) return key;
        }
        return bytes32(0);
    }

    function _applyStake(address a, uint256 amount) internal {
        _ghost[a].active += amount;
        ghostStakedIn += amount;
    }
}
