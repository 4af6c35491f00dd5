package agent

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gintonic/gintonic/engines"
)

// The queue depth each answer carries (engines.QueueHeader), for the gateway to balance a job's
// replicas on: read from the engine's own gauge of requests waiting (its queue_metric), lazily —
// a request starts a scrape in the background when the last one is older than queueScrape, so an
// idle deployment is never scraped and no request waits for one.
const (
	queueScrape = 500 * time.Millisecond // the most often one deployment is scraped
	// queueFresh is the age beyond which a reading is not sent: the engine may be anywhere by then.
	queueFresh     = 2 * time.Second
	queueTimeout   = time.Second
	maxMetricsSize = 8 << 20 // vLLM's exposition, histograms and all, is a few hundred KiB
)

// queues keeps the latest queue reading of each deployment whose engine exposes a queue gauge.
type queues struct {
	log    *slog.Logger
	client *http.Client

	mu      sync.Mutex
	gauges  map[uint64]queueGauge    // escrow job id → where its engine's queue is read
	reading map[uint64]*queueReading // escrow job id → its latest reading
}

// queueGauge is an engine's queue gauge: its metrics route and name.
type queueGauge struct{ path, metric string }

type queueReading struct {
	addr     string // the container it is of; a new deployment of the job starts afresh
	depth    int
	readAt   time.Time // when depth was read; zero when the latest scrape failed
	started  time.Time // when the latest scrape started
	scraping bool
}

func newQueues(log *slog.Logger) *queues {
	return &queues{log: log, gauges: map[uint64]queueGauge{}, reading: map[uint64]*queueReading{},
		// Straight to the job's network, as the endpoint's proxy.
		client: &http.Client{Timeout: queueTimeout, Transport: &http.Transport{Proxy: nil, MaxIdleConnsPerHost: 2, IdleConnTimeout: 90 * time.Second}}}
}

// serve notes the engine serving the job's model ("": the client's own image, whose queue is not
// known). A nil q does nothing, as the methods below.
func (q *queues) serve(job uint64, engine string) {
	if q == nil {
		return
	}
	var g queueGauge
	if engine != "" {
		if e, err := engines.Lookup(engine); err == nil && e.QueueMetric != "" && e.MetricsPath != "" {
			g = queueGauge{path: e.MetricsPath, metric: e.QueueMetric}
		}
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if g.metric == "" {
		delete(q.gauges, job)
		delete(q.reading, job)
		return
	}
	q.gauges[job] = g
}

// forget drops what is known of a job round that stopped.
func (q *queues) forget(job uint64) {
	if q == nil {
		return
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	delete(q.gauges, job)
	delete(q.reading, job)
}

// depth is the queue of the job's engine at addr as last read, if that was within queueFresh; it
// starts a new scrape when the last started queueScrape ago or more.
func (q *queues) depth(job uint64, addr string, now time.Time) (int, bool) {
	if q == nil || addr == "" {
		return 0, false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	g, ok := q.gauges[job]
	if !ok {
		return 0, false
	}
	r := q.reading[job]
	if r == nil || r.addr != addr {
		r = &queueReading{addr: addr}
		q.reading[job] = r
	}
	if !r.scraping && now.Sub(r.started) >= queueScrape {
		r.scraping, r.started = true, now
		go q.scrape(job, addr, g)
	}
	if r.readAt.IsZero() || now.Sub(r.readAt) >= queueFresh {
		return 0, false
	}
	return r.depth, true
}

// scrape reads the gauge g of the container at addr and keeps the reading.
func (q *queues) scrape(job uint64, addr string, g queueGauge) {
	n, err := q.read("http://"+addr+g.path, g.metric)
	if err != nil {
		q.log.Debug("read the engine's queue", "job", job, "addr", addr, "err", err)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	r := q.reading[job]
	if r == nil || r.addr != addr {
		return // the job round stopped or moved meanwhile
	}
	r.scraping = false
	r.depth, r.readAt = n, time.Time{}
	if err == nil {
		r.readAt = time.Now()
	}
}

func (q *queues) read(url, metric string) (int, error) {
	ctx, cancel := context.WithTimeout(context.Background(), queueTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept", "text/plain; version=0.0.4")
	resp, err := q.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return 0, fmt.Errorf("GET %s: HTTP %d", url, resp.StatusCode)
	}
	n, err := queueDepth(io.LimitReader(resp.Body, maxMetricsSize), metric)
	if err != nil {
		return 0, fmt.Errorf("GET %s: %w", url, err)
	}
	return n, nil
}

// queueDepth is the sum of the samples of the gauge metric in a Prometheus text exposition (vLLM
// has one per served model, llama.cpp and gin-runtime one without labels), rounded.
func queueDepth(r io.Reader, metric string) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	found, sum := false, 0.0
	for sc.Scan() {
		rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), metric)
		if !ok || rest == "" {
			continue // a comment, or another metric
		}
		switch rest[0] {
		case '{':
			end := labelsEnd(rest)
			if end < 0 {
				return 0, fmt.Errorf("%s: unterminated labels", metric)
			}
			rest = rest[end:]
		case ' ', '\t':
		default:
			continue // a metric whose name starts with metric's
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			return 0, fmt.Errorf("%s: a sample without a value", metric)
		}
		v, err := strconv.ParseFloat(f[0], 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return 0, fmt.Errorf("%s: value %q is not a queue length", metric, f[0])
		}
		sum, found = sum+v, true
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	if !found {
		return 0, errors.New("no sample of " + metric)
	}
	return int(min(math.Round(sum), math.MaxInt32)), nil
}

// labelsEnd is the index just past the label set that s starts with ("{...}"), or -1; a label
// value may hold braces and escaped quotes.
func labelsEnd(s string) int {
	quoted := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && c == '}':
			return i + 1
		}
	}
	return -1
}
