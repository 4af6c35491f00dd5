package llama

import (
	"math"
	"math/rand/v2"
	"slices"
)

// sampler picks the next token from logits: the most likely one when temperature is zero,
// otherwise a draw from the temperature-scaled distribution cut to its top-p nucleus.
type sampler struct {
	temp  float64
	topP  float64
	rng   *rand.Rand
	probs []float64
	order []int
}

// newSampler seeds a PCG generator with seed, so equal options give equal samples.
func newSampler(temp, topP float64, seed uint64) *sampler {
	return &sampler{temp: temp, topP: topP, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (s *sampler) sample(logits []float32) int {
	if s.temp <= 0 {
		return argmax(logits)
	}
	if len(s.probs) != len(logits) {
		s.probs = make([]float64, len(logits))
		s.order = make([]int, len(logits))
	}
	mx := float64(logits[argmax(logits)])
	var sum float64
	for i, l := range logits {
		p := math.Exp((float64(l) - mx) / s.temp)
		s.probs[i] = p
		sum += p
	}
	for i := range s.probs {
		s.probs[i] /= sum
	}
	// Candidates in descending probability (index order on ties, for determinism); the nucleus
	// is the shortest prefix whose mass reaches topP.
	for i := range s.order {
		s.order[i] = i
	}
	n := len(s.order)
	if s.topP > 0 && s.topP < 1 {
		slices.SortStableFunc(s.order, func(a, b int) int {
			switch {
			case s.probs[a] > s.probs[b]:
				return -1
			case s.probs[a] < s.probs[b]:
				return 1
			}
			return 0
		})
		var mass float64
		for i, id := range s.order {
			mass += s.probs[id]
			if mass >= s.topP {
				n = i + 1
				break
			}
		}
	}
	var mass float64
	for _, id := range s.order[:n] {
		mass += s.probs[id]
	}
	r := s.rng.Float64() * mass
	for _, id := range s.order[:n] {
		r -= s.probs[id]
		if r < 0 {
			return id
		}
	}
	return s.order[n-1]
}

// argmax returns the index of the largest value, the first on ties.
func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}
