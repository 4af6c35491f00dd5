package api

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/market"
)

// MaxArtifactBytes bounds one artifact (a fine-tuned reference model is ~1.2 MB; real ones belong
// in object storage, which this API does not run).
const MaxArtifactBytes = 64 << 20

var artifactName = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$`)

type artifactRow struct {
	Name      string
	Round     int
	Sha256    []byte
	Size      int64
	CreatedAt time.Time
}

func (a artifactRow) view() apiv1.Artifact {
	return apiv1.Artifact{Name: a.Name, Round: a.Round, Sha256: hexutil.Encode(a.Sha256), Size: a.Size, CreatedAt: a.CreatedAt.UTC()}
}

// artifactRoute: uploads are the one place (besides the model gateway) with bodies over the
// API's default limit.
func artifactRoute(c *gin.Context) bool {
	return c.Request.Method == http.MethodPut && c.FullPath() == "/v1/jobs/:id/artifacts/:name"
}

// UploadArtifact implements apiv1.ServerInterface: the job's awarded provider stores a result.
func (s *Server) UploadArtifact(c *gin.Context, id apiv1.JobID, name apiv1.ArtifactName) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	if !artifactName.MatchString(name) {
		fail(c, badRequest("artifact name %q: use 1 to 128 of A-Z a-z 0-9 . _ -, not starting with a dot", market.Truncate(name, 140)))
		return
	}
	ctx := c.Request.Context()
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		fail(c, err)
		return
	}
	if j.Provider == nil || common.BytesToAddress(j.Provider) != addr {
		fail(c, forbidden("job %d is not awarded to %s: only its provider uploads its results", id, addr.Hex()))
		return
	}
	if err := artifactsOpen(j); err != nil {
		fail(c, err)
		return
	}
	// The size is known before a byte is read: a body without Content-Length, or with one over
	// the limit, is refused before it takes memory.
	size := c.Request.ContentLength
	switch {
	case size < 0:
		fail(c, problem(http.StatusLengthRequired, "length-required", "Content-Length required", "send the artifact with a Content-Length header (at most %d bytes)", MaxArtifactBytes))
		return
	case size == 0:
		fail(c, badRequest("the artifact is empty"))
		return
	case size > MaxArtifactBytes:
		fail(c, problem(http.StatusRequestEntityTooLarge, "too-large", "Artifact too large", "an artifact holds at most %d bytes", MaxArtifactBytes))
		return
	}
	if err := s.artifactQuota(ctx, s.db, id, name, size); err != nil {
		fail(c, err)
		return
	}
	release, err := s.transfer(ctx)
	if err != nil {
		fail(c, err)
		return
	}
	defer release()
	data := make([]byte, size)
	_, err = io.ReadFull(c.Request.Body, data)
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		fail(c, problem(http.StatusRequestEntityTooLarge, "too-large", "Artifact too large", "an artifact holds at most %d bytes", MaxArtifactBytes))
		return
	case err != nil:
		fail(c, badRequest("read the artifact: %v (Content-Length said %d bytes)", err, size))
		return
	}
	sum := sha256.Sum256(data)
	round := j.Round
	var row artifactRow
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		// Under the job's row lock: the state and quota hold for concurrent uploads too.
		j, err := s.job(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if j.Provider == nil || common.BytesToAddress(j.Provider) != addr {
			return forbidden("job %d is no longer awarded to %s", id, addr.Hex())
		}
		if err := artifactsOpen(j); err != nil {
			return err
		}
		if err := s.artifactQuota(ctx, tx, id, name, size); err != nil {
			return err
		}
		round = j.Round
		if err := tx.Raw(`INSERT INTO market.artifacts (job_id, name, provider, round, sha256, size, data) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (job_id, name) DO UPDATE SET provider = excluded.provider, round = excluded.round, sha256 = excluded.sha256,
				size = excluded.size, data = excluded.data, created_at = now()
			RETURNING name, round, sha256, size, created_at`, id, name, addr.Bytes(), round, sum[:], int64(len(data)), data).Scan(&row).Error; err != nil {
			return fmt.Errorf("store artifact %s of job %d: %w", name, id, err)
		}
		return market.Record(ctx, tx, id, market.Event{Kind: "artifact", Reason: fmt.Sprintf("%s (%d bytes, sha256 %s) uploaded by the provider; GET /v1/jobs/%d/artifacts/%s",
			name, len(data), hexutil.Encode(sum[:]), id, name), Detail: map[string]any{"name": name, "size": len(data), "sha256": hexutil.Encode(sum[:])}})
	})
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusCreated, row.view())
}

// ListArtifacts implements apiv1.ServerInterface.
func (s *Server) ListArtifacts(c *gin.Context, id apiv1.JobID) {
	if _, err := s.artifactJob(c, id); err != nil {
		fail(c, err)
		return
	}
	var rows []artifactRow
	if err := s.db.WithContext(c.Request.Context()).Raw(`SELECT name, round, sha256, size, created_at FROM market.artifacts WHERE job_id = ? ORDER BY name`, id).
		Scan(&rows).Error; err != nil {
		fail(c, fmt.Errorf("list artifacts of job %d: %w", id, err))
		return
	}
	out := make([]apiv1.Artifact, len(rows))
	for i, r := range rows {
		out[i] = r.view()
	}
	c.JSON(http.StatusOK, gin.H{"artifacts": out})
}

// DownloadArtifact implements apiv1.ServerInterface.
func (s *Server) DownloadArtifact(c *gin.Context, id apiv1.JobID, name apiv1.ArtifactName) {
	if _, err := s.artifactJob(c, id); err != nil {
		fail(c, err)
		return
	}
	release, err := s.transfer(c.Request.Context())
	if err != nil {
		fail(c, err)
		return
	}
	defer release()
	var row struct {
		Sha256 []byte
		Data   []byte
	}
	res := s.db.WithContext(c.Request.Context()).Raw(`SELECT sha256, data FROM market.artifacts WHERE job_id = ? AND name = ?`, id, name).Scan(&row)
	if res.Error != nil {
		fail(c, fmt.Errorf("read artifact %s of job %d: %w", name, id, res.Error))
		return
	}
	if res.RowsAffected == 0 {
		fail(c, notFound("job %d has no artifact %q (GET /v1/jobs/%d/artifacts lists them)", id, market.Truncate(name, 140), id))
		return
	}
	c.Header("X-Content-SHA256", hexutil.Encode(row.Sha256))
	c.Header("Content-Length", strconv.Itoa(len(row.Data)))
	c.Data(http.StatusOK, "application/octet-stream", row.Data)
}

// artifactJob is the job when the caller is its client or its awarded provider.
func (s *Server) artifactJob(c *gin.Context, id int64) (*market.Job, error) {
	addr, err := caller(c)
	if err != nil {
		return nil, err
	}
	j, err := s.job(c.Request.Context(), s.db, id, false)
	if err != nil {
		return nil, err
	}
	if common.BytesToAddress(j.Client) != addr && (j.Provider == nil || common.BytesToAddress(j.Provider) != addr) {
		return nil, notFound("no job %d among yours", id)
	}
	return j, nil
}

// artifactsOpen refuses uploads to a job that is not a batch job its provider is running:
// services have no results, and an ended job takes no more.
func artifactsOpen(j *market.Job) error {
	var spec jobSpec
	_ = json.Unmarshal(j.Spec, &spec)
	if spec.Kind != string(apiv1.Batch) {
		return conflict("job %d is a %s job: only batch jobs upload results", j.ID, nonEmpty(spec.Kind, "service"))
	}
	switch j.State {
	case market.StateAwarded, market.StateDeploying, market.StateRunning:
		return nil
	}
	return conflict("job %d is %s: results are uploaded while it is awarded or running", j.ID, j.State)
}

// artifactQuota refuses an upload of size bytes as name that would take the job past its count
// or byte quota (an upload under an existing name replaces it).
func (s *Server) artifactQuota(ctx context.Context, db *gorm.DB, id int64, name string, size int64) error {
	var q struct {
		N     int64
		Bytes int64
	}
	if err := db.WithContext(ctx).Raw(`SELECT count(*) AS n, COALESCE(sum(size), 0)::bigint AS bytes FROM market.artifacts WHERE job_id = ? AND name <> ?`,
		id, name).Scan(&q).Error; err != nil {
		return fmt.Errorf("artifact quota of job %d: %w", id, err)
	}
	switch {
	case q.N+1 > int64(s.cfg.MaxArtifactsPerJob):
		return problem(http.StatusRequestEntityTooLarge, "artifact-quota", "Artifact quota reached", "job %d has %d artifacts, its limit", id, q.N)
	case q.Bytes+size > s.cfg.MaxArtifactBytesPerJob:
		return problem(http.StatusRequestEntityTooLarge, "artifact-quota", "Artifact quota reached",
			"job %d holds %d bytes of artifacts; %d more would pass its limit of %d", id, q.Bytes, size, s.cfg.MaxArtifactBytesPerJob)
	}
	return nil
}

// transferWait is how long an artifact transfer waits for one of the slots in memory.
const transferWait = 5 * time.Second

// transfer takes one of the artifact slots (each may hold up to MaxArtifactBytes in memory), or
// answers 503 when none frees up in time.
func (s *Server) transfer(ctx context.Context) (release func(), err error) {
	t := time.NewTimer(transferWait)
	defer t.Stop()
	select {
	case s.transfers <- struct{}{}:
		return func() { <-s.transfers }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, problem(http.StatusServiceUnavailable, "busy", "Artifact transfers busy", "%d artifact transfers are in progress; retry in a few seconds", cap(s.transfers))
	}
}
