// Package runtimetest builds the small container image the agent's tests run: testsrv, a static
// HTTP server (package testsrv here) in a FROM scratch image, so no registry is needed.
package runtimetest

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/client"
)

// Image is the tag BuildImage builds.
const Image = "gintonic/testsrv:test"

// BuildImage compiles testsrv statically and builds a FROM scratch image around it, tagged Image.
func BuildImage(ctx context.Context, cli *client.Client) error {
	dir, err := os.MkdirTemp("", "testsrv-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "testsrv")
	goBin, err := exec.LookPath("go")
	if err != nil {
		return fmt.Errorf("find the go command: %w", err)
	}
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "github.com/gintonic/gintonic/agent/runtime/runtimetest/testsrv")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build testsrv: %w\n%s", err, out)
	}
	exe, err := os.ReadFile(bin)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	files := []struct {
		name string
		mode int64
		body []byte
	}{
		{"Dockerfile", 0o644, []byte("FROM scratch\nCOPY testsrv /testsrv\nENTRYPOINT [\"/testsrv\"]\n")},
		{"testsrv", 0o755, exe},
	}
	for _, f := range files {
		if err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: f.mode, Size: int64(len(f.body))}); err != nil {
			return err
		}
		if _, err := tw.Write(f.body); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return build1(ctx, cli, &buf, Image)
}

// BuildVariant builds tag FROM Image with the given Dockerfile lines after the FROM (say
// `ENV TESTSRV_EXIT_AFTER=1ms` for an image that exits at once, or a LABEL); call BuildImage first.
func BuildVariant(ctx context.Context, cli *client.Client, tag string, lines ...string) error {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	df := []byte("FROM " + Image + "\n")
	for _, l := range lines {
		df = append(df, l+"\n"...)
	}
	if err := tw.WriteHeader(&tar.Header{Name: "Dockerfile", Mode: 0o644, Size: int64(len(df))}); err != nil {
		return err
	}
	if _, err := tw.Write(df); err != nil {
		return err
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return build1(ctx, cli, &buf, tag)
}

func build1(ctx context.Context, cli *client.Client, tarball io.Reader, tag string) error {
	resp, err := cli.ImageBuild(ctx, tarball, build.ImageBuildOptions{Tags: []string{tag}, Remove: true, ForceRemove: true})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	for {
		var m struct {
			Error string `json:"error"`
		}
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read build output: %w", err)
		}
		if m.Error != "" {
			return errors.New(m.Error)
		}
	}
}
