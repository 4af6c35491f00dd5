package gateway

import (
	"bufio"
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/engines"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

// provider is a provider endpoint serving one round of a job: it answers only a request whose
// pass names its own round and address (as a provider's agent checks), and counts what it got.
type provider struct {
	name  string
	addr  common.Address
	round int64
	srv   *httptest.Server
	hits  atomic.Int64
	// answer answers a request that passed; by default a completion after delay.
	answer func(w http.ResponseWriter, r *http.Request)
	delay  time.Duration
}

const testChainJob = 42

func newProvider(t *testing.T, name string, n byte, round int64) *provider {
	t.Helper()
	p := &provider{name: name, addr: common.BytesToAddress([]byte{n}), round: round}
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		pass, _, err := chain.ParsePass(r.Header.Get(chain.PassHeader), r.Method, r.URL.RequestURI())
		if err != nil || pass.JobID != testChainJob || pass.Round != uint64(p.round) || pass.Provider != p.addr ||
			r.Header.Get(apiv1.JobHeader) != strconv.Itoa(testChainJob) {
			t.Errorf("%s got a pass %+v (%v), want job %d round %d provider %s", name, pass, err, testChainJob, p.round, p.addr)
			http.Error(w, "bad pass", http.StatusForbidden)
			return
		}
		p.hits.Add(1)
		if p.answer != nil {
			p.answer(w, r)
			return
		}
		_, _ = io.Copy(io.Discard, r.Body)
		time.Sleep(p.delay)
		w.Header().Set("Content-Type", "application/json")
		_, _ = fmt.Fprintf(w, `{"id":"cmpl-1","provider":%q,"usage":{"prompt_tokens":3,"completion_tokens":5}}`, name)
	}))
	t.Cleanup(p.srv.Close)
	return p
}

// replicaStack is a job in Postgres served by a current round and replicas (the providers), a key
// for it, and a gateway in front, over real HTTP.
type replicaStack struct {
	t   *testing.T
	db  *gorm.DB
	reg *prometheus.Registry
	gw  *Gateway
	url string
	job int64
	key string
}

// newReplicaStack records a job in state whose current round is current (nil: none) and whose
// running replicas are replicas, as the controller would.
func newReplicaStack(t *testing.T, hold time.Duration, state string, current *provider, replicas ...*provider) *replicaStack {
	t.Helper()
	ctx := context.Background()
	db, _ := pgtest.Migrated(t)
	for _, p := range append([]*provider{current}, replicas...) {
		if p == nil {
			continue
		}
		if err := db.Exec(`INSERT INTO market.providers (region, address, endpoint, gpus) VALUES ('eu', ?, ?, ?::jsonb)`, p.addr.Bytes(), p.srv.URL, "[]").Error; err != nil {
			t.Fatal(err)
		}
	}
	client := common.HexToAddress("0xc1")
	hash := make([]byte, 32)
	_, _ = rand.Read(hash)
	var prov []byte
	round := int64(0)
	if current != nil {
		prov, round = current.addr.Bytes(), current.round
	}
	var job int64
	// (A byte string right after a parenthesis would be spread over several values by gorm.)
	if err := db.Raw(`INSERT INTO market.jobs (state, client, spec, spec_hash, region, gpu_model, gpu_memory_mib, gpu_count,
			max_price, budget, min_provider_stake, duration_seconds, bidding_deadline, bidding_closes_at, provider, round, chain_job_id, replicas)
		VALUES (?, ?, '{}', ?, 'eu', 'H100', 40000, 1, 1, 1, 0, 3600, 0, now(), ?, ?, ?, ?) RETURNING id`,
		state, client.Bytes(), hash, prov, round, testChainJob, 1+len(replicas)).Scan(&job).Error; err != nil {
		t.Fatal(err)
	}
	for _, p := range replicas {
		if err := db.Exec(`INSERT INTO market.replicas (job_id, round, provider, state) VALUES (?, ?, ?, 'running')`, job, p.round, p.addr.Bytes()).Error; err != nil {
			t.Fatal(err)
		}
	}
	keys := NewKeys(db)
	_, secret, err := keys.Create(ctx, job, client)
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	gw, err := New(Config{Keys: keys, MinBalance: big.NewInt(1), Balance: func(context.Context, common.Address) (*big.Int, error) { return big.NewInt(10), nil },
		Sign: func(chain.GatewayPass) ([]byte, error) { return make([]byte, 65), nil }, AllowPrivate: true,
		Log: slog.New(slog.DiscardHandler), Registry: reg, FailoverHold: hold})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw)
	t.Cleanup(srv.Close)
	return &replicaStack{t: t, db: db, reg: reg, gw: gw, url: srv.URL, job: job, key: secret}
}

// do sends a request with the key and returns the status and body the client got.
func (s *replicaStack) do(method, path, body string) (int, string) {
	s.t.Helper()
	req, _ := http.NewRequest(method, s.url+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+s.key)
	req.Header.Set("Content-Type", "application/json")
	rsp, err := (&http.Client{Timeout: 20 * time.Second}).Do(req)
	if err != nil {
		s.t.Errorf("%s %s: %v", method, path, err)
		return 0, ""
	}
	defer rsp.Body.Close()
	b, _ := io.ReadAll(rsp.Body)
	return rsp.StatusCode, string(b)
}

func (s *replicaStack) complete() (int, string) {
	return s.do(http.MethodPost, "/v1/completions", `{"model":"m","prompt":"Once upon a time"}`)
}

// unreachable reports whether the database has p marked unreachable for the job: on the job's row
// for its current round, on its market.replicas row for a replica.
func (s *replicaStack) unreachable(p *provider, replica bool) bool {
	s.t.Helper()
	var marked bool
	q := `SELECT unreachable_since IS NOT NULL FROM market.jobs WHERE id = ? AND provider = ?`
	if replica {
		q = `SELECT unreachable_since IS NOT NULL FROM market.replicas WHERE job_id = ? AND provider = ?`
	}
	if err := s.db.Raw(q, s.job, p.addr.Bytes()).Scan(&marked).Error; err != nil {
		s.t.Fatal(err)
	}
	return marked
}

// requestsMetered is the deployment's request counter once the gateway's meter is written.
func (s *replicaStack) requestsMetered() int64 {
	s.t.Helper()
	if err := s.gw.Flush(context.Background()); err != nil {
		s.t.Fatal(err)
	}
	n, _, err := s.gw.cfg.Keys.DeploymentUsage(context.Background(), s.job)
	if err != nil {
		s.t.Fatal(err)
	}
	return n
}

func (s *replicaStack) metrics() string { return dump(s.t, s.reg) }

// wantMetrics checks that the metrics have each line of want, waiting a moment for the last
// requests' handlers to count them (after their answers reached the client).
func (s *replicaStack) wantMetrics(want ...string) {
	s.t.Helper()
	var m string
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		m = s.metrics()
		missing := false
		for _, w := range want {
			missing = missing || !strings.Contains(m, w)
		}
		if !missing {
			return
		}
	}
	for _, w := range want {
		if !strings.Contains(m, w) {
			s.t.Errorf("metrics lack %s", w)
		}
	}
	s.t.Logf("metrics:\n%s", grep(m, "gintonic_gateway_"))
}

// TestReplicasShareTheLoad: a job served by its current round and a replica gets concurrent
// requests spread over both, each forwarded with a pass for that provider's own round.
func TestReplicasShareTheLoad(t *testing.T) {
	cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
	cur.delay, rep.delay = 150*time.Millisecond, 150*time.Millisecond
	s := newReplicaStack(t, 0, "running", cur, rep)

	const n = 16
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			if code, body := s.complete(); code != http.StatusOK {
				t.Errorf("client got %d %s", code, body)
			}
		})
	}
	wg.Wait()
	if cur.hits.Load() < n/4 || rep.hits.Load() < n/4 || cur.hits.Load()+rep.hits.Load() != n {
		t.Errorf("current round answered %d and replica %d of %d concurrent requests, want both a fair share", cur.hits.Load(), rep.hits.Load(), n)
	}
	s.wantMetrics(
		fmt.Sprintf(`gintonic_gateway_served_total{target="current"} %d`, cur.hits.Load()),
		fmt.Sprintf(`gintonic_gateway_served_total{target="replica"} %d`, rep.hits.Load()),
		fmt.Sprintf(`gintonic_gateway_requests_total{route="/v1/completions",status="200"} %d`, n))
	if got := s.requestsMetered(); got != n {
		t.Errorf("metered %d requests, want %d", got, n)
	}
	// The time they spent in flight is metered too: the autoscaler's load (at least 16 × 150 ms).
	var busy int64
	if err := s.db.Raw(`SELECT busy_ms FROM market.deployment_usage WHERE job_id = ?`, s.job).Scan(&busy).Error; err != nil {
		t.Fatal(err)
	}
	if busy < n*150 || busy > n*5000 {
		t.Errorf("busy %d ms for %d requests of 150 ms each", busy, n)
	}
}

// TestReportedQueueSteersRequests: a provider whose engine reports 50 requests waiting gets
// (after the first answer that says so) none of a job's requests while a replica reports an empty
// queue, sequential or concurrent; the client never sees the header.
func TestReportedQueueSteersRequests(t *testing.T) {
	answer := func(name, queue string) func(http.ResponseWriter, *http.Request) {
		return func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			time.Sleep(50 * time.Millisecond)
			w.Header().Set(engines.QueueHeader, queue)
			w.Header().Set("Content-Type", "application/json")
			_, _ = fmt.Fprintf(w, `{"id":"cmpl-1","provider":%q,"usage":{"prompt_tokens":3,"completion_tokens":5}}`, name)
		}
	}
	cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
	cur.answer, rep.answer = answer("current", "50"), answer("replica", "0")
	s := newReplicaStack(t, 0, "running", cur, rep)
	complete := func() {
		req, _ := http.NewRequest(http.MethodPost, s.url+"/v1/completions", strings.NewReader(`{"model":"m","prompt":"Once upon a time"}`))
		req.Header.Set("Authorization", "Bearer "+s.key)
		rsp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			return
		}
		defer rsp.Body.Close()
		b, _ := io.ReadAll(rsp.Body)
		if rsp.StatusCode != http.StatusOK {
			t.Errorf("client got %d %s", rsp.StatusCode, b)
		}
		if v, ok := rsp.Header[http.CanonicalHeaderKey(engines.QueueHeader)]; ok {
			t.Errorf("the client got %s %q", engines.QueueHeader, v)
		}
	}
	for range 10 {
		complete()
	}
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(complete)
	}
	wg.Wait()
	// The first request may go to either; the second goes to whichever is not measured yet.
	if cur.hits.Load() > 1 || cur.hits.Load()+rep.hits.Load() != 26 {
		t.Errorf("the provider with 50 waiting got %d requests and the idle replica %d, want at most the first", cur.hits.Load(), rep.hits.Load())
	}
}

// TestDeadProviderNoFailedRequests: when one of a job's two providers is down (connection
// refused), every request is answered by the other, none fails; the dead one is marked
// unreachable where the controller looks (the job's row for the current round, its replica row
// for a replica) and sits out of this gateway's rotation after its first failure.
func TestDeadProviderNoFailedRequests(t *testing.T) {
	for _, deadReplica := range []bool{false, true} {
		t.Run(map[bool]string{false: "current round down", true: "replica down"}[deadReplica], func(t *testing.T) {
			cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
			s := newReplicaStack(t, 0, "running", cur, rep)
			dead, live := cur, rep
			if deadReplica {
				dead, live = rep, cur
			}
			dead.srv.Close()

			// A file upload goes to the current round first, and is sent again when that one
			// refuses the connection: the request never left.
			if code, body := s.do(http.MethodPost, "/v1/files", `{"purpose":"fine-tune"}`); code != http.StatusOK {
				t.Errorf("file upload: client got %d %s", code, body)
			}
			const n = 20
			for i := range n {
				code, body := s.complete()
				if code != http.StatusOK || !strings.Contains(body, `"provider":"`+live.name+`"`) {
					t.Fatalf("request %d: client got %d %s", i, code, body)
				}
			}
			if live.hits.Load() != n+1 {
				t.Errorf("the live provider answered %d requests, want %d", live.hits.Load(), n+1)
			}
			if !s.unreachable(dead, deadReplica) {
				t.Error("the dead provider is not marked unreachable")
			}
			if s.unreachable(live, !deadReplica) {
				t.Error("the live provider is marked unreachable")
			}
			// Once, for the first request that met the dead provider: out of rotation after that.
			s.wantMetrics(`gintonic_gateway_replica_retries_total 1`,
				fmt.Sprintf(`gintonic_gateway_requests_total{route="/v1/completions",status="200"} %d`, n))
			if got := s.requestsMetered(); got != n+1 {
				t.Errorf("metered %d requests, want %d", got, n+1)
			}

			// The dead provider comes back: once out of the local circuit, a request it answers
			// clears its mark.
			s.gw.bal.mu.Lock()
			for _, st := range s.gw.bal.stats {
				if !st.failedAt.IsZero() {
					st.failedAt = st.failedAt.Add(-circuitOpen)
				}
			}
			s.gw.bal.mu.Unlock()
			back := httptest.NewServer(dead.srv.Config.Handler)
			defer back.Close()
			if err := s.db.Exec(`UPDATE market.providers SET endpoint = ? WHERE address = ?`, back.URL, dead.addr.Bytes()).Error; err != nil {
				t.Fatal(err)
			}
			s.gw.Forget()
			for i := 0; i < 50 && s.unreachable(dead, deadReplica); i++ {
				if code, body := s.complete(); code != http.StatusOK {
					t.Fatalf("client got %d %s", code, body)
				}
			}
			if s.unreachable(dead, deadReplica) {
				t.Error("the provider answers again but stays marked unreachable")
			}
		})
	}
}

// TestProviderAnswering503IsRetried: a provider whose agent answers 503 (no deployment of the
// job runs there) does not serve the request; the client gets the other provider's answer, and
// only that answer is metered.
func TestProviderAnswering503IsRetried(t *testing.T) {
	cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
	cur.answer = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = io.WriteString(w, `{"error":"job 42 has no running deployment on this provider","usage":{"prompt_tokens":100}}`)
	}
	s := newReplicaStack(t, 0, "running", cur, rep)
	const n = 10
	for i := range n {
		if code, body := s.complete(); code != http.StatusOK || !strings.Contains(body, `"provider":"replica"`) {
			t.Fatalf("request %d: client got %d %s", i, code, body)
		}
	}
	if cur.hits.Load() < 1 || rep.hits.Load() != n {
		t.Errorf("current round asked %d times, replica %d, want the replica to answer all %d", cur.hits.Load(), rep.hits.Load(), n)
	}
	if !s.unreachable(cur, false) {
		t.Error("the provider answering 503 is not marked")
	}
	if got := s.requestsMetered(); got != n {
		t.Errorf("metered %d requests, want the %d answers sent", got, n)
	}
	s.wantMetrics(fmt.Sprintf(`gintonic_gateway_tokens_total{kind="completion"} %d`, 5*n),
		fmt.Sprintf(`gintonic_gateway_requests_total{route="/v1/completions",status="200"} %d`, n))
	if m := s.metrics(); strings.Contains(m, `status="503"`) {
		t.Errorf("metrics count a 503 that the client did not get:\n%s", grep(m, "gintonic_gateway_requests_total"))
	}
}

// TestFailedOverJobServedByReplica: while the job's current round fails over, its running replica
// serves its requests at once: no hold, no error.
func TestFailedOverJobServedByReplica(t *testing.T) {
	cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
	cur.srv.Close()
	s := newReplicaStack(t, 3*time.Second, "failed_over", cur, rep)
	for i := range 5 {
		start := time.Now()
		code, body := s.complete()
		if code != http.StatusOK || !strings.Contains(body, `"provider":"replica"`) {
			t.Fatalf("request %d: client got %d %s", i, code, body)
		}
		if d := time.Since(start); d > holdPoll {
			t.Errorf("request %d took %s: held", i, d)
		}
	}
	s.wantMetrics("gintonic_gateway_held_total 0", `gintonic_gateway_served_total{target="replica"} 5`)

	// Without a running replica, the request is held as before (and answered 503 when the job
	// does not come back within the hold).
	if err := s.db.Exec(`UPDATE market.replicas SET state = 'ended' WHERE job_id = ?`, s.job).Error; err != nil {
		t.Fatal(err)
	}
	s.gw.Forget()
	s.gw.cfg.FailoverHold = 500 * time.Millisecond
	start := time.Now()
	if code, body := s.complete(); code != http.StatusServiceUnavailable || !strings.Contains(body, "did not start serving") {
		t.Errorf("client got %d %s", code, body)
	}
	if d := time.Since(start); d < 500*time.Millisecond {
		t.Errorf("answered after %s: not held", d)
	}
}

// TestStartedStreamIsNotRetried: a stream cut off after its first events stays cut off: it is not
// sent to the other provider, so the client never gets events twice.
func TestStartedStreamIsNotRetried(t *testing.T) {
	stream := func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for i := range 2 {
			_, _ = fmt.Fprintf(w, "data: {\"n\":%d}\n\n", i)
			w.(http.Flusher).Flush()
		}
		panic(http.ErrAbortHandler) // the provider dies mid-stream
	}
	cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
	cur.answer, rep.answer = stream, stream
	s := newReplicaStack(t, time.Second, "running", cur, rep)

	req, _ := http.NewRequest(http.MethodPost, s.url+"/v1/chat/completions", strings.NewReader(`{"model":"m","stream":true}`))
	req.Header.Set("Authorization", "Bearer "+s.key)
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(rsp.Body)
	rsp.Body.Close()
	if rsp.StatusCode != http.StatusOK || err == nil {
		t.Errorf("client got %d, read error %v: want the stream, cut off", rsp.StatusCode, err)
	}
	if got := strings.Count(string(b), "data: "); got != 2 {
		t.Errorf("client got %d events, want the 2 sent before the cut:\n%s", got, b)
	}
	time.Sleep(100 * time.Millisecond)
	if cur.hits.Load()+rep.hits.Load() != 1 {
		t.Errorf("the stream went to %d providers, want 1", cur.hits.Load()+rep.hits.Load())
	}
	s.gw.bal.mu.Lock()
	for k, st := range s.gw.bal.stats {
		if st.inflight != 0 {
			t.Errorf("%v still counts %d requests in flight", k, st.inflight)
		}
	}
	s.gw.bal.mu.Unlock()
	s.wantMetrics("gintonic_gateway_replica_retries_total 0")
}

// TestStreamIsNotBuffered: each event of a stream reaches the client as the provider flushes
// it: the provider here sends its second event only once the client has read the first.
func TestStreamIsNotBuffered(t *testing.T) {
	seen := make(chan struct{})
	cur := newProvider(t, "current", 1, 1)
	cur.answer = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		_, _ = fmt.Fprint(w, "data: {\"n\":0}\n\n")
		w.(http.Flusher).Flush()
		select {
		case <-seen:
		case <-time.After(5 * time.Second):
		}
		_, _ = fmt.Fprint(w, "data: {\"n\":1}\n\ndata: [DONE]\n\n")
	}
	s := newReplicaStack(t, 0, "running", cur)

	req, _ := http.NewRequest(http.MethodPost, s.url+"/v1/completions", strings.NewReader(`{"model":"m","stream":true}`))
	req.Header.Set("Authorization", "Bearer "+s.key)
	start := time.Now()
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	events := bufio.NewReader(rsp.Body)
	first, err := events.ReadString('\n')
	if err != nil || first != "data: {\"n\":0}\n" {
		t.Fatalf("first event %q: %v", first, err)
	}
	if waited := time.Since(start); waited > 2*time.Second {
		t.Errorf("the first event reached the client after %s: the gateway held it back", waited)
	}
	close(seen)
	rest, err := io.ReadAll(events)
	if err != nil || string(rest) != "\ndata: {\"n\":1}\n\ndata: [DONE]\n\n" {
		t.Errorf("rest of the stream %q: %v", rest, err)
	}
}

// TestUploadIsNotSentTwice: a file upload whose connection broke after it went out is not sent to
// another provider (it may have been stored there: it would be kept, and billed, twice); a
// completion in the same case is.
func TestUploadIsNotSentTwice(t *testing.T) {
	cur, rep := newProvider(t, "current", 1, 1), newProvider(t, "replica", 2, 2)
	cur.answer = func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		conn, _, err := http.NewResponseController(w).Hijack()
		if err == nil {
			conn.Close() // the request arrived; no answer
		}
	}
	s := newReplicaStack(t, 0, "running", cur, rep)
	if code, body := s.do(http.MethodPost, "/v1/files", `{"purpose":"fine-tune"}`); code != http.StatusBadGateway || !strings.Contains(body, "provider_unreachable") {
		t.Errorf("upload: client got %d %s", code, body)
	}
	if cur.hits.Load() != 1 || rep.hits.Load() != 0 {
		t.Errorf("upload sent to the current round %d times and the replica %d, want once, to the current round", cur.hits.Load(), rep.hits.Load())
	}
	s.gw.bal.mu.Lock()
	clear(s.gw.bal.stats) // the current round back in rotation
	s.gw.bal.mu.Unlock()
	for i := range 4 {
		if code, body := s.complete(); code != http.StatusOK || !strings.Contains(body, `"provider":"replica"`) {
			t.Errorf("completion %d: client got %d %s", i, code, body)
		}
	}
}

// grep is the lines of a metrics dump that start with one of prefixes.
func grep(dump string, prefixes ...string) string {
	var out []string
	for line := range strings.SplitSeq(dump, "\n") {
		for _, p := range prefixes {
			if strings.HasPrefix(line, p) {
				out = append(out, line)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}
