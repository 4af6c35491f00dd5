// Package inventory tells the provider agent what hardware it can offer: its NVIDIA GPUs read
// through NVML (or none, in CPU-only mode), the host's CPUs and memory from /proc, and per-GPU
// utilization samples the meter cross-checks billed run time against.
package inventory
