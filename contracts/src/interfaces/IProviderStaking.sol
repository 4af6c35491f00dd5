// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IProviderStaking
/// @notice What the escrow needs from the staking contract: eligibility checks and slashing.
interface IProviderStaking {
    /// @notice Active (not unbonding) stake of `account`.
    function stakeOf(address account) external view returns (uint256);

    /// @notice Everything that can still be slashed from `account`: active plus unbonding stake.
    function slashableOf(address account) external view returns (uint256);

    /// @notice Whether `provider`'s active stake meets both the global minimum and `jobMinimum`.
    function isEligible(address provider, uint256 jobMinimum) external view returns (bool);

    /// @notice Takes up to `amount` from `account` (active first, then unbonding) and sends it to
    /// `beneficiary`. Returns the amount actually slashed.
    function slash(address account, uint256 amount, address beneficiary, string calldata reason)
        external
        returns (uint256 slashed);
}
