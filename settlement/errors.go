package settlement

import (
	"errors"
	"fmt"
)

// Reason says why a report was refused; it is stable and meant for the provider (API problem
// bodies carry it as a code).
type Reason string

// Reasons a report is rejected.
const (
	ReasonMalformed     Reason = "malformed"      // empty, too large, duplicate entries, bad fields
	ReasonBadSignature  Reason = "bad_signature"  // forged: not signed by the provider it names
	ReasonReplayed      Reason = "replayed"       // this exact report was received before
	ReasonUnknownJob    Reason = "unknown_job"    // no such job on chain
	ReasonForeignJob    Reason = "foreign_job"    // the job's round is not awarded to this provider
	ReasonStaleRound    Reason = "stale_round"    // the round is not the job's current round
	ReasonNotSettleable Reason = "not_settleable" // the job is not running or ended (failed, closed)
	ReasonNotIncreasing Reason = "not_increasing" // cumulative GPU-seconds not above what is known
	ReasonOverCap       Reason = "over_cap"       // more GPU-seconds than gpuCount × elapsed time
	ReasonOverBudget    Reason = "over_budget"    // would cost more than the job has left
	ReasonPastEnd       Reason = "past_end"       // more GPU-seconds than the ended round can pay
	ReasonNothingDue    Reason = "nothing_due"    // the round has nothing left to pay
	ReasonNotAwarded    Reason = "not_awarded"    // the market shows no award of the round to the provider (yet)
)

// RejectError is a report refused by verification. It is the provider's mistake (a 4xx), never
// retried by the service.
type RejectError struct {
	Reason Reason
	JobID  uint64 // 0 when the whole report is at fault
	Round  uint8
	Detail string
	// Entries is the verdict on each entry, in report order, when the report was refused because
	// none of its entries can be paid (nil when the report as a whole is at fault).
	Entries []Verdict
}

func (e *RejectError) Error() string {
	if e.JobID == 0 {
		return fmt.Sprintf("usage report rejected (%s): %s", e.Reason, e.Detail)
	}
	return fmt.Sprintf("usage report rejected (%s): job %d round %d: %s", e.Reason, e.JobID, e.Round, e.Detail)
}

func reject(r Reason, jobID uint64, round uint8, format string, args ...any) *RejectError {
	return &RejectError{Reason: r, JobID: jobID, Round: round, Detail: fmt.Sprintf(format, args...)}
}

// ReasonOf returns the reason of a rejection, or "" when err is not one (an outage: retry later).
func ReasonOf(err error) Reason {
	var re *RejectError
	if errors.As(err, &re) {
		return re.Reason
	}
	return ""
}

// ErrUnavailable wraps failures of the chain RPC or the database during Submit: nothing was
// stored, and the same report may be submitted again later.
var ErrUnavailable = errors.New("settlement temporarily unavailable, submit again later")
