package web_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
)

// testWallet is an EIP-1193 provider injected into every page before its scripts run, standing in
// for MetaMask: it announces itself through EIP-6963 (and as window.ethereum), starts on the wrong
// chain (1) and does not know the dev chain until wallet_addEthereumChain, shares one account,
// signs with that account's key — held by the test, reached through the exposed function
// window.__testWalletSign (see walletSigner) — and forwards reads and raw transactions to anvil.
func testWallet(rpc, account string, chainID uint64) string {
	cfg, _ := json.Marshal(map[string]any{"rpc": rpc, "account": account, "chain": fmt.Sprintf("0x%x", chainID)})
	return `(() => {
  const cfg = ` + string(cfg) + `;
  // The wallet remembers its network across page loads, as a real one does.
  let chainId = sessionStorage.getItem('testwallet.chain') || '0x1', known = chainId !== '0x1', seq = 0;
  const setChain = (id) => { chainId = id; sessionStorage.setItem('testwallet.chain', id); emit('chainChanged', id); };
  const listeners = {};
  const emit = (ev, arg) => (listeners[ev] || []).forEach((f) => f(arg));
  const fail = (code, message) => Object.assign(new Error(message), { code });
  const forward = async (method, params) => {
    const r = await fetch(cfg.rpc, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++seq, method, params: params || [] }) });
    const j = await r.json();
    if (j.error) throw Object.assign(new Error(j.error.message), { code: j.error.code, data: j.error.data });
    return j.result;
  };
  const provider = {
    async request({ method, params }) {
      (window.__walletCalls = window.__walletCalls || []).push(method);
      switch (method) {
        case 'eth_requestAccounts': case 'eth_accounts': return [cfg.account];
        case 'eth_chainId': return chainId;
        case 'net_version': return String(parseInt(chainId, 16));
        case 'wallet_addEthereumChain':
          if (params[0].chainId.toLowerCase() !== cfg.chain) throw fail(4001, 'test wallet: unexpected chain');
          known = true; setChain(cfg.chain); return null;
        case 'wallet_switchEthereumChain':
          if (!known || params[0].chainId.toLowerCase() !== cfg.chain) throw fail(4902, 'Unrecognized chain ID');
          setChain(cfg.chain); return null;
        case 'eth_sendTransaction': case 'eth_signTypedData_v4': case 'personal_sign':
          if (chainId !== cfg.chain) throw fail(4100, 'test wallet: on the wrong chain');
          return window.__testWalletSign({ method, params });
        default: return forward(method, params);
      }
    },
    on(ev, f) { (listeners[ev] = listeners[ev] || []).push(f); },
    removeListener(ev, f) { listeners[ev] = (listeners[ev] || []).filter((g) => g !== f); },
  };
  window.ethereum = provider;
  const info = Object.freeze({ uuid: '6f1c6c52-3c1e-4d7e-9b8a-0d2f9a1e7c11', name: 'Test Wallet', rdns: 'dev.gintonic.testwallet',
    icon: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 20 20%22%3E%3Ccircle cx=%2210%22 cy=%2210%22 r=%229%22 fill=%22%234fd1a5%22/%3E%3C/svg%3E' });
  const announce = () => window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }));
  window.addEventListener('eip6963:requestProvider', announce);
  announce();
})();`
}

// signRequest is what the page's wallet asks the test to sign.
type signRequest struct {
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// walletSigner signs for the test wallet with key: personal_sign and eth_signTypedData_v4 locally
// (EIP-191, EIP-712), eth_sendTransaction by filling in nonce, gas and EIP-1559 fees from the
// chain, signing, and sending the raw transaction — as a wallet does.
func walletSigner(eth *ethclient.Client, chainID *big.Int, key *ecdsa.PrivateKey) func(context.Context, signRequest) (string, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	sign := func(hash []byte) (string, error) {
		sig, err := crypto.Sign(hash, key)
		if err != nil {
			return "", err
		}
		sig[64] += 27
		return hexutil.Encode(sig), nil
	}
	return func(ctx context.Context, r signRequest) (string, error) {
		switch r.Method {
		case "personal_sign":
			var msg hexutil.Bytes
			if len(r.Params) < 1 || json.Unmarshal(r.Params[0], &msg) != nil {
				return "", errors.New("personal_sign: want [message, address]")
			}
			return sign(accounts.TextHash(msg))
		case "eth_signTypedData_v4":
			var raw string
			if len(r.Params) < 2 || json.Unmarshal(r.Params[1], &raw) != nil {
				return "", errors.New("eth_signTypedData_v4: want [address, typed data JSON]")
			}
			var td apitypes.TypedData
			if err := json.Unmarshal([]byte(raw), &td); err != nil {
				return "", fmt.Errorf("eth_signTypedData_v4: %w", err)
			}
			hash, _, err := apitypes.TypedDataAndHash(td)
			if err != nil {
				return "", fmt.Errorf("eth_signTypedData_v4: %w", err)
			}
			return sign(hash)
		case "eth_sendTransaction":
			var tx struct {
				From  common.Address  `json:"from"`
				To    *common.Address `json:"to"`
				Data  hexutil.Bytes   `json:"data"`
				Value *hexutil.Big    `json:"value"`
				Gas   *hexutil.Uint64 `json:"gas"`
			}
			if len(r.Params) < 1 || json.Unmarshal(r.Params[0], &tx) != nil {
				return "", errors.New("eth_sendTransaction: want [transaction]")
			}
			if tx.From != from {
				return "", fmt.Errorf("eth_sendTransaction: the wallet holds %s, not %s", from.Hex(), tx.From.Hex())
			}
			value := new(big.Int)
			if tx.Value != nil {
				value = tx.Value.ToInt()
			}
			nonce, err := eth.PendingNonceAt(ctx, from)
			if err != nil {
				return "", err
			}
			gas := uint64(0)
			if tx.Gas != nil {
				gas = uint64(*tx.Gas)
			} else if gas, err = eth.EstimateGas(ctx, ethereum.CallMsg{From: from, To: tx.To, Data: tx.Data, Value: value}); err != nil {
				return "", err
			}
			tip, err := eth.SuggestGasTipCap(ctx)
			if err != nil {
				return "", err
			}
			head, err := eth.HeaderByNumber(ctx, nil)
			if err != nil {
				return "", err
			}
			signed, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
				GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))), Gas: gas,
				To: tx.To, Value: value, Data: tx.Data})
			if err != nil {
				return "", err
			}
			if err := eth.SendTransaction(ctx, signed); err != nil {
				return "", err
			}
			return signed.Hash().Hex(), nil
		}
		return "", fmt.Errorf("the test wallet does not sign %s", r.Method)
	}
}
