// Package runtimeimage builds the reference model runtime's container image: a static gin-runtime
// alone in a FROM scratch image, through the Docker Engine API, so that the dev stack and tests
// need no docker CLI and no registry. scripts/runtime-image.sh does the same from a shell. No
// model is baked in: the runtime serves the GGUF named by MODEL_PATH, which the provider agent
// mounts and sets for a job of a model. Model fetches the TinyStories GGUF that tests and the dev
// stack serve from their local Hugging-Face-compatible hubs.
package runtimeimage

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/imagebuild"
)

// Tag is the image the dev stack and the tests deploy.
const Tag = "gintonic/runtime:dev"

// ContentLabel holds the sha256 of everything that went into the image (Dockerfile and binary);
// Build skips the engine when the tagged image already carries the same value.
const ContentLabel = "org.gintonic.runtime.content"

// The test model (not in the image): Karpathy's TinyStories 260K Llama, shipped in a Go module's
// testdata, so the module proxy serves it with its checksum; the sha256 is checked again here.
const (
	ModelModule = "github.com/mutablelogic/go-llama@v0.0.11"
	ModelFile   = "testdata/stories260K.gguf"
	ModelSHA256 = "270cba1bd5109f42d03350f60406024560464db173c0e387d91f0426d3bd256d"
)

const runtimePackage = "github.com/gintonic/gintonic/cmd/gin-runtime"

//go:embed Dockerfile
var dockerfile []byte

// Build builds the runtime image as tag: it compiles gin-runtime statically (the go command
// must be on PATH and the working directory inside the Gintonic module) and has the engine build
// the image from a tar context. The image holds the binary alone: the provider agent mounts a
// job's model read-only and names the file in MODEL_PATH, so one image serves any GGUF. When the
// image under tag has the same content already, nothing is sent to the engine: a second call
// costs a cached go build.
func Build(ctx context.Context, cli *client.Client, tag string) error {
	bin, err := imagebuild.Static(ctx, runtimePackage)
	if err != nil {
		return err
	}
	files := []imagebuild.File{{Name: "Dockerfile", Mode: 0o644, Body: dockerfile}, {Name: "gin-runtime", Mode: 0o755, Body: bin}}
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %d %d\n", f.Name, f.Mode, len(f.Body))
		h.Write(f.Body)
	}
	content := hex.EncodeToString(h.Sum(nil))
	if img, err := cli.ImageInspect(ctx, tag); err == nil && img.Config != nil && img.Config.Labels[ContentLabel] == content {
		return nil
	}
	return imagebuild.Build(ctx, cli, files, build.ImageBuildOptions{Tags: []string{tag},
		Labels: map[string]string{ContentLabel: content}})
}

// Model returns the model file, downloaded through the Go module proxy (or found in the module
// cache) and checked against ModelSHA256.
func Model(ctx context.Context) ([]byte, error) {
	path, err := ModelPath(ctx)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if got := sha256.Sum256(b); hex.EncodeToString(got[:]) != ModelSHA256 {
		return nil, fmt.Errorf("model %s in %s: CHECKSUM MISMATCH, sha256 %x, want %s", ModelFile, ModelModule, got, ModelSHA256)
	}
	return b, nil
}

// ModelPath is where the model file lies in the module cache (not checked: Model checks).
func ModelPath(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "mod", "download", "-json", ModelModule).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			err = fmt.Errorf("%w: %s%s", err, ee.Stderr, out)
		}
		return "", fmt.Errorf("go mod download %s (needs the module proxy or a warm module cache): %w", ModelModule, err)
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no directory in %s", ModelModule, out)
	}
	return filepath.Join(info.Dir, ModelFile), nil
}
