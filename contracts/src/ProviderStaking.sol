// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {
    AccessControlDefaultAdminRules
} from "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IProviderStaking} from "./interfaces/IProviderStaking.sol";

/// @title ProviderStaking
/// @notice GPU providers and controller nodes lock GIN here as collateral. Stake is withdrawn in two
/// steps (request, then withdraw after the unbonding delay) and stays slashable while it unbonds.
/// Part of an account's active stake can be locked by the marketplace contracts (a provider's
/// collateral for a running award, a controller's bond for a failure report it signed): locked stake
/// cannot be unstaked, and does not count towards eligibility for more work.
/// @dev Invariants: token.balanceOf(this) == totalActive + totalUnbonding (plus tokens sent here by
/// plain transfer, which no function can move); every account's locked <= active; the sum of all
/// locks of an account equals its locked stake.
/// Nobody holds a direct power to take stake: SLASHER_ROLE belongs to the dispute contract only
/// (granted at construction), and the admin is meant to be a TimelockController whose delay exceeds
/// the unbonding delay, so any new grant is visible long enough for every staker to leave first.
contract ProviderStaking is
    IProviderStaking,
    AccessControlDefaultAdminRules,
    Pausable,
    ReentrancyGuardTransient
{
    using SafeERC20 for IERC20;

    /// @notice Role allowed to slash: the dispute contract, and only through its quorum + challenge path.
    bytes32 public constant SLASHER_ROLE = keccak256("SLASHER_ROLE");
    /// @notice Role allowed to lock and unlock stake: the escrow (award collateral) and the disputes (bonds).
    bytes32 public constant LOCKER_ROLE = keccak256("LOCKER_ROLE");

    /// @notice Longest unbonding delay governance may set.
    uint64 public constant MAX_UNBONDING_DELAY = 90 days;

    struct Position {
        uint128 active;
        uint128 unbonding;
        uint64 unlockAt;
        uint128 locked; // part of active held by locks
    }

    /// @notice A lock on part of an account's active stake, keyed by its purpose (an award round, a report).
    struct Lock {
        address account;
        uint96 amount;
    }

    /// @notice The staked token (GIN).
    IERC20 public immutable token;
    /// @notice Active stake a provider needs to be eligible for any job.
    uint256 public minStake;
    /// @notice Seconds between an unstake request and the moment the stake can be withdrawn.
    uint64 public unbondingDelay;
    /// @notice Sum of active stake over all accounts.
    uint256 public totalActive;
    /// @notice Sum of unbonding stake over all accounts.
    uint256 public totalUnbonding;

    mapping(address account => Position) internal _positions;
    /// @notice Open locks by key.
    mapping(bytes32 key => Lock) public locks;
    /// @notice The operator key a provider's agent signs bids and usage reports with (zero: the
    /// provider's own key only). The staking key stays off the rig that runs clients' containers.
    mapping(address provider => address operator) public operatorOf;
    /// @notice The provider an operator key signs for (an operator key serves one provider).
    mapping(address operator => address provider) public providerOf;

    /// @notice `account` added `amount` to its active stake.
    event Staked(address indexed account, uint256 amount);
    /// @notice `account` moved `amount` from active to unbonding; it unlocks at `unlockAt`.
    event UnstakeRequested(address indexed account, uint256 amount, uint64 unlockAt);
    /// @notice `account` withdrew `amount` of unbonded stake.
    event StakeWithdrawn(address indexed account, uint256 amount);
    /// @notice `amount` was slashed from `account` (`fromActive` of it from active stake) and sent to `beneficiary`.
    event Slashed(
        address indexed account,
        address indexed beneficiary,
        uint256 amount,
        uint256 fromActive,
        uint256 fromUnbonding,
        string reason
    );
    /// @notice `amount` of `account`'s active stake was locked under `key`.
    event StakeLocked(address indexed account, bytes32 indexed key, uint256 amount);
    /// @notice The lock `key` on `account`'s stake was released.
    event StakeUnlocked(address indexed account, bytes32 indexed key, uint256 amount);
    /// @notice `provider` authorized `operator` to sign its bids and usage reports (zero: revoked).
    event OperatorSet(address indexed provider, address indexed operator);
    /// @notice Governance changed the minimum stake.
    event MinStakeSet(uint256 minStake);
    /// @notice Governance changed the unbonding delay.
    event UnbondingDelaySet(uint64 delay);

    /// @notice The operator key already signs for a provider, is the caller, or holds stake of its own;
    /// or a staker tried to become someone's operator.
    error InvalidOperator(address operator);
    /// @notice An amount of zero was given where a positive amount is required.
    error ZeroAmount();
    /// @notice The zero address was given for the token or a beneficiary.
    error ZeroAddress();
    /// @notice The account has less active stake than requested.
    error InsufficientStake(uint256 available, uint256 requested);
    /// @notice Nothing is unbonding for this account.
    error NothingUnbonding();
    /// @notice The unbonding delay has not passed yet.
    error StillUnbonding(uint64 unlockAt);
    /// @notice The account has nothing that could be slashed.
    error NothingToSlash(address account);
    /// @notice The unbonding delay exceeds MAX_UNBONDING_DELAY.
    error DelayTooLong(uint64 delay);
    /// @notice The permit could not be used and the allowance does not cover the amount.
    error PermitFailed();
    /// @notice The account's unlocked active stake is smaller than the amount.
    error StakeLockedUp(uint256 unlocked, uint256 requested);
    /// @notice A lock with this key exists already, or does not exist.
    error BadLock(bytes32 key);

    /// @param token_ The GIN token.
    /// @param admin Governance (DEFAULT_ADMIN_ROLE): a TimelockController in production. It cannot slash.
    /// @param adminTransferDelay Seconds a new admin must wait before accepting the role.
    /// @param minStake_ Active stake required to be eligible for jobs.
    /// @param unbondingDelay_ Seconds stake stays slashable after an unstake request.
    /// @param escrow The AuctionEscrow (locks award collateral).
    /// @param disputes The FaultDisputes contract (locks reporters' bonds, slashes).
    constructor(
        IERC20 token_,
        address admin,
        uint48 adminTransferDelay,
        uint256 minStake_,
        uint64 unbondingDelay_,
        address escrow,
        address disputes
    ) AccessControlDefaultAdminRules(adminTransferDelay, admin) {
        if (address(token_) == address(0) || escrow == address(0) || disputes == address(0)) {
            revert ZeroAddress();
        }
        if (unbondingDelay_ > MAX_UNBONDING_DELAY) revert DelayTooLong(unbondingDelay_);
        token = token_;
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
        _grantRole(LOCKER_ROLE, escrow);
        _grantRole(LOCKER_ROLE, disputes);
        _grantRole(SLASHER_ROLE, disputes);
        emit MinStakeSet(minStake_);
        emit UnbondingDelaySet(unbondingDelay_);
    }

    // ---------------------------------------------------------------- staking

    /// @notice Stakes `amount` GIN from the caller (needs an allowance).
    function stake(uint256 amount) external whenNotPaused nonReentrant {
        _stake(msg.sender, amount);
    }

    /// @notice Stakes `amount` GIN using an EIP-2612 permit instead of a prior approve transaction.
    /// @dev A front-run permit (same signature used first by someone else) is tolerated when the
    /// resulting allowance is enough.
    function stakeWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s)
        external
        whenNotPaused
        nonReentrant
    {
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {}
        catch {
            if (token.allowance(msg.sender, address(this)) < amount) revert PermitFailed();
        }
        _stake(msg.sender, amount);
    }

    /// @notice Moves `amount` of the caller's active stake into unbonding. The unbonding clock of the
    /// whole unbonding amount restarts, so stake can never leave faster than `unbondingDelay`.
    function requestUnstake(uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Position storage p = _positions[msg.sender];
        if (p.active < amount) revert InsufficientStake(p.active, amount);
        if (p.active - p.locked < amount) revert StakeLockedUp(p.active - p.locked, amount);
        uint64 unlockAt = uint64(block.timestamp) + unbondingDelay;
        // forge-lint: disable-next-line(unsafe-typecast) amount <= p.active, a uint128
        p.active -= uint128(amount);
        // forge-lint: disable-next-line(unsafe-typecast) same amount
        p.unbonding += uint128(amount);
        p.unlockAt = unlockAt;
        totalActive -= amount;
        totalUnbonding += amount;
        emit UnstakeRequested(msg.sender, amount, unlockAt);
    }

    /// @notice Withdraws all of the caller's unbonded stake once the unbonding delay has passed.
    function withdraw() external nonReentrant {
        Position storage p = _positions[msg.sender];
        uint256 amount = p.unbonding;
        if (amount == 0) revert NothingUnbonding();
        if (block.timestamp < p.unlockAt) revert StillUnbonding(p.unlockAt);
        p.unbonding = 0;
        p.unlockAt = 0;
        totalUnbonding -= amount;
        token.safeTransfer(msg.sender, amount);
        emit StakeWithdrawn(msg.sender, amount);
    }

    // ---------------------------------------------------------------- slashing

    /// @inheritdoc IProviderStaking
    /// @dev Takes from active stake first, then from unbonding stake. Never takes more than the
    /// account holds; a positive request against a positive position always slashes at least 1 wei.
    function slash(address account, uint256 amount, address beneficiary, string calldata reason)
        external
        onlyRole(SLASHER_ROLE)
        nonReentrant
        returns (uint256 slashed)
    {
        if (amount == 0) revert ZeroAmount();
        if (beneficiary == address(0)) revert ZeroAddress();
        Position storage p = _positions[account];
        uint256 available = uint256(p.active) + p.unbonding;
        if (available == 0) revert NothingToSlash(account);
        slashed = amount < available ? amount : available;
        uint256 fromActive = slashed < p.active ? slashed : p.active;
        uint256 fromUnbonding = slashed - fromActive;
        // forge-lint: disable-next-line(unsafe-typecast) fromActive <= p.active, a uint128
        p.active -= uint128(fromActive);
        if (p.locked > p.active) p.locked = p.active; // a lock never exceeds what is left
        // forge-lint: disable-next-line(unsafe-typecast) fromUnbonding <= p.unbonding, a uint128
        p.unbonding -= uint128(fromUnbonding);
        totalActive -= fromActive;
        totalUnbonding -= fromUnbonding;
        token.safeTransfer(beneficiary, slashed);
        emit Slashed(account, beneficiary, slashed, fromActive, fromUnbonding, reason);
    }

    // ---------------------------------------------------------------- locks

    /// @notice Locks `amount` of `account`'s unlocked active stake under `key` (a new key).
    function lock(address account, bytes32 key, uint256 amount) external onlyRole(LOCKER_ROLE) {
        if (locks[key].account != address(0)) revert BadLock(key);
        if (amount == 0) return;
        Position storage p = _positions[account];
        uint256 unlocked = uint256(p.active) - p.locked;
        if (unlocked < amount) revert StakeLockedUp(unlocked, amount);
        // forge-lint: disable-next-line(unsafe-typecast) amount <= unlocked <= p.active, a uint128
        p.locked += uint128(amount);
        locks[key] = Lock(account, SafeCast.toUint96(amount));
        emit StakeLocked(account, key, amount);
    }

    /// @notice Releases the lock `key`. Returns what it held (after slashes, never more than active).
    function unlock(bytes32 key) external onlyRole(LOCKER_ROLE) returns (uint256 amount) {
        Lock memory l = locks[key];
        if (l.account == address(0)) revert BadLock(key);
        delete locks[key];
        Position storage p = _positions[l.account];
        amount = l.amount < p.locked ? l.amount : p.locked;
        // forge-lint: disable-next-line(unsafe-typecast) amount <= p.locked, a uint128
        p.locked -= uint128(amount);
        emit StakeUnlocked(l.account, key, amount);
    }

    // ---------------------------------------------------------------- views

    /// @notice Active stake of `account` that no lock holds.
    function unlockedStakeOf(address account) external view returns (uint256) {
        Position storage p = _positions[account];
        return uint256(p.active) - p.locked;
    }

    /// @notice Active stake of `account` held by locks.
    function lockedStakeOf(address account) external view returns (uint256) {
        return _positions[account].locked;
    }

    /// @inheritdoc IProviderStaking
    function stakeOf(address account) external view returns (uint256) {
        return _positions[account].active;
    }

    /// @notice Unbonding stake of `account` and the time it can be withdrawn.
    function unbondingOf(address account) external view returns (uint256 amount, uint64 unlockAt) {
        Position storage p = _positions[account];
        return (p.unbonding, p.unlockAt);
    }

    /// @inheritdoc IProviderStaking
    function slashableOf(address account) external view returns (uint256) {
        Position storage p = _positions[account];
        return uint256(p.active) + p.unbonding;
    }

    /// @inheritdoc IProviderStaking
    function isEligible(address provider, uint256 jobMinimum) external view returns (bool) {
        uint256 required = jobMinimum > minStake ? jobMinimum : minStake;
        Position storage p = _positions[provider];
        uint256 unlocked = uint256(p.active) - p.locked;
        return unlocked > 0 && unlocked >= required;
    }

    // ---------------------------------------------------------------- operator keys

    /// @notice Authorizes `operator` to sign the caller's bids and usage reports, replacing the
    /// previous operator; address(0) revokes. An operator key can do nothing else: it cannot stake,
    /// unstake, withdraw or name another operator, so a compromised rig exposes the jobs it signs
    /// for, never the stake. A revoked key's signatures stop counting at once (bids not yet awarded
    /// and reports not yet settled included: the agent re-signs with the new key).
    function setOperator(address operator) external {
        if (providerOf[msg.sender] != address(0)) revert InvalidOperator(msg.sender);
        if (operator != address(0)) {
            Position storage o = _positions[operator];
            if (
                operator == msg.sender || providerOf[operator] != address(0) || o.active != 0
                    || o.unbonding != 0
            ) {
                revert InvalidOperator(operator);
            }
        }
        address old = operatorOf[msg.sender];
        if (old != address(0)) delete providerOf[old];
        operatorOf[msg.sender] = operator;
        if (operator != address(0)) providerOf[operator] = msg.sender;
        emit OperatorSet(msg.sender, operator);
    }

    /// @inheritdoc IProviderStaking
    function signsFor(address provider, address signer) external view returns (bool) {
        return signer != address(0) && (signer == provider || operatorOf[provider] == signer);
    }

    // ---------------------------------------------------------------- governance

    /// @notice Sets the active stake required for eligibility.
    function setMinStake(uint256 minStake_) external onlyRole(DEFAULT_ADMIN_ROLE) {
        minStake = minStake_;
        emit MinStakeSet(minStake_);
    }

    /// @notice Sets the unbonding delay for future unstake requests.
    function setUnbondingDelay(uint64 delay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (delay > MAX_UNBONDING_DELAY) revert DelayTooLong(delay);
        unbondingDelay = delay;
        emit UnbondingDelaySet(delay);
    }

    /// @notice Stops new stake from coming in. Unstaking, withdrawals and slashing keep working.
    function pause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _pause();
    }

    /// @notice Lifts a pause.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    function _stake(address account, uint256 amount) internal {
        if (amount == 0) revert ZeroAmount();
        if (providerOf[account] != address(0)) revert InvalidOperator(account);
        Position storage p = _positions[account];
        p.active += SafeCast.toUint128(amount);
        totalActive += amount;
        token.safeTransferFrom(account, address(this), amount);
        emit Staked(account, amount);
    }
}
