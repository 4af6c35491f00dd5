// Package matching chooses the provider a job is awarded to, and the ranked backups the
// controller fails over to, by shortest path over the network as heartbeats measured it.
//
// The graph has the client's region as source, controllers as the first layer (latency plus
// controller load, with optional controller↔controller hops), the providers that bid on the job
// as the second layer (latency from each controller that reaches them, then a node cost from load,
// availability, performance and price) and the job as sink. Dijkstra's first arrival at the sink
// is the award; the following arrivals through other providers are the backups. Every score comes
// with its breakdown and every bid left out comes with a reason, so the API can always say why a
// job got the provider it got, or none.
//
// A Network is an immutable snapshot: it validates its input once and caches, per client region,
// the distances through the controller layer, so matching one job costs time proportional to that
// job's bids and the number of controllers, not to the size of the network. A Network is safe for
// concurrent use; rebuild it when the heartbeats change.
package matching
