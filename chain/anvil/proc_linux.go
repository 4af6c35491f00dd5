package anvil

import "syscall"

// procAttr puts anvil in its own process group (so Stop kills the whole group) and has the kernel
// kill it when its parent dies, so a killed demo leaves no chain behind.
func procAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
