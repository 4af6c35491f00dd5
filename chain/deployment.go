package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// Deployment is what the deploy command writes and every other service reads: which chain, which
// contracts, and from which block their history starts.
type Deployment struct {
	ChainID     uint64         `json:"chainId"`
	Token       common.Address `json:"token"`
	Staking     common.Address `json:"staking"`
	Escrow      common.Address `json:"escrow"`
	Disputes    common.Address `json:"disputes"`
	Timelock    common.Address `json:"timelock"`
	DeployBlock uint64         `json:"deployBlock"`
	Deployer    common.Address `json:"deployer"`
}

// Validate reports the first missing or zero field by its JSON name.
func (d *Deployment) Validate() error {
	if d.ChainID == 0 {
		return errors.New(`deployment: "chainId" is missing or zero`)
	}
	for _, f := range []struct {
		name string
		addr common.Address
	}{{"token", d.Token}, {"staking", d.Staking}, {"escrow", d.Escrow}, {"disputes", d.Disputes}, {"timelock", d.Timelock}} {
		if f.addr == (common.Address{}) {
			return fmt.Errorf("deployment: %q address is missing or zero", f.name)
		}
	}
	seen := map[common.Address]bool{}
	for _, a := range []common.Address{d.Token, d.Staking, d.Escrow, d.Disputes, d.Timelock} {
		if seen[a] {
			return errors.New("deployment: token, staking, escrow, disputes and timelock must be five different addresses")
		}
		seen[a] = true
	}
	return nil
}

// EscrowDomain is the EIP-712 domain of this deployment's escrow.
func (d *Deployment) EscrowDomain() Domain {
	return EscrowDomain(new(big.Int).SetUint64(d.ChainID), d.Escrow)
}

// DisputesDomain is the EIP-712 domain of this deployment's FaultDisputes.
func (d *Deployment) DisputesDomain() Domain {
	return DisputesDomain(new(big.Int).SetUint64(d.ChainID), d.Disputes)
}

// TokenDomain is the EIP-2612 domain of this deployment's token.
func (d *Deployment) TokenDomain() Domain {
	return TokenDomain(new(big.Int).SetUint64(d.ChainID), d.Token)
}

// LoadDeployment reads and validates a deployments file.
func LoadDeployment(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployments file: %w (run gin-deploy first, or pass the right path)", err)
	}
	var d Deployment
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("parse deployments file %s: %w", path, err)
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, nil
}

// Save writes the deployment as indented JSON, atomically (temp file + rename).
func (d *Deployment) Save(path string) error {
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write deployments file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write deployments file: %w", err)
	}
	return nil
}

// ChainReader is the part of an RPC client that Verify needs.
type ChainReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// Verify checks that the RPC endpoint serves the deployment's chain and that each contract has code,
// so a service pointed at the wrong chain or a stale deployments file fails at start with a reason.
func (d *Deployment) Verify(ctx context.Context, c ChainReader) error {
	id, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("verify deployment: read chain id: %w", err)
	}
	if !id.IsUint64() || id.Uint64() != d.ChainID {
		return fmt.Errorf("verify deployment: the RPC endpoint serves chain %s but the deployments file is for chain %d", id, d.ChainID)
	}
	for _, f := range []struct {
		name string
		addr common.Address
	}{{"token", d.Token}, {"staking", d.Staking}, {"escrow", d.Escrow}, {"disputes", d.Disputes}, {"timelock", d.Timelock}} {
		code, err := c.CodeAt(ctx, f.addr, nil)
		if err != nil {
			return fmt.Errorf("verify deployment: read code of %s %s: %w", f.name, f.addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("verify deployment: no contract at %s address %s on chain %d (redeploy, or fix the deployments file)", f.name, f.addr, d.ChainID)
		}
	}
	return nil
}

// IsDevChain reports whether chainID is a local development chain (anvil 31337, the simulated
// backend and ganache 1337): the contracts accept second-long windows there, and the services
// allow plain HTTP and private addresses.
func IsDevChain(chainID uint64) bool { return chainID == 31337 || chainID == 1337 }
