// The marketplace API at the same origin (api/apiv1/openapi.yaml): JSON, RFC 9457 problems,
// bearer sessions from Sign-In with Ethereum.

export type Amount = string
export interface GPUSpec { model: string; memoryMiB: number; count: number }
export interface Provider {
  address: string; region: string; endpoint: string; gpus: GPUSpec[]; freeGpus: number; load: number
  availability: number; performance: number; healthy: boolean; stake: Amount; registeredAt: string
  lastHeartbeatAt?: string; latenciesMs?: Record<string, number>; models?: { model: string; bytes: number }[]
}
export interface JobEvent { seq: number; state: string; kind?: string; reason?: string; detail?: Record<string, unknown>; at: string }
export interface ScoreBreakdown { provider: string; price: Amount; total: number; explanation: string; latencyMs?: number }
export interface MatchResult { winner?: ScoreBreakdown; backups: ScoreBreakdown[]; excluded: { provider: string; reason: string; detail: string }[]; bids: number; eligible: number; explanation: string }
export interface Job {
  id: number; chainJobId?: number; client: string; state: string; reason?: string; image: string; model?: string
  engine?: string; modelInfo?: ModelInfo
  kind: string; gpu: GPUSpec; region: string; maxPricePerGpuSecond: Amount; budget: Amount; durationSeconds: number
  provider?: string; round?: number; awardTx?: string; match?: MatchResult; events?: JobEvent[]
  biddingClosesAt?: string; createdAt: string; updatedAt: string
  /** Providers the job asked to serve it at once; present when more than one. */
  replicasWanted?: number; minReplicas?: number; replicasTarget?: number; targetConcurrency?: number; distinctRegions?: boolean
  scaleToZeroAfter?: number; zeroSince?: string; wakingSince?: string
  /** The replica rounds besides the current one (provider and round above), newest first. */
  replicas?: Replica[]
}
/** One of a replicated job's providers besides its current round (issue 17). */
export interface Replica {
  provider: string; round: number; state: 'awarded' | 'deploying' | 'running' | 'ended'; reason?: string
  endpoint?: string; awardTx?: string; unreachableSince?: string; since: string
}
/** POST /v1/jobs: what the client page's "Deploy a model" card sends (the quote takes the same, less replicas). */
export interface JobRequest {
  image?: string; model?: string; engine?: string; kind: 'service' | 'batch'
  gpu: { model?: string; count: number; memoryMiB?: number }
  maxPricePerGpuSecond: Amount; budget: Amount; durationSeconds: number
  /** Providers serving at once behind one endpoint and key (1–8, services only); left out for one. */
  replicas?: number
  /** 0: scale to zero after 15 min without a request (the next one starts it again); left out otherwise. */
  minReplicas?: number
}
export interface DoctorCheck { name: string; status: 'ok' | 'warn' | 'fail' | 'skip'; detail: string; fix?: string }
export interface ModelInfo { format: string; file?: string; bytes: number; files: number; architecture?: string; dtype?: string; needsBytes?: number; fit?: string }
export interface Engine { name: string; description?: string; image: string; formats: string[]; defaultFor?: string[]; needsGpu: boolean }
export interface UnsignedTx { chainId: number; from?: string; to: string; data: string; value: string }
export interface Account { address: string; escrowFree: Amount; escrowLocked: Amount; minimumBalance: Amount; mayUseGpus: boolean; stake?: Amount }
export interface Bid { jobId?: number; provider?: string; pricePerGpuSecond: Amount; expiry: number; state?: string; createdAt?: string; [k: string]: unknown }
export interface ApiKey { id: number; name?: string; prefix?: string; key?: string; createdAt?: string; [k: string]: unknown }
export interface Challenge { nonce: string; expiresAt: string; domain: string; uri: string; chainId: number }
export interface LedgerEntry { [k: string]: unknown }
export interface MarketSettlement { at: string; jobId: number; amount: Amount; gpuSeconds: number; block: number }
export interface MarketAward { at: string; jobId: number; price: Amount }
export interface Dispute { id: number; jobId: number; round: number; provider: string; silentSince: number; observedAt: number; amount: Amount; compensation: Amount; executeAfter: number; state: 'pending' | 'voided' | 'executed' }
export interface MarketStats { jobsByState: Record<string, number>; settlements: MarketSettlement[]; awards: MarketAward[] }

export class ApiError extends Error {
  constructor(public status: number, public title: string, public detail?: string, public errors?: { field: string; message: string }[]) {
    super(detail ? `${title}: ${detail}` : title)
  }
}

let token = sessionStorage.getItem('gin.token') ?? ''
export const session = {
  get token() { return token },
  set(t: string) { token = t; t ? sessionStorage.setItem('gin.token', t) : sessionStorage.removeItem('gin.token') },
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `Bearer ${token}`
  const rsp = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await rsp.text()
  const data = text ? JSON.parse(text) : undefined
  if (!rsp.ok) {
    const errs = data?.errors as { field: string; message: string }[] | undefined
    const detail = errs?.length ? errs.map((e) => `${e.field}: ${e.message}`).join('; ') : data?.detail
    throw new ApiError(rsp.status, data?.title ?? rsp.statusText, detail, errs)
  }
  return data as T
}

export const api = {
  nonce: () => call<Challenge>('POST', '/v1/auth/nonce'),
  login: (message: string, signature: string) => call<{ token: string; address: string; expiresAt: string }>('POST', '/v1/auth/login', { message, signature }),
  me: () => call<Account>('GET', '/v1/me'),
  providers: () => call<{ providers: Provider[] }>('GET', '/v1/providers?limit=500').then((r) => r.providers),
  market: () => call<MarketStats>('GET', '/v1/market'),
  provider: (a: string) => call<Provider>('GET', `/v1/providers/${a}`),
  jobs: (role: 'client' | 'provider' = 'client') => call<{ jobs: Job[] }>('GET', `/v1/jobs?role=${role}`).then((r) => r.jobs),
  job: (id: number) => call<Job>('GET', `/v1/jobs/${id}`),
  submit: (req: JobRequest) => call<{ job: Job; createJobTx: UnsignedTx }>('POST', '/v1/jobs', req),
  quote: (spec: Omit<JobRequest, 'replicas'>) => call<Quote>('POST', '/v1/jobs/quote', spec),
  engines: () => call<{ engines: Engine[] }>('GET', '/v1/engines').then((r) => r.engines),
  doctor: () => call<{ checks: DoctorCheck[]; at?: string }>('GET', '/v1/providers/me/doctor'),
  attach: (id: number, txHash: string) => call<Job>('POST', `/v1/jobs/${id}/chain-tx`, { txHash }),
  stop: (id: number) => call<UnsignedTx>('POST', `/v1/jobs/${id}/stop`),
  myBids: () => call<{ bids: Bid[] }>('GET', '/v1/providers/me/bids').then((r) => r.bids ?? []),
  keys: (id: number) => call<{ keys: ApiKey[] }>('GET', `/v1/jobs/${id}/keys`).then((r) => r.keys ?? []),
  createKey: (id: number) => call<ApiKey>('POST', `/v1/jobs/${id}/keys`, {}),
  ledger: (a: string) => call<{ entries?: LedgerEntry[]; [k: string]: unknown }>('GET', `/v1/accounts/${a}/ledger`),
  disputes: (provider: string) => call<{ disputes: Dispute[] }>('GET', `/v1/disputes?provider=${provider}`).then((r) => r.disputes ?? []),
}

/** POST /v1/jobs/quote: who could serve a spec now, at what cost, how soon — or why nobody can. */
export interface Quote {
  servable: boolean; reason?: string; providers: number; regions: string[]
  gpus: { model: string; memoryMiB: number; count: number; free: number; providers: number; lowestBid?: string }[]
  cheapest?: { model: string; memoryMiB: number }
  model?: ModelInfo; warm?: number
  cost?: { min: string; max: string; durationSeconds: number; budgetCovers?: boolean }
  timeToRunning: { seconds: number; basis: string }
}

/** A line a deployment's container wrote (GET /v1/jobs/{id}/logs). */
export interface ContainerLogLine { id: number; time: string; stream: 'stdout' | 'stderr'; text: string; provider: string; round: number }

/** Follows a job's status trail (Server-Sent Events over fetch, so the bearer token goes along). */
export function streamEvents(id: number, onEvent: (e: JobEvent) => void): () => void {
  return follow<JobEvent>(`/v1/jobs/${id}/events/stream`, (e) => e.seq, onEvent)
}

/** Follows a job's container logs (its client only). */
export function streamLogs(id: number, onLine: (l: ContainerLogLine) => void): () => void {
  return follow<ContainerLogLine>(`/v1/jobs/${id}/logs/stream`, (l) => l.id, onLine)
}

/** Reads a Server-Sent Events stream of JSON events, resuming after the last id it saw. */
function follow<T>(path: string, idOf: (e: T) => number, onEvent: (e: T) => void): () => void {
  const ctl = new AbortController()
  let last = 0
  const run = async () => {
    while (!ctl.signal.aborted) {
      try {
        const headers: Record<string, string> = { Accept: 'text/event-stream' }
        if (token) headers.Authorization = `Bearer ${token}`
        if (last) headers['Last-Event-ID'] = String(last)
        const rsp = await fetch(path, { headers, signal: ctl.signal })
        if (!rsp.ok || !rsp.body) throw new Error(`stream: ${rsp.status}`)
        const reader = rsp.body.pipeThrough(new TextDecoderStream()).getReader()
        let buf = ''
        for (;;) {
          const { value, done } = await reader.read()
          if (done) break
          buf += value
          let i
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i)
            buf = buf.slice(i + 2)
            const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n')
            if (!data) continue
            const ev = JSON.parse(data) as T
            if (idOf(ev) > last) { last = idOf(ev); onEvent(ev) }
          }
        }
      } catch {
        if (ctl.signal.aborted) return
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
  void run()
  return () => ctl.abort()
}
