package inventory

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// Host is the machine's CPUs and memory, from /proc.
type Host struct {
	CPUs               int
	MemoryMiB          uint64
	MemoryAvailableMiB uint64
}

// readHost reads /proc/cpuinfo and /proc/meminfo under procRoot.
func readHost(procRoot string) (Host, error) {
	var h Host
	cpuinfo := filepath.Join(procRoot, "cpuinfo")
	b, err := os.ReadFile(cpuinfo)
	if err != nil {
		return Host{}, fmt.Errorf("read CPUs: %w", err)
	}
	h.CPUs = bytes.Count(b, []byte("\nprocessor\t")) // every entry starts a line with "processor\t:"
	if bytes.HasPrefix(b, []byte("processor\t")) {
		h.CPUs++
	}
	if h.CPUs == 0 { // some architectures format cpuinfo differently
		h.CPUs = runtime.NumCPU()
	}

	meminfo := filepath.Join(procRoot, "meminfo")
	f, err := os.Open(meminfo)
	if err != nil {
		return Host{}, fmt.Errorf("read memory: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, rest, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		var dst *uint64
		switch key {
		case "MemTotal":
			dst = &h.MemoryMiB
		case "MemAvailable":
			dst = &h.MemoryAvailableMiB
		default:
			continue
		}
		kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			return Host{}, fmt.Errorf("parse %s in %s: %w", key, meminfo, err)
		}
		*dst = kb / 1024
	}
	if err := sc.Err(); err != nil {
		return Host{}, fmt.Errorf("read %s: %w", meminfo, err)
	}
	if h.MemoryMiB == 0 {
		return Host{}, fmt.Errorf("read memory: no MemTotal in %s", meminfo)
	}
	return h, nil
}
