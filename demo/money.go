package demo

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/devstack"
)

// complete calls the deployment through the gateway with its API key, as any OpenAI client
// would: GET /v1/models, then POST /v1/completions. The gateway answers 503 while a failover is
// still settling, so it is retried until j.Timeout.
func (j *Journey) complete(ctx context.Context, res *Result, key, prompt string) error {
	done := j.step("completion through the gateway: %q", prompt)
	var text, model string
	err := j.wait(ctx, "a completion", func() (bool, error) {
		var models struct {
			Data []struct {
				ID string `json:"id"`
			} `json:"data"`
		}
		if code, err := j.gateway(ctx, key, http.MethodGet, "/v1/models", nil, &models); err != nil || code != http.StatusOK {
			return false, retryable(code, err)
		}
		if len(models.Data) == 0 {
			return false, fmt.Errorf("the deployment lists no models")
		}
		model = models.Data[0].ID
		var out struct {
			Choices []struct {
				Text string `json:"text"`
			} `json:"choices"`
			Usage struct {
				CompletionTokens int `json:"completion_tokens"`
			} `json:"usage"`
		}
		body := map[string]any{"model": model, "prompt": prompt, "max_tokens": 40, "temperature": 0}
		if code, err := j.gateway(ctx, key, http.MethodPost, "/v1/completions", body, &out); err != nil || code != http.StatusOK {
			return false, retryable(code, err)
		}
		if len(out.Choices) == 0 {
			return false, errNoCompletion
		}
		text = out.Choices[0].Text
		return true, nil
	})
	if err != nil {
		return err
	}
	res.Completions = append(res.Completions, prompt+text)
	j.say("%s: %q", model, truncate(strings.Join(strings.Fields(prompt+text), " "), 110))
	done("answered by the deployment")
	return nil
}

// stream asks for a chat completion with stream: true and prints the tokens as the server-sent
// events arrive through the gateway, unbuffered.
func (j *Journey) stream(ctx context.Context, res *Result, key, prompt string) error {
	done := j.step("streamed chat completion through the gateway (server-sent events): %q", prompt)
	b, err := json.Marshal(map[string]any{"messages": []map[string]string{{"role": "user", "content": prompt}},
		"max_tokens": 32, "temperature": 0, "stream": true})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, j.S.APIURL+"/v1/chat/completions", bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer rsp.Body.Close()
	if rsp.StatusCode != http.StatusOK || !strings.HasPrefix(rsp.Header.Get("Content-Type"), "text/event-stream") {
		msg, _ := io.ReadAll(io.LimitReader(rsp.Body, 1024))
		return fmt.Errorf("stream: %d %s %s", rsp.StatusCode, rsp.Header.Get("Content-Type"), msg)
	}
	fmt.Fprint(j.Out, "    ")
	first := time.Duration(0)
	t0 := time.Now()
	sc := bufio.NewScanner(rsp.Body)
	for sc.Scan() {
		data, ok := strings.CutPrefix(sc.Text(), "data: ")
		if !ok || data == "[DONE]" {
			continue
		}
		var chunk struct {
			Choices []struct {
				Delta struct {
					Content string `json:"content"`
				} `json:"delta"`
			} `json:"choices"`
		}
		if err := json.Unmarshal([]byte(data), &chunk); err != nil {
			return fmt.Errorf("stream chunk %q: %w", data, err)
		}
		if len(chunk.Choices) > 0 && chunk.Choices[0].Delta.Content != "" {
			if first == 0 {
				first = time.Since(t0)
			}
			res.Streamed++
			fmt.Fprint(j.Out, chunk.Choices[0].Delta.Content)
		}
	}
	fmt.Fprintln(j.Out)
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stream: %w", err)
	}
	if res.Streamed == 0 {
		return errNoCompletion
	}
	done("%d chunks, the first after %d ms", res.Streamed, first.Milliseconds())
	return nil
}

// retryable passes over the answers a deployment gives while it (re)starts.
func retryable(code int, err error) error {
	switch {
	case err != nil:
		return err
	case code == http.StatusServiceUnavailable, code == http.StatusBadGateway:
		return nil
	default:
		return fmt.Errorf("the gateway answered %d", code)
	}
}

func (j *Journey) gateway(ctx context.Context, key, method, path string, body, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, j.S.APIURL+path, rd)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+key)
	req.Header.Set("Content-Type", "application/json")
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer rsp.Body.Close()
	b, err := io.ReadAll(rsp.Body)
	if err != nil {
		return 0, err
	}
	if rsp.StatusCode != http.StatusOK {
		switch rsp.StatusCode {
		case http.StatusServiceUnavailable, http.StatusBadGateway:
		default:
			return rsp.StatusCode, fmt.Errorf("%s %s: %d %s", method, path, rsp.StatusCode, truncate(string(b), 300))
		}
		return rsp.StatusCode, nil
	}
	return rsp.StatusCode, json.Unmarshal(b, out)
}

// split reads the job's money movements from the escrow's events on chain: what each provider
// was paid net of fee, the protocol's fee, the refund, the slash, and what is still locked.
// ProviderPaid carries no job id: the demo's stack runs this one job, so every payment is its.
func (j *Journey) split(ctx context.Context, res *Result) error {
	s := j.S
	k := s.Contracts
	logs, err := s.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(s.Deployment.DeployBlock),
		Addresses: []common.Address{s.Deployment.Escrow, s.Deployment.Disputes}})
	if err != nil {
		return fmt.Errorf("read the escrow's events: %w", err)
	}
	res.Fees, res.Refund, res.Slashed, res.Compensation = new(big.Int), new(big.Int), new(big.Int), new(big.Int)
	job := new(big.Int).SetInt64(res.ChainJobID)
	for _, l := range logs {
		if ev, err := k.Escrow.UnpackProviderPaidEvent(&l); err == nil {
			p := res.Payouts[ev.Provider]
			if p == nil {
				p = new(big.Int)
				res.Payouts[ev.Provider] = p
			}
			p.Add(p, new(big.Int).Sub(ev.Gross, ev.Fee))
			res.Fees.Add(res.Fees, ev.Fee)
		}
		if ev, err := k.Escrow.UnpackRefundedEvent(&l); err == nil && ev.JobId.Cmp(job) == 0 {
			res.Refund.Add(res.Refund, ev.Amount)
		}
		if ev, err := k.Escrow.UnpackJobAwardedEvent(&l); err == nil && ev.JobId.Cmp(job) == 0 && ev.Round == 1 {
			res.Round1Price = ev.PricePerGpuSecond
		}
		if ev, err := k.Disputes.UnpackFaultSlashedEvent(&l); err == nil {
			res.Slashed.Add(res.Slashed, new(big.Int).Add(ev.ToClient, ev.ToTreasury))
			res.Compensation.Add(res.Compensation, ev.ToClient)
		}
	}
	rec, err := k.Job(ctx, uint64(res.ChainJobID))
	if err != nil {
		return err
	}
	res.Remaining = new(big.Int).Set(rec.Remaining)
	res.Wallets = map[common.Address]*big.Int{}
	for _, key := range s.Accounts.Providers {
		p := devstack.Addr(key)
		if res.Wallets[p], err = k.TokenBalance(ctx, p); err != nil {
			return err
		}
	}
	// Other rounds (failed over, and replica rounds) hold their provider's claim until closeRound
	// refunds what it did not settle: still locked too.
	for round := 1; round <= int(rec.Round); round++ {
		for _, key := range s.Accounts.Providers {
			p := devstack.Addr(key)
			if round == int(rec.Round) && p == rec.Provider {
				continue // getJob's remaining has it
			}
			r, err := k.Round(ctx, uint64(res.ChainJobID), uint8(round), p)
			if err != nil {
				return err
			}
			res.Remaining.Add(res.Remaining, r.Remaining)
		}
	}
	return nil
}

// balances prints the job's split and everyone's holdings, and checks the split adds up.
func (j *Journey) balances(ctx context.Context, res *Result) error {
	s := j.S
	k := s.Contracts
	fmt.Fprintf(j.Out, "\n▶ where job %d's budget of %s GIN went (read from the escrow's events on chain)\n", res.JobID, gin(res.Budget))
	sum := new(big.Int)
	row := func(name string, v *big.Int) {
		fmt.Fprintf(j.Out, "    %-44s %16s GIN\n", name, gin(v))
		sum.Add(sum, v)
	}
	for i, p := range res.Providers {
		role := "first provider (failed over)"
		if i == 1 {
			role = "backup (took over)"
		}
		row(fmt.Sprintf("%s %s, net", role, short(p)), orZero(res.Payouts[p]))
	}
	if res.Replica != (common.Address{}) {
		row(fmt.Sprintf("replica %s, net", short(res.Replica)), orZero(res.Payouts[res.Replica]))
	}
	row("protocol fee (treasury)", res.Fees)
	row("refunded to the client", res.Refund)
	row("still locked", res.Remaining)
	fmt.Fprintf(j.Out, "    %-44s %16s GIN\n", "= budget", gin(res.Budget))
	if sum.Cmp(res.Budget) != 0 {
		return fmt.Errorf("the split does not add up: %s wei accounted for, budget %s wei", sum, res.Budget)
	}
	fmt.Fprintf(j.Out, "    adds up to the wei ✓\n")
	if res.Slashed.Sign() > 0 {
		fmt.Fprintf(j.Out, "    provider 1's stake was slashed %s GIN after the challenge window: %s GIN compensated the client, the rest went to the treasury\n",
			gin(res.Slashed), gin(orZero(res.Compensation)))
	}

	fmt.Fprintf(j.Out, "\n▶ balances now (wallet GIN / escrow free / stake)\n")
	who := []struct {
		name string
		a    common.Address
	}{{"client", devstack.Addr(s.Accounts.Client)}, {"treasury (deployer)", devstack.Addr(s.Accounts.Deployer)}}
	for i, p := range s.Accounts.Providers {
		who = append(who, struct {
			name string
			a    common.Address
		}{fmt.Sprintf("provider %d", i+1), devstack.Addr(p)})
	}
	for _, w := range who {
		wallet, err := k.TokenBalance(ctx, w.a)
		if err != nil {
			return err
		}
		free, err := k.FreeBalance(ctx, w.a)
		if err != nil {
			return err
		}
		stake, err := k.StakeOf(ctx, w.a)
		if err != nil {
			return err
		}
		fmt.Fprintf(j.Out, "    %-20s %s  %18s / %14s / %10s\n", w.name, short(w.a), gin(wallet), gin(free), gin(stake))
	}
	fmt.Fprintf(j.Out, "\n  journey took %s\n", time.Since(j.started).Round(time.Millisecond))
	return nil
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
