// Package modelfit says whether a model fits on a GPU spec before a job is accepted: it sizes a
// model from its Hugging Face config.json or its GGUF header, and compares weights plus a minimal
// KV cache plus runtime overhead with the memory of the GPUs asked for.
package modelfit

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
)

// Model is what sizing needs to know about a model. Counts are zero where the source did not say.
type Model struct {
	Format       string // "gguf" or "safetensors"
	Architecture string // e.g. "LlamaForCausalLM" (config.json) or "llama" (GGUF)
	Params       int64  // parameters, counted (GGUF) or estimated from the config
	DType        string // weight storage type: "bf16", "f16", "f32", "fp8", "int4", "q8_0", "q4_k_m", ...
	WeightBytes  int64  // bytes of weights as stored (GGUF: the file size)

	Layers, KVHeads, HeadDim, ContextLength int
}

// Sizing constants. They are deliberately simple so that a refusal can be explained in one line.
const (
	// DefaultContext is the KV cache a model must have room for at least: 2048 tokens (or its
	// whole context when shorter), enough for one ordinary chat request.
	DefaultContext = 2048
	// KVBytesPerElement: engines keep the KV cache in 16-bit floats unless told otherwise.
	KVBytesPerElement = 2
	// GPUOverheadBytes is paid on every GPU: the CUDA context, cuBLAS/NCCL workspaces and the
	// engine's own buffers take 300-600 MiB per device in practice.
	GPUOverheadBytes = 512 << 20
	// ActivationPercent of the weights is added for activations and compute buffers, which grow
	// with the model's width; 10 % covers llama.cpp's compute buffers and vLLM's profiling run for
	// dense models at a 2048-token batch.
	ActivationPercent = 10
)

// Need is the memory a model needs, in bytes, split so that a refusal can show its parts.
type Need struct {
	Weights  int64
	KVCache  int64
	Overhead int64 // activations (ActivationPercent of weights) plus GPUOverheadBytes per GPU
	Total    int64
	Tokens   int // the context the KV cache is sized for
	GPUs     int // the GPUs the overhead is counted for
}

// Need is NeedOn(ctx, 1).
func (m Model) Need(ctx int) Need { return m.NeedOn(ctx, 1) }

// NeedOn is the memory m needs on gpus GPUs with a KV cache for ctx tokens (ctx <= 0 means
// DefaultContext; a context beyond the model's own is cut to it). Tensor parallelism splits the
// weights and the KV cache across the GPUs; the per-GPU overhead is paid on each.
func (m Model) NeedOn(ctx, gpus int) Need {
	if ctx <= 0 {
		ctx = DefaultContext
	}
	if m.ContextLength > 0 && ctx > m.ContextLength {
		ctx = m.ContextLength
	}
	if gpus < 1 {
		gpus = 1
	}
	n := Need{Weights: m.WeightBytes, Tokens: ctx, GPUs: gpus}
	// K and V, per layer, per KV head, per head dimension, per token.
	n.KVCache = satMul(satMul(satMul(2*int64(m.Layers), int64(m.KVHeads)), satMul(int64(m.HeadDim), KVBytesPerElement)), int64(ctx))
	n.Overhead = satAdd(m.WeightBytes/100*ActivationPercent, satMul(int64(gpus), GPUOverheadBytes))
	n.Total = satAdd(satAdd(n.Weights, n.KVCache), n.Overhead)
	return n
}

// TooSmallError says that the GPUs asked for cannot hold the model, with the numbers.
type TooSmallError struct {
	Need         Need
	DType        string
	GPUMemoryMiB int
	GPUs         int
}

func (e *TooSmallError) Error() string {
	n := e.Need
	var b strings.Builder
	fmt.Fprintf(&b, "this model needs about %s", GiB(n.Total))
	if e.DType != "" {
		fmt.Fprintf(&b, " at %s", e.DType)
	}
	fmt.Fprintf(&b, " (weights %s, KV cache %s for %d tokens, overhead %s", GiB(n.Weights), GiB(n.KVCache), n.Tokens, GiB(n.Overhead))
	if n.GPUs > 1 {
		fmt.Fprintf(&b, " over %d GPUs", n.GPUs)
	}
	fmt.Fprintf(&b, "); %d × %s cannot hold it", e.GPUs, mibText(e.GPUMemoryMiB))
	// What would: the same GPUs, more of them (a power of two, as tensor parallelism wants), or
	// bigger ones. The part that is not per-GPU overhead splits across the GPUs.
	split := n.Total - int64(n.GPUs)*GPUOverheadBytes
	per := split/int64(n.GPUs) + GPUOverheadBytes
	if free := satMul(int64(e.GPUMemoryMiB), 1<<20) - GPUOverheadBytes; free > 0 {
		if want := (split + free - 1) / free; want <= 64 {
			count := 1 << bits.Len64(uint64(want-1))
			fmt.Fprintf(&b, ": ask for %d × %s or for GPUs with at least %s each", count, mibText(e.GPUMemoryMiB), GiB(per))
			return b.String()
		}
	}
	fmt.Fprintf(&b, ": ask for GPUs with at least %s each", GiB(per))
	return b.String()
}

// Check returns a *TooSmallError when gpuCount GPUs of gpuMemoryMiB each cannot hold m with a
// KV cache for DefaultContext tokens. gpuMemoryMiB 0 means "any GPU", which cannot be checked,
// and a model of unknown size cannot be either: both return nil. gpuCount below 1 counts as 1.
func Check(m Model, gpuMemoryMiB int, gpuCount int) error {
	if gpuMemoryMiB <= 0 || m.WeightBytes <= 0 {
		return nil
	}
	if gpuCount < 1 {
		gpuCount = 1
	}
	n := m.NeedOn(DefaultContext, gpuCount)
	// A saturated total is "too big", whatever the GPUs hold.
	if n.Total < math.MaxInt64 && n.Total <= satMul(satMul(int64(gpuMemoryMiB), 1<<20), int64(gpuCount)) {
		return nil
	}
	return &TooSmallError{Need: n, DType: m.DType, GPUMemoryMiB: gpuMemoryMiB, GPUs: gpuCount}
}

// ErrNotGGUF and ErrMalformed mark a model description that cannot be read: the client's
// repository is at fault, never the server.
var (
	ErrNotGGUF   = errors.New("not a GGUF file")
	ErrMalformed = errors.New("malformed model metadata")
)

// GiB renders bytes in GiB with one decimal, as the fit check words memory: "17.2 GiB".
func GiB(b int64) string { return fmt.Sprintf("%.1f GiB", float64(b)/(1<<30)) }

// mibText renders a GPU's memory: whole GiB as "16 GiB", anything else with one decimal.
func mibText(mib int) string {
	if mib%1024 == 0 {
		return fmt.Sprintf("%d GiB", mib/1024)
	}
	return GiB(int64(mib) << 20)
}

// satMul and satAdd saturate at MaxInt64 so that absurd metadata yields "too big", never a
// wrapped-around small number that would pass the check.
func satMul(a, b int64) int64 {
	if a <= 0 || b <= 0 {
		return 0
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi != 0 || lo > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(lo)
}

func satAdd(a, b int64) int64 {
	if s := a + b; s >= a {
		return s
	}
	return math.MaxInt64
}
