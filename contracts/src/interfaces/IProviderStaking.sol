// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IProviderStaking
/// @notice What the marketplace contracts need from the staking contract: eligibility, locks on stake
/// (award collateral, reporters' bonds) and slashing (disputes only).
interface IProviderStaking {
    /// @notice Active (not unbonding) stake of `account`, locked or not.
    function stakeOf(address account) external view returns (uint256);

    /// @notice Active stake of `account` that no lock holds.
    function unlockedStakeOf(address account) external view returns (uint256);

    /// @notice Everything that can still be slashed from `account`: active plus unbonding stake.
    function slashableOf(address account) external view returns (uint256);

    /// @notice Whether `signer` may sign bids and usage reports for `provider`: the provider's own key
    /// or the operator key it authorized with `setOperator`.
    function signsFor(address provider, address signer) external view returns (bool);

    /// @notice Whether `provider`'s unlocked active stake meets both the global minimum and `jobMinimum`.
    function isEligible(address provider, uint256 jobMinimum) external view returns (bool);

    /// @notice Locks `amount` of `account`'s unlocked active stake under the new key `key`.
    function lock(address account, bytes32 key, uint256 amount) external;

    /// @notice The lock under `key`: whose stake, how much (account is zero when there is none).
    function locks(bytes32 key) external view returns (address account, uint96 amount);

    /// @notice Releases the lock `key` and returns the amount it held.
    function unlock(bytes32 key) external returns (uint256 amount);

    /// @notice Takes up to `amount` from `account` (active first, then unbonding) and sends it to
    /// `beneficiary`. Returns the amount actually slashed.
    function slash(address account, uint256 amount, address beneficiary, string calldata reason)
        external
        returns (uint256 slashed);
}
