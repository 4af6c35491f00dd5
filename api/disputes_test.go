package api_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
)

// TestDisputeErrors: what a provider (or anyone) sees for a bad dispute query or a challenge that
// cannot void anything — before any gas is spent.
func TestDisputeErrors(t *testing.T) {
	s := newStack(t)
	a := s.start("ctl-eu", "controller")
	ro := s.start("ctl-ro", "") // an instance without a controller key
	anon, err := apiv1.NewClientWithResponses(a.url)
	if err != nil {
		t.Fatal(err)
	}
	roAnon, err := apiv1.NewClientWithResponses(ro.url)
	if err != nil {
		t.Fatal(err)
	}

	// Listing: public, empty at first, and bad filters named.
	l, err := anon.ListDisputesWithResponse(ctx, nil)
	if err != nil || l.JSON200 == nil || len(l.JSON200.Disputes) != 0 {
		t.Fatalf("list: %v %s", err, body(l))
	}
	bad := "0x123"
	if r, _ := anon.ListDisputesWithResponse(ctx, &apiv1.ListDisputesParams{Provider: &bad}); r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "provider") {
		t.Errorf("bad provider filter: %s", body(r))
	}
	state := apiv1.ListDisputesParamsState("lost")
	if r, _ := anon.ListDisputesWithResponse(ctx, &apiv1.ListDisputesParams{State: &state}); r.StatusCode() != http.StatusUnprocessableEntity || !strings.Contains(string(r.Body), "pending, voided or executed") {
		t.Errorf("bad state filter: %s", body(r))
	}

	// A real acknowledgement, signed by the staked controller, to challenge with.
	ack := chain.HeartbeatAck{Provider: chaintest.Addr("provider"), Timestamp: 1_800_000_000}
	sig, err := s.c.Contracts.SignHeartbeatAck(ack, chaintest.Key("controller"))
	if err != nil {
		t.Fatal(err)
	}
	good := apiv1.ChallengeRequest{Provider: ack.Provider.Hex(), Timestamp: int64(ack.Timestamp), Signature: hexutil.Encode(sig)}
	for _, tc := range []struct {
		name   string
		c      *apiv1.ClientWithResponses
		id     int64
		req    apiv1.ChallengeRequest
		status int
		want   string
	}{
		{"bad provider", anon, 1, apiv1.ChallengeRequest{Provider: "nope", Timestamp: good.Timestamp, Signature: good.Signature}, http.StatusUnprocessableEntity, "provider"},
		{"bad signature", anon, 1, apiv1.ChallengeRequest{Provider: good.Provider, Timestamp: good.Timestamp, Signature: "0x1234"}, http.StatusUnprocessableEntity, "signature"},
		{"no timestamp", anon, 1, apiv1.ChallengeRequest{Provider: good.Provider, Signature: good.Signature}, http.StatusUnprocessableEntity, "timestamp"},
		{"bad id", anon, 0, good, http.StatusUnprocessableEntity, "dispute id"},
		{"no such dispute", anon, 99, good, http.StatusUnprocessableEntity, "not pending"},
		{"read-only instance", roAnon, 1, good, http.StatusServiceUnavailable, "no controller key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.c.ChallengeDisputeWithResponse(ctx, tc.id, tc.req)
			if err != nil || r.StatusCode() != tc.status || !strings.Contains(string(r.Body), tc.want) {
				t.Fatalf("want %d %q, got %v %s", tc.status, tc.want, err, body(r))
			}
		})
	}
}
