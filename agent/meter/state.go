package meter

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// stateVersion is bumped when the file format changes incompatibly.
const stateVersion = 1

// maxWarnings bounds the warnings kept in the state file (the oldest go first).
const maxWarnings = 100

// state is the JSON state file.
type state struct {
	Version  int            `json:"version"`
	Provider common.Address `json:"provider"`
	Jobs     []*jobState    `json:"jobs"` // by job id, then round
	Warnings []Warning      `json:"warnings,omitempty"`
}

// jobState is one job round. GPUSeconds >= Attested >= Sent only loosely: Sent may trail
// Attested when a report was signed but not (yet) delivered.
type jobState struct {
	JobID            uint64               `json:"jobId"`
	Round            uint8                `json:"round"`
	GPUs             int                  `json:"gpus"`
	Runs             map[string]*runState `json:"runs,omitempty"` // by container ID
	GPUSeconds       uint64               `json:"gpuSeconds"`     // highest cumulative computed
	Attested         uint64               `json:"attested"`       // in the last signed report
	Sent             uint64               `json:"sent"`           // in the last report marked sent
	Requests         uint64               `json:"requests"`
	PromptTokens     uint64               `json:"promptTokens"`
	CompletionTokens uint64               `json:"completionTokens"`
	// MaxGPUSeconds bounds what the round is metered at: what its budget can pay, as the escrow
	// last read said (Bound).
	MaxGPUSeconds uint64 `json:"maxGpuSeconds,omitempty"`
	// Closed says why the round is no longer reported (intake answered that the escrow can pay
	// nothing more for it: a closed or stale round, a spent budget); "" while it is.
	Closed string `json:"closed,omitempty"`
}

// runState is one container as the runtime last reported it.
type runState struct {
	Attempt    int       `json:"attempt"`
	StartedAt  time.Time `json:"startedAt,omitzero"`
	FinishedAt time.Time `json:"finishedAt,omitzero"`
	Running    bool      `json:"running,omitempty"`
	// Gone: the runtime no longer lists the container; its run time is frozen at RunTime.
	Gone bool `json:"gone,omitempty"`
	// RunTime is the longest run time seen so far; it never decreases.
	RunTime time.Duration `json:"runTimeNs"`
	// What the container's runtime reported serving since it started (Served): counted into
	// the job round's totals once, so a restarted agent reading the same figures adds nothing.
	Requests         uint64 `json:"requests,omitempty"`
	PromptTokens     uint64 `json:"promptTokens,omitempty"`
	CompletionTokens uint64 `json:"completionTokens,omitempty"`
}

// load reads the state file; a missing file is a fresh meter.
func load(path string, provider common.Address) (*state, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &state{Version: stateVersion, Provider: provider}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read meter state: %w", err)
	}
	var s state
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, corrupt(path, err)
	}
	if s.Version != stateVersion {
		return nil, corrupt(path, fmt.Errorf("format version %d, this agent reads version %d", s.Version, stateVersion))
	}
	if s.Provider != provider {
		return nil, fmt.Errorf("meter state %s belongs to provider %s, but the agent's key is %s: start the agent with that provider's key, or give it another state file", path, s.Provider, provider)
	}
	seen := map[key]bool{}
	for i, j := range s.Jobs {
		if j == nil {
			return nil, corrupt(path, fmt.Errorf("jobs[%d] is null", i))
		}
		k := key{j.JobID, j.Round}
		if seen[k] {
			return nil, corrupt(path, fmt.Errorf("%s appears twice", k))
		}
		seen[k] = true
	}
	return &s, nil
}

func corrupt(path string, err error) error {
	return fmt.Errorf("meter state %s is corrupt: %w; restore it from a backup, or move it aside to start from zero "+
		"(the meter then recounts only containers that still exist, and reports below what the escrow already paid earn nothing)", path, err)
}

// save writes the state file atomically: a temporary file in the same directory is written,
// synced and renamed over the old one, and the directory is synced, so a crash leaves either
// the old or the new file, never a torn one.
func save(ctx context.Context, path string, s *state) (err error) {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("save meter state %s: %w", path, err)
	}
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("encode meter state: %w", err)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("save meter state: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		return fmt.Errorf("save meter state: write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("save meter state: sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save meter state: close %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save meter state: %w", err)
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("save meter state: open directory: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("save meter state: sync directory %s: %w", dir, err)
	}
	return nil
}
