package devstack

import (
	"context"
	"fmt"
	"io"
	"time"
)

// Run starts the stack, printing each start-up step with its timing to out, runs then (the demo's
// journey; nil for none), prints where everything is, and keeps the stack up until ctx ends —
// or returns at once when exit is set. The stack is closed before Run returns.
func Run(ctx context.Context, o Options, out io.Writer, then func(context.Context, *Stack) error, exit bool) error {
	t0 := time.Now()
	fmt.Fprintf(out, "▶ starting the marketplace (service logs: %s)\n", logName(o.Log))
	s, err := Start(ctx, o, func(step string, took time.Duration) {
		fmt.Fprintf(out, "  ✓ %-62s %7d ms\n", step, took.Milliseconds())
	})
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Fprintf(out, "  up in %s\n\n", time.Since(t0).Round(time.Millisecond))
	if then != nil {
		if err := then(ctx, s); err != nil {
			return err
		}
	}
	s.PrintURLs(out)
	if exit {
		return nil
	}
	fmt.Fprintln(out, "\n  Ctrl-C stops everything (containers included).")
	select {
	case <-ctx.Done():
	case <-s.errc():
		return s.Err()
	}
	return nil
}

// PrintURLs says where the stack's parts answer and which keys it uses.
func (s *Stack) PrintURLs(out io.Writer) {
	fmt.Fprintf(out, "\n▶ the marketplace is running\n")
	rows := [][2]string{
		{"API", s.APIURL + "/v1"},
		{"Swagger UI", s.APIURL + "/docs"},
		{"Dashboard", s.APIURL + "/"},
		{"Metrics", s.APIURL + "/metrics"},
		{"Chain RPC (MetaMask: chain id " + fmt.Sprint(s.ChainID) + ")", s.RPCURL},
		{"Deployments file", s.DeploymentsFile()},
		{"Client key (anvil dev account 3)", "0x" + KeyHex(s.Accounts.Client)},
	}
	for i, p := range s.Agents {
		rows = append(rows, [2]string{fmt.Sprintf("Provider %d endpoint", i+1), p.Endpoint})
	}
	for _, r := range rows {
		fmt.Fprintf(out, "  %-46s %s\n", r[0], r[1])
	}
	fmt.Fprintf(out, "\n  The gin CLI as the demo client:\n    export GIN_API_URL=%s GIN_RPC_URL=%s GIN_DEPLOYMENTS=%s GIN_KEY=%s\n",
		s.APIURL, s.RPCURL, s.DeploymentsFile(), KeyHex(s.Accounts.Client))
}

func (s *Stack) errc() <-chan struct{} {
	c := make(chan struct{})
	go func() {
		for s.Err() == nil {
			time.Sleep(500 * time.Millisecond)
		}
		close(c)
	}()
	return c
}

func logName(w io.Writer) string {
	if f, ok := w.(interface{ Name() string }); ok {
		return f.Name()
	}
	if w == nil || w == io.Discard {
		return "discarded"
	}
	return "to the given writer"
}
