package api

import (
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/hub"
	"github.com/gintonic/gintonic/market"
)

// A job's results as a model repository. A fine-tuning job uploads its tuned model as an artifact
// (model.gguf); the API serves every job's artifacts Hub-compatibly under <API>/hub as the
// repository hf://gintonic-jobs/<job id>, so that the tuned model deploys like any model of the
// Hub: pinned to a commit at submission (the hash of the artifacts' names and sha256s), sized and
// fit-checked from its GGUF header, fetched by the provider's model cache with each file checked
// against its sha256. It is private: its client reads it, and so does a provider while it serves
// one of that client's jobs of it (its agent signs in with the API's session token).

// modelSource is where resolveModel reads a model: the Hub (hub.Client) or this API's job results.
type modelSource interface {
	Info(ctx context.Context, ref hub.Ref, token string) (hub.Repo, error)
	ReadRange(ctx context.Context, repo, commit, path, token string, off, n int64) ([]byte, error)
}

// sourceOf is the source of ref for viewer: job results are read from Postgres, for their client.
func (s *Server) sourceOf(ref hub.Ref, viewer common.Address) modelSource {
	if _, ok := hub.JobOf(ref.Repo); ok {
		return jobModels{db: s.db, viewer: viewer}
	}
	return s.hub
}

// jobModels reads job results as viewer may.
type jobModels struct {
	db     *gorm.DB
	viewer common.Address
}

type artifactFile struct {
	Name   string
	Sha256 []byte
	Size   int64
}

// Info is the repository of a job's results at its only commit.
func (m jobModels) Info(ctx context.Context, ref hub.Ref, _ string) (hub.Repo, error) {
	id, ok := hub.JobOf(ref.Repo)
	if !ok {
		return hub.Repo{}, fmt.Errorf("%s: %w", ref.Repo, hub.ErrNotFound)
	}
	if err := m.mayRead(ctx, id); err != nil {
		return hub.Repo{}, fmt.Errorf("%s: %w", ref, err)
	}
	var files []artifactFile
	if err := m.db.WithContext(ctx).Raw(`SELECT name, sha256, size FROM market.artifacts WHERE job_id = ? ORDER BY name`, id).Scan(&files).Error; err != nil {
		return hub.Repo{}, fmt.Errorf("read the results of job %d: %w", id, err)
	}
	if len(files) == 0 {
		return hub.Repo{}, fmt.Errorf("%s: job %d has no results yet (a fine-tuning job uploads its model when it completes): %w", ref, id, hub.ErrNotFound)
	}
	repo := hub.Repo{ID: ref.Repo, Commit: resultsCommit(files), Private: true}
	if ref.Pinned() && ref.Revision != repo.Commit {
		return hub.Repo{}, fmt.Errorf("%s: job %d's results are at commit %s: %w", ref, id, repo.Commit, hub.ErrNotFound)
	}
	for _, f := range files {
		repo.Files = append(repo.Files, hub.File{Path: f.Name, Size: f.Size, SHA256: hex.EncodeToString(f.Sha256)})
	}
	return repo, nil
}

// ReadRange reads n bytes of a result from off.
func (m jobModels) ReadRange(ctx context.Context, repo, commit, path, _ string, off, n int64) ([]byte, error) {
	id, ok := hub.JobOf(repo)
	if !ok {
		return nil, fmt.Errorf("%s: %w", repo, hub.ErrNotFound)
	}
	if err := m.mayRead(ctx, id); err != nil {
		return nil, err
	}
	return m.read(ctx, id, path, off, n)
}

// read is ReadRange once the viewer's access is checked.
func (m jobModels) read(ctx context.Context, id int64, path string, off, n int64) ([]byte, error) {
	repo := hub.JobRepo(id)
	var row struct{ Part []byte }
	res := m.db.WithContext(ctx).Raw(`SELECT substring(data FROM ?::int FOR ?::int) AS part FROM market.artifacts WHERE job_id = ? AND name = ?`, off+1, n, id, path).Scan(&row)
	if res.Error != nil {
		return nil, fmt.Errorf("read %s of job %d: %w", path, id, res.Error)
	}
	if res.RowsAffected == 0 {
		return nil, fmt.Errorf("%s/%s: %w", repo, path, hub.ErrNotFound)
	}
	return row.Part, nil
}

// mayRead: the viewer is the job's client, or serves now (its current round or a live replica)
// a job of the same client whose model is this job's results.
func (m jobModels) mayRead(ctx context.Context, id int64) error {
	var ok bool
	if err := m.db.WithContext(ctx).Raw(`SELECT EXISTS (SELECT 1 FROM market.jobs t WHERE t.id = ? AND t.client = ?)
		OR EXISTS (SELECT 1 FROM market.jobs t JOIN market.jobs j ON j.client = t.client
			WHERE t.id = ? AND j.state IN (?, ?, ?, ?) AND j.spec->>'model' LIKE ?
			AND (j.provider = ? OR EXISTS (SELECT 1 FROM market.replicas r WHERE r.job_id = j.id AND r.provider = ? AND r.state <> 'ended')))`,
		id, m.viewer.Bytes(), id, market.StateAwarded, market.StateDeploying, market.StateRunning, market.StateFailedOver,
		"hf://"+hub.JobRepo(id)+"@%", m.viewer.Bytes(), m.viewer.Bytes()).Scan(&ok).Error; err != nil {
		return fmt.Errorf("check who may read job %d's results: %w", id, err)
	}
	if !ok {
		// Not found rather than forbidden, as for the API's job ids.
		return fmt.Errorf("no job %d among the jobs %s may read the results of: %w", id, m.viewer.Hex(), hub.ErrNotFound)
	}
	return nil
}

// resultsCommit is the commit of a job's results: a hash of their names and contents' hashes.
func resultsCommit(files []artifactFile) string {
	sort.Slice(files, func(i, k int) bool { return files[i].Name < files[k].Name })
	h := sha1.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%x\n", f.Name, f.Sha256)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// mountModelHub serves job results with the Hub's HTTP API under /hub (what hub.Client reads).
func (s *Server) mountModelHub(e *gin.Engine) {
	e.GET("/hub/api/models/"+hub.JobsOrg+"/:id/revision/:rev", s.hubInfo)
	e.GET("/hub/"+hub.JobsOrg+"/:id/resolve/:rev/*path", s.hubFile)
	e.HEAD("/hub/"+hub.JobsOrg+"/:id/resolve/:rev/*path", s.hubFile)
}

// hubError answers as the Hub does: 401 without a session, 404 for what the caller may not see.
func hubError(c *gin.Context, err error) {
	switch {
	case errors.Is(err, hub.ErrNotFound):
		c.JSON(http.StatusNotFound, gin.H{"error": err.Error()})
	default:
		fail(c, err)
	}
}

func (s *Server) hubRef(c *gin.Context) (jobModels, hub.Ref, error) {
	addr, err := caller(c)
	if err != nil {
		return jobModels{}, hub.Ref{}, err
	}
	id, err := strconv.ParseInt(c.Param("id"), 10, 64)
	if err != nil || id < 1 {
		return jobModels{}, hub.Ref{}, fmt.Errorf("%q is not a job id: %w", market.Truncate(c.Param("id"), 40), hub.ErrNotFound)
	}
	ref := hub.Ref{Repo: hub.JobRepo(id)}
	if rev := c.Param("rev"); rev != "main" {
		ref.Revision = rev
	}
	return jobModels{db: s.db, viewer: addr}, ref, nil
}

// hubInfo answers GET /hub/api/models/gintonic-jobs/{id}/revision/{rev} like the Hub.
func (s *Server) hubInfo(c *gin.Context) {
	m, ref, err := s.hubRef(c)
	if err != nil {
		hubError(c, err)
		return
	}
	repo, err := m.Info(c.Request.Context(), ref, "")
	if err != nil {
		hubError(c, err)
		return
	}
	siblings := make([]gin.H, len(repo.Files))
	for i, f := range repo.Files {
		siblings[i] = gin.H{"rfilename": f.Path, "size": f.Size, "lfs": gin.H{"sha256": f.SHA256, "size": f.Size}}
	}
	c.JSON(http.StatusOK, gin.H{"id": repo.ID, "sha": repo.Commit, "private": true, "gated": false, "siblings": siblings})
}

// hubFile answers GET /hub/gintonic-jobs/{id}/resolve/{rev}/{path}, ranges included.
func (s *Server) hubFile(c *gin.Context) {
	m, ref, err := s.hubRef(c)
	if err != nil {
		hubError(c, err)
		return
	}
	ctx := c.Request.Context()
	repo, err := m.Info(ctx, ref, "")
	if err != nil {
		hubError(c, err)
		return
	}
	name := strings.TrimPrefix(c.Param("path"), "/")
	var found *hub.File
	for i := range repo.Files {
		if repo.Files[i].Path == name {
			found = &repo.Files[i]
		}
	}
	if found == nil {
		hubError(c, fmt.Errorf("%s has no file %q: %w", ref.Repo, market.Truncate(name, 140), hub.ErrNotFound))
		return
	}
	release, err := s.transfer(ctx)
	if err != nil {
		fail(c, err)
		return
	}
	defer release()
	id, _ := hub.JobOf(repo.ID)
	data, err := m.read(ctx, id, name, 0, found.Size) // Info checked the caller's access
	if err != nil {
		hubError(c, err)
		return
	}
	c.Header("X-Repo-Commit", repo.Commit)
	c.Header("ETag", `"`+found.SHA256+`"`)
	http.ServeContent(c.Writer, c.Request, name, time.Time{}, bytes.NewReader(data))
}
