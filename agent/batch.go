package agent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"

	"github.com/docker/go-units"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

// maxArtifactBytes is the API's limit on one uploaded result.
const maxArtifactBytes = 64 << 20

// outputDir is where a batch job round's container writes its results (mounted at /out). The
// runtime creates it with mode 0700, owned by the container's user; everything in it is the
// container's and is read as hostile (completed).
func (a *Agent) outputDir(job runtime.Job) string {
	return filepath.Join(a.cfg.StateDir, "out", fmt.Sprintf("%d-%d", job.ID, job.Round))
}

// completedPath records that a batch job round delivered its results, so that no agent process
// ever runs it again (its container may be gone by then).
func (a *Agent) completedPath(job runtime.Job) string {
	return filepath.Join(a.cfg.StateDir, "completed", fmt.Sprintf("%d-%d", job.ID, job.Round))
}

// completedBefore says whether the batch job round completed before, with what it reported then.
func (a *Agent) completedBefore(job runtime.Job) (string, bool) {
	b, err := os.ReadFile(a.completedPath(job))
	if err != nil {
		return "", false
	}
	return string(b), true
}

// completing keeps one delivery per agent and job round at a time: the runtime's completed event
// and a deploy that finds the finished container may both ask for it.
var completing sync.Map

type completingKey struct {
	a   *Agent
	job runtime.Job
}

// completed uploads what a finished batch container left in its output directory to the API,
// then reports the job completed, naming what it produced, records that, and removes the
// directory. A failed delivery is reported as the job's failure: results that never reach the
// client are no delivery. A round that completed before is only reported again.
func (a *Agent) completed(ctx context.Context, job runtime.Job, apiID int64) {
	key := completingKey{a, job}
	if _, busy := completing.LoadOrStore(key, true); busy {
		return
	}
	defer completing.Delete(key)
	if reason, done := a.completedBefore(job); done {
		a.report(ctx, apiID, apiv1.StatusReportStateCompleted, reason)
		return
	}
	dir := a.outputDir(job)
	names, skipped, err := a.deliver(ctx, apiID, dir)
	if err != nil {
		a.report(ctx, apiID, apiv1.StatusReportStateFailed, "the batch finished but its results could not be delivered: "+err.Error())
		return
	}
	reason := "the batch finished; it produced no files in " + runtime.OutputPath
	if len(names) > 0 {
		reason = "the batch finished; results: " + strings.Join(names, ", ")
	}
	if len(skipped) > 0 {
		reason += "; not delivered: " + strings.Join(skipped, ", ")
	}
	a.metrics.deployments.WithLabelValues("completed").Inc()
	a.report(ctx, apiID, apiv1.StatusReportStateCompleted, reason)
	if err := a.recordCompleted(job, reason); err != nil {
		a.log.Warn("record a completed batch (it is still never rerun while its container exists)", "job", apiID, "err", err)
	}
	if err := os.RemoveAll(dir); err != nil {
		a.log.Warn("remove a delivered batch's output directory", "job", apiID, "dir", dir, "err", err)
	}
}

func (a *Agent) recordCompleted(job runtime.Job, reason string) error {
	path := a.completedPath(job)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(reason), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// deliver uploads the regular files of dir, checking each one's type and size before opening it
// (a sparse file of terabytes costs the container nothing to make) and never following a link
// the container planted. It returns the names delivered and, with why, those it skipped.
func (a *Agent) deliver(ctx context.Context, apiID int64, dir string) (names, skipped []string, err error) {
	d, err := os.OpenFile(dir, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_DIRECTORY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("open the output directory: %w", err)
	}
	defer d.Close()
	lim := a.cfg.limits.orDefaults()
	most := lim.outputFiles
	entries, err := d.ReadDir(most + 1) // bounded: a million files must not take the agent's memory
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, nil, fmt.Errorf("list the output directory: %w", err)
	}
	if len(entries) > most {
		return nil, nil, fmt.Errorf("%s holds more than %d files, the most this provider delivers; write fewer, larger files (an archive)", runtime.OutputPath, most)
	}
	slices.SortFunc(entries, func(x, y os.DirEntry) int { return strings.Compare(x.Name(), y.Name()) })
	var total int64
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		fi, err := os.Lstat(path)
		if err != nil {
			return names, skipped, fmt.Errorf("result %s: %w", e.Name(), err)
		}
		switch {
		case !fi.Mode().IsRegular():
			skipped = append(skipped, e.Name()+" (not a regular file)")
			continue
		case fi.Size() == 0:
			skipped = append(skipped, e.Name()+" (empty)")
			continue
		case fi.Size() > maxArtifactBytes:
			return names, skipped, fmt.Errorf("result %s is %s, over the %s one result may be", e.Name(), units.BytesSize(float64(fi.Size())), units.BytesSize(maxArtifactBytes))
		}
		if total += fi.Size(); total > lim.output {
			return names, skipped, fmt.Errorf("the results are over the %s a batch job may deliver on this provider", units.BytesSize(float64(lim.output)))
		}
		if err := a.uploadFile(ctx, apiID, path, fi); err != nil {
			return names, skipped, fmt.Errorf("result %s: %w", e.Name(), err)
		}
		names = append(names, e.Name())
	}
	return names, skipped, nil
}

// uploadFile streams one checked result to the API: opened without following links and without
// blocking on a FIFO, and only when it is still the file that was checked.
func (a *Agent) uploadFile(ctx context.Context, apiID int64, path string, checked os.FileInfo) error {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return fmt.Errorf("open: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("stat: %w", err)
	}
	if !os.SameFile(fi, checked) || !fi.Mode().IsRegular() || fi.Size() != checked.Size() {
		return errors.New("it changed while it was being delivered")
	}
	size := fi.Size()
	r, err := a.api.UploadArtifactWithBodyWithResponse(ctx, apiID, filepath.Base(path), "application/octet-stream",
		io.LimitReader(f, size), func(_ context.Context, req *http.Request) error {
			req.ContentLength = size // the API wants the size before the body
			return nil
		})
	if err != nil {
		return err
	}
	if r.JSON201 == nil {
		return fmt.Errorf("HTTP %d %s", r.StatusCode(), r.Body)
	}
	a.log.Info("artifact uploaded", "job", apiID, "name", filepath.Base(path), "size", size, "sha256", r.JSON201.Sha256)
	return nil
}
