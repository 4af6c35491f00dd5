package apiv1

// JobHeader carries the escrow job id of a request the gateway forwards to a provider: one
// provider endpoint serves every deployment of that provider, and its agent routes each request
// to the job's container by this header.
const JobHeader = "X-Gintonic-Job"
