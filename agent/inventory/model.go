package inventory

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
)

// GPUGroup is a number of identical GPUs: the unit a provider registers and bids with. Its
// fields match api/apiv1.GPUSpec in name, type and order, so apiv1.GPUSpec(g) converts it.
type GPUGroup struct {
	Count     int
	MemoryMiB int
	Model     string
}

// Summary groups the healthy GPUs by model and memory size, largest memory first, then by model.
// Unhealthy GPUs are left out: they cannot be offered.
func (s Snapshot) Summary() []GPUGroup {
	var out []GPUGroup
	for _, g := range s.Healthy() {
		mem := int(g.MemoryTotalMiB)
		i := slices.IndexFunc(out, func(x GPUGroup) bool { return x.Model == g.Model && x.MemoryMiB == mem })
		if i < 0 {
			out = append(out, GPUGroup{Model: g.Model, MemoryMiB: mem})
			i = len(out) - 1
		}
		out[i].Count++
	}
	slices.SortFunc(out, func(a, b GPUGroup) int {
		return cmp.Or(cmp.Compare(b.MemoryMiB, a.MemoryMiB), cmp.Compare(a.Model, b.Model))
	})
	return out
}

var (
	// vendorWords carry no model information ("Mock" is what go-nvml's simulated GPUs add).
	vendorWords = map[string]bool{"nvidia": true, "tesla": true, "geforce": true, "quadro": true, "mock": true}
	// suffixWords describe form factor, memory type or edition, which the market lists separately
	// (memory is its own field) or not at all.
	suffixWords = regexp.MustCompile(`(?i)^(pcie|sxm\d*|hbm\d*e?|nvl|nvl\d*|mig|\d+gb|generation|max-q)$`)
	// families whose number is a separate word in NVML names: "RTX 4090", "RTX A6000", "TITAN V".
	families = map[string]bool{"rtx": true, "gtx": true, "titan": true}
)

// ModelOf shortens an NVML device name to the model the market lists, without spaces (the API
// rejects them): "NVIDIA A100-SXM4-40GB" → "A100", "NVIDIA H100 80GB HBM3" → "H100",
// "Tesla T4" → "T4", "NVIDIA GeForce RTX 4090" → "RTX-4090", "NVIDIA RTX 6000 Ada Generation" →
// "RTX-6000-Ada". A name it cannot shorten comes back with spaces turned into dashes.
func ModelOf(name string) string {
	var words []string
	for _, w := range strings.Fields(name) {
		if !vendorWords[strings.ToLower(w)] {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return strings.Join(strings.Fields(name), "-")
	}
	// "A100-SXM4-40GB": the model is the part before the first dash.
	head, _, _ := strings.Cut(words[0], "-")
	model := []string{head}
	if families[strings.ToLower(head)] {
		for _, w := range words[1:] {
			if suffixWords.MatchString(w) {
				break
			}
			model = append(model, w)
		}
	}
	return strings.Join(model, "-")
}
