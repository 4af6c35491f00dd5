package runtimeimage

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
	"github.com/docker/docker/api/types/image"
	"github.com/docker/docker/client"
	"github.com/docker/docker/pkg/stdcopy"
)

func docker(t *testing.T) *client.Client {
	t.Helper()
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cli.Close() })
	if _, err := cli.Ping(context.Background()); err != nil {
		t.Fatalf("the Docker Engine is unreachable (%v): start one with sudo scripts/dockerd.sh", err)
	}
	return cli
}

// built builds the image (or finds it up to date) and inspects it.
func built(t *testing.T, cli *client.Client) image.InspectResponse {
	t.Helper()
	ctx := context.Background()
	if err := Build(ctx, cli, Tag); err != nil {
		t.Fatal(err)
	}
	img, err := cli.ImageInspect(ctx, Tag)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestBuild builds the image through the engine and finds it up to date on the second call.
func TestBuild(t *testing.T) {
	cli := docker(t)
	ctx := context.Background()
	img := built(t, cli)
	if img.Config.Labels[ContentLabel] == "" {
		t.Fatalf("image config %+v: want the content label", img.Config)
	}
	// The model's file and name come from the job (the agent sets both), never from the image.
	for _, e := range img.Config.Env {
		if strings.HasPrefix(e, "MODEL_PATH=") || strings.HasPrefix(e, "MODEL_NAME=") {
			t.Errorf("the image sets %s: the agent names the model of each job", e)
		}
	}
	start := time.Now()
	if err := Build(ctx, cli, Tag); err != nil {
		t.Fatal(err)
	}
	again, err := cli.ImageInspect(ctx, Tag)
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != img.ID {
		t.Errorf("unchanged content rebuilt the image: %s, then %s", img.ID, again.ID)
	}
	t.Logf("up-to-date check took %s", time.Since(start))
}

// TestImageHoldsNoModel: the image is gin-runtime alone (one layer, no /model), and started
// without MODEL_PATH it exits at once saying what to do instead of serving a model of its own.
func TestImageHoldsNoModel(t *testing.T) {
	cli := docker(t)
	ctx := context.Background()
	img := built(t, cli)
	if n := len(img.RootFS.Layers); n != 1 {
		t.Errorf("the image has %d layers, want 1 (gin-runtime FROM scratch, nothing else)", n)
	}
	if !slices.Equal(img.Config.Entrypoint, []string{"/gin-runtime"}) {
		t.Errorf("entrypoint %v, want /gin-runtime", img.Config.Entrypoint)
	}

	// Created, not started, to look inside; no network, so nothing can be fetched when it runs.
	c, err := cli.ContainerCreate(ctx, &container.Config{Image: Tag}, &container.HostConfig{NetworkMode: "none"}, nil, nil, "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cli.ContainerRemove(context.Background(), c.ID, container.RemoveOptions{Force: true})
	})
	rc, st, err := cli.CopyFromContainer(ctx, c.ID, "/gin-runtime")
	if err != nil {
		t.Fatalf("copy /gin-runtime out of the image: %v", err)
	}
	rc.Close()
	if st.Size < 1<<20 {
		t.Errorf("/gin-runtime is %d bytes: not the runtime binary", st.Size)
	}
	for _, p := range []string{"/model", "/model/model.gguf"} {
		if rc, _, err := cli.CopyFromContainer(ctx, c.ID, p); err == nil {
			rc.Close()
			t.Errorf("the image holds %s: no model may be baked in", p)
		} else if !cerrdefs.IsNotFound(err) {
			t.Errorf("copy %s: %v, want not found", p, err)
		}
	}

	// Run as is: the runtime refuses to start and says where its model comes from.
	wait, waitErr := cli.ContainerWait(ctx, c.ID, container.WaitConditionNextExit)
	if err := cli.ContainerStart(ctx, c.ID, container.StartOptions{}); err != nil {
		t.Fatal(err)
	}
	var code int64
	select {
	case w := <-wait:
		code = w.StatusCode
	case err := <-waitErr:
		t.Fatalf("wait for the container: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("gin-runtime without a model still runs after 30 s: want it to refuse to start")
	}
	logs, err := cli.ContainerLogs(ctx, c.ID, container.LogsOptions{ShowStdout: true, ShowStderr: true})
	if err != nil {
		t.Fatal(err)
	}
	defer logs.Close()
	var out bytes.Buffer
	if _, err := stdcopy.StdCopy(&out, &out, io.LimitReader(logs, 1<<20)); err != nil {
		t.Fatalf("read the container's output: %v", err)
	}
	if code == 0 || !strings.Contains(out.String(), "MODEL_PATH") {
		t.Fatalf("gin-runtime without MODEL_PATH exited %d with %q: want a refusal naming MODEL_PATH", code, out.String())
	}
	t.Logf("exit %d: %s", code, strings.TrimSpace(out.String()))
}
