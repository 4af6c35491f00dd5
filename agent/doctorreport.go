package agent

import (
	"context"
	"time"

	"github.com/gintonic/gintonic/agent/doctor"
	"github.com/gintonic/gintonic/api/apiv1"
)

// doctorEvery is how often the agent runs gin-agent doctor's checks and reports them.
const doctorEvery = 10 * time.Minute

// doctorReports runs the checks of gin-agent doctor on this machine when the agent starts and
// every doctorEvery, and reports them: the provider's dashboard page shows what a provider would
// otherwise read on the machine (a container toolkit with a known CVE, a full disk, a stake below
// the minimum).
func (a *Agent) doctorReports(ctx context.Context) {
	every(ctx, doctorEvery, func(ctx context.Context) {
		r := a.doctor(ctx)
		if ctx.Err() != nil {
			return
		}
		checks := make([]apiv1.DoctorCheck, 0, len(r))
		for _, c := range r {
			ch := apiv1.DoctorCheck{Name: c.Name, Status: apiv1.DoctorCheckStatus(c.Status), Detail: clip(c.Detail, 2048)}
			if c.Fix != "" {
				fix := clip(c.Fix, 1024)
				ch.Fix = &fix
			}
			checks = append(checks, ch)
		}
		if rsp, err := a.api.ReportDoctorWithResponse(ctx, apiv1.DoctorReport{Checks: checks}); err != nil || rsp.JSON200 == nil {
			if ctx.Err() == nil {
				a.log.Warn("report the machine's checks", "err", err)
			}
			return
		}
		if f := r.Failed(); f > 0 {
			a.log.Warn("the machine's checks found problems; gin-agent doctor on this machine says how to fix them", "failed", f)
		}
	})
}

// doctor runs the checks with this agent's configuration (valid, since the agent runs).
func (a *Agent) doctor(ctx context.Context) doctor.Report {
	m := &doctor.Machine{CPUOnly: a.cfg.CPUOnly, StateDir: a.cfg.StateDir, Key: a.cfg.key, APIURL: a.cfg.APIURL,
		RPCURL: a.cfg.RPCURL, ChainID: a.cfg.ChainID, Escrow: a.cfg.Escrow, Endpoint: a.cfg.Endpoint}
	r := doctor.Report{{Name: "config", Status: doctor.OK, Detail: "every flag and variable is valid (the agent is running with them)"}}
	return append(r, doctor.Run(ctx, m)...)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-3] + "..."
}
