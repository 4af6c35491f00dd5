// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title GinToken
/// @notice The Gintonic token (GIN): clients pay for GPU time in it and providers stake it.
/// @dev Fixed supply, minted once at deployment; EIP-2612 permit lets a wallet deposit or stake with
/// one signature and one transaction. The supply is bounded by uint96 so that every amount the
/// marketplace stores can be packed into 96 bits without a lossy cast.
contract GinToken is ERC20, ERC20Permit {
    /// @notice The holder is the zero address.
    error ZeroHolder();
    /// @notice The supply does not fit the 96-bit amounts the escrow packs.
    error SupplyTooLarge(uint256 supply);

    /// @param holder Receives the whole fixed supply.
    /// @param supply The fixed supply in wei (18 decimals); at most type(uint96).max.
    constructor(address holder, uint256 supply) ERC20("Gintonic", "GIN") ERC20Permit("Gintonic") {
        if (holder == address(0)) revert ZeroHolder();
        if (supply > type(uint96).max) revert SupplyTooLarge(supply);
        _mint(holder, supply);
    }
}
