package main

import (
	"strings"
	"testing"
)

func TestConfigErrorsStopStartup(t *testing.T) {
	env := map[string]string{"GIN_AGENT_REGION": "eu"}
	err := run([]string{"-api", "localhost:8080", "-floor", "H100"}, func(k string) string { return env[k] })
	if err == nil {
		t.Fatal("started without a key")
	}
	for _, want := range []string{"key: missing", `api URL "localhost:8080"`, `floor "H100"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not name %q: %v", want, err)
		}
	}
}
