package runtimeimage

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/docker/docker/client"
)

// TestBuild builds the image through the engine and finds it up to date on the second call.
func TestBuild(t *testing.T) {
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		t.Fatal(err)
	}
	defer cli.Close()
	ctx := context.Background()
	if _, err := cli.Ping(ctx); err != nil {
		t.Fatalf("the Docker Engine is unreachable (%v): start one with sudo scripts/dockerd.sh", err)
	}
	if err := Build(ctx, cli, Tag); err != nil {
		t.Fatal(err)
	}
	img, err := cli.ImageInspect(ctx, Tag)
	if err != nil {
		t.Fatal(err)
	}
	if img.Config.Labels[ContentLabel] == "" || !slices.Contains(img.Config.Env, "MODEL_NAME="+BaseModelName) {
		t.Fatalf("image config %+v: want the content label and MODEL_NAME", img.Config)
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
