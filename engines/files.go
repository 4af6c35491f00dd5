package engines

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
)

// splitShard matches llama.cpp's split GGUF names (model-00002-of-00003.gguf): the first shard
// is loaded and llama.cpp finds the others next to it.
var splitShard = regexp.MustCompile(`(?i)-(\d{5})-of-(\d{5})\.gguf$`)

// ggufModels are the GGUF files of a repository that are models: not multimodal projectors
// (mmproj) and not the second or later shard of a split model.
func ggufModels(files []string) []string {
	var out []string
	for _, f := range files {
		base := strings.ToLower(path.Base(f))
		if !strings.HasSuffix(base, ".gguf") || strings.Contains(base, "mmproj") {
			continue
		}
		if m := splitShard.FindStringSubmatch(base); m != nil && m[1] != "00001" {
			continue
		}
		out = append(out, f)
	}
	return out
}

// quantPreference ranks quantizations: Q4_K_M first (the usual balance of size and quality),
// then Q8_0 (near lossless); everything else after them.
var quantPreference = []*regexp.Regexp{
	regexp.MustCompile(`(?i)(^|[^a-z0-9])q4_k_m([^a-z0-9]|$)`),
	regexp.MustCompile(`(?i)(^|[^a-z0-9])q8_0([^a-z0-9]|$)`),
}

func quantRank(f string) int {
	base := path.Base(f)
	for i, re := range quantPreference {
		if re.MatchString(base) {
			return i
		}
	}
	return len(quantPreference)
}

// PickGGUF chooses the GGUF file to serve from a repository's file list (paths relative to the
// repository). The rule: multimodal projectors (mmproj) and later shards of split models are
// not candidates; among the rest a Q4_K_M file comes first, then a Q8_0 file, then any other;
// ties go to the path that sorts first. A repository without a candidate is an error.
func PickGGUF(files []string) (string, error) {
	c := ggufModels(files)
	if len(c) == 0 {
		return "", fmt.Errorf("no GGUF model file in the repository (multimodal projectors and split shards after the first do not count)")
	}
	sort.Slice(c, func(i, j int) bool {
		if ri, rj := quantRank(c[i]), quantRank(c[j]); ri != rj {
			return ri < rj
		}
		return c[i] < c[j]
	})
	return c[0], nil
}

// FormatOf says what weights a repository holds: gguf when it has a GGUF model file (as
// PickGGUF counts them), else safetensors when it has *.safetensors files.
func FormatOf(files []string) (string, error) {
	if len(ggufModels(files)) > 0 {
		return FormatGGUF, nil
	}
	for _, f := range files {
		if strings.HasSuffix(strings.ToLower(f), ".safetensors") {
			return FormatSafetensors, nil
		}
	}
	return "", fmt.Errorf("no GGUF or safetensors weights in the repository")
}

// weightSuffixes are the files of a repository that hold weights in some format; a provider
// fetches only those of the format it serves.
var weightSuffixes = []string{".gguf", ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".onnx", ".h5", ".msgpack", ".ot", ".tflite", ".mlmodel", ".npz"}

func isWeights(f string) bool {
	low := strings.ToLower(f)
	for _, s := range weightSuffixes {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

// Needed is the part of a repository (its file list) that serving it takes: for a GGUF
// repository the file PickGGUF chooses, with its other shards when it is split; for a
// safetensors repository its *.safetensors files; in both, every file that holds no weights
// (config, tokenizer, card). Other quantizations and other formats' copies of the weights stay on
// the Hub. The result is sorted.
func Needed(files []string) ([]string, error) {
	format, err := FormatOf(files)
	if err != nil {
		return nil, err
	}
	var out []string
	switch format {
	case FormatGGUF:
		pick, err := PickGGUF(files)
		if err != nil {
			return nil, err
		}
		prefix := ""
		if m := splitShard.FindStringSubmatchIndex(pick); m != nil {
			prefix = pick[:m[0]] // model-00001-of-00003.gguf → model
		}
		for _, f := range files {
			switch {
			case f == pick, !isWeights(f):
				out = append(out, f)
			case prefix != "" && strings.HasPrefix(f, prefix) && splitShard.MatchString(f):
				out = append(out, f)
			}
		}
	default:
		for _, f := range files {
			if !isWeights(f) || strings.HasSuffix(strings.ToLower(f), ".safetensors") {
				out = append(out, f)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}
