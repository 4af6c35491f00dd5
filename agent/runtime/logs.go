package runtime

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

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
