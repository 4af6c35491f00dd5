package modelfit

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckMessage(t *testing.T) {
	m, err := FromConfig([]byte(llama3_8B), 0)
	if err != nil {
		t.Fatal(err)
	}
	err = Check(m, 16384, 1)
	var small *TooSmallError
	if !errors.As(err, &small) {
		t.Fatalf("Check(Llama 3 8B, 1 × 16 GiB) = %v, want a *TooSmallError", err)
	}
	const want = "this model needs about 17.2 GiB at bf16 (weights 15.0 GiB, KV cache 0.2 GiB for 2048 tokens, overhead 2.0 GiB); " +
		"1 × 16 GiB cannot hold it: ask for 2 × 16 GiB or for GPUs with at least 17.2 GiB each"
	if err.Error() != want {
		t.Fatalf("message\n%s\nwant\n%s", err, want)
	}
	n := small.Need
	if n.Weights != 16_060_522_496 || n.KVCache != 256<<20 || n.Total != n.Weights+n.KVCache+n.Overhead || n.Overhead != n.Weights/100*10+512<<20 {
		t.Errorf("need %+v", n)
	}
}

func TestCheck(t *testing.T) {
	llama8B, _ := FromConfig([]byte(llama3_8B), 0)
	// Llama 3 70B at bf16: 70.6B parameters, 80 layers, 8 KV heads.
	llama70B := Model{Format: "safetensors", DType: "bf16", Params: 70_553_706_496, WeightBytes: 2 * 70_553_706_496,
		Layers: 80, KVHeads: 8, HeadDim: 128, ContextLength: 8192}
	for _, tc := range []struct {
		name      string
		m         Model
		mib, gpus int
		want      string // "" when it fits
	}{
		{"8B on 24 GiB", llama8B, 24576, 1, ""},
		{"8B on 2 × 16 GiB", llama8B, 16384, 2, ""},
		{"8B on any GPU", llama8B, 0, 1, ""},
		{"8B on zero GPUs counts one", llama8B, 16384, 0, "1 × 16 GiB cannot hold it"},
		{"70B on 80 GiB", llama70B, 81920, 1, "1 × 80 GiB cannot hold it: ask for 2 × 80 GiB or for GPUs with at least 145.7 GiB each"},
		{"70B on 2 × 80 GiB", llama70B, 81920, 2, ""},
		{"70B on 4 × 24 GiB", llama70B, 24564, 4, "overhead 15.1 GiB over 4 GPUs); 4 × 24.0 GiB cannot hold it: ask for 8 × 24.0 GiB or for GPUs with at least 36.8 GiB each"},
		{"size unknown", Model{Layers: 32}, 1024, 1, ""},
		{"GPU smaller than the overhead", llama8B, 256, 1, "1 × 0.2 GiB cannot hold it: ask for GPUs with at least 17.2 GiB each"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(tc.m, tc.mib, tc.gpus)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Check = %v, want it to fit", err)
				}
				return
			}
			var small *TooSmallError
			if !errors.As(err, &small) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Check = %v, want a *TooSmallError containing %q", err, tc.want)
			}
		})
	}
}

func TestNeed(t *testing.T) {
	m := Model{WeightBytes: 1 << 30, Layers: 10, KVHeads: 2, HeadDim: 64, ContextLength: 1024}
	// The context is cut to the model's own.
	if n := m.Need(0); n.Tokens != 1024 || n.KVCache != 2*10*2*64*2*1024 || n.GPUs != 1 {
		t.Errorf("Need(0) = %+v", n)
	}
	if n := m.Need(512); n.Tokens != 512 {
		t.Errorf("Need(512) = %+v", n)
	}
	// Overhead per GPU.
	if a, b := m.NeedOn(0, 1), m.NeedOn(0, 4); b.Overhead-a.Overhead != 3*GPUOverheadBytes {
		t.Errorf("overhead on 1 GPU %d, on 4 %d", a.Overhead, b.Overhead)
	}
	// Absurd metadata saturates instead of wrapping around to a size that fits.
	huge := Model{WeightBytes: 1 << 40, Layers: 1 << 30, KVHeads: 1 << 30, HeadDim: 1 << 30, ContextLength: 1 << 30}
	if n := huge.Need(0); n.Total != 1<<63-1 {
		t.Errorf("absurd model: %+v", n)
	}
	if err := Check(huge, 1<<30, 1<<20); err == nil {
		t.Error("an absurd model fits")
	}
}
