package attacks

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"testing"
	"time"

	"github.com/gintonic/gintonic/agent/runtime/runtimetest"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/devstack"
)

// TestAttackHostileTenantEscapesItsContainer: a client's container tries to reach everything a
// tenant must not: another client's container, the provider machine's loopback services (the
// API, the agents' endpoints, the chain's RPC), the machine's other addresses, the LAN, the cloud
// metadata address and the Internet. At 61b54d6 containers ran on the host's network and reached
// all the loopback services; now each job has its own network and reaches nothing but itself.
func TestAttackHostileTenantEscapesItsContainer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	m := start(t, ctx)
	docker, err := devstack.DockerClient(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The hostile image: testsrv, whose /dial tries a target from inside the container.
	if err := runtimetest.BuildImage(ctx, docker); err != nil {
		t.Fatalf("build the hostile image: %v", err)
	}
	victim := m.submit(ctx, runtimetest.Image)
	attacker := m.submit(ctx, runtimetest.Image)
	addrOf := func(j apiv1.Job) string {
		for _, p := range m.s.Agents {
			if a := p.Agent.Addr(uint64(*j.ChainJobId)); a != "" {
				return a
			}
		}
		return ""
	}
	m.waitFor(ctx, 3*time.Minute, "both jobs running", func() bool {
		return m.job(ctx, victim.Id).State == apiv1.JobStateRunning && m.job(ctx, attacker.Id).State == apiv1.JobStateRunning &&
			addrOf(victim) != "" && addrOf(attacker) != ""
	})
	from := addrOf(attacker)
	dial := func(target string) (connected, answered bool, why string) {
		t.Helper()
		resp, err := http.Get("http://" + from + "/dial?addr=" + url.QueryEscape(target))
		if err != nil {
			t.Fatalf("ask the hostile container: %v", err)
		}
		defer resp.Body.Close()
		var r struct {
			Connected, Answered bool
			Err                 string
		}
		body, _ := io.ReadAll(resp.Body)
		if err := json.Unmarshal(body, &r); err != nil {
			t.Fatalf("the hostile container answered %s: %v", body, err)
		}
		return r.Connected, r.Answered, r.Err
	}
	// The control: the container reaches its own service where the agent reaches it.
	if _, answered, why := dial(from); !answered {
		t.Fatalf("the container cannot reach its own service at %s (%s): the probe proves nothing", from, why)
	}

	targets := map[string]string{
		"another client's container": addrOf(victim),
		"the cloud metadata service": "169.254.169.254:80",
		"the Internet":               "1.1.1.1:443",
		"a LAN address":              "192.168.1.1:80",
	}
	var loopbackPorts []string
	for name, raw := range map[string]string{"the API": m.s.APIURL, "the chain's RPC": m.s.RPCURL} {
		if u, err := url.Parse(raw); err == nil && u.Port() != "" {
			targets[name+" on the host's loopback"] = u.Host
			loopbackPorts = append(loopbackPorts, u.Port())
		}
	}
	for _, p := range m.s.Agents {
		if u, err := url.Parse(p.Endpoint); err == nil {
			targets["provider "+strconv.Itoa(p.Index)+"'s endpoint on the host's loopback"] = u.Host
			loopbackPorts = append(loopbackPorts, u.Port())
		}
	}
	// The machine's own addresses (the job network's gateway among them) with the loopback
	// services' ports: a service bound to 127.0.0.1 must stay there.
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		ipn, ok := a.(*net.IPNet)
		ip, ok2 := netip.AddrFromSlice(ipn.IP)
		if !ok || !ok2 || ip.Unmap().IsLoopback() || !ip.Unmap().Is4() {
			continue
		}
		for _, port := range loopbackPorts {
			targets["the machine's address "+ip.Unmap().String()+" port "+port] = net.JoinHostPort(ip.Unmap().String(), port)
		}
	}
	for what, target := range targets {
		connected, answered, why := dial(target)
		if connected || answered {
			t.Errorf("the hostile container reached %s at %s (answered=%v)", what, target, answered)
			continue
		}
		t.Logf("%s at %s: %s", what, target, why)
	}
}
