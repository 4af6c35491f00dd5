package agent

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// TestEndpointIsFullDuplex: an engine that answers as soon as it has decoded the request, before
// the request body has ended, streams its answer through the endpoint at once, and the rest of
// the body still reaches it. Before, the endpoint's server discarded and closed the request body
// as the answer's header went out: the proxy's next read of the body then failed and closed the
// engine's connection mid-stream, which the gateway passed on to the client as "unexpected EOF"
// (the intermittent TestMarketplaceDeployment failure). Here the old endpoint held the answer
// back until the body ended, and then cut the stream.
func TestEndpointIsFullDuplex(t *testing.T) {
	rest := make(chan string, 1)
	engine := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = http.NewResponseController(w).EnableFullDuplex()
		dec := json.NewDecoder(r.Body)
		var req struct{ Prompt string }
		if err := dec.Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprintf(w, "data: %s\n\n", req.Prompt)
		w.(http.Flusher).Flush()
		tail, _ := io.ReadAll(io.MultiReader(dec.Buffered(), r.Body))
		rest <- strings.TrimSpace(string(tail))
		for i := range 3 {
			fmt.Fprintf(w, "data: %d\n\n", i)
			w.(http.Flusher).Flush()
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer engine.Close()

	ctl, me := testKey("controller"), testKey("provider")
	domain := chain.EscrowDomain(big.NewInt(31337), common.Address{0xe5})
	self := crypto.PubkeyToAddress(me.PublicKey)
	a := &Agent{log: slog.New(slog.DiscardHandler), metrics: newMetrics(),
		running: map[uint64]uint64{7: 1},
		addrs:   map[uint64]string{7: strings.TrimPrefix(engine.URL, "http://")},
		gate:    newGatekeeper(domain, self, controllerList{crypto.PubkeyToAddress(ctl.PublicKey): true})}
	now := time.Now()
	a.gate.now = func() time.Time { return now }
	endpoint := httptest.NewServer(a.Endpoint())
	defer endpoint.Close()

	body, send := io.Pipe()
	req, err := http.NewRequest(http.MethodPost, endpoint.URL+"/v1/completions", body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set(apiv1.JobHeader, "7")
	req.Header.Set(chain.PassHeader, signedPass(t, domain, ctl, chain.NewPass(7, 1, self, http.MethodPost, "/v1/completions", now)))
	go func() { _, _ = io.WriteString(send, `{"prompt":"first"}`) }()

	type answer struct {
		resp *http.Response
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		answered <- answer{resp, err}
	}()
	var resp *http.Response
	select {
	case a := <-answered:
		if a.err != nil {
			t.Fatal(a.err)
		}
		resp = a.resp
	case <-time.After(3 * time.Second):
		_ = send.Close() // let the old endpoint go on, to show what became of the stream
		a := <-answered
		if a.err == nil {
			_, err = io.ReadAll(a.resp.Body)
			a.resp.Body.Close()
		}
		t.Fatalf("no answer while the request body was open (once it ended: %v)", err)
	}
	defer resp.Body.Close()
	lines := bufio.NewReader(resp.Body)
	first, err := lines.ReadString('\n')
	if err != nil || first != "data: first\n" {
		t.Fatalf("first chunk %q, %v", first, err)
	}
	_, _ = io.WriteString(send, "\n  \n")
	_ = send.Close()
	if got := <-rest; got != "" {
		t.Errorf("the engine read %q after the JSON, want blanks", got)
	}
	tail, err := io.ReadAll(lines)
	if err != nil {
		t.Fatalf("the stream broke: %v (after %q)", err, tail)
	}
	if want := "\ndata: 0\n\ndata: 1\n\ndata: 2\n\ndata: [DONE]\n\n"; string(tail) != want {
		t.Errorf("stream tail %q, want %q", tail, want)
	}
}
