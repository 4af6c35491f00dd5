// Package runtimetest builds the small container image the agent's tests run: testsrv, a static
// HTTP server (package testsrv here) in a FROM scratch image, so no registry is needed.
package runtimetest

import (
	"context"
	"strings"

	"github.com/docker/docker/api/types/build"
	"github.com/docker/docker/client"

	"github.com/gintonic/gintonic/imagebuild"
)

// Image is the tag BuildImage builds.
const Image = "gintonic/testsrv:test"

// BuildImage compiles testsrv statically and builds a FROM scratch image around it, tagged Image.
func BuildImage(ctx context.Context, cli *client.Client) error {
	exe, err := imagebuild.Static(ctx, "github.com/gintonic/gintonic/agent/runtime/runtimetest/testsrv")
	if err != nil {
		return err
	}
	return imagebuild.Build(ctx, cli, []imagebuild.File{
		{Name: "Dockerfile", Mode: 0o644, Body: []byte("FROM scratch\nCOPY testsrv /testsrv\nENTRYPOINT [\"/testsrv\"]\n")},
		{Name: "testsrv", Mode: 0o755, Body: exe},
	}, build.ImageBuildOptions{Tags: []string{Image}})
}

// BuildVariant builds tag FROM Image with the given Dockerfile lines after the FROM (say
// `ENV TESTSRV_EXIT_AFTER=1ms` for an image that exits at once, or a LABEL); call BuildImage first.
func BuildVariant(ctx context.Context, cli *client.Client, tag string, lines ...string) error {
	df := "FROM " + Image + "\n" + strings.Join(lines, "\n") + "\n"
	return imagebuild.Build(ctx, cli, []imagebuild.File{{Name: "Dockerfile", Mode: 0o644, Body: []byte(df)}},
		build.ImageBuildOptions{Tags: []string{tag}})
}
