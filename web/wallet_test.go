package web_test

import (
	"encoding/json"
	"fmt"
)

// testWallet is an EIP-1193 provider injected into every page before its scripts run, standing in
// for MetaMask: it announces itself through EIP-6963 (and as window.ethereum), starts on the wrong
// chain (1) and does not know the dev chain until wallet_addEthereumChain, shares one account, and
// forwards everything else to anvil, which signs for its unlocked dev accounts (personal_sign,
// eth_signTypedData_v4, eth_sendTransaction).
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
          return forward(method, params);
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
