package inventory

import "testing"

func TestModelOf(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"NVIDIA A100-SXM4-40GB", "A100"},
		{"Mock NVIDIA A100-SXM4-40GB", "A100"},
		{"NVIDIA A100-PCIE-80GB", "A100"},
		{"NVIDIA A100 80GB PCIe", "A100"},
		{"NVIDIA H100 80GB HBM3", "H100"},
		{"NVIDIA H100 PCIe", "H100"},
		{"NVIDIA H100 NVL", "H100"},
		{"NVIDIA H200", "H200"},
		{"NVIDIA B200", "B200"},
		{"NVIDIA GH200 480GB", "GH200"},
		{"NVIDIA L40S", "L40S"},
		{"NVIDIA A10G", "A10G"},
		{"Tesla T4", "T4"},
		{"Tesla V100-SXM2-16GB", "V100"},
		{"NVIDIA GeForce RTX 4090", "RTX-4090"},
		{"NVIDIA GeForce RTX 3080 Ti", "RTX-3080-Ti"},
		{"NVIDIA RTX A6000", "RTX-A6000"},
		{"NVIDIA RTX 6000 Ada Generation", "RTX-6000-Ada"},
		{"Quadro RTX 8000", "RTX-8000"},
		{"NVIDIA", "NVIDIA"},
	} {
		if got := ModelOf(tc.name); got != tc.want {
			t.Errorf("ModelOf(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSummaryGroupsByModelAndMemory(t *testing.T) {
	s := Snapshot{GPUs: []GPU{
		{Model: "A100", MemoryTotalMiB: 40960},
		{Model: "H100", MemoryTotalMiB: 81559},
		{Model: "A100", MemoryTotalMiB: 81920},
		{Model: "A100", MemoryTotalMiB: 40960},
		{Model: "H100", MemoryTotalMiB: 81559},
		{Model: "A100", MemoryTotalMiB: 40960, Err: errTest},
	}}
	want := []GPUGroup{
		{Model: "A100", MemoryMiB: 81920, Count: 1},
		{Model: "H100", MemoryMiB: 81559, Count: 2},
		{Model: "A100", MemoryMiB: 40960, Count: 2},
	}
	got := s.Summary()
	if len(got) != len(want) {
		t.Fatalf("summary = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("summary = %+v, want %+v", got, want)
		}
	}
}

var errTest = testErr("boom")

type testErr string

func (e testErr) Error() string { return string(e) }
