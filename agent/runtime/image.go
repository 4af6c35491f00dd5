package runtime

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/image"
)

// ErrPull marks a failed image pull; the error text says which image and what to check.
var ErrPull = errors.New("image pull failed")

// Labels an image may carry to say where its service answers (see Deployment.HealthFromImage).
const (
	LabelImageHealthPath = "io.gintonic.health-path" // e.g. /health; must start with /
	LabelImagePort       = "io.gintonic.port"        // the port it listens on in a bridge network
)

// HasImage reports whether the image is in the engine's local store (Ensure would not pull it).
func (r *Runtime) HasImage(ctx context.Context, ref string) (bool, error) {
	_, err := r.docker.ImageInspect(ctx, ref)
	switch {
	case cerrdefs.IsNotFound(err):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("inspect image %q: %w", ref, err)
	}
	return true, nil
}

// fromImage applies the image's labels to d when d.HealthFromImage asks for it.
func (r *Runtime) fromImage(ctx context.Context, d Deployment) Deployment {
	if !d.HealthFromImage {
		return d
	}
	img, err := r.docker.ImageInspect(ctx, d.Image)
	if err != nil || img.Config == nil {
		return d
	}
	if p := img.Config.Labels[LabelImageHealthPath]; strings.HasPrefix(p, "/") {
		d.HealthPath = p
	}
	if p, err := strconv.ParseUint(img.Config.Labels[LabelImagePort], 10, 16); err == nil && p > 0 {
		d.ServicePort = uint16(p)
	}
	return d
}

// imageFacts is what the runtime takes from an image for its containers.
type imageFacts struct {
	user    string   // numeric uid:gid, never root
	volumes []string // the image's VOLUME paths, each given a bounded tmpfs
}

// ensureImage makes the deployment's image available locally, pulling it only when it is not
// there yet, and returns the user its containers run as and the volumes they get. An image
// that names root, or a reference to a registry on an internal address, is refused (ErrRefused).
func (r *Runtime) ensureImage(ctx context.Context, d Deployment) (imageFacts, error) {
	if !r.cfg.AllowPrivateRegistries {
		if err := checkImageRef(ctx, d.Image, nil); err != nil {
			return imageFacts{}, fmt.Errorf("image for %s: %w", d.Job, err)
		}
	}
	img, err := r.docker.ImageInspect(ctx, d.Image)
	if cerrdefs.IsNotFound(err) {
		if !r.cfg.AllowPrivateRegistries {
			if err := checkImageRef(ctx, d.Image, resolveHost); err != nil {
				return imageFacts{}, fmt.Errorf("image for %s: %w", d.Job, err)
			}
		}
		if err := r.pull(ctx, d); err != nil {
			return imageFacts{}, err
		}
		img, err = r.docker.ImageInspect(ctx, d.Image)
	}
	if err != nil {
		return imageFacts{}, fmt.Errorf("inspect image %q for %s: %w", d.Image, d.Job, err)
	}
	var f imageFacts
	imageUser := ""
	if img.Config != nil {
		imageUser = img.Config.User
		for v := range img.Config.Volumes {
			f.volumes = append(f.volumes, path.Clean("/"+v))
		}
		slices.Sort(f.volumes)
	}
	if f.user, err = resolveUser(ctx, imageUser, r.cfg.User, r.readUserFiles(d.Image)); err != nil {
		return imageFacts{}, fmt.Errorf("image %q for %s: %w", d.Image, d.Job, err)
	}
	return f, nil
}

// pullMessage is one line of the engine's JSON progress stream.
type pullMessage struct {
	Status         string `json:"status"`
	ID             string `json:"id"`
	ProgressDetail struct {
		Current int64 `json:"current"`
		Total   int64 `json:"total"`
	} `json:"progressDetail"`
	Error       string `json:"error"`
	ErrorDetail *struct {
		Message string `json:"message"`
	} `json:"errorDetail"`
}

func (r *Runtime) pull(ctx context.Context, d Deployment) error {
	fail := func(err error) error {
		return fmt.Errorf("%w: image %q for %s is not on this provider and pulling it failed "+
			"(check the image reference, that this host reaches its registry, or load the image with `docker load`): %w",
			ErrPull, d.Image, d.Job, err)
	}
	r.emit(Event{Kind: EventPull, Job: d.Job, Message: "pulling " + d.Image})
	rc, err := r.docker.ImagePull(ctx, d.Image, image.PullOptions{})
	if err != nil {
		return fail(err)
	}
	defer rc.Close()
	dec := json.NewDecoder(rc)
	for {
		var m pullMessage
		if err := dec.Decode(&m); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fail(fmt.Errorf("read progress: %w", err))
		}
		if m.ErrorDetail != nil && m.ErrorDetail.Message != "" {
			return fail(errors.New(m.ErrorDetail.Message))
		}
		if m.Error != "" {
			return fail(errors.New(m.Error))
		}
		r.emit(Event{Kind: EventPull, Job: d.Job, Message: m.Status, Layer: m.ID,
			Current: m.ProgressDetail.Current, Total: m.ProgressDetail.Total})
	}
	r.emit(Event{Kind: EventPull, Job: d.Job, Message: "pulled " + d.Image})
	return nil
}
