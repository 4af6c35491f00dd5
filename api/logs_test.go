package api_test

import (
	"bufio"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestContainerLogs: the job's provider ships its container's lines (a resent line is stored
// once); the job's client reads them with their stream, provider and round, and follows them as
// Server-Sent Events resumable with Last-Event-ID; nobody else ships or reads them; they are gone
// after the retention; bad lines are refused naming the field.
func TestContainerLogs(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-1", "")
	job := s.deployment("client", "provider", "http://127.0.0.1:9")
	prov, client, other := s.login(a, "provider"), s.login(a, "client"), s.login(a, "client2")
	at := time.Date(2026, 12, 3, 7, 0, 0, 123456000, time.UTC) // Postgres keeps microseconds
	batch := apiv1.ContainerLogBatch{}
	for i, l := range []struct{ stream, text string }{{"stdout", "loading model"}, {"stderr", "warning: no GPU"}, {"stdout", "listening on :8000"}} {
		batch.Lines = append(batch.Lines, struct {
			Stream apiv1.ContainerLogBatchLinesStream `json:"stream"`
			Text   string                             `json:"text"`
			Time   time.Time                          `json:"time"`
		}{apiv1.ContainerLogBatchLinesStream(l.stream), l.text, at.Add(time.Duration(i) * time.Millisecond)})
	}
	r, err := prov.AppendJobLogsWithResponse(ctx, job, batch)
	if err != nil || r.StatusCode() != http.StatusOK || !strings.Contains(string(r.Body), `"stored":3`) {
		t.Fatalf("ship: %v %s", err, body(r))
	}
	// An agent that restarted sends the same lines again: nothing is stored twice.
	if r, err := prov.AppendJobLogsWithResponse(ctx, job, batch); err != nil || !strings.Contains(string(r.Body), `"stored":0`) {
		t.Fatalf("resend: %v %s", err, body(r))
	}
	// Only the job's provider ships.
	if r, _ := client.AppendJobLogsWithResponse(ctx, job, batch); r.StatusCode() != http.StatusForbidden {
		t.Errorf("the client ships logs: %s", body(r))
	}

	got, err := client.ListJobLogsWithResponse(ctx, job, nil)
	if err != nil || got.JSON200 == nil || len(got.JSON200.Lines) != 3 {
		t.Fatalf("read: %v %s", err, body(got))
	}
	l := got.JSON200.Lines[1]
	if l.Stream != "stderr" || l.Text != "warning: no GPU" || !l.Time.Equal(at.Add(time.Millisecond)) || l.Provider != chaintest.Addr("provider").Hex() || l.Round != 1 {
		t.Errorf("line 2: %+v", l)
	}
	// Nobody but the client reads them: not the provider, not another client.
	if r, _ := prov.ListJobLogsWithResponse(ctx, job, nil); r.StatusCode() != http.StatusForbidden {
		t.Errorf("the provider reads the logs: %s", body(r))
	}
	if r, _ := other.ListJobLogsWithResponse(ctx, job, nil); r.StatusCode() != http.StatusForbidden {
		t.Errorf("another client reads the logs: %s", body(r))
	}

	// Follow: the stream starts after the line the reader saw last, then gets new lines live.
	first := got.JSON200.Lines[0].Id
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, a.url+"/v1/jobs/"+strconv.FormatInt(job, 10)+"/logs/stream", nil)
	req.Header.Set("Authorization", "Bearer "+client.Session.Token)
	req.Header.Set("Last-Event-ID", strconv.FormatInt(first, 10))
	rsp, err := http.DefaultClient.Do(req)
	if err != nil || rsp.StatusCode != http.StatusOK {
		t.Fatalf("stream: %v %v", err, rsp)
	}
	defer rsp.Body.Close()
	go func() {
		time.Sleep(300 * time.Millisecond)
		more := batch
		more.Lines = more.Lines[:1]
		more.Lines[0].Text, more.Lines[0].Time = "first completion served", at.Add(time.Second)
		if r, err := prov.AppendJobLogsWithResponse(ctx, job, more); err != nil || r.StatusCode() != http.StatusOK {
			t.Errorf("ship live: %v %s", err, body(r))
		}
	}()
	var texts []string
	sc := bufio.NewScanner(rsp.Body)
	for sc.Scan() && len(texts) < 3 {
		if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			var line apiv1.ContainerLogLine
			if err := json.Unmarshal([]byte(d), &line); err != nil {
				t.Fatal(err)
			}
			texts = append(texts, line.Text)
		}
	}
	if strings.Join(texts, "|") != "warning: no GPU|listening on :8000|first completion served" {
		t.Errorf("streamed %q", texts)
	}

	// Bad lines: the field is named.
	bad := batch
	bad.Lines = batch.Lines[:1]
	bad.Lines[0].Stream = "stdin"
	if r, _ := prov.AppendJobLogsWithResponse(ctx, job, bad); r.StatusCode() != http.StatusUnprocessableEntity && r.StatusCode() != http.StatusBadRequest ||
		!strings.Contains(string(r.Body), "lines[0].stream") {
		t.Errorf("bad stream: %s", body(r))
	}

	// After the retention, the sweep removes them.
	s.clk.Advance(8 * 24 * time.Hour)
	if err := a.srv.SweepExpired(ctx); err != nil {
		t.Fatal(err)
	}
	var left int64
	if err := s.db.Raw(`SELECT count(*) FROM market.container_logs WHERE job_id = ?`, job).Scan(&left).Error; err != nil || left != 0 {
		t.Errorf("after the retention: %d lines left (%v)", left, err)
	}
}
