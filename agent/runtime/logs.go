package runtime

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/pkg/stdcopy"
)

// tailLogs returns the last n lines a container wrote to stdout and stderr, in the order it
// wrote them. Containers never get a TTY, so the stream is multiplexed and stdcopy splits it.
func (r *Runtime) tailLogs(ctx context.Context, containerID string, n int) (string, error) {
	rc, err := r.docker.ContainerLogs(ctx, containerID, container.LogsOptions{
		ShowStdout: true, ShowStderr: true, Tail: strconv.Itoa(n),
	})
	if err != nil {
		return "", fmt.Errorf("logs of container %s: %w", shortID(containerID), err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	// Both streams go to one buffer: the frames arrive in write order, which is what a reader wants.
	if _, err := stdcopy.StdCopy(&buf, &buf, rc); err != nil {
		return "", fmt.Errorf("read logs of container %s: %w", shortID(containerID), err)
	}
	return strings.TrimRight(buf.String(), "\n"), nil
}

// LogLine is one line a job's container wrote.
type LogLine struct {
	Time   time.Time
	Stream string // stdout or stderr
	Text   string
}

// maxLogRead bounds what one Logs call reads from one container: a chatty container is caught
// up over several calls instead of in one huge read.
const maxLogRead = 1 << 20

// Logs returns the lines the job round's containers (every attempt) wrote after since, oldest
// first, with the engine's timestamps; at most about maxLogRead bytes per container, so the
// caller continues from the last line's time.
func (r *Runtime) Logs(ctx context.Context, job Job, since time.Time) ([]LogLine, error) {
	list, err := r.list(ctx, &job)
	if err != nil {
		return nil, err
	}
	var out []LogLine
	for _, c := range list {
		opts := container.LogsOptions{ShowStdout: true, ShowStderr: true, Timestamps: true}
		if !since.IsZero() {
			opts.Since = fmt.Sprintf("%d.%09d", since.Unix(), since.Nanosecond())
		}
		rc, err := r.docker.ContainerLogs(ctx, c.ID, opts)
		if err != nil {
			return nil, fmt.Errorf("logs of container %s: %w", shortID(c.ID), err)
		}
		var stdout, stderr bytes.Buffer
		_, err = stdcopy.StdCopy(&stdout, &stderr, io.LimitReader(rc, maxLogRead))
		rc.Close()
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("read logs of container %s: %w", shortID(c.ID), err)
		}
		out = append(out, parseLogLines(&stdout, "stdout", since)...)
		out = append(out, parseLogLines(&stderr, "stderr", since)...)
	}
	slices.SortStableFunc(out, func(a, b LogLine) int { return a.Time.Compare(b.Time) })
	return out, nil
}

// parseLogLines splits a stream read with timestamps ("2026-12-03T07:00:00.123456789Z text")
// into lines after since; a line cut off at the read limit is left for the next call.
func parseLogLines(b *bytes.Buffer, stream string, since time.Time) []LogLine {
	var out []LogLine
	data := b.String()
	for data != "" {
		line, rest, complete := strings.Cut(data, "\n")
		if !complete {
			break
		}
		data = rest
		ts, text, _ := strings.Cut(line, " ")
		at, err := time.Parse(time.RFC3339Nano, ts)
		if err != nil || !at.After(since) {
			continue
		}
		out = append(out, LogLine{Time: at, Stream: stream, Text: text})
	}
	return out
}
