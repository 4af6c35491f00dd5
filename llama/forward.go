package llama

import (
	"fmt"
	"math"
	"slices"
)

// state is one sequence being evaluated: its KV cache and scratch buffers.
type state struct {
	m      *Model
	pos    int
	k, v   [][]float32 // per layer, [positions so far][kvDim], grown as the sequence grows
	x      []float32   // residual stream
	xb     []float32
	xb2    []float32
	q      []float32
	att    []float32
	hb     []float32
	hb2    []float32
	logits []float32
	freqs  []float64 // RoPE inverse frequency of each rotated pair
}

// newState prepares a sequence of up to capacity positions (at most the context length).
func (m *Model) newState(capacity int) *state {
	c := m.Config
	capacity = min(capacity, c.Context)
	s := &state{
		m: m, k: make([][]float32, c.Layers), v: make([][]float32, c.Layers),
		x: make([]float32, c.Dim), xb: make([]float32, c.Dim), xb2: make([]float32, c.Dim),
		q: make([]float32, c.Dim), att: make([]float32, capacity),
		hb: make([]float32, c.Hidden), hb2: make([]float32, c.Hidden),
		logits: make([]float32, c.Vocab),
	}
	for i := 0; i < c.RopeDim; i += 2 {
		s.freqs = append(s.freqs, math.Pow(c.RopeBase, -float64(i)/float64(c.RopeDim)))
	}
	return s
}

// capacity is the longest sequence the state accepts.
func (s *state) capacity() int { return len(s.att) }

// hidden runs token tok at the next position through every block and returns the final
// RMS-normalised hidden state (the input of the output projection), which aliases a buffer.
func (s *state) hidden(tok int) ([]float32, error) {
	m, c := s.m, s.m.Config
	if s.pos >= s.capacity() {
		return nil, fmt.Errorf("sequence longer than %d positions", s.capacity())
	}
	if tok < 0 || tok >= c.Vocab {
		return nil, fmt.Errorf("token %d is outside the vocabulary of %d", tok, c.Vocab)
	}
	copy(s.x, m.embd[tok*c.Dim:(tok+1)*c.Dim])
	kvDim := c.KVHeads * c.HeadDim
	group := c.Heads / c.KVHeads
	scale := float32(1 / math.Sqrt(float64(c.HeadDim)))
	for l := range m.layers {
		w := &m.layers[l]
		s.k[l] = slices.Grow(s.k[l], kvDim)[:len(s.k[l])+kvDim]
		s.v[l] = slices.Grow(s.v[l], kvDim)[:len(s.v[l])+kvDim]
		rmsNorm(s.xb, s.x, w.attnNorm, c.Eps)
		k := s.k[l][s.pos*kvDim : (s.pos+1)*kvDim]
		v := s.v[l][s.pos*kvDim : (s.pos+1)*kvDim]
		matmul(s.q, s.xb, w.wq)
		matmul(k, s.xb, w.wk)
		matmul(v, s.xb, w.wv)
		s.rope(s.q)
		s.rope(k)
		for h := range c.Heads {
			q := s.q[h*c.HeadDim : (h+1)*c.HeadDim]
			kvOff := (h / group) * c.HeadDim
			att := s.att[:s.pos+1]
			for t := range att {
				kt := s.k[l][t*kvDim+kvOff : t*kvDim+kvOff+c.HeadDim]
				att[t] = dot(q, kt) * scale
			}
			softmax(att)
			out := s.xb2[h*c.HeadDim : (h+1)*c.HeadDim]
			clear(out)
			for t, a := range att {
				axpy(out, a, s.v[l][t*kvDim+kvOff:t*kvDim+kvOff+c.HeadDim])
			}
		}
		matmul(s.xb, s.xb2, w.wo)
		add(s.x, s.xb)

		rmsNorm(s.xb, s.x, w.ffnNorm, c.Eps)
		matmul(s.hb, s.xb, w.gate)
		matmul(s.hb2, s.xb, w.up)
		for i, g := range s.hb {
			s.hb[i] = g / (1 + float32(math.Exp(float64(-g)))) * s.hb2[i] // SwiGLU: silu(gate)·up
		}
		matmul(s.xb, s.hb, w.down)
		add(s.x, s.xb)
	}
	s.pos++
	rmsNorm(s.xb, s.x, m.outNorm, c.Eps)
	return s.xb, nil
}

// forward runs tok and returns the next-token logits, which alias a buffer.
func (s *state) forward(tok int) ([]float32, error) {
	h, err := s.hidden(tok)
	if err != nil {
		return nil, err
	}
	matmul(s.logits, h, s.m.output)
	return s.logits, nil
}

// rope rotates each head's first RopeDim values in adjacent pairs (x[2i], x[2i+1]) by
// pos·base^(-2i/RopeDim). This is llama.cpp's "normal" RoPE: the GGUF converters permute
// the Q and K weights of Hugging Face checkpoints so that this pairing is the right one.
func (s *state) rope(x []float32) {
	hd := s.m.Config.HeadDim
	pos := float64(s.pos)
	for h := 0; h < len(x); h += hd {
		for i, f := range s.freqs {
			sin, cos := math.Sincos(pos * f)
			a, b := x[h+2*i], x[h+2*i+1]
			x[h+2*i] = a*float32(cos) - b*float32(sin)
			x[h+2*i+1] = a*float32(sin) + b*float32(cos)
		}
	}
}
