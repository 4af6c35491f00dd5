package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/filters"
)

// list returns this agent's containers, of one job round when job is not nil, oldest attempt first.
func (r *Runtime) list(ctx context.Context, job *Job) ([]container.Summary, error) {
	args := filters.NewArgs(filters.Arg("label", LabelAgent+"="+r.cfg.AgentID))
	what := "agent " + r.cfg.AgentID
	if job != nil {
		args.Add("label", LabelJob+"="+strconv.FormatUint(job.ID, 10))
		args.Add("label", LabelRound+"="+strconv.FormatUint(job.Round, 10))
		what = job.String()
	}
	list, err := r.docker.ContainerList(ctx, container.ListOptions{All: true, Filters: args})
	if err != nil {
		return nil, fmt.Errorf("list containers of %s: %w", what, err)
	}
	slices.SortFunc(list, func(a, b container.Summary) int {
		return labelInt(a.Labels, LabelAttempt) - labelInt(b.Labels, LabelAttempt)
	})
	return list, nil
}

func labelInt(labels map[string]string, key string) int {
	n, _ := strconv.Atoi(labels[key])
	return n
}

func jobOf(labels map[string]string) (Job, bool) {
	id, err1 := strconv.ParseUint(labels[LabelJob], 10, 64)
	round, err2 := strconv.ParseUint(labels[LabelRound], 10, 64)
	return Job{ID: id, Round: round}, err1 == nil && err2 == nil
}

// adopt points the supervision entry at an existing container of the job.
func (r *Runtime) adopt(t *tracked, d Deployment, c container.Summary) {
	t.jobState = jobState{
		dep: d, containerID: c.ID, attempt: labelInt(c.Labels, LabelAttempt),
		restarts: labelInt(c.Labels, LabelRestarts), port: uint16(labelInt(c.Labels, LabelPort)),
		startedAt: time.Now(),
	}
	if len(c.Names) > 0 {
		t.name = strings.TrimPrefix(c.Names[0], "/")
	}
	t.addr = r.addrOf(c.Labels, func(netName string) (netip.Addr, bool) { return summaryAddr(c, netName) })
}

// addrOf is where the agent reaches a container's service: on its job network when it has an
// address there (a stopped container has none: its replacement gets one), else 127.0.0.1.
func (r *Runtime) addrOf(labels map[string]string, onNetwork func(netName string) (netip.Addr, bool)) string {
	port := strconv.Itoa(labelInt(labels, LabelPort))
	job, _ := jobOf(labels)
	if a, ok := onNetwork(jobNetworkName(r.cfg.AgentID, job)); ok {
		return net.JoinHostPort(a.String(), port)
	}
	if r.cfg.Network == NetworkJob {
		return ""
	}
	return net.JoinHostPort("127.0.0.1", port)
}

// exitedOK says whether a batch job's container ran to completion (exit code 0, not killed).
func (r *Runtime) exitedOK(ctx context.Context, c container.Summary) bool {
	if c.State != container.StateExited {
		return false
	}
	info, err := r.docker.ContainerInspect(ctx, c.ID)
	return err == nil && info.State != nil && !info.State.Running && info.State.ExitCode == 0 && !info.State.OOMKilled &&
		engineTime(info.State.StartedAt).After(time.Time{})
}

// Ensure makes the deployment run: it returns the job round's running container when there is
// one (also one started by an earlier agent process), and otherwise pulls the image if needed and
// starts a new hardened container. Ensure does not wait for the service to be healthy (see
// WaitHealthy); from then on Supervise keeps it running. A deployment that changes must come as
// a new round: Ensure never replaces a running container. Ensure on a job that failed starts a
// new container with a fresh restart budget.
func (r *Runtime) Ensure(ctx context.Context, d Deployment) (Container, error) {
	if err := d.Validate(); err != nil {
		return Container{}, err
	}
	t := r.lockJob(d.Job)
	defer t.mu.Unlock()
	defer func() {
		if t.containerID == "" { // nothing runs: do not supervise a job that never started
			r.forget(d.Job, t)
		}
	}()

	list, err := r.list(ctx, &d.Job)
	if err != nil {
		return Container{}, fmt.Errorf("ensure %s: %w", d.Job, err)
	}
	attempt := 0
	var port uint16
	if n := len(list); n > 0 {
		last := list[n-1]
		if last.State == container.StateRunning {
			if t.containerID != last.ID {
				r.adopt(t, d, last)
				r.emit(Event{Kind: EventAdopted, Job: d.Job, ContainerID: last.ID, Attempt: t.attempt})
			}
			return t.container(), nil
		}
		if d.Batch && r.exitedOK(ctx, last) {
			// The batch ran to completion before (maybe before an agent restart): never again.
			r.adopt(t, d, last)
			t.completed = true
			return t.container(), nil
		}
		attempt = labelInt(last.Labels, LabelAttempt) + 1
		port = uint16(labelInt(last.Labels, LabelPort))
	}
	if port == 0 && r.cfg.Network != NetworkJob {
		if port, err = r.allocatePort(); err != nil {
			return Container{}, fmt.Errorf("ensure %s: %w", d.Job, err)
		}
	}
	img, err := r.ensureImage(ctx, d)
	if err != nil {
		return Container{}, err
	}
	d = r.fromImage(ctx, d)
	t.jobState = jobState{dep: d, port: port}
	if err := r.start(ctx, t, placement{user: img.user, volumes: img.volumes, hostPort: port, attempt: attempt, restarts: 0}); err != nil {
		return Container{}, err
	}
	r.emit(Event{Kind: EventStarted, Job: d.Job, ContainerID: t.containerID, Attempt: t.attempt})
	return t.container(), nil
}

// start creates and starts one container for t.dep and points t at it. A container that was
// created but could not start is removed again, so it neither lingers nor counts as a run.
func (r *Runtime) start(ctx context.Context, t *tracked, p placement) error {
	p.agentID, p.network = r.cfg.AgentID, r.cfg.Network
	if p.network == NetworkJob {
		jn, err := r.ensureNetwork(ctx, t.dep)
		if err != nil {
			return err
		}
		if err := isolate(jn.Name, t.dep.Egress); err != nil {
			return err
		}
		p.netName = jn.Name
	}
	s, err := buildSpec(t.dep, p)
	if err != nil {
		return err
	}
	if most := int64(r.cpus) * 1e9; r.cpus > 0 && s.host.NanoCPUs > most {
		s.host.NanoCPUs = most // a share of a bigger machine than this one: all of its CPUs
	}
	if err := r.prepareOutput(t.dep.OutputDir, p.user); err != nil {
		return fmt.Errorf("start a container for %s: %w", t.dep.Job, err)
	}
	created, err := r.docker.ContainerCreate(ctx, s.config, s.host, s.net, nil, s.name)
	if err != nil {
		return fmt.Errorf("create container %s for %s: %w", s.name, t.dep.Job, err)
	}
	remove := func(err error) error {
		rmErr := r.docker.ContainerRemove(context.WithoutCancel(ctx), created.ID, container.RemoveOptions{Force: true})
		return errors.Join(err, rmErr)
	}
	if err := r.docker.ContainerStart(ctx, created.ID, container.StartOptions{}); err != nil {
		return remove(fmt.Errorf("start container %s for %s: %w", s.name, t.dep.Job, err))
	}
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(int(p.hostPort)))
	if p.network == NetworkJob {
		ip, err := r.inspectAddr(ctx, created.ID, p.netName)
		if err != nil {
			return remove(fmt.Errorf("start container %s for %s: %w", s.name, t.dep.Job, err))
		}
		addr = net.JoinHostPort(ip.String(), s.config.Labels[LabelPort])
		p.hostPort = uint16(labelInt(s.config.Labels, LabelPort))
	}
	t.containerID, t.name, t.attempt, t.restarts, t.port, t.addr = created.ID, s.name, p.attempt, p.restarts, p.hostPort, addr
	t.startedAt, t.healthy, t.healthFails, t.restartAt = time.Now(), false, 0, time.Time{}
	return nil
}

// allocatePort picks a free TCP port on 127.0.0.1 that no supervised job uses. The kernel could
// hand it to someone else before the service binds it; the health check would then fail and
// the supervisor replace the container, which keeps the port, so this stays rare and visible.
func (r *Runtime) allocatePort() (uint16, error) {
	r.mu.Lock()
	used := map[uint16]bool{}
	for _, t := range r.jobs {
		used[t.port] = true
	}
	r.mu.Unlock()
	for range 20 {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, fmt.Errorf("allocate a port on 127.0.0.1: %w", err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		l.Close()
		if !used[uint16(port)] {
			return uint16(port), nil
		}
	}
	return 0, errors.New("allocate a port on 127.0.0.1: every port tried is used by another job")
}

// Reattach adopts the containers this agent left on the engine (after a restart of the agent):
// each job round's latest container is supervised again. The running ones are returned; a
// stopped one is replaced by Supervise, or its job failed when its restarts are used up. Jobs
// the agent no longer has are not judged here: Reap removes them.
func (r *Runtime) Reattach(ctx context.Context) ([]Container, error) {
	list, err := r.list(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reattach: %w", err)
	}
	latest := map[Job]container.Summary{} // list is sorted by attempt: the last one wins
	withContainers := map[Job]bool{}
	for _, c := range list {
		if job, ok := jobOf(c.Labels); ok {
			latest[job] = c
			withContainers[job] = true
		}
	}
	var running []Container
	var errs []error
	// Job networks without a container are what a killed agent (or a test that removed its
	// containers) left behind.
	if err := r.removeNetworks(ctx, nil, withContainers); err != nil {
		r.log.Warn("reattach: remove job networks left behind", "err", err)
	}
	for job, c := range latest {
		var d Deployment
		if err := json.Unmarshal([]byte(c.Labels[LabelDeployment]), &d); err != nil || d.Job != job {
			errs = append(errs, fmt.Errorf("reattach %s: container %s has no readable deployment label; Reap removes it", job, shortID(c.ID)))
			continue
		}
		t := r.lockJob(job)
		if t.containerID != c.ID {
			// A stopped container is handled by the next supervision tick like any exit: replaced
			// after a backoff, or the job failed when its restarts are used up.
			r.adopt(t, d, c)
			r.emit(Event{Kind: EventAdopted, Job: job, ContainerID: c.ID, Attempt: t.attempt, Message: "state " + c.State})
		}
		if c.State == container.StateRunning {
			running = append(running, t.container())
		}
		t.mu.Unlock()
	}
	return running, errors.Join(errs...)
}

// Stop stops the job round's containers (SIGTERM, then SIGKILL after the grace period), removes
// them and returns their run time measured just before removal.
func (r *Runtime) Stop(ctx context.Context, job Job) (Usage, error) {
	t := r.lockJob(job)
	defer t.mu.Unlock()
	defer r.forget(job, t)
	t.removed = true

	list, err := r.list(ctx, &job)
	if err != nil {
		return Usage{}, fmt.Errorf("stop %s: %w", job, err)
	}
	// Stop first, measure after, so the last run's FinishedAt is the engine's own.
	grace := int(math.Ceil(r.cfg.StopGrace.Seconds()))
	var errs []error
	for _, c := range list {
		if c.State == container.StateRunning || c.State == container.StateRestarting || c.State == container.StatePaused {
			if err := r.docker.ContainerStop(ctx, c.ID, container.StopOptions{Timeout: &grace}); err != nil && !cerrdefs.IsNotFound(err) {
				errs = append(errs, fmt.Errorf("stop %s: container %s: %w", job, shortID(c.ID), err))
			}
		}
	}
	usage, err := r.usageOf(ctx, job, list)
	if err != nil {
		errs = append(errs, err)
	}
	for _, c := range list {
		err := r.docker.ContainerRemove(ctx, c.ID, container.RemoveOptions{Force: true, RemoveVolumes: true})
		if err != nil && !cerrdefs.IsNotFound(err) {
			errs = append(errs, fmt.Errorf("stop %s: remove container %s: %w", job, shortID(c.ID), err))
		}
	}
	if err := r.removeNetworks(ctx, &job, nil); err != nil {
		errs = append(errs, fmt.Errorf("stop %s: %w", job, err))
	}
	if len(list) > 0 {
		r.emit(Event{Kind: EventStopped, Job: job, ContainerID: list[len(list)-1].ID,
			Message: fmt.Sprintf("%d container(s) removed", len(list))})
	}
	return usage, errors.Join(errs...)
}

// Reap stops and removes the containers of every job round of this agent that is not in
// active (jobs that ended, failed over or were never known to this agent process), returning
// their last usage.
func (r *Runtime) Reap(ctx context.Context, active []Job) ([]Usage, error) {
	list, err := r.list(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reap: %w", err)
	}
	keep := map[Job]bool{}
	for _, j := range active {
		keep[j] = true
	}
	ended := map[Job]bool{}
	for _, c := range list {
		if job, ok := jobOf(c.Labels); ok && !keep[job] {
			ended[job] = true
		}
	}
	var usages []Usage
	var errs []error
	for job := range ended {
		u, err := r.Stop(ctx, job)
		usages = append(usages, u)
		errs = append(errs, err)
	}
	// Networks whose containers are gone (an agent that died between the two removals).
	if err := r.removeNetworks(ctx, nil, keep); err != nil {
		errs = append(errs, fmt.Errorf("reap: %w", err))
	}
	slices.SortFunc(usages, func(a, b Usage) int {
		if a.Job.ID != b.Job.ID {
			return cmpU64(a.Job.ID, b.Job.ID)
		}
		return cmpU64(a.Job.Round, b.Job.Round)
	})
	return usages, errors.Join(errs...)
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
