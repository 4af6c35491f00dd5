package runtime

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/docker/docker/api/types/container"
)

// The container's user is always given to the engine as numeric uid:gid. A numeric user is
// taken as a uid by runc whatever the image's /etc/passwd says, and an explicit group keeps
// runc from adding supplementary groups from the image's /etc/group (where a hostile image
// could list its user in group 0).

// imageFiles reads /etc/passwd and /etc/group of an image; a missing file reads as nil.
type imageFiles func(ctx context.Context) (passwd, group []byte, err error)

// resolveUser turns the image's USER into the numeric uid:gid its containers run as: fallback
// when the image names none, and an ErrRefused error when it names root however it is spelled
// (0, 00, +0, root, a passwd alias of uid 0, group 0) or a user the image does not define.
func resolveUser(ctx context.Context, imageUser, fallback string, files imageFiles) (string, error) {
	spec := strings.TrimSpace(imageUser)
	if spec == "" {
		return fallback, nil
	}
	refuse := func(format string, a ...any) error {
		return fmt.Errorf("%w: the image's USER %q %s; containers never run as root here: "+
			"build the image with a non-root numeric user, e.g. USER 1000:1000", ErrRefused, imageUser, fmt.Sprintf(format, a...))
	}
	name, group, hasGroup := strings.Cut(spec, ":")
	var passwd, groups []byte
	read := false
	load := func() error {
		if read {
			return nil
		}
		read = true
		if files == nil {
			return errors.New("the image's /etc/passwd cannot be read here")
		}
		var err error
		passwd, groups, err = files(ctx)
		return err
	}

	var uid, gid int
	var entry *passwdEntry
	if n, ok := numericID(name); ok {
		uid = n
	} else if n, err := strconv.Atoi(name); err == nil && n != 0 {
		return "", refuse("is not a valid uid (%d)", n)
	} else {
		if err := load(); err != nil {
			return "", fmt.Errorf("look up the image's user %q: %w", name, err)
		}
		entry = lookupPasswd(passwd, func(e passwdEntry) bool { return e.name == name })
		if entry == nil {
			return "", refuse("names a user that the image's /etc/passwd does not have")
		}
		uid = entry.uid
	}
	if uid == 0 {
		if entry != nil {
			return "", refuse("is uid 0 in the image's /etc/passwd, that is root")
		}
		return "", refuse("is uid 0, that is root")
	}

	switch {
	case hasGroup:
		if n, ok := numericID(group); ok {
			gid = n
		} else if n, err := strconv.Atoi(group); err == nil && n != 0 {
			return "", refuse("has an invalid gid (%d)", n)
		} else {
			if err := load(); err != nil {
				return "", fmt.Errorf("look up the image's group %q: %w", group, err)
			}
			g := lookupPasswd(groups, func(e passwdEntry) bool { return e.name == group })
			if g == nil {
				return "", refuse("names a group that the image's /etc/group does not have")
			}
			gid = g.uid
		}
	default:
		if entry == nil {
			if err := load(); err != nil {
				return "", fmt.Errorf("look up the image's user %d: %w", uid, err)
			}
			entry = lookupPasswd(passwd, func(e passwdEntry) bool { return e.uid == uid })
		}
		gid = uid // a uid the image does not define gets its own group, not the engine's 0
		if entry != nil {
			gid = entry.gid
		}
	}
	if gid == 0 {
		return "", refuse("runs with group 0 (root's group)")
	}
	return fmt.Sprintf("%d:%d", uid, gid), nil
}

// numericID parses a uid or gid as runc does (strconv.Atoi: "00" and "+0" are 0), keeping only
// values the kernel takes.
func numericID(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > math.MaxInt32-1 {
		return 0, false
	}
	return n, true
}

// passwdEntry is one line of /etc/passwd (name, uid, gid) or /etc/group (name, gid in uid).
type passwdEntry struct {
	name     string
	uid, gid int
}

// lookupPasswd finds the first line of a passwd or group file that match accepts; like runc it
// skips lines it cannot parse.
func lookupPasswd(file []byte, match func(passwdEntry) bool) *passwdEntry {
	sc := bufio.NewScanner(bytes.NewReader(file))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < 3 {
			continue
		}
		id, err := strconv.Atoi(f[2])
		if err != nil {
			continue
		}
		e := passwdEntry{name: f[0], uid: id}
		if len(f) > 3 {
			e.gid, _ = strconv.Atoi(f[3])
		}
		if match(e) {
			return &e
		}
	}
	return nil
}

// maxUserFile bounds what is read of an image's /etc/passwd or /etc/group.
const maxUserFile = 1 << 20

// readUserFiles reads /etc/passwd and /etc/group out of an image through a container that is
// created but never started.
func (r *Runtime) readUserFiles(image string) imageFiles {
	return func(ctx context.Context) ([]byte, []byte, error) {
		created, err := r.docker.ContainerCreate(ctx, &container.Config{
			Image: image, Entrypoint: []string{"/nonexistent"}, Cmd: nil, NetworkDisabled: true,
			Labels: map[string]string{LabelAgent: r.cfg.AgentID, "io.gintonic.purpose": "read-users"},
		}, &container.HostConfig{NetworkMode: "none"}, nil, nil, "")
		if err != nil {
			return nil, nil, fmt.Errorf("create a container to read the image's users: %w", err)
		}
		defer r.docker.ContainerRemove(context.WithoutCancel(ctx), created.ID, container.RemoveOptions{Force: true})
		passwd, err := r.copyFile(ctx, created.ID, "/etc/passwd")
		if err != nil {
			return nil, nil, err
		}
		group, err := r.copyFile(ctx, created.ID, "/etc/group")
		return passwd, group, err
	}
}

// copyFile reads one regular file out of a container; a missing file reads as nil.
func (r *Runtime) copyFile(ctx context.Context, id, path string) ([]byte, error) {
	rc, _, err := r.docker.CopyFromContainer(ctx, id, path)
	if cerrdefs.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s from the image: %w", path, err)
	}
	defer rc.Close()
	tr := tar.NewReader(rc)
	h, err := tr.Next()
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s from the image: %w", path, err)
	}
	if h.Typeflag != tar.TypeReg {
		// runc would follow a link inside the image; the agent does not guess where it goes.
		return nil, fmt.Errorf("%w: the image's %s is not a regular file (a link?); make it one", ErrRefused, path)
	}
	if h.Size > maxUserFile {
		return nil, fmt.Errorf("%w: the image's %s is %d bytes, over the %d this provider reads", ErrRefused, path, h.Size, maxUserFile)
	}
	return io.ReadAll(io.LimitReader(tr, maxUserFile))
}
