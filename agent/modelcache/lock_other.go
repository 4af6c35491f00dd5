//go:build !unix

package modelcache

import (
	"os"
	"path/filepath"
)

// lockDir opens dir/lock without locking it: providers run on Linux.
func lockDir(dir string) (*os.File, error) {
	return os.OpenFile(filepath.Join(dir, "lock"), os.O_RDWR|os.O_CREATE, 0o644)
}
