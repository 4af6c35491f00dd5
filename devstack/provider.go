package devstack

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/network"
	"github.com/docker/docker/client"
	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/agent"
	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

// SimulatedGPUs is what each dev provider offers: a DGX A100's eight GPUs. The dev machine has no
// GPU (the containers run on the CPU); a real provider's agent reads its GPUs through NVML.
var SimulatedGPUs = []apiv1.GPUSpec{{Model: "A100", MemoryMiB: 40960, Count: 8}}

// Provider is one provider agent of the stack, with real Docker containers and its own endpoint
// for the gateway.
type Provider struct {
	Index    int
	Agent    *agent.Agent
	Endpoint string
	AgentID  string

	docker *client.Client
	cancel context.CancelFunc
	done   chan struct{}
	once   sync.Once
}

func (s *Stack) startProvider(ctx, runCtx context.Context, i int) error {
	key := s.Accounts.Providers[i]
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	state := filepath.Join(s.dir, fmt.Sprintf("provider-%d", i+1))
	if err := os.MkdirAll(state, 0o700); err != nil {
		ln.Close()
		return err
	}
	// The endpoint is https with a self-signed key the API pins at registration, as in production;
	// the agent signs with the provider's operator key (set on chain in fund) and checks the gateway's passes
	// against the escrow over the chain's RPC URL.
	cfg := agent.Config{Key: KeyHex(s.Accounts.Operators[i]), APIURL: s.APIURL, Region: "local", Endpoint: "https://" + ln.Addr().String(),
		StateDir: state, ChainID: s.ChainID, Escrow: s.Deployment.Escrow.Hex(), RPCURL: s.RPCURL,
		// Provider 1 asks less than provider 2, so the matching's choice is visible.
		Floor:  map[string]string{"*": fmt.Sprintf("%d", 1_000_000_000_000_000*(i+1))},
		Markup: 0.5, Poll: 250 * time.Millisecond, Heartbeat: time.Second, Meter: 3 * time.Second, Redeploy: 2 * time.Second,
		Models: agent.ModelCache{HubEndpoint: s.HubURL, MaxGiB: 1}}
	if s.Opts.DefaultTimeouts {
		cfg.Poll, cfg.Heartbeat = 0, 0 // gin-agent's defaults (Validate fills them in)
	}
	if err := cfg.Validate(); err != nil {
		ln.Close()
		return err
	}
	docker, err := DockerClient(ctx)
	if err != nil {
		ln.Close()
		return err
	}
	log := s.Log.With("service", fmt.Sprintf("provider-%d", i+1))
	pctx, cancel := context.WithCancel(runCtx)
	// The agent id names this stack (its state folder), so that stacks running at once on one Docker
	// engine (go test runs packages in parallel) never touch each other's containers.
	p := &Provider{Index: i + 1, Endpoint: cfg.Endpoint, AgentID: fmt.Sprintf("gintonic-dev-%s-%d%s%s", Addr(key).Hex()[2:10], i+1, stackSep, filepath.Base(s.dir)),
		docker: docker, cancel: cancel, done: make(chan struct{})}
	p.removeOrphans(ctx) // what interrupted earlier runs left behind
	var a *agent.Agent
	// The agent's policy sets the network: each job in its own isolated network, as in production.
	rt, err := runtime.New(pctx, cfg.RuntimeConfig(runtime.Config{AgentID: p.AgentID, Docker: docker, Logger: log,
		HealthInterval: time.Second, RestartBackoff: 500 * time.Millisecond, StartGrace: time.Minute,
		StopGrace: 2 * time.Second,
		Progress: func(e runtime.Event) {
			if a != nil {
				a.Event(e)
			}
		}}))
	if err != nil {
		cancel()
		ln.Close()
		return err
	}
	if a, err = agent.New(ctx, cfg, SimulatedGPUs, rt, log); err != nil {
		cancel()
		ln.Close()
		rt.Close()
		return err
	}
	p.Agent = a
	s.Agents = append(s.Agents, p)
	ready := make(chan error, 1)
	go func() {
		defer close(p.done)
		defer rt.Close()
		var wg sync.WaitGroup
		wg.Go(func() {
			if err := a.ServeEndpoint(pctx, ln); err != nil && pctx.Err() == nil {
				s.fail(fmt.Errorf("provider %d endpoint: %w", i+1, err))
			}
		})
		err := a.Run(pctx)
		ready <- err
		if err != nil && pctx.Err() == nil && runCtx.Err() == nil {
			s.fail(fmt.Errorf("provider %d: %w", i+1, err))
		}
		cancel()
		wg.Wait()
	}()
	// Registered and heartbeating once the API lists it as healthy.
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-ready:
			if err == nil {
				err = errors.New("stopped at start")
			}
			return err
		case <-time.After(200 * time.Millisecond):
		}
		if s.providerHealthy(ctx, Addr(key)) {
			return nil
		}
	}
	return errors.New("not registered and healthy within 30s")
}

func (s *Stack) providerHealthy(ctx context.Context, addr common.Address) bool {
	var healthy bool
	err := s.DB.WithContext(ctx).Raw(`SELECT last_heartbeat_at > now() - interval '5 seconds' FROM market.providers
		WHERE address = ?`, addr.Bytes()).Scan(&healthy).Error
	return err == nil && healthy
}

// Kill stops the agent as a crash would: no goodbye to the API, heartbeats just stop, and its
// containers go with the machine.
func (p *Provider) Kill() {
	p.once.Do(func() {
		p.cancel()
		<-p.done
		p.removeContainers(context.Background())
	})
}

// Containers lists the provider's containers (running or not).
func (p *Provider) Containers(ctx context.Context) ([]container.Summary, error) {
	return p.docker.ContainerList(ctx, container.ListOptions{All: true,
		Filters: filters.NewArgs(filters.Arg("label", runtime.LabelAgent+"="+p.AgentID))})
}

// stackSep separates an agent id from the name of its stack's state folder (under os.TempDir).
const stackSep = "@"

// removeOrphans removes the dev agents' containers whose stack is gone (its state folder was
// removed at Close, or never will be: an interrupted run), leaving running stacks' alone.
func (p *Provider) removeOrphans(ctx context.Context) {
	cs, err := p.docker.ContainerList(ctx, container.ListOptions{All: true, Filters: filters.NewArgs(filters.Arg("label", runtime.LabelAgent))})
	if err != nil {
		return
	}
	for _, c := range cs {
		id := c.Labels[runtime.LabelAgent]
		if !strings.HasPrefix(id, "gintonic-dev-") {
			continue
		}
		_, stack, ok := strings.Cut(id, stackSep)
		if !ok {
			continue // not a stack's
		}
		if _, err := os.Stat(filepath.Join(os.TempDir(), stack)); err == nil {
			continue // a live stack's
		}
		_ = p.docker.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true})
	}
	p.removeNetworks(ctx, func(id string) bool {
		_, stack, ok := strings.Cut(id, stackSep)
		if !strings.HasPrefix(id, "gintonic-dev-") || !ok {
			return false
		}
		_, err := os.Stat(filepath.Join(os.TempDir(), stack))
		return err != nil
	})
}

// removeNetworks removes the job networks of the agents gone says are gone (their containers
// are removed first).
func (p *Provider) removeNetworks(ctx context.Context, gone func(agentID string) bool) {
	nets, err := p.docker.NetworkList(ctx, network.ListOptions{Filters: filters.NewArgs(filters.Arg("label", runtime.LabelNetwork))})
	if err != nil {
		return
	}
	for _, n := range nets {
		if gone(n.Labels[runtime.LabelAgent]) {
			_ = p.docker.NetworkRemove(ctx, n.ID)
		}
	}
}

func (p *Provider) removeContainers(ctx context.Context) {
	cs, err := p.Containers(ctx)
	if err != nil {
		return
	}
	for _, c := range cs {
		_ = p.docker.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true})
	}
	p.removeNetworks(ctx, func(id string) bool { return id == p.AgentID })
}
