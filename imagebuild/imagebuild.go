// Package imagebuild builds container images with no registry: a static Go binary compiled from
// this module and the files of a build context, sent to the Docker Engine API. The reference
// runtime's image and the agent tests' image are built this way.
package imagebuild

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

// File is one file of a build context.
type File struct {
	Name string
	Mode int64
	Body []byte
}

// Static compiles the Go package pkg as a static linux binary (CGO_ENABLED=0, trimmed, stripped)
// and returns it; it needs the go command and a checkout of the module.
func Static(ctx context.Context, pkg string) ([]byte, error) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("building %s needs the go command: %w", pkg, err)
	}
	dir, err := os.MkdirTemp("", "imagebuild-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, filepath.Base(pkg))
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build %s (run from a Gintonic checkout): %w\n%s", pkg, err, msg)
	}
	return os.ReadFile(out)
}

// Build sends files as the build context and waits for the engine to finish, returning the
// error the build reported, if any. opts says the tags, labels and build args.
func Build(ctx context.Context, cli *client.Client, files []File, opts build.ImageBuildOptions) error {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		if err := tw.WriteHeader(&tar.Header{Name: f.Name, Mode: f.Mode, Size: int64(len(f.Body))}); err != nil {
			return err
		}
		if _, err := tw.Write(f.Body); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	opts.Remove, opts.ForceRemove = true, true
	resp, err := cli.ImageBuild(ctx, &buf, opts)
	if err != nil {
		return fmt.Errorf("build image %v: %w", opts.Tags, err)
	}
	defer resp.Body.Close()
	if err := result(resp.Body); err != nil {
		return fmt.Errorf("build image %v: %w", opts.Tags, err)
	}
	return nil
}

// result reads the engine's JSON progress stream to its end and returns the error it reports.
func result(r io.Reader) error {
	dec := json.NewDecoder(r)
	for {
		var m struct {
			Error string `json:"error"`
		}
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read the engine's build output: %w", err)
		}
		if m.Error != "" {
			return errors.New(m.Error)
		}
	}
}
