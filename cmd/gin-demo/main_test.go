package main

import (
	"bytes"
	"context"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestBadInput: what a user sees for a wrong command line, a log file that cannot be written, and
// a chain port already taken — each before anything is left running.
func TestBadInput(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	env := func(string) string { return "" }
	log := filepath.Join(t.TempDir(), "demo.log")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"-rpc-port", "x"}, `invalid value "x" for flag -rpc-port`},
		{[]string{"-log", "/proc/nope/demo.log"}, "-log"},
		{[]string{"-log", log, "-rpc-port", taken, "-journey=false"}, "port " + taken + " is taken"},
	} {
		var out bytes.Buffer
		err := run(context.Background(), tc.args, env, &out)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want an error containing %q", tc.args, err, tc.want)
		}
	}
}
