// Package controller is the controller node, the seed's central concept: the loops that move jobs
// along — award when bidding closes, fail over when a provider stops answering or its workload
// keeps failing, fold what the chain says into every job's status trail — and its accountable
// side, the fault quorum (Faults) that signs, files and executes bounded fault reports.
//
// Nodes are stateless: everything lives in PostgreSQL (package market) and on chain, so several
// nodes run side by side on one database, coordinating with row locks (FOR UPDATE SKIP LOCKED)
// and leases.
package controller
