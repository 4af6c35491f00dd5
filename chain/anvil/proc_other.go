//go:build !linux

package anvil

import "syscall"

// procAttr puts anvil in its own process group, so Stop kills the whole group.
func procAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
