// The Gintonic dashboard: Explorer, Wallet, Client and Provider views over the API at this origin
// and the wallet's chain. Routes are client-side (the Go handler answers index.html for them).
import './style.css'
import { type Address, type Hex, parseSignature, parseUnits } from 'viem'
import { auctionEscrowAbi, ginTokenAbi, providerStakingAbi } from './abi.gen'
import { type ContainerLogLine, type Job, type JobEvent, type JobRequest, type Quote, api, session, streamEvents, streamLogs } from './api'
import { bars, line } from './chart'
import { changed, chainDef, connect, discover, reconnect, gin, injected, loadConfig, revertReason, short, signIn, state, switchChain, track, wrongChain } from './chain'

const main = document.getElementById('main')!
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
const $ = <T extends HTMLElement = HTMLElement>(sel: string) => main.querySelector(sel) as T
let stopStream: (() => void) | undefined
let openJob: number | undefined

const views: Record<string, () => Promise<void>> = { '/': explorer, '/wallet': walletView, '/client': clientView, '/provider': providerView }

async function render() {
  const path = location.pathname in views ? location.pathname : '/'
  document.querySelectorAll('nav a').forEach((a) => a.toggleAttribute('aria-current', (a as HTMLAnchorElement).pathname === path))
  badge()
  try {
    await views[path]()
  } catch (e) {
    main.insertAdjacentHTML('beforeend', `<p class="error" role="alert">${esc(e instanceof Error ? e.message : e)}</p>`)
  }
}

function badge() {
  const b = document.getElementById('wallet-badge')!
  if (!state.account) { b.innerHTML = `<a href="/wallet" data-link>Connect wallet</a>`; return }
  b.innerHTML = `<span class="${wrongChain() ? 'warn' : 'ok'}">${esc(short(state.account))}${wrongChain() ? ' · wrong chain' : ''}${state.signedIn ? ' · signed in' : ''}</span>`
}

function go(path: string) {
  if (path !== location.pathname) history.pushState(null, '', path)
  stopStream?.(); stopStream = undefined; openJob = undefined
  void render().then(() => main.focus({ preventScroll: true }))
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest('a[data-link]') as HTMLAnchorElement | null
  if (a && a.origin === location.origin && !e.metaKey && !e.ctrlKey) { e.preventDefault(); go(a.pathname) }
})
window.addEventListener('popstate', () => go(location.pathname))

/** Runs an action from a button, showing its error next to it instead of in the console. */
function action(id: string, f: () => Promise<unknown>) {
  const btn = $<HTMLButtonElement>(`#${id}`)
  if (!btn) return
  btn.addEventListener('click', async (e) => {
    e.preventDefault()
    const out = $(`#${id}-msg`)
    btn.disabled = true
    if (out) out.textContent = ''
    try {
      await f()
    } catch (err) {
      if (out) out.textContent = revertReason(err)
    } finally {
      btn.disabled = false
    }
  })
}
const msg = (id: string) => `<span id="${id}-msg" class="error" role="alert"></span>`
const val = (id: string) => $<HTMLInputElement>(`#${id}`).value.trim()

// ---------- Explorer ----------
async function explorer() {
  const [providers, market] = await Promise.all([api.providers(), api.market()])
  const byModel = new Map<string, number>(), byRegion = new Map<string, number>()
  for (const p of providers) for (const g of p.gpus) {
    byModel.set(g.model, (byModel.get(g.model) ?? 0) + g.count)
    byRegion.set(p.region, (byRegion.get(p.region) ?? 0) + g.count)
  }
  const health: [string, number][] = [['healthy', providers.filter((p) => p.healthy).length], ['unhealthy', providers.filter((p) => !p.healthy).length]]
  // Settled volume, cumulative in GIN, and award prices in GIN per GPU-second, over time.
  let total = 0n
  const volume: [number, number][] = market.settlements.map((x) => {
    total += BigInt(x.amount)
    return [Date.parse(x.at), Number(total) / 1e18]
  })
  const prices: [number, number][] = market.awards.map((x) => [Date.parse(x.at), Number(BigInt(x.price)) / 1e18])
  const recent = market.settlements.slice(-10).reverse()
  main.innerHTML = `<h1>Explorer</h1>
  <section class="grid charts" aria-label="Network charts">
    ${bars('GPUs by model', [...byModel])}${bars('GPUs by region', [...byRegion])}${bars('Providers by health', health)}${bars('Jobs by state', Object.entries(market.jobsByState))}
    ${line('Settled volume over time', volume, 'GIN')}${line('Award prices over time', prices, 'GIN/GPU-s')}
  </section>
  <h2>Providers <span class="muted">(${providers.length})</span></h2>
  <div class="scroll"><table id="providers"><thead><tr><th scope="col">Provider</th><th scope="col">Region</th><th scope="col">GPUs</th><th scope="col">Free</th><th scope="col">Load</th><th scope="col">Stake</th><th scope="col">Health</th></tr></thead><tbody>
  ${providers.map((p) => `<tr><td><code title="${esc(p.address)}">${esc(short(p.address))}</code></td><td>${esc(p.region)}</td><td>${esc(p.gpus.map((g) => `${g.count}× ${g.model}`).join(', '))}</td><td>${p.freeGpus}</td><td>${Math.round(p.load * 100)}%</td><td>${esc(gin(p.stake))}</td><td>${p.healthy ? '<span class="ok">healthy</span>' : '<span class="warn">unhealthy</span>'}</td></tr>`).join('') || '<tr><td colspan="7">No providers registered yet.</td></tr>'}
  </tbody></table></div>
  <h2>Recent settlements</h2>
  <div class="scroll"><table id="settlements"><thead><tr><th scope="col">Time</th><th scope="col">Job</th><th scope="col">Paid</th><th scope="col">GPU-seconds (cumulative)</th><th scope="col">Block</th></tr></thead><tbody>
  ${recent.map((x) => `<tr><td>${esc(new Date(x.at).toLocaleTimeString())}</td><td>#${x.jobId}</td><td>${esc(gin(x.amount))}</td><td>${x.gpuSeconds}</td><td>${x.block}</td></tr>`).join('') || '<tr><td colspan="5">No settlements yet.</td></tr>'}
  </tbody></table></div>`
}

// ---------- Wallet ----------
async function walletView() {
  const list = [...state.wallets.map((w) => ({ id: w.info.rdns || w.info.uuid, name: w.info.name, icon: w.info.icon, p: w.provider }))]
  const inj = injected()
  if (inj && !state.wallets.some((w) => w.provider === inj)) list.push({ id: 'injected', name: 'Browser wallet', icon: '', p: inj })
  const c = state.config!
  main.innerHTML = `<h1>Wallet</h1>
  <section class="card" aria-labelledby="w1"><h2 id="w1">1. Connect</h2>
    ${list.length ? `<ul class="wallets">${list.map((w, i) => `<li><button id="connect-${i}" data-wallet="${esc(w.id)}">${w.icon ? `<img src="${esc(w.icon)}" alt="" width="20" height="20">` : ''}Connect ${esc(w.name)}</button></li>`).join('')}</ul>` : '<p>No wallet found: install MetaMask or another EIP-1193 wallet.</p>'}
    ${msg('connect')}
    <p id="account">${state.account ? `Connected with ${esc(state.walletName)}: <code>${esc(state.account)}</code>` : 'Not connected.'}</p></section>
  <section class="card" aria-labelledby="w2"><h2 id="w2">2. Network</h2>
    <p id="chain-status">${!state.account ? 'Connect first.' : wrongChain() ? `<span class="warn">The wallet is on chain ${state.chainId}; Gintonic runs on ${esc(c.chainName)} (chain ${c.chainId}).</span>` : `<span class="ok">On ${esc(c.chainName)} (chain ${c.chainId}).</span>`}</p>
    ${state.account && wrongChain() ? `<button id="switch-chain">Switch to ${esc(c.chainName)}</button>${msg('switch-chain')}` : ''}</section>
  <section class="card" aria-labelledby="w3"><h2 id="w3">3. Sign in</h2>
    <p id="signin-status">${state.signedIn ? `<span class="ok">Signed in as <code>${esc(state.signedIn)}</code>.</span>` : 'Sign a message (no transaction, no gas) to use the API.'}</p>
    ${state.account && !wrongChain() && !state.signedIn ? `<button id="sign-in">Sign in with Ethereum</button>${msg('sign-in')}` : ''}</section>`
  list.forEach((w, i) => action(`connect-${i}`, () => connect(w.p, w.name).catch((e) => { $('#connect-msg').textContent = revertReason(e); throw e })))
  action('switch-chain', switchChain)
  action('sign-in', signIn)
}

function needWallet(): boolean {
  if (state.account && !wrongChain() && state.signedIn) return true
  main.insertAdjacentHTML('beforeend', `<p class="card">Connect your wallet, switch to the right network and sign in first: <a href="/wallet" data-link>Wallet</a>.</p>`)
  return false
}

const permitTypes = { Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }] } as const

/** An EIP-2612 permit for spender over value, signed in the wallet (eth_signTypedData_v4). */
async function permit(spender: Address, value: bigint) {
  const pub = state.pub!, token = state.config!.token, owner = state.account!
  const [, name, version, chainId, verifyingContract] = await pub.readContract({ address: token, abi: ginTokenAbi, functionName: 'eip712Domain' })
  const nonce = await pub.readContract({ address: token, abi: ginTokenAbi, functionName: 'nonces', args: [owner] })
  const deadline = BigInt(Math.floor(Date.now() / 1000) + 3600)
  const sig = await state.wallet!.signTypedData({
    account: owner, domain: { name, version, chainId, verifyingContract }, types: permitTypes, primaryType: 'Permit',
    message: { owner, spender, value, nonce, deadline },
  })
  const { r, s, v, yParity } = parseSignature(sig)
  return { deadline, v: Number(v ?? BigInt(27 + yParity)), r, s }
}

/** Simulates the call first, so that a revert shows its decoded reason before anything is signed. */
async function write(address: Address, abi: any, functionName: string, args: unknown[]): Promise<Hex> {
  const req = { address, abi, functionName, args, account: state.account!, chain: chainDef() } as any
  await state.pub!.simulateContract(req)
  return state.wallet!.writeContract(req) as Promise<Hex>
}

/** Sends a transaction the API prepared (createJob, stopJob) after checking that it would succeed. */
async function sendPrepared(tx: { to: string; data: string }): Promise<Hex> {
  const req = { account: state.account!, to: tx.to as Address, data: tx.data as Hex }
  await state.pub!.call(req)
  return state.wallet!.sendTransaction({ ...req, chain: chainDef() } as any)
}

/** A size for a person: 1.1 MiB, 15.0 GiB. */
function bytes(b: number): string {
  for (const [u, n] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) if (b >= n) return `${(b / n).toFixed(1)} ${u}`
  return `${b} bytes`
}

// ---------- Client ----------
async function clientView() {
  main.innerHTML = `<h1>Client</h1>`
  if (!needWallet()) return
  const c = state.config!
  const [me, bal, jobs, ledger, engines, providers] = await Promise.all([api.me(), state.pub!.readContract({ address: c.token, abi: ginTokenAbi, functionName: 'balanceOf', args: [state.account!] }), api.jobs(),
    api.ledger(state.account!).catch(() => undefined), api.engines().catch(() => []), api.providers().catch(() => [])])
  // The models the network holds warm: what its providers' caches hold, most widely held first.
  const held = new Map<string, number>()
  for (const p of providers) for (const m of p.models ?? []) { const id = m.model.replace(/@[0-9a-f]{40}$/, ''); held.set(id, (held.get(id) ?? 0) + 1) }
  const warmModels = [...held].sort((a, b) => b[1] - a[1])
  // Spend: what the client's jobs used (the ledger's usage entries: payouts + fees), over time and by job.
  const used = ((ledger?.entries ?? []) as { kind: string; amount: string; time?: string; block: number; jobId: number }[]).filter((e) => e.kind === 'usage').reverse()
  let spent = 0
  const spend = used.map((e) => [e.time ? Date.parse(e.time) : e.block, (spent += Number(BigInt(e.amount) / 10n ** 12n) / 1e6)] as [number, number])
  if (spend.length) spend.unshift([spend[0][0] - 1, 0])
  const byJob = new Map<string, number>()
  for (const e of used) byJob.set(`job ${e.jobId}`, Math.round(((byJob.get(`job ${e.jobId}`) ?? 0) + Number(BigInt(e.amount) / 10n ** 12n) / 1e6) * 1e6) / 1e6)
  main.innerHTML = `<h1>Client</h1>
  <section class="grid" aria-label="Balances">
    <div class="stat"><span>Wallet</span><strong id="bal-wallet">${gin(bal)}</strong></div>
    <div class="stat"><span>Escrow free</span><strong id="bal-free">${gin(me.escrowFree)}</strong></div>
    <div class="stat"><span>Escrow locked</span><strong id="bal-locked">${gin(me.escrowLocked)}</strong></div>
    <div class="stat"><span>GPU access</span><strong>${me.mayUseGpus ? '<span class="ok">yes</span>' : `<span class="warn">needs ${gin(me.minimumBalance)}</span>`}</strong></div>
  </section>
  <section class="grid charts" aria-label="Spend">
    ${line('Spend over time (GPU time used)', spend, 'GIN')}${bars('Spend by job (GIN)', [...byJob])}
  </section>
  <section class="card" aria-labelledby="sub"><h2 id="sub">Deploy a model</h2>
    <form id="job-form" class="form">
      <label for="model">Hugging Face model</label><input id="model" list="model-list" placeholder="hf://org/name, e.g. hf://gintonic/tinystories-260k" value="${esc(warmModels[0]?.[0] ?? '')}">
      <datalist id="model-list">${warmModels.map(([m, n]) => `<option value="${esc(m)}">warm on ${n} provider${n === 1 ? '' : 's'}</option>`).join('')}</datalist>
      <div class="row"><span><label for="engine">Engine</label><select id="engine"><option value="">default for the model's format</option>${engines.map((e) => `<option value="${esc(e.name)}">${esc(e.name)} (${esc(e.formats.join(', '))}${e.needsGpu ? ', GPU' : ''})</option>`).join('')}</select></span>
      <span><label for="image">or your own image</label><input id="image" placeholder="optional: the engine's by default"></span></div>
      <div class="row"><span><label for="gpu-model">GPU</label><input id="gpu-model" placeholder="any"></span>
      <span><label for="gpu-count">GPUs</label><input id="gpu-count" type="number" min="1" value="1" required></span>
      <span><label for="gpu-mem">Memory (MiB)</label><input id="gpu-mem" type="number" min="0" placeholder="what the model needs"></span></div>
      <div class="row"><span><label for="price">Max price (GIN / GPU·s)</label><input id="price" value="1" required></span>
      <span><label for="budget">Budget (GIN)</label><input id="budget" value="100" required></span>
      <span><label for="duration">Duration (s)</label><input id="duration" type="number" min="1" value="3600" required></span></div>
      <div class="row"><span class="narrow"><label for="replicas">Replicas</label><input id="replicas" type="number" min="1" max="8" step="1" value="1" aria-describedby="replicas-hint"></span>
      <p id="replicas-hint" class="muted hint">providers serving at once behind one endpoint; the budget is shared</p>
      <span><label><input id="scale-to-zero" type="checkbox" aria-describedby="scale-to-zero-hint"> Scale to zero when idle</label></span>
      <p id="scale-to-zero-hint" class="muted hint">after 15 min without a request the deployment stops and costs nothing; the next request starts it again</p></div>
      <p id="quote" class="quote muted" aria-live="polite">Looking for providers…</p>
      <button id="submit-job">Deploy: submit and sign createJob</button>${msg('submit-job')}
    </form></section>
  <div class="grid two">
  <section class="card" aria-labelledby="dep"><h2 id="dep">Deposit or withdraw</h2>
    <label for="amount">Amount (GIN)</label><input id="amount" inputmode="decimal" value="2000000" required>
    <div class="row"><button id="deposit">Deposit with permit</button><button id="withdraw" class="secondary">Withdraw</button></div>
    ${msg('deposit')}${msg('withdraw')}<p class="muted">A deposit is one signature (the permit) and one transaction.</p></section>
  </div>
  <h2>Your jobs</h2>
  <div class="scroll"><table id="jobs"><thead><tr><th scope="col">Job</th><th scope="col">State</th><th scope="col">GPUs</th><th scope="col">Budget</th><th scope="col">Provider</th><th scope="col"></th></tr></thead><tbody>
  ${jobs.map((j) => `<tr><td>#${j.id}</td><td><span id="job-row-${j.id}" class="pill s-${esc(j.state)}">${esc(j.state)}</span></td><td>${j.gpu.count}× ${esc(j.gpu.model)}${(j.replicasWanted ?? 1) > 1 ? ` · ${esc(j.replicasWanted)} replicas` : ''}</td><td>${gin(j.budget)}</td><td><code id="job-prov-${j.id}">${esc(short(j.provider))}</code></td><td><button class="link" data-job="${j.id}">Details</button></td></tr>`).join('') || '<tr><td colspan="6">No jobs yet.</td></tr>'}
  </tbody></table></div>
  <section id="job-detail" aria-live="polite"></section>`
  const amount = () => parseUnits(val('amount') || '0', 18)
  action('deposit', async () => {
    const a = amount()
    await track(`Deposit ${gin(a)} with permit`, async () => {
      const p = await permit(c.escrow, a)
      return write(c.escrow, auctionEscrowAbi, 'depositWithPermit', [a, p.deadline, p.v, p.r, p.s])
    })
    await clientView()
  })
  action('withdraw', async () => {
    const a = amount()
    await track(`Withdraw ${gin(a)}`, () => write(c.escrow, auctionEscrowAbi, 'withdraw', [a]))
    await clientView()
  })
  // The quote: who could serve the spec now, what it would cost, how soon — before anything is signed.
  // GPU model and memory left blank mean any: the quote then asks for GPUs that hold the model,
  // and the submission takes its cheapest fit.
  const spec = (): JobRequest => ({
    image: val('image') || undefined, model: val('model') || undefined, engine: val('engine') || undefined, kind: 'service',
    gpu: { model: val('gpu-model') || undefined, count: Number(val('gpu-count')), memoryMiB: Number(val('gpu-mem')) || undefined },
    maxPricePerGpuSecond: parseUnits(val('price') || '0', 18).toString(), budget: parseUnits(val('budget') || '0', 18).toString(),
    durationSeconds: Number(val('duration')),
  })
  // Replicas go with the submission only (the quote prices one provider) and only when more than one.
  const replicas = () => Number(val('replicas')) || 1
  let quoteTimer: ReturnType<typeof setTimeout> | undefined
  let lastQuote: Quote | undefined
  const showQuote = async () => {
    const box = $('#quote')
    if (!box) return
    try {
      const q = await api.quote(spec())
      if (!q.servable) {
        box.className = 'quote error'
        box.textContent = `Nobody can serve this now: ${q.reason ?? 'no provider fits'}.`
        return
      }
      const cost = q.cost ? ` About ${gin(q.cost.min)}${q.cost.max !== q.cost.min ? `–${gin(q.cost.max)}` : ''} for the duration at recent bids${q.cost.budgetCovers === false ? ' — more than the budget' : ''}.` : ' No recent bids to price it by.'
      const model = q.model ? ` The model: ${q.model.format}, ${bytes(q.model.bytes)}; ${q.model.fit ?? ''}; ${q.warm ?? 0} of them hold it warm.` : ''
      box.className = 'quote'
      const n = replicas()
      const few = n > q.providers ? ` Fewer than the ${n} replicas asked for: the others join as more providers bid.` : ''
      box.textContent = `${q.providers} provider${q.providers === 1 ? '' : 's'} can serve it now (${q.regions.join(', ')}).${model}${cost} Running in about ${Math.round(q.timeToRunning.seconds / 6) / 10} min.` +
        (q.cheapest ? ` Cheapest fit: ${q.cheapest.model} ${q.cheapest.memoryMiB} MiB.` : '') + few
      lastQuote = q
    } catch (e) {
      box.className = 'quote error'
      box.textContent = `No quote: ${(e as Error).message}`
    }
  }
  main.querySelectorAll<HTMLInputElement>('#job-form input, #job-form select').forEach((i) => i.addEventListener('input', () => {
    clearTimeout(quoteTimer)
    quoteTimer = setTimeout(() => void showQuote(), 400)
  }))
  void showQuote()
  action('submit-job', async () => {
    const req = spec()
    if (replicas() !== 1) req.replicas = replicas()
    if ($<HTMLInputElement>('#scale-to-zero').checked) req.minReplicas = 0
    if (!req.gpu.model || !req.gpu.memoryMiB) {
      // The quote's cheapest fit for what was left blank, as gin jobs submit does.
      const q = lastQuote ?? await api.quote(spec())
      if (!q.cheapest) throw new Error(`no GPU to take: ${q.reason ?? 'nobody can serve this now'}`)
      req.gpu.model ||= q.cheapest.model
      req.gpu.memoryMiB ||= q.cheapest.memoryMiB
    }
    const sub = await api.submit(req)
    const tx = sub.createJobTx
    const hash = await track(`Create job #${sub.job.id}`, () => sendPrepared(tx))
    await api.attach(sub.job.id, hash)
    await clientView()
    await showJob(sub.job.id)
  })
  main.querySelectorAll<HTMLButtonElement>('button[data-job]').forEach((b) => b.addEventListener('click', () => void showJob(Number(b.dataset.job))))
  if (openJob) await showJob(openJob)
}

async function showJob(id: number) {
  stopStream?.()
  openJob = id
  const box = $('#job-detail')
  const j = await api.job(id)
  const bidsList = await fetchBids(id)
  box.innerHTML = `<div class="card"><h2>Job #${j.id} <span id="job-state" class="pill s-${esc(j.state)}">${esc(j.state)}</span></h2>
    ${j.model ? `<p id="job-model">Model <code>${esc(j.model)}</code>${j.engine ? ` on ${esc(j.engine)}` : ''}${j.modelInfo ? ` · ${esc(j.modelInfo.format)}, ${bytes(j.modelInfo.bytes)}${j.modelInfo.fit ? ` · ${esc(j.modelInfo.fit)}` : ''}` : ''}</p>` : ''}
    <p>${j.gpu.count}× ${esc(j.gpu.model)} · ${esc(j.image)} · budget ${gin(j.budget)} · max ${gin(j.maxPricePerGpuSecond)}/GPU·s${j.provider ? ` · provider <code>${esc(short(j.provider))}</code>` : ''}</p>
    ${(j.replicasWanted ?? 1) > 1 ? `<section id="job-replicas" aria-labelledby="job-replicas-h">${replicasHTML(j)}</section>` : ''}
    ${scaleToZeroHTML(j)}
    <div class="grid two"><div><h3>Status trail</h3><ol id="trail" class="trail"></ol></div>
    <div><h3>Bids</h3><ul id="bids">${bidsList}</ul>
    <h3>Matching</h3><pre id="match">${j.match ? esc(j.match.explanation) : '<span class="muted">When bidding closes, the controller explains its choice here.</span>'}</pre>
    ${j.match?.backups?.length ? `<p class="muted">Backups: ${j.match.backups.map((b) => esc(short(b.provider))).join(', ')}</p>` : ''}
    <h3>Container logs</h3><pre id="logs" class="logs"><span class="muted">The deployment's stdout and stderr appear here once it starts.</span></pre>
    <h3>API keys</h3><div id="keys"></div>
    <div class="row"><button id="reveal-key" class="secondary">Reveal deployment key</button><button id="new-key" class="secondary">New key</button><button id="stop-job" class="danger">Stop job and refund</button></div>
    ${msg('reveal-key')}${msg('new-key')}${msg('stop-job')}
    <h3>Budget</h3><p class="muted">Add GIN before the budget runs out and the job keeps serving: one permit signature and one transaction from your wallet.</p>
    <div class="row"><span><label for="topup-amount">Add (GIN)</label><input id="topup-amount" inputmode="decimal" value="100"></span><button id="topup">Top up the budget</button></div>${msg('topup')}</div></div></div>`
  const trail = $('#trail')
  // A replicated job's replicas table follows its events (replicas added, deploying, running,
  // ended) and, as the gateway marks replicas unreachable without an event, a slow poll.
  let replicaTimer: ReturnType<typeof setTimeout> | undefined
  const refreshReplicas = () => {
    if ((j.replicasWanted ?? 1) <= 1) return
    clearTimeout(replicaTimer)
    replicaTimer = setTimeout(() => void api.job(id).then((x) => { const r = $('#job-replicas'); if (r && openJob === id) r.innerHTML = replicasHTML(x) }).catch(() => {}), 300)
  }
  const add = (e: JobEvent) => {
    refreshReplicas()
    trail.insertAdjacentHTML('beforeend', `<li data-state="${esc(e.state)}"><span class="pill s-${esc(e.state)}">${esc(e.state)}</span> ${esc(e.kind ?? '')} <span class="muted">${new Date(e.at).toLocaleTimeString()}</span>${e.reason ? `<br><span>${esc(e.reason)}</span>` : ''}</li>`)
    for (const st of [$('#job-state'), $(`#job-row-${id}`)]) {
      if (!st) continue
      st.textContent = e.state
      st.className = `pill s-${e.state}`
    }
    if (e.kind === 'deployment_key') void keys()
    if (e.kind === 'bid' || e.kind?.startsWith('award')) void fetchBids(id).then((h) => { const b = $('#bids'); if (b) b.innerHTML = h })
    if (e.kind?.startsWith('award') || e.kind?.includes('match') || e.kind === 'failed_over') {
      void api.job(id).then((x) => {
        const m = $('#match')
        if (m && x.match) m.textContent = x.match.explanation
        const p = $(`#job-prov-${id}`)
        if (p) p.textContent = short(x.provider)
      })
    }
  }
  const keys = async () => {
    const ks = await api.keys(id).catch(() => [])
    $('#keys').innerHTML = ks.length ? `<ul>${ks.map((k) => `<li><code>${esc(k.prefix)}…</code>${k.deployment ? ' (deployment)' : ''} · ${esc(k.requests ?? 0)} requests${k.revokedAt ? ' · revoked' : ''}</li>`).join('')}</ul>` : '<p class="muted">No keys yet.</p>'
  }
  await keys()
  const logs = $('#logs')
  let firstLine = true
  const addLine = (l: ContainerLogLine) => {
    if (firstLine) { logs.textContent = ''; firstLine = false }
    logs.append(`${new Date(l.time).toLocaleTimeString()} ${l.stream === 'stderr' ? 'err' : 'out'} ${short(l.provider)} ${l.text}\n`)
    logs.scrollTop = logs.scrollHeight
  }
  const stops = [streamEvents(id, add)]
  if ((j.replicasWanted ?? 1) > 1) {
    const poll = setInterval(refreshReplicas, 10_000)
    stops.push(() => { clearInterval(poll); clearTimeout(replicaTimer) })
  }
  if (state.account && j.client.toLowerCase() === state.account.toLowerCase()) stops.push(streamLogs(id, addLine))
  stopStream = () => stops.forEach((f) => f())
  const reveal = (k: { key?: string }) => {
    // The endpoint, the key (once) and what to paste: curl and the OpenAI client.
    const base = `${location.origin}/v1`
    const model = j.model ? j.model.replace(/^hf:\/\//, '').replace(/@[0-9a-f]{40}$/, '') : '<a model id from GET /v1/models>'
    const curl = `curl ${base}/chat/completions \\\n  -H "Authorization: Bearer ${k.key}" -H "Content-Type: application/json" \\\n  -d '{"model": "${model}", "messages": [{"role": "user", "content": "Once upon a time"}]}'`
    const py = `from openai import OpenAI\nclient = OpenAI(base_url="${base}", api_key="${k.key}")\nr = client.chat.completions.create(model="${model}", messages=[{"role": "user", "content": "Once upon a time"}])\nprint(r.choices[0].message.content)`
    $('#keys').insertAdjacentHTML('afterbegin', `<p class="secret">Copy it now, it is shown once: <code>${esc(k.key)}</code></p>
      <p>Endpoint <code id="endpoint">${esc(base)}</code> (OpenAI-compatible)</p>
      <h4>curl</h4><pre id="snippet-curl" class="snippet">${esc(curl)}</pre><h4>OpenAI client (Python)</h4><pre id="snippet-openai" class="snippet">${esc(py)}</pre>`)
  }
  action('reveal-key', async () => { const k = await fetch(`/v1/jobs/${id}/keys/deployment`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } }).then(async (r) => { const d = await r.json(); if (!r.ok) throw new Error(d.detail ?? d.title); return d }); await keys(); reveal(k) })
  action('new-key', async () => { const k = await api.createKey(id); await keys(); reveal(k) })
  action('stop-job', async () => {
    const tx = await api.stop(id)
    await track(`Stop job #${id}`, () => sendPrepared(tx))
  })
  action('topup', async () => {
    if (j.chainJobId === undefined) throw new Error('the job is not on chain yet')
    const a = parseUnits(val('topup-amount') || '0', 18)
    const c = state.config!
    await track(`Top up job #${id} by ${gin(a)}`, async () => {
      const p = await permit(c.escrow, a)
      return write(c.escrow, auctionEscrowAbi, 'topUp', [BigInt(j.chainJobId!), a, p.deadline, p.v, p.r, p.s])
    })
  })
}

/** Whether a job that scales to zero runs now: at zero, waking, or serving (and after how long idle it stops). */
function scaleToZeroHTML(j: Job): string {
  if (j.scaleToZeroAfter === undefined) return ''
  const idle = j.scaleToZeroAfter % 60 === 0 ? `${j.scaleToZeroAfter / 60} min` : `${j.scaleToZeroAfter} s`
  const time = (t: string) => esc(new Date(t).toLocaleTimeString())
  const now = j.zeroSince
    ? `<strong>Scaled to zero</strong> since ${time(j.zeroSince)}: no deployment runs and nothing is paid; the next request starts it again`
    : j.wakingSince
      ? `<strong>Waking</strong> since ${time(j.wakingSince)}: a request started the deployment again`
      : `Serving; scales to zero after ${esc(idle)} without a request`
  return `<p id="job-scale-to-zero">${now}.</p>`
}

/** A replicated job's providers: its current round and its replica rounds, and how many serve now. */
function replicasHTML(j: Job): string {
  const time = (t: string) => esc(new Date(t).toLocaleTimeString())
  const rows: { provider: string; round: number; state: string; since: string; note: string; current: boolean }[] = []
  // The current round serves when the job is running (the gateway sends it requests first).
  if (j.provider) rows.push({ provider: j.provider, round: j.round ?? 0, state: j.state, since: j.updatedAt, note: '', current: true })
  for (const r of j.replicas ?? []) {
    const note = [r.unreachableSince ? `<span class="warn">unreachable since ${time(r.unreachableSince)}</span>` : '', r.reason ? esc(r.reason) : ''].filter(Boolean).join(' · ')
    rows.push({ provider: r.provider, round: r.round, state: r.state, since: r.since, note, current: false })
  }
  // Serving: running and not marked unreachable by the gateway (which then sends it nothing).
  const serving = (j.state === 'running' && j.provider ? 1 : 0) + (j.replicas ?? []).filter((r) => r.state === 'running' && !r.unreachableSince).length
  const wanted = j.replicasWanted ?? 1
  return `<h3 id="job-replicas-h">Replicas</h3>
    <p id="replicas-serving"><strong>${serving} of ${wanted}</strong> providers serving${serving < wanted && ['bidding', 'submitted'].includes(j.state) ? ' <span class="muted">(replicas are awarded from the bids when bidding closes)</span>' : ''}${j.minReplicas !== undefined ? ` · autoscaled between ${esc(j.minReplicas)} and ${esc(wanted)}, now <strong id="replicas-target">${esc(j.replicasTarget)}</strong>, at ${esc(j.targetConcurrency)} requests in flight per provider` : ''}${j.distinctRegions ? ' · in distinct regions' : ''}</p>
    <div class="scroll"><table id="replicas-table"><thead><tr><th scope="col">Provider</th><th scope="col">Round</th><th scope="col">State</th><th scope="col">Since</th><th scope="col">Notes</th></tr></thead><tbody>
    ${rows.map((r) => `<tr${r.state === 'ended' ? ' class="muted"' : ''}><td><code title="${esc(r.provider)}">${esc(short(r.provider))}</code>${r.current ? ' <span class="muted">(current)</span>' : ''}</td><td>${esc(r.round)}</td><td><span class="pill s-${esc(r.state)}">${esc(r.state)}</span></td><td>${time(r.since)}</td><td>${r.note}</td></tr>`).join('') || '<tr><td colspan="5">No provider awarded yet.</td></tr>'}
    </tbody></table></div>`
}

async function fetchBids(id: number) {
  try {
    const r = await fetch(`/v1/jobs/${id}/bids`, { headers: { Authorization: `Bearer ${session.token}` } })
    if (!r.ok) return '<li class="muted">—</li>'
    const d = await r.json()
    const bids = (d.bids ?? []) as { provider: string; pricePerGpuSecond: string }[]
    return bids.map((b) => `<li><code>${esc(short(b.provider))}</code> · ${gin(b.pricePerGpuSecond)}/GPU·s</li>`).join('') || '<li class="muted">No bids yet.</li>'
  } catch { return '' }
}

// ---------- Provider ----------
async function providerView() {
  main.innerHTML = `<h1>Provider</h1>`
  if (!needWallet()) return
  const c = state.config!, me = state.account!, pub = state.pub!
  const [stake, unbonding, bal, prov, bids, ledger, locked, disputes] = await Promise.all([
    pub.readContract({ address: c.staking, abi: providerStakingAbi, functionName: 'stakeOf', args: [me] }),
    pub.readContract({ address: c.staking, abi: providerStakingAbi, functionName: 'unbondingOf', args: [me] }),
    pub.readContract({ address: c.token, abi: ginTokenAbi, functionName: 'balanceOf', args: [me] }),
    api.provider(me).catch(() => undefined), api.myBids().catch(() => []), api.ledger(me).catch(() => undefined),
    pub.readContract({ address: c.staking, abi: providerStakingAbi, functionName: 'lockedStakeOf', args: [me] }),
    api.disputes(me).catch(() => []),
  ])
  const doc = await api.doctor().catch((e: Error) => e)
  const [unb, unlockAt] = unbonding as readonly [bigint, bigint]
  const entries = ((ledger?.entries ?? []) as { kind: string; amount: string; time?: string; block: number; reason?: string; jobId: number }[]).slice().reverse()
  let sum = 0
  const earnings = entries.filter((e) => e.kind === 'payout').map((e) => [e.time ? Date.parse(e.time) : e.block, (sum += Number(BigInt(e.amount) / 10n ** 14n) / 1e4)] as [number, number])
  if (earnings.length) earnings.unshift([earnings[0][0] - 1, 0])
  const slashes = entries.filter((e) => e.kind === 'slash')
  main.innerHTML = `<h1>Provider</h1>
  <section class="grid" aria-label="Stake">
    <div class="stat"><span>Wallet</span><strong id="p-wallet">${gin(bal as bigint)}</strong></div>
    <div class="stat"><span>Active stake</span><strong id="p-stake">${gin(stake as bigint)}</strong></div>
    <div class="stat"><span>Locked as collateral</span><strong id="p-locked">${gin(locked as bigint)}</strong></div>
    <div class="stat"><span>Unbonding</span><strong id="p-unbonding">${gin(unb)}${unb > 0n ? ` <small>until ${new Date(Number(unlockAt) * 1000).toLocaleString()}</small>` : ''}</strong></div>
    <div class="stat"><span>Health</span><strong>${prov ? (prov.healthy ? '<span class="ok">healthy</span>' : '<span class="warn">unhealthy</span>') : '<span class="muted">not registered</span>'}</strong></div>
  </section>
  <div class="grid two">
  <section class="card" aria-labelledby="stk"><h2 id="stk">Stake</h2>
    <label for="stake-amount">Amount (GIN)</label><input id="stake-amount" inputmode="decimal" value="100000">
    <div class="row"><button id="stake">Stake with permit</button><button id="unstake" class="secondary">Request unstake</button><button id="withdraw-stake" class="secondary">Withdraw unbonded</button></div>
    ${msg('stake')}${msg('unstake')}${msg('withdraw-stake')}</section>
  <section class="card" aria-labelledby="inv"><h2 id="inv">Inventory</h2>
    ${prov ? `<p>Region <strong>${esc(prov.region)}</strong> · ${prov.freeGpus} free · load ${Math.round(prov.load * 100)}% · availability ${Math.round(prov.availability * 100)}%</p>
    <ul>${prov.gpus.map((g) => `<li>${g.count}× ${esc(g.model)} (${g.memoryMiB} MiB)</li>`).join('')}</ul>
    <p class="muted">Last heartbeat ${prov.lastHeartbeatAt ? new Date(prov.lastHeartbeatAt).toLocaleTimeString() : 'never'}</p>` : '<p class="muted">Run the provider agent (gin provider run) to register GPUs.</p>'}</section>
  </div>
  <section class="card" aria-labelledby="doc"><h2 id="doc">Machine checks</h2>
    ${doc instanceof Error ? `<p class="muted" id="doctor">${esc(doc.message)}</p>` : `<p class="muted">What <code>gin-agent doctor</code> found on your machine, as your agent last reported it (${doc.at ? new Date(doc.at).toLocaleString() : 'never'}); it checks again every 10 minutes.</p>
    <div class="scroll"><table id="doctor"><thead><tr><th scope="col"></th><th scope="col">Check</th><th scope="col">Found</th><th scope="col">Fix</th></tr></thead><tbody>
    ${doc.checks.map((ch) => `<tr><td><span class="pill d-${esc(ch.status)}">${esc(ch.status)}</span></td><td>${esc(ch.name)}</td><td>${esc(ch.detail)}</td><td>${ch.status !== 'ok' && ch.fix ? esc(ch.fix) : ''}</td></tr>`).join('')}
    </tbody></table></div>`}</section>
  <div class="grid two">${line(`Earnings over time: ${sum.toLocaleString('en-US', { maximumFractionDigits: 4 })} GIN paid out`, earnings, 'GIN')}
  <section class="card" aria-labelledby="flt"><h2 id="flt">Fault reports</h2><div id="p-disputes">${disputes.length ? `<ul>${disputes.map((d) => `<li>#${d.id} on job ${d.jobId} (round ${d.round}): silent ${new Date(d.silentSince * 1000).toLocaleTimeString()}–${new Date(d.observedAt * 1000).toLocaleTimeString()}, ${gin(BigInt(d.amount))} at stake — <strong>${esc(d.state)}</strong>${d.state === 'pending' ? ` (your agent voids it with a controller's heartbeat acknowledgement if it was answering; otherwise slashed after ${new Date(d.executeAfter * 1000).toLocaleTimeString()})` : ''}</li>`).join('')}</ul>` : '<p class="muted">None: no quorum of controllers has reported you silent.</p>'}</div></section></div>
  <div class="grid two"><section class="card"><h2>Slashes</h2>${slashes.length ? `<ul>${slashes.map((s) => `<li>job ${s.jobId}: ${gin(s.amount)} — ${esc(s.reason ?? '')}</li>`).join('')}</ul>` : '<p class="muted">None.</p>'}</section></div>
  <h2>Bids</h2>
  <div class="scroll"><table id="my-bids"><thead><tr><th scope="col">Job</th><th scope="col">Price</th><th scope="col">Job state</th><th scope="col">Won</th></tr></thead><tbody>
  ${bids.map((b: any) => `<tr><td>#${esc(b.bid?.jobId)}</td><td>${gin(b.bid?.pricePerGpuSecond)}/GPU·s</td><td>${esc(b.jobState)}</td><td>${b.won ? 'yes' : ''}</td></tr>`).join('') || '<tr><td colspan="4">No bids yet.</td></tr>'}
  </tbody></table></div>`
  const amount = () => parseUnits(val('stake-amount') || '0', 18)
  action('stake', async () => {
    const a = amount()
    await track(`Stake ${gin(a)} with permit`, async () => {
      const p = await permit(c.staking, a)
      return write(c.staking, providerStakingAbi, 'stakeWithPermit', [a, p.deadline, p.v, p.r, p.s])
    })
    await providerView()
  })
  action('unstake', async () => { const a = amount(); await track(`Request unstake of ${gin(a)}`, () => write(c.staking, providerStakingAbi, 'requestUnstake', [a])); await providerView() })
  action('withdraw-stake', async () => { await track('Withdraw unbonded stake', () => write(c.staking, providerStakingAbi, 'withdraw', [])); await providerView() })
}

// ---------- start ----------
state.listeners.add(() => { badge(); if (location.pathname === '/wallet') void render() })
await loadConfig()
discover()
await reconnect(() => api.me())
changed()
void render()
