package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"

	"github.com/gintonic/gintonic/agent"
	"github.com/gintonic/gintonic/agent/doctor"
)

// errUnready: doctor found something to fix (it printed what); the exit status says so.
var errUnready = errors.New("not ready to bid: fix what doctor marked FAIL")

// runDoctor is `gin-agent doctor [flags]`: the agent's own configuration (the same flags,
// variables and file) and every check of package doctor, each with its fix. --json prints the
// checks as JSON.
func runDoctor(ctx context.Context, args []string, getenv func(string) string, out io.Writer) error {
	asJSON := false
	rest := args[:0:0]
	for _, a := range args {
		if a == "--json" || a == "-json" {
			asJSON = true
			continue
		}
		rest = append(rest, a)
	}
	cfg, cfgErr := agent.ParseConfig(rest, getenv)
	m := &doctor.Machine{CPUOnly: cfg.CPUOnly, StateDir: cfg.StateDir, Key: cfg.PrivateKey(), APIURL: cfg.APIURL,
		RPCURL: cfg.RPCURL, ChainID: cfg.ChainID, Escrow: cfg.Escrow, Endpoint: cfg.Endpoint}
	var r doctor.Report
	if cfgErr != nil {
		r = append(r, doctor.Check{Name: "config", Status: doctor.Fail, Detail: cfgErr.Error(),
			Fix: "gin-agent -h lists every flag; each also reads a GIN_AGENT_* variable or a -config JSON file"})
	} else {
		r = append(r, doctor.Check{Name: "config", Status: doctor.OK, Detail: "every flag and variable is valid"})
	}
	r = append(r, doctor.Run(ctx, m)...)
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			return err
		}
	} else if err := r.Write(out); err != nil {
		return err
	}
	if r.Failed() > 0 {
		return errUnready
	}
	return nil
}
