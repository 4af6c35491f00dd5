package agent

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gintonic/gintonic/agent/runtime"
	"github.com/gintonic/gintonic/api/apiv1"
)

// maxArtifactBytes is the API's limit on one uploaded result.
const maxArtifactBytes = 64 << 20

// outputDir is where a batch job round's container writes its results (mounted at /out). The
// container runs as an unprivileged user, so the directory is open to it.
func (a *Agent) outputDir(job runtime.Job) string {
	dir := filepath.Join(a.cfg.StateDir, "out", fmt.Sprintf("%d-%d", job.ID, job.Round))
	if err := os.MkdirAll(dir, 0o755); err == nil {
		_ = os.Chmod(dir, 0o777) //nolint:gosec // the container's user must write its results here
	}
	return dir
}

// completed uploads what a finished batch container left in its output directory to the API,
// then reports the job completed, naming what it produced. A failed upload is reported as the
// job's failure: results that never reach the client are no delivery.
func (a *Agent) completed(ctx context.Context, job runtime.Job, apiID int64) {
	dir := a.outputDir(job)
	entries, err := os.ReadDir(dir)
	if err != nil {
		a.report(ctx, apiID, apiv1.StatusReportStateFailed, fmt.Sprintf("the batch finished but its results cannot be read: %v", err))
		return
	}
	var names []string
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err == nil && len(b) > maxArtifactBytes {
			err = fmt.Errorf("%d bytes, over the API's limit of %d", len(b), maxArtifactBytes)
		}
		if err == nil {
			err = a.upload(ctx, apiID, e.Name(), b)
		}
		if err != nil {
			a.report(ctx, apiID, apiv1.StatusReportStateFailed, fmt.Sprintf("the batch finished but result %s could not be delivered: %v", e.Name(), err))
			return
		}
		names = append(names, e.Name())
	}
	reason := "the batch finished; it produced no files in " + runtime.OutputPath
	if len(names) > 0 {
		reason = "the batch finished; results: " + strings.Join(names, ", ")
	}
	a.metrics.deployments.WithLabelValues("completed").Inc()
	a.report(ctx, apiID, apiv1.StatusReportStateCompleted, reason)
}

func (a *Agent) upload(ctx context.Context, apiID int64, name string, b []byte) error {
	r, err := a.api.UploadArtifactWithBodyWithResponse(ctx, apiID, name, "application/octet-stream", bytes.NewReader(b))
	if err != nil {
		return err
	}
	if r.JSON201 == nil {
		return fmt.Errorf("HTTP %d %s", r.StatusCode(), r.Body)
	}
	a.log.Info("artifact uploaded", "job", apiID, "name", name, "size", len(b), "sha256", r.JSON201.Sha256)
	return nil
}
