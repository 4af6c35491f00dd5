// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title GinTimelock
/// @notice Governance of Gintonic's contracts: OpenZeppelin's TimelockController, unchanged. It is the
/// admin of ProviderStaking, AuctionEscrow and FaultDisputes, so every role grant and parameter change
/// waits `minDelay`, which deployment sets longer than the unbonding delay: stakers see any change coming
/// and can leave before it applies.
contract GinTimelock is TimelockController {
    /// @param minDelay Seconds every operation waits between schedule and execute.
    /// @param proposers May schedule (and cancel) operations.
    /// @param executors May execute ready operations (address(0) in the list: anyone).
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors)
        TimelockController(minDelay, proposers, executors, address(0))
    {}
}
