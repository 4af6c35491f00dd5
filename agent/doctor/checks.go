package doctor

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/agent/inventory"
	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/bindings/escrow"
	"github.com/gintonic/gintonic/bindings/staking"
	"github.com/gintonic/gintonic/chain"
	"github.com/gintonic/gintonic/money"
)

func ok(format string, a ...any) Check { return Check{Status: OK, Detail: fmt.Sprintf(format, a...)} }

func checkOf(s Status, detail, fix string) Check { return Check{Status: s, Detail: detail, Fix: fix} }

const driverFix = "install the NVIDIA driver (Debian: apt install nvidia-driver; Ubuntu: ubuntu-drivers install), reboot and check that nvidia-smi lists the GPUs — or run the agent with -cpu-only"

func (m *Machine) checkGPUs(ctx context.Context) Check {
	if m.CPUOnly {
		return checkOf(Skip, "-cpu-only: no GPUs are offered, jobs run on the CPU", "")
	}
	groups, err := m.gpus(ctx)
	switch {
	case errors.Is(err, inventory.ErrNoDriver):
		return checkOf(Fail, "NVML (libnvidia-ml.so.1) is not installed: the NVIDIA driver is missing", driverFix)
	case err != nil:
		return checkOf(Fail, err.Error(), driverFix)
	case len(groups) == 0:
		return checkOf(Fail, "NVML answers but reports no healthy GPU", "check nvidia-smi for errors (Xid, ECC) and the GPUs' health")
	}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = fmt.Sprintf("%d × %s %d MiB", g.Count, g.Model, g.MemoryMiB)
	}
	return ok("NVML reads %s", strings.Join(parts, ", "))
}

// toolkitCVEs are the NVIDIA Container Toolkit's container-escape vulnerabilities and the version
// that fixed each; a provider running an older toolkit hands every tenant a way onto the host.
var toolkitCVEs = []struct {
	id    string
	fixed [3]int
}{
	{"CVE-2024-0132", [3]int{1, 16, 2}},
	{"CVE-2024-0133", [3]int{1, 16, 2}},
	{"CVE-2025-23359", [3]int{1, 17, 4}},
	{"CVE-2025-23266", [3]int{1, 17, 8}},
	{"CVE-2025-23267", [3]int{1, 17, 8}},
}

var versionRE = regexp.MustCompile(`(\d+)\.(\d+)\.(\d+)`)

const toolkitFix = "install or upgrade the NVIDIA Container Toolkit to 1.17.8 or later (apt install nvidia-container-toolkit from NVIDIA's repository), then nvidia-ctk runtime configure --runtime=docker and restart dockerd"

func (m *Machine) checkToolkit(ctx context.Context) Check {
	if m.CPUOnly {
		return checkOf(Skip, "-cpu-only: containers get no GPUs", "")
	}
	out, err := m.command(ctx, "nvidia-ctk", "--version")
	if errors.Is(err, errNotInstalled) {
		out, err = m.command(ctx, "nvidia-container-cli", "--version")
	}
	if errors.Is(err, errNotInstalled) {
		return checkOf(Fail, "the NVIDIA Container Toolkit is not installed: containers cannot be given GPUs", toolkitFix)
	}
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("the toolkit does not run: %v: %s", err, firstLine(out)), toolkitFix)
	}
	v := versionRE.FindStringSubmatch(string(out))
	if v == nil {
		return checkOf(Warn, "cannot read the toolkit's version from "+strconv.Quote(firstLine(out)), "check that it is 1.17.8 or later")
	}
	have := [3]int{atoi(v[1]), atoi(v[2]), atoi(v[3])}
	var open []string
	for _, c := range toolkitCVEs {
		if less(have, c.fixed) {
			open = append(open, fmt.Sprintf("%s (fixed in %d.%d.%d)", c.id, c.fixed[0], c.fixed[1], c.fixed[2]))
		}
	}
	if len(open) > 0 {
		return checkOf(Fail, fmt.Sprintf("NVIDIA Container Toolkit %s has container-escape vulnerabilities: %s", v[0], strings.Join(open, ", ")), toolkitFix)
	}
	if eng, done, err := m.docker(); err == nil {
		defer done()
		if info, err := eng.Info(ctx); err == nil {
			if _, ok := info.Runtimes["nvidia"]; !ok {
				return checkOf(Warn, fmt.Sprintf("NVIDIA Container Toolkit %s (no known CVE), but Docker does not list the nvidia runtime", v[0]),
					"nvidia-ctk runtime configure --runtime=docker, then restart dockerd")
			}
		}
	}
	return ok("NVIDIA Container Toolkit %s: no known container-escape CVE", v[0])
}

func (m *Machine) checkDocker(ctx context.Context) Check {
	eng, done, err := m.docker()
	if err != nil {
		return checkOf(Fail, "no Docker client: "+err.Error(), "set DOCKER_HOST, or install Docker Engine (apt install docker.io)")
	}
	defer done()
	info, err := eng.Info(ctx)
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("Docker Engine at %s does not answer: %v", eng.DaemonHost(), err),
			"install Docker Engine (apt install docker.io) and start it (systemctl start docker); the agent's user needs the socket (usermod -aG docker $USER), or set DOCKER_HOST")
	}
	return ok("Docker Engine %s at %s: %d CPUs, %s storage", info.ServerVersion, eng.DaemonHost(), info.NCPU, info.Driver)
}

const (
	gib          = 1 << 30
	diskWarnGiB  = 100 // model weights and images need tens of GiB each
	diskFailGiB  = 20
	diskAdviceGB = "models and images need tens of GiB each"
)

func (m *Machine) checkDisk(ctx context.Context) Check {
	dir := m.stateDir()
	free, total, err := m.freeDisk(dir)
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("cannot read the free space of %s: %v", dir, err), "point -state at a directory the agent can read")
	}
	detail := fmt.Sprintf("%.0f GiB free of %.0f GiB at %s", float64(free)/gib, float64(total)/gib, dir)
	fix := fmt.Sprintf("free space there, or point -state at a larger disk (%s)", diskAdviceGB)
	switch {
	case free < diskFailGiB*gib:
		return checkOf(Fail, detail+fmt.Sprintf(": below %d GiB", diskFailGiB), fix)
	case free < diskWarnGiB*gib:
		return checkOf(Warn, detail+fmt.Sprintf(": below %d GiB", diskWarnGiB), fix)
	}
	return ok("%s", detail)
}

func (m *Machine) freeDisk(dir string) (uint64, uint64, error) {
	if m.FreeDisk != nil {
		return m.FreeDisk(dir)
	}
	return statfs(dir)
}

func (m *Machine) checkKey(context.Context) Check {
	if m.Key == nil {
		return checkOf(Fail, "no signing key", "give the agent its key with -key-file (or GIN_AGENT_KEY); an operator key authorized with gin operator is best")
	}
	return ok("signs as %s", crypto.PubkeyToAddress(m.Key.PublicKey).Hex())
}

func (m *Machine) checkChain(ctx context.Context) Check {
	if m.RPCURL == "" {
		return checkOf(Fail, "no RPC URL", "set -rpc to a node of the escrow's chain (the agent reads jobs and checks the gateway's passes there)")
	}
	c, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("rpc %s: %v", chain.RedactURL(m.RPCURL), err), "check -rpc")
	}
	defer c.Close()
	id, err := c.ChainID(ctx)
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("rpc %s does not answer: %v", chain.RedactURL(m.RPCURL), err), "check -rpc and that the node is up")
	}
	if id.Int64() != m.ChainID {
		return checkOf(Fail, fmt.Sprintf("rpc %s serves chain %d, the escrow is on chain %d", chain.RedactURL(m.RPCURL), id, m.ChainID), "point -rpc at a node of chain "+strconv.FormatInt(m.ChainID, 10)+", or fix -chain-id")
	}
	code, err := c.CodeAt(ctx, common.HexToAddress(m.Escrow), nil)
	if err != nil || len(code) == 0 {
		return checkOf(Fail, fmt.Sprintf("no contract at the escrow address %s on chain %d", m.Escrow, id), "check -escrow (gin-deploy prints it; GET /v1/config of the API names it)")
	}
	return ok("chain %d at %s, escrow %s", id, chain.RedactURL(m.RPCURL), m.Escrow)
}

func (m *Machine) checkStake(ctx context.Context) Check {
	if m.Key == nil {
		return checkOf(Skip, "needs the key check to pass first", "")
	}
	c, err := ethclient.DialContext(ctx, m.RPCURL)
	if err != nil {
		return checkOf(Fail, err.Error(), "check -rpc")
	}
	defer c.Close()
	call := func(to common.Address, data []byte) ([]byte, error) {
		return c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	esc, stk := escrow.NewAuctionEscrow(), staking.NewProviderStaking()
	out, err := call(common.HexToAddress(m.Escrow), esc.PackStaking())
	if err != nil {
		return checkOf(Fail, "read the escrow's staking contract: "+err.Error(), "check -escrow")
	}
	stakingAddr, err := esc.UnpackStaking(out)
	if err != nil {
		return checkOf(Fail, "read the escrow's staking contract: "+err.Error(), "check -escrow")
	}
	self := crypto.PubkeyToAddress(m.Key.PublicKey)
	provider, role := self, ""
	if out, err := call(stakingAddr, stk.PackProviderOf(self)); err == nil {
		if p, err := stk.UnpackProviderOf(out); err == nil && p != (common.Address{}) {
			provider, role = p, fmt.Sprintf(" (this key is the operator key of %s)", p.Hex())
		}
	}
	read := func(data []byte, unpack func([]byte) (*big.Int, error)) (*big.Int, error) {
		out, err := call(stakingAddr, data)
		if err != nil {
			return nil, err
		}
		return unpack(out)
	}
	minimum, err := read(stk.PackMinStake(), stk.UnpackMinStake)
	if err != nil {
		return checkOf(Fail, "read the minimum stake: "+err.Error(), "check -rpc and -escrow")
	}
	stake, err := read(stk.PackStakeOf(provider), stk.UnpackStakeOf)
	if err != nil {
		return checkOf(Fail, "read the stake: "+err.Error(), "check -rpc and -escrow")
	}
	detail := fmt.Sprintf("%s staked by %s%s; the network's minimum is %s", money.FormatGIN(stake), provider.Hex(), role, money.FormatGIN(minimum))
	if stake.Sign() == 0 || stake.Cmp(minimum) < 0 {
		need := new(big.Int).Sub(minimum, stake)
		if need.Sign() <= 0 {
			need = minimum
		}
		return checkOf(Fail, detail, fmt.Sprintf("stake at least %s more from %s's wallet (gin stake %s, or the dashboard's provider page); jobs may ask for more", money.FormatGIN(need), provider.Hex(), money.Plain(need)))
	}
	return ok("%s", detail)
}

func (m *Machine) checkAPI(ctx context.Context) Check {
	if m.Key == nil || m.APIURL == "" {
		return checkOf(Fail, "no API URL or key", "set -api to a controller's API (e.g. https://api.example.org)")
	}
	c, err := apiclient.DialExpect(ctx, m.APIURL, m.Key, apiclient.Expect{ChainID: uint64(m.ChainID)})
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("sign in at %s: %v", m.APIURL, err), "check -api, the machine's clock, and that the API serves chain "+strconv.FormatInt(m.ChainID, 10))
	}
	addr := common.HexToAddress(c.Session.Address)
	r, err := c.GetProviderWithResponse(ctx, addr.Hex())
	if err != nil {
		return checkOf(Fail, fmt.Sprintf("read this provider at %s: %v", m.APIURL, err), "check -api")
	}
	if r.JSON200 == nil {
		m.registered = nil
		return ok("signed in at %s as %s; not registered yet (the agent registers when it starts)", m.APIURL, addr.Hex())
	}
	m.registered = r.JSON200
	return ok("signed in at %s as %s, registered in %s", m.APIURL, addr.Hex(), r.JSON200.Region)
}

func (m *Machine) checkEndpoint(context.Context) Check {
	p := m.registered
	if p == nil {
		return checkOf(Skip, "the agent has not registered its endpoint yet: start it, then run gin-agent doctor again", "")
	}
	if m.Endpoint != "" && p.Endpoint != m.Endpoint {
		return checkOf(Warn, fmt.Sprintf("registered endpoint %s differs from -endpoint %s", p.Endpoint, m.Endpoint), "restart the agent so that it registers -endpoint")
	}
	probes := map[string]float64{}
	if p.ProbedLatenciesMs != nil {
		probes = *p.ProbedLatenciesMs
	}
	if len(probes) == 0 {
		return checkOf(Warn, fmt.Sprintf("no controller has probed %s yet (they do every few seconds while the agent heartbeats)", p.Endpoint),
			"keep the agent running and run gin-agent doctor again in a minute")
	}
	var reached, failed []string
	for id, ms := range probes {
		if ms < 0 {
			failed = append(failed, id)
		} else {
			reached = append(reached, fmt.Sprintf("%s %.0f ms", id, ms))
		}
	}
	if len(failed) > 0 {
		return checkOf(Fail, fmt.Sprintf("controllers %s cannot reach %s/healthz", strings.Join(sorted(failed), ", "), p.Endpoint),
			"open the endpoint's port to the internet (firewall, NAT port forward) and check that -endpoint is this machine's public address")
	}
	return ok("%s is reached by %s", p.Endpoint, strings.Join(sorted(reached), ", "))
}

func firstLine(b []byte) string {
	s, _, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
	return s
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func less(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}
