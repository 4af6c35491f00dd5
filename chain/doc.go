// Package chain is Gintonic's edge to the EVM: deploying the contracts, the deployments file the
// services read, EIP-712 bids and usage reports, EIP-2612 permits, sending transactions and turning
// reverts into errors that name the contract's custom error.
package chain
