package web_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/chain/chaintest"
	"github.com/gintonic/gintonic/devstack"
)

const chromium = "/usr/bin/chromium"

// TestDashboard drives the dashboard in headless Chromium against a real stack, with a test
// wallet in the page: a client connects, switches chain, signs in, deposits with permit, submits
// a job that a provider bids on and the controller awards, and a provider stakes — each checked
// on chain and in the API. It writes a screenshot of every view (to docs/screenshots/ with GIN_SCREENSHOTS=docs/screenshots).
func TestDashboard(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s is missing (apt-get install chromium); CI=1 makes this a failure", chromium)
		}
		t.Fatalf("%s is missing: .ci/run installs it", chromium)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	t0 := time.Now()
	s := startStack(t, ctx)
	// A real agent with Docker takes the job to running; without Docker a Go provider bids and
	// the job stops at awarded.
	withAgent := s.startAgent(t, ctx)
	var prov *apiclient.Client
	if !withAgent {
		prov = s.provider(t, ctx)
	}
	s.eventually(t, "the provider registered and healthy", func() bool {
		var pr apiv1.Provider
		return s.get(t, ctx, "/v1/providers/"+addr(providerKey).Hex(), "", &pr) && pr.Healthy
	})
	t.Logf("stack up in %s", time.Since(t0).Round(time.Millisecond))
	// Screenshots go to a scratch directory unless GIN_SCREENSHOTS names where to keep them
	// (`make screenshots` refreshes docs/screenshots), so that a test run leaves the tree clean.
	shots := t.TempDir()
	if dir := os.Getenv("GIN_SCREENSHOTS"); dir != "" {
		shots = filepath.Join(chaintest.RepoRoot(t), dir)
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()

	client := newTab(t, browser, s, clientKey)
	step := func(name string, f func(t *testing.T)) {
		t.Helper()
		t1 := time.Now()
		if !t.Run(name, f) {
			t.FailNow()
		}
		t.Logf("%s: %s", name, time.Since(t1).Round(time.Millisecond))
	}

	step("the API's own routes next to the dashboard", func(t *testing.T) {
		for _, c := range []struct {
			path, contentType string
			status            int
		}{
			{"/", "text/html", 200}, {"/client", "text/html", 200}, {"/config.json", "application/json", 200},
			{"/docs", "text/html", 200}, {"/openapi.json", "application/json", 200}, {"/healthz", "application/json", 200},
			{"/metrics", "text/plain", 200}, {"/v1/providers", "application/json", 200},
			{"/v1/no-such-endpoint", "application/problem+json", 404},
		} {
			rsp, err := http.Get(s.URL + c.path)
			if err != nil {
				t.Fatal(err)
			}
			rsp.Body.Close()
			if rsp.StatusCode != c.status || !strings.HasPrefix(rsp.Header.Get("Content-Type"), c.contentType) {
				t.Errorf("GET %s: %d %s, want %d %s", c.path, rsp.StatusCode, rsp.Header.Get("Content-Type"), c.status, c.contentType)
			}
		}
	})

	step("connect and sign in", func(t *testing.T) {
		client.do(chromedp.Navigate(s.URL+"/wallet"), chromedp.Click(chromedp.CSS("#connect-0")), chromedp.WaitVisible(chromedp.CSS("#switch-chain")))
		if txt := client.text("#chain-status"); !strings.Contains(txt, "on chain 1;") {
			t.Errorf("wrong chain not detected: %q", txt)
		}
		client.do(chromedp.Click(chromedp.CSS("#switch-chain")), chromedp.WaitVisible(chromedp.CSS("#sign-in")),
			chromedp.Click(chromedp.CSS("#sign-in")), chromedp.WaitVisible(chromedp.CSS("#signin-status .ok")))
		client.shot(shots, "wallet")
		var me apiv1.Account
		s.get(t, ctx, "/v1/me", client.token(), &me)
		if !strings.EqualFold(me.Address, addr(clientKey).Hex()) {
			t.Fatalf("the page's session is %s's, want the client's", me.Address)
		}
		// A reload keeps the wallet connected (eth_accounts, no prompt) and the session.
		client.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#signin-status .ok")))
		if txt := client.text("#account"); !strings.Contains(strings.ToLower(txt), strings.ToLower(addr(clientKey).Hex())) {
			t.Errorf("after a reload the page shows %q, want the client's account connected", txt)
		}
	})

	deposit := chain.Tokens(2_000_000)
	step("deposit with permit", func(t *testing.T) {
		client.do(chromedp.Click(chromedp.CSS(`nav a[href="/client"]`)), chromedp.WaitVisible(chromedp.CSS("#deposit")),
			chromedp.SetValue(chromedp.CSS("#amount"), "2000000"), chromedp.Click(chromedp.CSS("#deposit")))
		client.waitTx("Deposit", "confirmed")
		if free, err := s.K.FreeBalance(ctx, addr(clientKey)); err != nil || free.Cmp(deposit) != 0 {
			t.Fatalf("escrow free balance on chain: %v %v, want %s", free, err, deposit)
		}
		s.eventually(t, "the API to show the deposit at finality", func() bool {
			var me apiv1.Account
			s.get(t, ctx, "/v1/me", client.token(), &me)
			return me.EscrowFree == deposit.String() && me.MayUseGpus
		})
		calls := client.eval(`(window.__walletCalls || []).join(",")`)
		if !strings.Contains(calls, "eth_signTypedData_v4") || strings.Count(calls, "eth_sendTransaction") != 1 {
			t.Errorf("a permit deposit is one signature and one transaction; the wallet saw %s", calls)
		}
	})

	step("a failed transaction shows its revert reason", func(t *testing.T) {
		client.do(chromedp.Click(chromedp.CSS(`nav a[href="/client"]`)), chromedp.WaitVisible(chromedp.CSS("#withdraw")),
			chromedp.SetValue(chromedp.CSS("#amount"), "9000000"), chromedp.Click(chromedp.CSS("#withdraw")))
		if txt := client.waitTx("Withdraw", "failed"); !strings.Contains(txt, "InsufficientBalance(2,000,000 GIN, 9,000,000 GIN)") {
			t.Errorf("failed withdrawal shows %q, want the decoded InsufficientBalance error with its amounts in GIN", txt)
		}
	})

	var job apiv1.Job
	step("deploy a model; a provider bids; the controller awards; it runs", func(t *testing.T) {
		client.do(chromedp.Click(chromedp.CSS(`nav a[href="/client"]`)), chromedp.WaitVisible(chromedp.CSS("#submit-job")))
		// The first card deploys a model by its id. A quote before anything is signed: who can
		// serve it, whether the model fits and who holds it warm, and why not for a GPU nobody offers.
		client.typeInto("#model", devstack.Model)
		client.waitText("#quote", "The model: gguf, 1.1 MiB; needs about 0.5 GiB of GPU memory; 0 of them hold it warm.")
		client.typeInto("#gpu-model", "H100")
		client.waitText("#quote", "Nobody can serve this now: no provider offers H100; on offer: ")
		client.typeInto("#gpu-model", "")
		client.waitText("#quote", "can serve it now")
		// One provider serves it unless the client asks for replicas.
		if v := client.eval(`document.querySelector("#replicas").value`); v != "1" {
			t.Errorf("the Replicas field starts at %q, want 1", v)
		}
		client.do(chromedp.Click(chromedp.CSS("#submit-job")))
		client.waitTx("Create job", "confirmed")
		client.do(chromedp.WaitVisible(chromedp.CSS("#job-state")))
		c, err := apiclient.Dial(ctx, s.URL, clientKey)
		if err != nil {
			t.Fatal(err)
		}
		s.eventually(t, "the job in bidding with its chain id", func() bool {
			r, err := c.ListJobsWithResponse(ctx, nil)
			if err != nil || r.JSON200 == nil || len(r.JSON200.Jobs) == 0 {
				return false
			}
			job = r.JSON200.Jobs[0]
			return job.State == apiv1.JobStateBidding && job.ChainJobId != nil
		})
		if job.ReplicasWanted != nil || client.text("#job-replicas") != "" {
			t.Errorf("a job of one provider shows replicas: replicasWanted %v, page %q", job.ReplicasWanted, client.text("#job-replicas"))
		}
		if !withAgent {
			client.waitText("#job-state", "bidding")
			s.bid(t, ctx, prov, job, new(big.Int).Div(chain.Tokens(1), big.NewInt(2)))
		}
		client.waitText("#trail", "awarded")
		client.waitText("#trail", "bid")
		client.waitText("#match", addr(providerKey).Hex()[:6])
		onChain, err := s.K.Job(ctx, uint64(*job.ChainJobId))
		if err != nil || onChain.Provider != addr(providerKey) {
			t.Fatalf("job %d on chain: provider %s (%v), want %s", *job.ChainJobId, onChain.Provider, err, addr(providerKey))
		}
		if withAgent {
			client.waitText("#job-state", "running")
			s.eventually(t, "the API to show the job running", func() bool {
				var j apiv1.Job
				s.get(t, ctx, fmt.Sprintf("/v1/jobs/%d", job.Id), client.token(), &j)
				return j.State == apiv1.JobStateRunning
			})
			// The runtime's own start-up line, shipped by the agent, shown to the client; the jobs
			// table names the provider.
			client.waitText("#logs", "msg=serving")
			client.waitText(fmt.Sprintf("#job-prov-%d", job.Id), addr(providerKey).Hex()[:6])
		}
		client.shot(shots, "client")
	})

	if withAgent {
		step("reveal the deployment key; stop the job and get the refund", func(t *testing.T) {
			client.do(chromedp.Click(chromedp.CSS("#reveal-key")))
			client.waitText(".secret", "gk_")
			// What to paste: the endpoint, the key and the model's id in curl and the OpenAI client.
			client.waitText("#snippet-curl", "/v1/chat/completions")
			client.waitText("#snippet-curl", "Bearer gk_")
			client.waitText("#snippet-openai", `model="`+devstack.ModelRepo+`"`)
			client.shot(shots, "client-deployed")
			// A top-up from the wallet: one permit signature, one transaction; the trail says it.
			client.typeInto("#topup-amount", "50")
			client.do(chromedp.Click(chromedp.CSS("#topup")))
			client.waitTx("Top up job", "confirmed")
			client.waitText("#trail", "the client added 50 GIN to the budget, now 150 GIN")
			if onChain, err := s.K.Job(ctx, uint64(*job.ChainJobId)); err != nil || onChain.Budget.Cmp(chain.Tokens(150)) != 0 {
				t.Errorf("escrow budget after the top-up: %v %v, want 150 GIN", onChain.Budget, err)
			}
			before, err := s.K.FreeBalance(ctx, addr(clientKey))
			if err != nil {
				t.Fatal(err)
			}
			client.do(chromedp.Click(chromedp.CSS("#stop-job")))
			client.waitTx("Stop job", "confirmed")
			client.waitText("#trail", "stopped")
			after, err := s.K.FreeBalance(ctx, addr(clientKey))
			if err != nil || after.Cmp(before) <= 0 {
				t.Fatalf("escrow free balance %s before the stop, %s (%v) after: want a refund", before, after, err)
			}
			t.Logf("refunded at once: %s wei", new(big.Int).Sub(after, before))
		})
	}

	// The stack has one provider, so a replicated job gets no second replica here (the api and demo
	// tests add those): this checks what the page sends and shows — with the agent, its current
	// round running as one of the two wanted — then stops the job.
	step("deploy with replicas: the request carries them; the job page lists its providers", func(t *testing.T) {
		client.do(chromedp.Click(chromedp.CSS(`nav a[href="/client"]`)), chromedp.WaitVisible(chromedp.CSS("#replicas")))
		client.waitText("#replicas-hint", "providers serving at once behind one endpoint; the budget is shared")
		client.typeInto("#model", devstack.Model)
		client.typeInto("#replicas", "2")
		client.waitText("#quote", "Fewer than the 2 replicas asked for")
		client.waitText("#scale-to-zero-hint", "the next request starts it again")
		client.do(chromedp.Click(chromedp.CSS("#scale-to-zero")))
		client.do(chromedp.Click(chromedp.CSS("#submit-job")))
		var rj apiv1.Job
		s.eventually(t, "the replicated job on chain", func() bool {
			var r struct{ Jobs []apiv1.Job }
			if !s.get(t, ctx, "/v1/jobs", client.token(), &r) || len(r.Jobs) == 0 || r.Jobs[0].Id == job.Id {
				return false
			}
			rj = r.Jobs[0]
			return rj.ChainJobId != nil
		})
		if rj.ReplicasWanted == nil || *rj.ReplicasWanted != 2 || rj.MinReplicas == nil || *rj.MinReplicas != 0 || rj.ScaleToZeroAfter == nil {
			t.Fatalf("job %d wants %v replicas, min %v, scaling to zero after %v: want 2, 0 and the default: the page did not send them",
				rj.Id, rj.ReplicasWanted, rj.MinReplicas, rj.ScaleToZeroAfter)
		}
		client.waitText("#job-detail h2", fmt.Sprintf("Job #%d", rj.Id))
		client.waitText("#replicas-serving", "of 2 providers serving")
		client.waitText("#replicas-table thead", "Provider")
		client.waitText("#job-scale-to-zero", "scales to zero after 15 min without a request")
		if withAgent {
			client.waitText("#replicas-serving", "1 of 2 providers serving")
			client.waitText("#replicas-table tbody", addr(providerKey).Hex()[:6])
			client.waitText("#replicas-table tbody", "running")
		}
		client.shot(shots, "client-replicas")
		// Stopped, so that later steps meet no second deployment.
		client.do(chromedp.Click(chromedp.CSS("#stop-job")))
		client.waitTx(fmt.Sprintf("Stop job #%d", rj.Id), "confirmed")
		client.waitText("#trail", "stopped")
		client.waitText("#replicas-serving", "0 of 2 providers serving")
	})

	step("explorer", func(t *testing.T) {
		client.do(chromedp.Click(chromedp.CSS(`nav a[href="/"]`)), chromedp.WaitVisible(chromedp.CSS("#providers")))
		client.waitText("#providers", "A100")
		client.waitText("main", "Jobs by state")
		client.waitText("main", "Settled volume over time")
		client.do(chromedp.WaitVisible(chromedp.CSS("#settlements")))
		client.shot(shots, "explorer")
		// Responsive: the same page on a phone-sized screen.
		client.do(chromedp.EmulateViewport(390, 844), chromedp.Click(chromedp.CSS(`nav a[href="/client"]`)), chromedp.WaitVisible(chromedp.CSS("#submit-job")))
		client.shot(shots, "client-mobile")
		client.do(chromedp.EmulateReset())
	})

	step("stake as a provider", func(t *testing.T) {
		p := newTab(t, browser, s, providerKey)
		p.do(chromedp.Navigate(s.URL+"/wallet"), chromedp.Click(chromedp.CSS("#connect-0")), chromedp.Click(chromedp.CSS("#switch-chain")),
			chromedp.WaitVisible(chromedp.CSS("#sign-in")), chromedp.Click(chromedp.CSS("#sign-in")), chromedp.WaitVisible(chromedp.CSS("#signin-status .ok")),
			chromedp.Click(chromedp.CSS(`nav a[href="/provider"]`)), chromedp.WaitVisible(chromedp.CSS("#stake")),
			chromedp.SetValue(chromedp.CSS("#stake-amount"), "1000"), chromedp.Click(chromedp.CSS("#stake")))
		p.waitTx("Stake", "confirmed")
		want := chain.Tokens(101_000)
		if st, err := s.K.StakeOf(ctx, addr(providerKey)); err != nil || st.Cmp(want) != 0 {
			t.Fatalf("stake on chain: %v %v, want %s", st, err, want)
		}
		s.eventually(t, "the API to show the new stake", func() bool {
			var pr apiv1.Provider
			s.get(t, ctx, "/v1/providers/"+addr(providerKey).Hex(), "", &pr)
			return pr.Stake == want.String()
		})
		p.waitText("#p-stake", "101,000 GIN")
		p.waitText("#p-locked", "GIN")                        // collateral of running awards (staking.lockedStakeOf)
		p.waitText("#p-disputes", "no quorum of controllers") // fault reports against this provider: none
		p.waitText("#my-bids", "#"+fmt.Sprint(job.Id))
		// The machine's checks (gin-agent doctor's) as the provider's agent reported them.
		if withAgent {
			s.eventually(t, "the agent to report its machine's checks", func() bool {
				var r apiv1.DoctorReport
				return s.get(t, ctx, "/v1/providers/me/doctor", p.token(), &r) && len(r.Checks) > 3
			})
			p.do(chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#stake")))
			p.waitText("#doctor", "every flag and variable is valid")
			p.waitText("#doctor", "docker")
		} else {
			p.waitText("#doctor", "has not reported its checks yet")
		}
		p.shot(shots, "provider")
		p.noConsoleErrors()
	})
	client.noConsoleErrors()
}

// tab is one browser tab with the test wallet of one account, collecting console errors.
type tab struct {
	t    *testing.T
	ctx  context.Context
	mu   sync.Mutex
	errs []string
}

func newTab(t *testing.T, browser context.Context, s *stack, key *ecdsa.PrivateKey) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	t.Cleanup(cancel)
	tb := &tab{t: t, ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.ExposeFunc("__testWalletSign", walletSigner(s.Eth, s.chainID, key))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: testWallet(s.RPC, addr(key).Hex(), s.chainID.Uint64())}); err != nil {
		t.Fatal(err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				tb.mu.Lock()
				tb.errs = append(tb.errs, fmt.Sprintf("%s:%d %s", m.URL, m.Line+1, m))
				tb.mu.Unlock()
			}
		}
	}()
	return tb
}

func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatalf("browser: %v (page says: %s)", err, tb.pageErrors())
	}
}

// typeInto sets an input's value as a person typing would: the page sees an input event.
func (tb *tab) typeInto(sel, value string) {
	tb.t.Helper()
	tb.do(chromedp.WaitVisible(chromedp.CSS(sel)))
	v, _ := json.Marshal(value) // chromedp.SetValue cannot clear a field
	tb.eval(fmt.Sprintf(`(e => { e.value = %s; return String(e.dispatchEvent(new Event("input", {bubbles: true}))) })(document.querySelector(%q))`, v, sel))
}

func (tb *tab) eval(js string) string {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func (tb *tab) text(sel string) string {
	tb.t.Helper()
	return tb.eval(fmt.Sprintf(`document.querySelector(%q)?.textContent ?? ""`, sel))
}

func (tb *tab) token() string { return tb.eval(`sessionStorage.getItem("gin.token") ?? ""`) }

// pageErrors is what the page shows as errors (role=alert), for failure messages.
func (tb *tab) pageErrors() string {
	v, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('[role=alert], .tx[data-state=failed]')].map(e => e.textContent).filter(Boolean).join(" | ")`))
	return v
}

// waitText waits until the element's text contains want.
func (tb *tab) waitText(sel, want string) {
	tb.t.Helper()
	js := fmt.Sprintf(`(document.querySelector(%q)?.textContent ?? "").includes(%q)`, sel, want)
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		tb.t.Fatalf("waiting for %q in %s (it says %q): %v; page errors: %s", want, sel, tb.text(sel), err, tb.pageErrors())
	}
}

// waitTx waits for the transaction labelled label... to reach state, and returns its text.
func (tb *tab) waitTx(label, state string) string {
	tb.t.Helper()
	find := fmt.Sprintf(`[...document.querySelectorAll(".tx")].find(e => e.querySelector("strong")?.textContent.startsWith(%q))`, label)
	js := fmt.Sprintf(`(() => { const e = %s; if (!e) return false; if (e.dataset.state === %q) return true; if (e.dataset.state === "failed" || e.dataset.state === "confirmed") throw new Error(e.textContent); return false })()`, find, state)
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		txs, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`[...document.querySelectorAll(".tx")].map(e => e.dataset.state + ": " + e.textContent).join(" | ")`))
		tb.t.Fatalf("transaction %q did not reach %s: %v; page errors: %s; transactions on the page: %s", label, state, err, tb.pageErrors(), txs)
	}
	return tb.eval(fmt.Sprintf(`%s.textContent`, find))
}

func (tb *tab) shot(dir, name string) {
	tb.t.Helper()
	png, err := chromedp.Run(tb.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		tb.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		tb.t.Fatal(err)
	}
}

func (tb *tab) noConsoleErrors() {
	tb.t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if len(tb.errs) > 0 {
		tb.t.Errorf("console errors:\n%s", strings.Join(tb.errs, "\n"))
	}
}

// get GETs an API path (with a bearer token unless empty) and decodes the JSON answer; false
// when the API answers anything but 200.
func (s *stack) get(t *testing.T, ctx context.Context, path, token string, v any) bool {
	t.Helper()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+path, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rsp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer rsp.Body.Close()
	if rsp.StatusCode != http.StatusOK {
		return false
	}
	if err := json.NewDecoder(rsp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return true
}
