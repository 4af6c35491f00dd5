package devstack

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/docker/docker/client"
)

// RepoRoot is the directory holding Gintonic's go.mod, found from the working directory upwards.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module github.com/gintonic/gintonic") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run this from a Gintonic checkout: no go.mod of github.com/gintonic/gintonic above the working directory")
		}
		dir = parent
	}
}

// checkImage says what to do when the Docker Engine or the image is missing.
func checkImage(ctx context.Context, image string) error {
	cli, err := DockerClient(ctx)
	if err != nil {
		return err
	}
	defer cli.Close()
	if _, err := cli.ImageInspect(ctx, image); err != nil {
		return fmt.Errorf("image %s is not in the local Docker Engine: build it with scripts/runtime-image.sh %s", image, image)
	}
	return nil
}

// DockerClient connects to the local Docker Engine, saying how to get one when none answers.
func DockerClient(ctx context.Context) (*client.Client, error) {
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return nil, err
	}
	if _, err := cli.Ping(ctx); err != nil {
		cli.Close()
		return nil, fmt.Errorf("no Docker Engine answers (%v): start one with `sudo scripts/dockerd.sh` (installs Debian's docker.io when missing; make demo runs it)", err)
	}
	return cli, nil
}
