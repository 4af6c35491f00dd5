package runtime

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// prepareOutput makes a batch job's output directory private to the container's user: created
// with mode 0700 and owned by uid:gid, so neither other local users nor other tenants read or
// plant results there (under userns-remap: the host ids the container's map to). An agent that may not chown (not root, no CAP_CHOWN) leaves it open to
// the container's uid through mode 0777 and logs why.
func (r *Runtime) prepareOutput(dir, user string) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("output directory %s: %w", dir, err)
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return fmt.Errorf("output directory %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("output directory %s is not a directory (a link?): remove it", dir)
	}
	u, g, _ := strings.Cut(user, ":")
	uid, err1 := strconv.Atoi(u)
	gid, err2 := strconv.Atoi(g)
	if err := errors.Join(err1, err2); err != nil {
		return fmt.Errorf("output directory %s: user %q is not numeric uid:gid: %w", dir, user, err)
	}
	// Under userns-remap the container's ids are offsets into the engine's subordinate range.
	uid, gid = uid+r.iso.RemapUID, gid+r.iso.RemapGID
	if err := os.Chown(dir, uid, gid); err != nil {
		if !errors.Is(err, syscall.EPERM) {
			return fmt.Errorf("output directory %s: give it to the container's user %s: %w", dir, user, err)
		}
		r.log.Warn("cannot give the batch output directory to the container's user (run the agent as root or with CAP_CHOWN "+
			"to keep it private): leaving it open to all local users", "dir", dir, "user", user)
		return os.Chmod(dir, 0o777) //nolint:gosec // the container's uid must write there
	}
	return os.Chmod(dir, 0o700)
}
