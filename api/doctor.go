package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/gintonic/gintonic/api/apiv1"
)

// ReportDoctor implements apiv1.ServerInterface: a provider's agent stores the checks it ran on its
// machine, replacing the last report.
func (s *Server) ReportDoctor(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.DoctorReport
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	if len(req.Checks) > 64 {
		f.add("checks", "at most 64 checks")
	}
	for i, ch := range req.Checks {
		switch {
		case ch.Name == "" || len(ch.Name) > 64:
			f.add(fmt.Sprintf("checks[%d].name", i), "must be 1–64 characters")
		case !ch.Status.Valid():
			f.add(fmt.Sprintf("checks[%d].status", i), "must be ok, warn, fail or skip, got %q", ch.Status)
		case len(ch.Detail) > 2048 || (ch.Fix != nil && len(*ch.Fix) > 1024):
			f.add(fmt.Sprintf("checks[%d].detail", i), "detail at most 2048 characters, fix at most 1024")
		}
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	b, _ := json.Marshal(req.Checks)
	now := s.now().UTC()
	res := s.db.WithContext(c.Request.Context()).Exec(`UPDATE market.providers SET doctor = ?, doctor_at = ? WHERE address = ?`, b, now, addr.Bytes())
	if res.Error != nil {
		fail(c, fmt.Errorf("store the checks of %s: %w", addr, res.Error))
		return
	}
	if res.RowsAffected == 0 {
		fail(c, notFound("%s is not a registered provider; PUT /v1/providers/me first", addr.Hex()))
		return
	}
	req.At = &now
	c.JSON(http.StatusOK, req)
}

// GetDoctor implements apiv1.ServerInterface: the provider's own last report, for its dashboard.
func (s *Server) GetDoctor(c *gin.Context) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var row struct {
		Doctor   []byte
		DoctorAt *time.Time
	}
	res := s.db.WithContext(c.Request.Context()).Raw(`SELECT doctor, doctor_at FROM market.providers WHERE address = ?`, addr.Bytes()).Scan(&row)
	if res.Error != nil {
		fail(c, fmt.Errorf("read the checks of %s: %w", addr, res.Error))
		return
	}
	if res.RowsAffected == 0 {
		fail(c, notFound("%s is not a registered provider", addr.Hex()))
		return
	}
	out := apiv1.DoctorReport{Checks: []apiv1.DoctorCheck{}}
	if row.DoctorAt == nil {
		fail(c, notFound("%s's agent has not reported its checks yet (it does when it starts; gin-agent doctor shows them on the machine)", addr.Hex()))
		return
	}
	if err := json.Unmarshal(row.Doctor, &out.Checks); err != nil {
		fail(c, fmt.Errorf("stored checks of %s: %w", addr, err))
		return
	}
	at := row.DoctorAt.UTC()
	out.At = &at
	c.JSON(http.StatusOK, out)
}
