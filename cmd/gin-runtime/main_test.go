package main

import (
	"io"
	"strings"
	"testing"
)

func TestParseConfig(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	// The agent sets MODEL_PATH to the job's model file under its read-only mount.
	const mp = "/repository/stories260K.gguf"
	tests := []struct {
		name    string
		args    []string
		env     func(string) string
		listen  string
		wantErr string
	}{
		{"defaults", nil, env("MODEL_PATH", mp), "0.0.0.0:8080", ""},
		{"agent env", nil, env("HOST", "127.0.0.1", "PORT", "18081", "MODEL_PATH", mp), "127.0.0.1:18081", ""},
		{"flag wins", []string{"-listen", "127.0.0.1:9"}, env("PORT", "18081", "MODEL_PATH", mp), "127.0.0.1:9", ""},
		{"model flag", []string{"-model", mp}, env(), "0.0.0.0:8080", ""},
		{"no model", nil, env(), "", "MODEL_PATH"},
		{"no model to train", []string{"-mode", "train", "-train-file", "x"}, env(), "", "MODEL_PATH"},
		{"bad mode", []string{"-mode", "dance"}, env("MODEL_PATH", mp), "", "want serve or train"},
		{"train without file", []string{"-mode", "train"}, env("MODEL_PATH", mp), "", "-train-file"},
		{"train bad steps", []string{"-mode", "train", "-train-file", "x", "-steps", "0"}, env("MODEL_PATH", mp), "", "-steps"},
		{"bad listen", []string{"-listen", "nowhere"}, env("MODEL_PATH", mp), "", "host:port"},
		{"bad slots", []string{"-slots", "-1"}, env("MODEL_PATH", mp), "", "-slots"},
		{"slots from env", nil, env("GIN_SLOTS", "many", "MODEL_PATH", mp), "", "-slots"},
	}
	for _, tt := range tests {
		c, err := parseConfig(tt.args, tt.env, io.Discard)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if c.Listen != tt.listen || c.ModelPath != mp || c.ModelsDir != "/tmp/models" {
			t.Errorf("%s: config %+v", tt.name, c)
		}
	}
	// Without a model the runtime does not start, and says where a model comes from: the image
	// carries none.
	_, err := parseConfig(nil, env(), io.Discard)
	for _, want := range []string{"-model or MODEL_PATH", "hf://", "the provider's agent mounts it", "custom image"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("no model: error %v, want it to say %q", err, want)
		}
	}
	if c, err := parseConfig(nil, env("GIN_SLOTS", "4", "MODEL_PATH", mp), io.Discard); err != nil || c.Slots != 4 {
		t.Errorf("GIN_SLOTS=4: slots %v, %v", c, err)
	}
	c, err := parseConfig([]string{"-mode", "train", "-train-file", "t.txt", "-model", "/m/stories.gguf"}, env(), io.Discard)
	if err != nil || c.Output == "" || !strings.HasPrefix(c.Output, "/tmp/models/ft:stories:") {
		t.Errorf("train output %q, %v", c.Output, err)
	}
}
