package api_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/gintonic/gintonic/api/apiv1"
)

// TestDoctorReports: a provider's agent stores its machine's checks; the provider reads them back
// (its dashboard page); nobody else does; a malformed report is refused naming the field.
func TestDoctorReports(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "controller")
	prov := s.provider(a, "provider", "eu", 5)
	other := s.login(a, "client")

	if r, err := prov.GetDoctorWithResponse(ctx); err != nil || r.StatusCode() != http.StatusNotFound || !strings.Contains(string(r.Body), "has not reported its checks yet") {
		t.Errorf("before any report: %v %s", err, body(r))
	}
	fix := "apt install nvidia-container-toolkit"
	rep := apiv1.DoctorReport{Checks: []apiv1.DoctorCheck{{Name: "docker", Status: "ok", Detail: "Docker Engine 27"},
		{Name: "container toolkit", Status: "fail", Detail: "not installed", Fix: &fix}}}
	if r, err := prov.ReportDoctorWithResponse(ctx, rep); err != nil || r.JSON200 == nil || r.JSON200.At == nil {
		t.Fatalf("report: %v %s", err, body(r))
	}
	r, err := prov.GetDoctorWithResponse(ctx)
	if err != nil || r.JSON200 == nil || len(r.JSON200.Checks) != 2 || r.JSON200.Checks[1].Status != "fail" || *r.JSON200.Checks[1].Fix != fix {
		t.Fatalf("read back: %v %s", err, body(r))
	}
	if r, err := other.GetDoctorWithResponse(ctx); err != nil || r.StatusCode() != http.StatusNotFound {
		t.Errorf("a client reads a provider's checks: %v %s", err, body(r))
	}
	if r, err := other.ReportDoctorWithResponse(ctx, rep); err != nil || r.StatusCode() != http.StatusNotFound {
		t.Errorf("a client reports checks: %v %s", err, body(r))
	}
	bad := apiv1.DoctorReport{Checks: []apiv1.DoctorCheck{{Name: "disk", Status: "great", Detail: "x"}}}
	if r, err := prov.ReportDoctorWithResponse(ctx, bad); err != nil || r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "checks[0].status") {
		t.Errorf("a bad status: %v %s", err, body(r))
	}
}
