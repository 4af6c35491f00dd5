package runtime

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
	"github.com/docker/docker/api/types/network"
)

// DefaultJobSubnets is the address pool the per-job networks take their subnets from (one
// JobSubnetBits block each). Pick another with Config.JobSubnets when it overlaps a network the
// provider's machine routes to (a LAN or VPN in 10.213/16): New refuses a pool that overlaps one
// of the machine's own interface networks, the engine refuses one that overlaps its networks.
var DefaultJobSubnets = netip.MustParsePrefix("10.213.0.0/16")

// JobSubnetBits is the prefix length of one job network: 16 addresses, of which the bridge (the
// host) takes the first usable one and the job's container the next; replacements of a crashed
// container reuse the network.
const JobSubnetBits = 28

// LabelNetwork marks a per-job network; the agent, job and round labels say whose it is.
const LabelNetwork = "io.gintonic.network"

// BridgeNamePrefix starts the host-side interface name of every per-job network, so a provider's
// firewall can match them all (`iptables -I INPUT -i gin+ ...`, see the README).
const BridgeNamePrefix = "gin"

// jobNetworkName is unique per agent and job round.
func jobNetworkName(agentID string, j Job) string {
	return fmt.Sprintf("gintonic-%s-j%d-r%d", unsafeName.ReplaceAllString(agentID, "_"), j.ID, j.Round)
}

// bridgeName is the Linux interface name of a job network's bridge: at most 15 bytes.
func bridgeName(netName string) string {
	sum := sha256.Sum256([]byte(netName))
	return BridgeNamePrefix + hex.EncodeToString(sum[:])[:12]
}

// jobNetwork is a job round's own network: the container's only interface, with no route out
// unless the deployment may reach the Internet (Egress).
type jobNetwork struct {
	ID, Name string
	Subnet   netip.Prefix
	Gateway  netip.Addr // the host's address on it
}

// ensureNetwork returns the job round's network, creating it in a free block of the pool when
// it does not exist yet. An existing network is reused only when its egress matches what the
// deployment may do now.
func (r *Runtime) ensureNetwork(ctx context.Context, d Deployment) (jobNetwork, error) {
	name := jobNetworkName(r.cfg.AgentID, d.Job)
	if got, err := r.docker.NetworkInspect(ctx, name, network.InspectOptions{}); err == nil {
		if got.Internal == d.Egress {
			// Egress changed (a provider's policy change between restarts): start over.
			if err := r.docker.NetworkRemove(ctx, got.ID); err != nil && !cerrdefs.IsNotFound(err) {
				return jobNetwork{}, fmt.Errorf("network of %s: replace %s (egress changed): %w", d.Job, name, err)
			}
		} else {
			return networkOf(got)
		}
	} else if !cerrdefs.IsNotFound(err) {
		return jobNetwork{}, fmt.Errorf("network of %s: inspect %s: %w", d.Job, name, err)
	}
	pool := r.cfg.JobSubnets
	blocks := 1 << (JobSubnetBits - pool.Bits())
	start := rand.IntN(blocks) // agents sharing an engine rarely pick the same block first
	var lastErr error
	for i := range min(blocks, 64) {
		subnet := nthBlock(pool, (start+i)%blocks)
		if r.hostUses(subnet) {
			continue
		}
		gw := subnet.Addr().Next()
		created, err := r.docker.NetworkCreate(ctx, name, network.CreateOptions{
			Driver:   "bridge",
			Internal: !d.Egress,
			IPAM:     &network.IPAM{Config: []network.IPAMConfig{{Subnet: subnet.String(), Gateway: gw.String()}}},
			Options: map[string]string{
				"com.docker.network.bridge.name": bridgeName(name),
			},
			Labels: map[string]string{
				LabelAgent: r.cfg.AgentID, LabelNetwork: "job",
				LabelJob: strconv.FormatUint(d.Job.ID, 10), LabelRound: strconv.FormatUint(d.Job.Round, 10),
			},
		})
		switch {
		case err == nil:
			return jobNetwork{ID: created.ID, Name: name, Subnet: subnet, Gateway: gw}, nil
		case strings.Contains(err.Error(), "overlaps"):
			lastErr = err // another network (maybe another agent's) holds the block: try the next
			continue
		case cerrdefs.IsConflict(err) || strings.Contains(err.Error(), "already exists"):
			// A concurrent Ensure of the same round (another agent process) made it first.
			got, ierr := r.docker.NetworkInspect(ctx, name, network.InspectOptions{})
			if ierr != nil {
				return jobNetwork{}, fmt.Errorf("network of %s: %w", d.Job, errors.Join(err, ierr))
			}
			return networkOf(got)
		default:
			return jobNetwork{}, fmt.Errorf("network of %s: create %s in %s: %w", d.Job, name, subnet, err)
		}
	}
	return jobNetwork{}, fmt.Errorf("network of %s: no free /%d block in the job subnet pool %s after 64 tries "+
		"(too many job networks on this engine, or the pool overlaps other networks: set another pool with -job-subnets): %v",
		d.Job, JobSubnetBits, pool, lastErr)
}

func networkOf(n network.Inspect) (jobNetwork, error) {
	jn := jobNetwork{ID: n.ID, Name: n.Name}
	for _, c := range n.IPAM.Config {
		p, err := netip.ParsePrefix(c.Subnet)
		if err != nil || !p.Addr().Is4() {
			continue
		}
		jn.Subnet = p
		if gw, err := netip.ParseAddr(c.Gateway); err == nil {
			jn.Gateway = gw
		}
		return jn, nil
	}
	return jn, fmt.Errorf("network %s has no IPv4 subnet; remove it (docker network rm %s) and the agent makes a new one", n.Name, n.Name)
}

// nthBlock is the i-th JobSubnetBits block of pool.
func nthBlock(pool netip.Prefix, i int) netip.Prefix {
	b := pool.Masked().Addr().As4()
	v := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	v += uint32(i) << (32 - JobSubnetBits)
	return netip.PrefixFrom(netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), JobSubnetBits)
}

// hostUses says whether subnet overlaps a network on one of this machine's interfaces other
// than a job network bridge (those the engine checks itself).
func (r *Runtime) hostUses(subnet netip.Prefix) bool {
	for _, p := range hostNetworks(false) {
		if p.Overlaps(subnet) {
			return true
		}
	}
	return false
}

// hostNetworks lists the IPv4 networks of this machine's interfaces, with or without the job
// network bridges.
func hostNetworks(withJobBridges bool) []netip.Prefix {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil
	}
	var out []netip.Prefix
	for _, ifc := range ifs {
		if !withJobBridges && strings.HasPrefix(ifc.Name, BridgeNamePrefix) {
			continue
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			addr, ok := netip.AddrFromSlice(ipn.IP)
			if !ok || !addr.Unmap().Is4() {
				continue
			}
			ones, _ := ipn.Mask.Size()
			out = append(out, netip.PrefixFrom(addr.Unmap(), ones))
		}
	}
	return out
}

// removeNetworks removes this agent's job networks of job (all of them when job is nil) that
// no container uses any more, except those of the rounds in keep.
func (r *Runtime) removeNetworks(ctx context.Context, job *Job, keep map[Job]bool) error {
	args := filters.NewArgs(filters.Arg("label", LabelAgent+"="+r.cfg.AgentID), filters.Arg("label", LabelNetwork))
	if job != nil {
		args.Add("label", LabelJob+"="+strconv.FormatUint(job.ID, 10))
		args.Add("label", LabelRound+"="+strconv.FormatUint(job.Round, 10))
	}
	list, err := r.docker.NetworkList(ctx, network.ListOptions{Filters: args})
	if err != nil {
		return fmt.Errorf("list job networks: %w", err)
	}
	var errs []error
	for _, n := range list {
		if j, ok := jobOf(n.Labels); ok && keep[j] {
			continue
		}
		if err := r.docker.NetworkRemove(ctx, n.ID); err != nil && !cerrdefs.IsNotFound(err) {
			errs = append(errs, fmt.Errorf("remove job network %s: %w", n.Name, err))
		}
	}
	return errors.Join(errs...)
}

// isolate stops the host from forwarding what a job network's container sends: Docker gives
// even an --internal network's containers a default route through the host, and where the
// engine does not manage iptables (dockerd --iptables=false) nothing else keeps those packets
// from other tenants' networks, the LAN, the cloud metadata address or the Internet. With
// forwarding off on the bridge the host only delivers packets addressed to itself (see the
// README for its services that listen on every interface) and answers the rest with "host
// unreachable". IPv6 is switched off on the bridge so no link-local address reaches the host
// either. Applied before every container start, since an engine restart recreates the bridge.
func isolate(netName string, egress bool) error {
	if egress {
		return nil // the provider allowed it: Docker's own iptables rules must then isolate (README)
	}
	br := bridgeName(netName)
	fwd := "/proc/sys/net/ipv4/conf/" + br + "/forwarding"
	if err := os.WriteFile(fwd, []byte("0"), 0o644); err != nil {
		return fmt.Errorf("isolate job network %s: switch off forwarding on its bridge %s: %w "+
			"(the agent must run as root on the Docker Engine's own host)", netName, br, err)
	}
	if b, err := os.ReadFile(fwd); err != nil || strings.TrimSpace(string(b)) != "0" {
		return fmt.Errorf("isolate job network %s: forwarding on bridge %s is still on (%q, %v)", netName, br, b, err)
	}
	// Best effort: a host without IPv6 has no such file, and then no IPv6 to fear.
	_ = os.WriteFile("/proc/sys/net/ipv6/conf/"+br+"/disable_ipv6", []byte("1"), 0o644)
	return nil
}

// containerAddr is the address of a container on its job network, from the engine's view.
func containerAddr(settings map[string]*network.EndpointSettings, netName string) (netip.Addr, bool) {
	ep := settings[netName]
	if ep == nil {
		return netip.Addr{}, false
	}
	a, err := netip.ParseAddr(ep.IPAddress)
	return a, err == nil
}

// inspectAddr asks the engine for the address a started container got on its job network.
func (r *Runtime) inspectAddr(ctx context.Context, id, netName string) (netip.Addr, error) {
	info, err := r.docker.ContainerInspect(ctx, id)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("inspect container %s: %w", shortID(id), err)
	}
	if info.NetworkSettings != nil {
		if a, ok := containerAddr(info.NetworkSettings.Networks, netName); ok {
			return a, nil
		}
	}
	return netip.Addr{}, fmt.Errorf("container %s has no address on network %s", shortID(id), netName)
}

// summaryAddr is a listed container's address on its job network, if it has one now.
func summaryAddr(c container.Summary, netName string) (netip.Addr, bool) {
	if c.NetworkSettings == nil {
		return netip.Addr{}, false
	}
	return containerAddr(c.NetworkSettings.Networks, netName)
}

// RefuseJobNetworks wraps a listener of the agent's own (the provider endpoint, metrics) so
// that connections from the job networks are closed at once: a container reaches the host at
// its network's gateway address, where a listener bound to every interface (":8443") answers.
// Containers cannot forge their source address (no CAP_NET_RAW), so the check holds.
func (r *Runtime) RefuseJobNetworks(ln net.Listener) net.Listener {
	return &guardedListener{Listener: ln, pool: r.cfg.JobSubnets, log: r}
}

type guardedListener struct {
	net.Listener
	pool netip.Prefix
	log  *Runtime
}

func (g *guardedListener) Accept() (net.Conn, error) {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			return c, err
		}
		if ap, err := netip.ParseAddrPort(c.RemoteAddr().String()); err == nil && g.pool.Contains(ap.Addr().Unmap()) {
			g.log.log.Warn("refused a connection from a job network to an agent listener",
				"from", ap.String(), "listener", g.Listener.Addr().String())
			c.Close()
			continue
		}
		return c, nil
	}
}
