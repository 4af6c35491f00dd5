package api_test

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apitest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/postgres/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

var ctx = context.Background()

// stack is apitest's stack with the short names these tests use.
type stack struct {
	*apitest.Stack
	t    *testing.T
	c    *chaintest.Chain
	db   *gorm.DB
	clk  *apitest.Clock
	apis []*instance
}

type instance struct {
	srv *api.Server
	url string
	in  *apitest.Instance
}

func newStack(t *testing.T) *stack {
	t.Helper()
	st := apitest.New(t)
	return &stack{Stack: st, t: t, c: st.Chain, db: st.DB, clk: st.Clock}
}

func (s *stack) start(id, controller string, tweak ...func(*api.Config)) *instance {
	s.t.Helper()
	in := s.Start(id, controller, tweak...)
	i := &instance{srv: in.Server, url: in.URL, in: in}
	s.apis = append(s.apis, i)
	return i
}

func (s *stack) sync() { s.t.Helper(); s.Sync() }
func (s *stack) tick() { s.t.Helper(); s.Tick() }
func (s *stack) login(in *instance, name string) *apiclient.Client {
	s.t.Helper()
	return s.Login(in.in, name)
}
func (s *stack) deposit(name string, amount *big.Int) { s.t.Helper(); s.Deposit(name, amount) }
func (s *stack) heartbeat(p *apiclient.Client, latencyMs float64) {
	s.t.Helper()
	s.Heartbeat(p, latencyMs)
}
func (s *stack) provider(in *instance, name, region string, latencyMs float64) *apiclient.Client {
	s.t.Helper()
	return s.Provider(in.in, name, region, latencyMs)
}

// submit submits a job for the client, sends its createJob transaction from the client's key
// and attaches the hash: the job is then open for bids.
func (s *stack) submit(c *apiclient.Client, name string, req apiv1.JobRequest) apiv1.Job {
	s.t.Helper()
	rsp, err := c.SubmitJobWithResponse(ctx, req)
	if err != nil || rsp.JSON201 == nil {
		s.t.Fatalf("submit: %v %s", err, body(rsp))
	}
	rc := s.sendUnsigned(name, rsp.JSON201.CreateJobTx)
	att, err := c.AttachJobTxWithResponse(ctx, rsp.JSON201.Job.Id, apiv1.TxHash{TxHash: rc.Hex()})
	if err != nil || att.JSON200 == nil {
		s.t.Fatalf("attach: %v %s", err, body(att))
	}
	return *att.JSON200
}

// sendUnsigned signs and sends a transaction the API prepared, as a wallet would.
func (s *stack) sendUnsigned(name string, tx apiv1.UnsignedTx) common.Hash {
	s.t.Helper()
	if common.HexToAddress(tx.To) != s.c.Contracts.Deployment.Escrow || tx.ChainId != s.c.ChainID.Int64() {
		s.t.Fatalf("unsigned tx for %s on chain %d, want the escrow on %d", tx.To, tx.ChainId, s.c.ChainID)
	}
	rc := s.c.Send(s.t, name, s.c.Contracts.EscrowC, hexutil.MustDecode(tx.Data))
	return rc.TxHash
}

func defaultJob() apiv1.JobRequest {
	model := apitest.Model
	return apiv1.JobRequest{
		Image: ptr("gintonic/runtime:dev"), Model: &model, Kind: apiv1.Service,
		Gpu:                  apiv1.GPUSpec{Model: "H100", MemoryMiB: 40000, Count: 2},
		MaxPricePerGpuSecond: chain.GIN.String(), Budget: chain.Tokens(1000).String(), DurationSeconds: 3600,
	}
}

// body is a generated response's status and raw body, for failure messages.
func body(r any) string {
	v := reflect.ValueOf(r)
	if !v.IsValid() || v.IsNil() {
		return "<no response>"
	}
	v = v.Elem()
	status := 0
	if h, ok := v.FieldByName("HTTPResponse").Interface().(*http.Response); ok && h != nil {
		status = h.StatusCode
	}
	return fmt.Sprintf("HTTP %d %s", status, v.FieldByName("Body").Bytes())
}
