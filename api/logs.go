package api

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
	"gorm.io/gorm"

	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/market"
)

// Container logs: the job's provider ships the lines its containers write; the job's client reads
// them, or follows them as a stream, for LogRetention after they arrived. Nobody else reads them:
// they are the workload's output.

// maxLogLine is the longest text kept of one line; the rest is cut.
const maxLogLine = 16 << 10

type logRow struct {
	ID       int64
	Provider []byte
	Round    int
	Stream   string
	At       time.Time
	Line     string
}

func (r logRow) view() apiv1.ContainerLogLine {
	return apiv1.ContainerLogLine{Id: r.ID, Time: r.At.UTC(), Stream: apiv1.ContainerLogLineStream(r.Stream), Text: r.Line,
		Provider: common.BytesToAddress(r.Provider).Hex(), Round: r.Round}
}

// AppendJobLogs implements apiv1.ServerInterface: the job's current provider ships log lines.
func (s *Server) AppendJobLogs(c *gin.Context, id apiv1.JobID) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var req apiv1.ContainerLogBatch
	if err := decode(c, &req); err != nil {
		fail(c, err)
		return
	}
	var f fields
	if n := len(req.Lines); n == 0 || n > 1000 {
		f.add("lines", "must hold 1 to 1000 lines, got %d", n)
	}
	for i, l := range req.Lines {
		if !l.Stream.Valid() {
			f.add(fmt.Sprintf("lines[%d].stream", i), "must be stdout or stderr, got %q", market.Truncate(string(l.Stream), 20))
		}
		if l.Time.IsZero() {
			f.add(fmt.Sprintf("lines[%d].time", i), "is required (when the container wrote the line)")
		}
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	ctx := c.Request.Context()
	var stored int64
	err = s.db.WithContext(ctx).Transaction(func(db *gorm.DB) error {
		j, err := s.job(ctx, db, id, false)
		if err != nil {
			return err
		}
		if !servesJob(j, addr) {
			return forbidden("job %d is not awarded to %s: only its providers ship its logs", id, addr.Hex())
		}
		// One statement for the batch, in its order; a line stored before is skipped.
		values := make([]string, len(req.Lines))
		args := make([]any, 0, 8*len(req.Lines))
		now := s.now()
		for i, l := range req.Lines {
			text := cut(l.Text, maxLogLine)
			values[i] = "(?, ?, ?, ?, ?, ?, ?, ?)"
			args = append(args, id, addr.Bytes(), servedRound(j, addr), string(l.Stream), l.Time.UTC(), text,
				logDigest(addr, servedRound(j, addr), string(l.Stream), l.Time, text), now)
		}
		res := db.Exec(`INSERT INTO market.container_logs (job_id, provider, round, stream, at, line, digest, received_at)
			VALUES `+strings.Join(values, ", ")+` ON CONFLICT (job_id, digest) DO NOTHING`, args...)
		if res.Error != nil {
			return fmt.Errorf("store log lines of job %d: %w", id, res.Error)
		}
		stored = res.RowsAffected
		// Keep the newest MaxLogLinesPerJob lines of the job.
		return db.Exec(`DELETE FROM market.container_logs WHERE job_id = ? AND id <= (
				SELECT id FROM market.container_logs WHERE job_id = ? ORDER BY id DESC OFFSET ? LIMIT 1)`,
			id, id, s.cfg.MaxLogLinesPerJob).Error
	})
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"stored": stored})
}

// logDigest identifies a line: the same line shipped twice is stored once.
func logDigest(provider common.Address, round int, stream string, at time.Time, text string) []byte {
	h := sha256.New()
	h.Write(provider.Bytes())
	_ = binary.Write(h, binary.BigEndian, int64(round))
	h.Write([]byte(stream))
	_ = binary.Write(h, binary.BigEndian, at.UnixNano())
	h.Write([]byte(text))
	return h.Sum(nil)
}

// cut shortens s to at most n bytes, at a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// logsJob is the job whose logs addr wants to read: only its client may.
func (s *Server) logsJob(ctx context.Context, id int64, addr common.Address) (*market.Job, error) {
	j, err := s.job(ctx, s.db, id, false)
	if err != nil {
		return nil, err
	}
	if common.BytesToAddress(j.Client) != addr {
		return nil, forbidden("only the client of job %d reads its container logs", id)
	}
	return j, nil
}

// logLines reads up to limit lines of a job after the line id after.
func (s *Server) logLines(ctx context.Context, job, after int64, limit int) ([]apiv1.ContainerLogLine, error) {
	var rows []logRow
	if err := s.db.WithContext(ctx).Raw(`SELECT id, provider, round, stream, at, line FROM market.container_logs
		WHERE job_id = ? AND id > ? ORDER BY id LIMIT ?`, job, after, limit).Scan(&rows).Error; err != nil {
		return nil, fmt.Errorf("read logs of job %d: %w", job, err)
	}
	out := make([]apiv1.ContainerLogLine, len(rows))
	for i, r := range rows {
		out[i] = r.view()
	}
	return out, nil
}

// ListJobLogs implements apiv1.ServerInterface.
func (s *Server) ListJobLogs(c *gin.Context, id apiv1.JobID, params apiv1.ListJobLogsParams) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	var f fields
	after, limit := int64(0), 1000
	if params.After != nil {
		if after = *params.After; after < 0 {
			f.add("after", "must be ≥ 0")
		}
	}
	if params.Limit != nil {
		if limit = *params.Limit; limit < 1 || limit > 1000 {
			f.add("limit", "must be 1 to 1000, got %d", limit)
		}
	}
	if err := f.err(); err != nil {
		fail(c, err)
		return
	}
	ctx := c.Request.Context()
	if _, err := s.logsJob(ctx, id, addr); err != nil {
		fail(c, err)
		return
	}
	lines, err := s.logLines(ctx, id, after, limit)
	if err != nil {
		fail(c, err)
		return
	}
	c.JSON(http.StatusOK, gin.H{"lines": lines})
}

// StreamJobLogs implements apiv1.ServerInterface: the container logs as Server-Sent Events.
func (s *Server) StreamJobLogs(c *gin.Context, id apiv1.JobID, params apiv1.StreamJobLogsParams) {
	addr, err := caller(c)
	if err != nil {
		fail(c, err)
		return
	}
	after, err := lastEventID(params.LastEventID)
	if err != nil {
		fail(c, err)
		return
	}
	if _, err := s.logsJob(c.Request.Context(), id, addr); err != nil {
		fail(c, err)
		return
	}
	s.serveStream(c, id, addr, func(ctx context.Context) error {
		_, err := s.logsJob(ctx, id, addr)
		return err
	}, func(ctx context.Context) ([]sseEvent, error) {
		lines, err := s.logLines(ctx, id, after, 1000)
		if err != nil {
			return nil, err
		}
		out := make([]sseEvent, len(lines))
		for i, l := range lines {
			out[i] = sseEvent{id: l.Id, name: "log", data: l}
			after = l.Id
		}
		return out, nil
	})
}
