package matching

import "math"

// Weights turn measurements into one cost, in a unit set by LatencyPerMs: with the defaults a cost
// of 1 is one millisecond of latency, so every other weight reads as "the milliseconds of latency
// a client would accept to avoid this".
//
// A path costs
//
//	latency·LatencyPerMs + Σ controller load·ControllerLoad
//	+ (ProviderBase + provider load·ProviderLoad + price/max price·Price) / (availability · performance)
//
// Load and price are penalties that add; availability and performance divide the provider's part,
// because that is what they do to the real cost: a provider that answers half its heartbeats needs
// on average two attempts (1/availability), and one twice as fast serves the job in half the time,
// so its price per unit of work is half (1/performance).
type Weights struct {
	// LatencyPerMs is the cost of one millisecond on any edge: client→controller,
	// controller→controller and controller→provider.
	LatencyPerMs float64
	// ControllerLoad is the cost of passing through a saturated controller (scaled by its load):
	// a busy controller is slow to dispatch and to notice a failure.
	ControllerLoad float64
	// ProviderBase is every provider's fixed cost, so that a free, idle provider is still ranked by
	// its availability and performance.
	ProviderBase float64
	// ProviderLoad is the cost of a saturated provider (scaled by its load): shared GPUs, CPU and
	// network slow the job down.
	ProviderLoad float64
	// Price is the cost of a bid at the job's maximum price (scaled by price / max price).
	Price float64
	// StartPerSecond is the cost of each second a provider expects to take from award to running:
	// a cold start downloads the model, a warm one has it cached.
	StartPerSecond float64
}

// DefaultWeights are tuned for interactive inference, where latency is what the user feels:
// a saturated controller is worth 20 ms, a saturated provider 50 ms, and the whole distance from a
// free bid to one at the job's maximum price 100 ms (1% of the max price ≈ 1 ms). So a provider
// 150 ms away has to be far cheaper than what a nearby one asks to win, but a nearby provider
// cannot charge the maximum just for being near. A second of expected start is worth 2 ms: a
// warm provider beats one that must download the model for 30 s unless the cold one is 60 % of
// the maximum price cheaper or 60 ms nearer.
func DefaultWeights() Weights {
	return Weights{LatencyPerMs: 1, ControllerLoad: 20, ProviderBase: 10, ProviderLoad: 50, Price: 100, StartPerSecond: 2}
}

// MaxWeight bounds each weight so that no score overflows.
const MaxWeight = 1e6

func (w Weights) validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{
		{"LatencyPerMs", w.LatencyPerMs},
		{"ControllerLoad", w.ControllerLoad},
		{"ProviderBase", w.ProviderBase},
		{"ProviderLoad", w.ProviderLoad},
		{"Price", w.Price},
		{"StartPerSecond", w.StartPerSecond},
	} {
		if math.IsNaN(f.v) || f.v < 0 || f.v > MaxWeight {
			return invalid("weight %s %v is not in [0, %g]", f.name, f.v, float64(MaxWeight))
		}
	}
	return nil
}

// Config is the matching policy of a Network.
type Config struct {
	Weights Weights
	// Backups is how many providers, besides the winner, Match ranks for failover.
	Backups int
	// MinAvailability excludes providers that answer fewer heartbeats than this: they are down,
	// not slow. It must be above zero, which also keeps the division by availability finite.
	MinAvailability float64
}

// DefaultBackups is how many backups Match ranks by default: enough to fail over twice more
// after the first backup fails too, few enough to stay fresh.
const DefaultBackups = 3

// DefaultConfig is the default policy: DefaultWeights, DefaultBackups, and a provider is down when
// it answers fewer than one heartbeat in ten.
func DefaultConfig() Config {
	return Config{Weights: DefaultWeights(), Backups: DefaultBackups, MinAvailability: 0.1}
}

func (c Config) validate() error {
	if err := c.Weights.validate(); err != nil {
		return err
	}
	if c.Backups < 0 {
		return invalid("backups %d is negative", c.Backups)
	}
	if math.IsNaN(c.MinAvailability) || c.MinAvailability <= 0 || c.MinAvailability > 1 {
		return invalid("min availability %v is not in (0, 1]", c.MinAvailability)
	}
	return nil
}

// providerTerms is a provider's node cost and its parts, as the breakdown shows them.
type providerTerms struct {
	base, load, price  float64 // the penalties, before scaling
	availability, perf float64 // what dividing by availability, then by performance, adds (or takes)
	start              float64 // the expected start, added as is: a slow provider is not slower to download
	cost               float64 // base + load + price + availability + perf + start
}

func (w Weights) provider(p *Provider, priceRatio, startSeconds float64) providerTerms {
	t := providerTerms{base: w.ProviderBase, load: w.ProviderLoad * p.Load, price: w.Price * priceRatio}
	raw := t.base + t.load + t.price
	byAvailability := raw / p.Availability
	t.cost = byAvailability / p.Performance
	t.availability = byAvailability - raw
	t.perf = t.cost - byAvailability
	t.start = w.StartPerSecond * startSeconds
	t.cost += t.start
	return t
}

// controllerEdge is the cost of reaching a controller over a link of ms milliseconds.
func (w Weights) controllerEdge(ms float64, c *Controller) float64 {
	return w.LatencyPerMs*ms + w.ControllerLoad*c.Load
}
