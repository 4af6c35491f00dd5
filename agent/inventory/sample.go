package inventory

import (
	"context"
	"fmt"
	"time"

	"github.com/NVIDIA/go-nvml/pkg/nvml"
)

// Sample is one utilization reading of every GPU, keyed by UUID, for the meter to cross-check
// billed run time. A GPU that could not be read (or has no utilization sensor) is absent: absent
// means "unknown", never "idle".
type Sample struct {
	At          time.Time
	Utilization map[string]int // percent, by GPU UUID
}

// Sample reads the utilization of every GPU. It is empty in CPU-only mode.
func (inv *Inventory) Sample(ctx context.Context) (Sample, error) {
	s := Sample{At: inv.now(), Utilization: map[string]int{}}
	if inv.lib == nil {
		return s, nil
	}
	n, ret := inv.lib.DeviceGetCount()
	if ret != nvml.SUCCESS {
		return Sample{}, fmt.Errorf("sample GPUs: count: %w", ret)
	}
	for i := range n {
		if err := ctx.Err(); err != nil {
			return Sample{}, fmt.Errorf("sample GPU %d: %w", i, err)
		}
		dev, ret := inv.lib.DeviceGetHandleByIndex(i)
		if ret != nvml.SUCCESS {
			continue
		}
		uuid, ret := dev.GetUUID()
		if ret != nvml.SUCCESS {
			continue
		}
		u, ret := dev.GetUtilizationRates()
		if ret != nvml.SUCCESS {
			continue
		}
		s.Utilization[uuid] = int(u.Gpu)
	}
	return s, nil
}
