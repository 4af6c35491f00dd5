// The wallet side: EIP-6963 discovery, EIP-1193 connection, the deployment's chain, Sign-In with
// Ethereum, and transactions whose progress (signing, sent, confirmed, failed) the page shows.
import {
  type Address, type Hex, type PublicClient, type WalletClient, BaseError, createPublicClient, createWalletClient,
  custom, decodeErrorResult, defineChain, formatUnits,
} from 'viem'
import { createSiweMessage } from 'viem/siwe'
import { auctionEscrowAbi, ginTokenAbi, providerStakingAbi } from './abi.gen'
import { api, session } from './api'

export interface Config { chainId: number; chainName: string; rpcUrl: string; token: Address; staking: Address; escrow: Address }
export interface EIP1193 { request(a: { method: string; params?: unknown }): Promise<unknown>; on?(e: string, f: (x: any) => void): void }
interface Announced { info: { uuid: string; name: string; icon: string; rdns: string }; provider: EIP1193 }

export const errorsAbi = [...ginTokenAbi, ...providerStakingAbi, ...auctionEscrowAbi].filter((x) => x.type === 'error')

export const state = {
  config: undefined as Config | undefined,
  wallets: [] as Announced[],
  provider: undefined as EIP1193 | undefined,
  walletName: '',
  account: undefined as Address | undefined,
  chainId: 0,
  signedIn: '' as string,
  pub: undefined as PublicClient | undefined,
  wallet: undefined as WalletClient | undefined,
  listeners: new Set<() => void>(),
}
export const changed = () => state.listeners.forEach((f) => f())

export async function loadConfig() {
  state.config = await fetch('/config.json').then((r) => r.json())
}

export function chainDef() {
  const c = state.config!
  return defineChain({
    id: c.chainId, name: c.chainName, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [c.rpcUrl] } },
  })
}

/** EIP-6963: wallets announce themselves in answer to a request; window.ethereum is the fallback. */
export function discover() {
  window.addEventListener('eip6963:announceProvider', ((e: CustomEvent<Announced>) => {
    if (!state.wallets.some((w) => w.info.uuid === e.detail.info.uuid)) { state.wallets.push(e.detail); changed() }
  }) as EventListener)
  window.dispatchEvent(new Event('eip6963:requestProvider'))
}

export function injected(): EIP1193 | undefined { return (window as any).ethereum }

export async function connect(p: EIP1193, name: string) {
  const accounts = (await p.request({ method: 'eth_requestAccounts' })) as Address[]
  if (!accounts.length) throw new Error('The wallet shared no account.')
  sessionStorage.setItem('gin.wallet', name)
  await attach(p, name, accounts)
}

/**
 * After a reload: the wallet connected before, if it still shares an account without asking
 * (eth_accounts never prompts), is connected again, and a session still valid is kept.
 */
export async function reconnect(me: () => Promise<{ address: string }>) {
  const name = sessionStorage.getItem('gin.wallet')
  if (!name) return
  await new Promise((r) => setTimeout(r, 150)) // EIP-6963 announcements arrive asynchronously
  const w = state.wallets.find((x) => x.info.name === name)
  const p = w?.provider ?? injected()
  if (!p) return
  try {
    const accounts = (await p.request({ method: 'eth_accounts' })) as Address[]
    if (!accounts.length) return
    await attach(p, name, accounts)
    if (session.token) {
      const m = await me()
      if (m.address.toLowerCase() === accounts[0].toLowerCase()) { state.signedIn = m.address; changed() } else session.set('')
    }
  } catch { /* not connected after all: the Wallet view offers to connect */ }
}

async function attach(p: EIP1193, name: string, accounts: Address[]) {
  state.provider = p
  state.walletName = name
  state.account = accounts[0]
  state.chainId = Number(await p.request({ method: 'eth_chainId' }))
  p.on?.('accountsChanged', (a: Address[]) => { state.account = a[0]; state.signedIn = ''; session.set(''); changed() })
  p.on?.('chainChanged', (id: string) => { state.chainId = Number(id); changed() })
  const transport = custom(p)
  state.pub = createPublicClient({ chain: chainDef(), transport }) as PublicClient
  state.wallet = createWalletClient({ chain: chainDef(), transport, account: state.account })
  changed()
}

export const wrongChain = () => !!state.provider && state.chainId !== state.config!.chainId

/** Switches the wallet to the deployment's chain, adding it first when the wallet does not know it. */
export async function switchChain() {
  const p = state.provider!
  const c = state.config!
  const chainId = '0x' + c.chainId.toString(16)
  try {
    await p.request({ method: 'wallet_switchEthereumChain', params: [{ chainId }] })
  } catch (e: any) {
    if (e?.code !== 4902) throw e
    await p.request({ method: 'wallet_addEthereumChain', params: [{ chainId, chainName: c.chainName, rpcUrls: [c.rpcUrl], nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } }] })
  }
  state.chainId = Number(await p.request({ method: 'eth_chainId' }))
  changed()
}

/** EIP-4361 sign-in: the API's nonce, a personal_sign of the message, a bearer session. */
export async function signIn() {
  const ch = await api.nonce()
  const now = new Date()
  const message = createSiweMessage({
    domain: ch.domain, address: state.account!, statement: 'Sign in to Gintonic.', uri: ch.uri, version: '1',
    chainId: ch.chainId, nonce: ch.nonce, issuedAt: now, expirationTime: new Date(now.getTime() + 24 * 3600e3),
  })
  const signature = (await state.provider!.request({ method: 'personal_sign', params: [toHex(message), state.account] })) as string
  const s = await api.login(message, signature)
  session.set(s.token)
  state.signedIn = s.address
  changed()
}

function toHex(s: string): Hex {
  return ('0x' + Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, '0')).join('')) as Hex
}

export const gin = (wei: bigint | string | undefined) =>
  wei === undefined ? '—' : Number(formatUnits(BigInt(wei), 18)).toLocaleString('en-US', { maximumFractionDigits: 4 }) + ' GIN'
export const short = (a?: string) => (a ? `${a.slice(0, 6)}…${a.slice(-4)}` : '—')

/** An error argument in words: token amounts (≥ 10^12 wei) in GIN, the rest as they are. */
const arg = (a: unknown) => (typeof a === 'bigint' && a >= 10n ** 12n ? gin(a) : String(a))

/** The revert reason in words: the contract's custom error decoded with its ABI, else viem's message. */
export function revertReason(err: unknown): string {
  let data: Hex | undefined
  if (err instanceof BaseError) {
    err.walk((e: any) => {
      const d = e?.data?.data ?? e?.data
      if (typeof d === 'string' && d.startsWith('0x') && d.length >= 10) data = d as Hex
      else if (typeof d?.errorName === 'string') data = undefined
      return false
    })
    const named = err.walk((e: any) => typeof e?.data?.errorName === 'string') as any
    if (named) return `${named.data.errorName}(${(named.data.args ?? []).map(arg).join(', ')})`
  }
  if (data) {
    try {
      const d = decodeErrorResult({ abi: errorsAbi, data })
      return `${d.errorName}(${(d.args ?? []).map(arg).join(', ')})`
    } catch { /* not one of ours */ }
  }
  if (err instanceof BaseError) return err.shortMessage
  return err instanceof Error ? err.message : String(err)
}

type Step = 'signing' | 'sent' | 'confirmed' | 'failed'
let txSeq = 0

/** Runs one wallet transaction and shows its progress in the transactions panel. */
export async function track(label: string, send: () => Promise<Hex>): Promise<Hex> {
  const panel = document.getElementById('txs')!
  const el = document.createElement('div')
  el.className = 'tx'
  el.id = `tx-${++txSeq}`
  el.setAttribute('role', 'status')
  panel.prepend(el)
  const show = (s: Step, detail = '') => {
    el.dataset.state = s
    el.innerHTML = `<span class="dot" aria-hidden="true"></span><strong></strong> <span class="step">${s}</span> <span class="detail"></span>`
    el.querySelector('strong')!.textContent = label
    el.querySelector('.detail')!.textContent = detail
  }
  show('signing', 'confirm in your wallet')
  try {
    const hash = await send()
    show('sent', short(hash))
    const r = await state.pub!.waitForTransactionReceipt({ hash, pollingInterval: 250 })
    if (r.status !== 'success') throw new Error(`reverted in block ${r.blockNumber}`)
    show('confirmed', `block ${r.blockNumber} · ${short(hash)}`)
    return hash
  } catch (e) {
    show('failed', revertReason(e))
    throw e
  }
}
