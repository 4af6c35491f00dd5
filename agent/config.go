// Package agent is the provider agent: it registers the machine's GPUs with the marketplace,
// keeps heartbeating, bids on open jobs within its pricing policy, runs the jobs it wins in
// containers and reports their status and metered usage.
package agent

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/gintonic/gintonic/chain"
)

// Config is the agent's configuration: an optional JSON file, then GIN_AGENT_* environment
// variables, then flags, each overriding the one before.
type Config struct {
	KeyFile  string `json:"keyFile"`  // keystore or hex key file
	Key      string `json:"key"`      // hex private key (instead of KeyFile)
	Password string `json:"password"` // keystore password
	APIURL   string `json:"apiUrl"`
	Region   string `json:"region"`
	Endpoint string `json:"endpoint"` // public URL that reaches this machine's services
	StateDir string `json:"stateDir"` // nonce counter and meter state
	ChainID  int64  `json:"chainId"`  // chain of the escrow that bids and usage reports are signed for
	Escrow   string `json:"escrow"`   // AuctionEscrow address
	// RPCURL is a JSON-RPC endpoint of the escrow's chain: the agent reads isController from the
	// escrow to check the gateway passes its endpoint is sent (any node or provider will do).
	RPCURL string `json:"rpcUrl"`
	// TLSCert and TLSKey are the endpoint's certificate and key (PEM). With an https endpoint and
	// neither set, the agent makes a self-signed one in StateDir; either way the API pins its
	// public key at registration, so no CA is involved.
	TLSCert string `json:"tlsCert"`
	TLSKey  string `json:"tlsKey"`
	// Chain replaces the RPC reads of the escrow (tests and in-process stacks).
	Chain   Escrow `json:"-"`
	CPUOnly bool   `json:"cpuOnly"`
	// Offer lists the GPU models to offer; empty offers every healthy GPU.
	Offer []string `json:"offer"`
	// Floor is the lowest price per GPU-second in wei, by GPU model; "*" applies to any model.
	Floor map[string]string `json:"floor"`
	// Markup raises the floor with utilization: price = floor × (1 + Markup × assigned/offered).
	Markup float64 `json:"markup"`

	Poll      time.Duration `json:"-"` // bidding and deployment loop period; default 1s
	Heartbeat time.Duration `json:"-"` // default 5s, or what the controller asks for
	Meter     time.Duration `json:"-"` // attestation period; default 60s
	Retry     time.Duration `json:"-"` // first wait before resending a report the API could not take; default 1s
	// Redeploy is the wait after a failed deployment (reported failed) before it is tried
	// again; default 10s. The API fails the job over after its failure threshold.
	Redeploy time.Duration `json:"-"`
	// Metrics is the listen address of the agent's Prometheus /metrics (gin-agent -metrics);
	// empty serves none.
	Metrics string `json:"metrics"`
	// Isolation is the policy for job containers: networking and per-job limits (policy.go).
	Isolation Isolation `json:"isolation"`
	// Models is the model cache: where jobs' Hugging Face models are fetched from and kept.
	Models ModelCache `json:"models"`

	key    *ecdsa.PrivateKey
	floor  map[string]*big.Int
	limits limits
}

// ParseConfig reads the configuration from args (flags) and getenv.
func ParseConfig(args []string, getenv func(string) string) (Config, error) {
	var c Config
	file := configFile(args, getenv("GIN_AGENT_CONFIG"))
	if *file != "" {
		b, err := os.ReadFile(*file)
		if err != nil {
			return c, fmt.Errorf("config file %s: %w", *file, err)
		}
		if err := json.Unmarshal(b, &c); err != nil {
			return c, fmt.Errorf("config file %s: %w", *file, err)
		}
	}
	env := func(name string, dst *string) { fromEnv(getenv, name, dst) }
	env("KEY_FILE", &c.KeyFile)
	env("KEY", &c.Key)
	env("PASSWORD", &c.Password)
	env("API_URL", &c.APIURL)
	env("REGION", &c.Region)
	env("ENDPOINT", &c.Endpoint)
	env("STATE_DIR", &c.StateDir)
	env("ESCROW", &c.Escrow)
	env("RPC_URL", &c.RPCURL)
	env("TLS_CERT", &c.TLSCert)
	env("TLS_KEY", &c.TLSKey)
	env("METRICS", &c.Metrics)
	env("MODEL_CACHE", &c.Models.Dir)
	if v := getenv("HF_ENDPOINT"); v != "" { // the Hub's own variable, as its clients read it
		c.Models.HubEndpoint = v
	}
	env("HF_ENDPOINT", &c.Models.HubEndpoint)
	cacheSize := ""
	if c.Models.MaxGiB > 0 {
		cacheSize = strconv.FormatFloat(c.Models.MaxGiB, 'f', -1, 64)
	}
	env("MODEL_CACHE_GIB", &cacheSize)
	if v := getenv("GIN_AGENT_CHAIN_ID"); v != "" {
		c.ChainID, _ = strconv.ParseInt(v, 10, 64)
	}
	offer, floor, markup, cpu := strings.Join(c.Offer, ","), "", "", ""
	env("OFFER", &offer)
	env("FLOOR", &floor)
	env("MARKUP", &markup)
	env("CPU_ONLY", &cpu)

	fs := flag.NewFlagSet("gin-agent", flag.ContinueOnError)
	fs.String("config", *file, "optional JSON config file")
	fs.StringVar(&c.KeyFile, "key-file", c.KeyFile, "provider key: keystore JSON or hex key file")
	fs.StringVar(&c.APIURL, "api", c.APIURL, "marketplace API URL")
	fs.StringVar(&c.Region, "region", c.Region, "region this machine is in")
	fs.StringVar(&c.Endpoint, "endpoint", c.Endpoint, "public URL of this machine")
	fs.StringVar(&c.StateDir, "state-dir", c.StateDir, "directory for the nonce counter and meter state")
	fs.StringVar(&c.Escrow, "escrow", c.Escrow, "AuctionEscrow address bids are signed for")
	fs.Int64Var(&c.ChainID, "chain-id", c.ChainID, "chain id of the escrow")
	fs.StringVar(&c.RPCURL, "rpc", c.RPCURL, "JSON-RPC URL of the escrow's chain (to check that gateway passes are signed by controllers)")
	fs.StringVar(&c.TLSCert, "tls-cert", c.TLSCert, "PEM certificate of an https endpoint (default: a self-signed one kept in -state-dir)")
	fs.StringVar(&c.TLSKey, "tls-key", c.TLSKey, "PEM private key of -tls-cert")
	fs.StringVar(&offer, "offer", offer, "comma-separated GPU models to offer (default all)")
	fs.StringVar(&floor, "floor", floor, "floor prices, MODEL=wei per GPU-second, comma-separated; * for any model")
	fs.StringVar(&markup, "markup", markup, "utilization markup: price = floor × (1 + markup × assigned/offered)")
	cpuOnly := fs.Bool("cpu-only", cpu == "1" || cpu == "true" || c.CPUOnly, "run without NVIDIA GPUs")
	fs.DurationVar(&c.Poll, "poll", time.Second, "bidding and deployment period")
	fs.DurationVar(&c.Heartbeat, "heartbeat", 5*time.Second, "heartbeat period")
	fs.DurationVar(&c.Meter, "meter", time.Minute, "usage attestation period")
	fs.DurationVar(&c.Redeploy, "redeploy", 10*time.Second, "wait after a failed deployment before trying again")
	fs.StringVar(&c.Metrics, "metrics", c.Metrics, "listen address for Prometheus /metrics, e.g. 127.0.0.1:9102 (default none)")
	isolationFlags(fs, &c.Isolation, getenv)
	fs.StringVar(&c.Models.Dir, "model-cache", c.Models.Dir, "directory of the model cache (default: -state-dir/models)")
	fs.StringVar(&cacheSize, "model-cache-gib", cacheSize, "the most GiB the model cache holds; the least recently used models go first (default 100)")
	fs.StringVar(&c.Models.HubEndpoint, "hf-endpoint", c.Models.HubEndpoint, "the Hugging Face Hub (or a mirror with its API) models are fetched from (default $HF_ENDPOINT, else https://huggingface.co)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	c.CPUOnly = *cpuOnly
	var errs []error
	if offer != "" {
		c.Offer = strings.Split(offer, ",")
	}
	if floor != "" {
		c.Floor = map[string]string{}
		for _, kv := range strings.Split(floor, ",") {
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				errs = append(errs, fmt.Errorf("floor %q: want MODEL=wei, e.g. H100=1000000000000", kv))
				continue
			}
			c.Floor[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	if cacheSize != "" {
		g, err := strconv.ParseFloat(cacheSize, 64)
		if err != nil || !(g > 0) {
			errs = append(errs, fmt.Errorf("model cache size %q: want a positive number of GiB such as 100", cacheSize))
		}
		c.Models.MaxGiB = g
	}
	if markup != "" {
		m, err := strconv.ParseFloat(markup, 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("markup %q: want a number such as 0.5", markup))
		}
		c.Markup = m
	}
	return c, errors.Join(append(errs, c.Validate())...)
}

// configFile finds -config before the other flags are parsed, since the file sets their defaults.
func configFile(args []string, def string) *string {
	for i, a := range args {
		a = strings.TrimLeft(a, "-")
		if v, ok := strings.CutPrefix(a, "config="); ok {
			return &v
		}
		if a == "config" && i+1 < len(args) {
			return &args[i+1]
		}
	}
	return &def
}

// Validate checks every value and loads the key; each error names the value and what to do.
func (c *Config) Validate() error {
	var errs []error
	switch {
	case c.Key != "":
		k, err := chain.ParseKey(c.Key)
		if err != nil {
			errs = append(errs, fmt.Errorf("key: not a hex private key: %v", err))
		}
		c.key = k
	case c.KeyFile != "":
		k, err := chain.LoadKey(c.KeyFile, c.Password)
		if err != nil {
			errs = append(errs, fmt.Errorf("key file %s: %v", c.KeyFile, err))
		}
		c.key = k
	default:
		errs = append(errs, errors.New("key: missing; set -key-file or GIN_AGENT_KEY_FILE (or GIN_AGENT_KEY)"))
	}
	if u, err := url.Parse(c.APIURL); c.APIURL == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, fmt.Errorf("api URL %q: want http(s)://host, set -api or GIN_AGENT_API_URL", c.APIURL))
	}
	if c.Region == "" {
		errs = append(errs, errors.New("region: missing; set -region or GIN_AGENT_REGION (e.g. eu)"))
	}
	if u, err := url.Parse(c.Endpoint); c.Endpoint == "" || err != nil || u.Host == "" {
		errs = append(errs, fmt.Errorf("endpoint %q: want the public URL of this machine, set -endpoint or GIN_AGENT_ENDPOINT", c.Endpoint))
	}
	if c.StateDir == "" {
		errs = append(errs, errors.New("state dir: missing; set -state-dir or GIN_AGENT_STATE_DIR"))
	}
	if c.ChainID <= 0 {
		errs = append(errs, fmt.Errorf("chain id %d: set -chain-id or GIN_AGENT_CHAIN_ID to the escrow's chain", c.ChainID))
	}
	if !common.IsHexAddress(c.Escrow) {
		errs = append(errs, fmt.Errorf("escrow %q: want the AuctionEscrow address (0x…), set -escrow or GIN_AGENT_ESCROW", c.Escrow))
	}
	if u, err := url.Parse(c.RPCURL); c.Chain == nil && (c.RPCURL == "" || err != nil || u.Host == "") {
		errs = append(errs, fmt.Errorf("rpc URL %q: want a JSON-RPC URL of chain %d (http(s):// or ws(s)://), set -rpc or GIN_AGENT_RPC_URL; the endpoint checks gateway passes against the escrow", c.RPCURL, c.ChainID))
	}
	if u, err := url.Parse(c.Endpoint); err == nil && u.Scheme != "https" && c.ChainID > 0 && !chain.IsDevChain(uint64(c.ChainID)) {
		errs = append(errs, fmt.Errorf("endpoint %q: must be https:// on chain %d (plain http only on a dev chain); the API pins the endpoint's key at registration", c.Endpoint, c.ChainID))
	}
	if c.Models.HubEndpoint != "" {
		if u, err := url.Parse(c.Models.HubEndpoint); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, fmt.Errorf("hub endpoint %q: want an http(s) URL like https://huggingface.co (-hf-endpoint or HF_ENDPOINT)", c.Models.HubEndpoint))
		}
	}
	if (c.TLSCert == "") != (c.TLSKey == "") {
		errs = append(errs, errors.New("tls: set both -tls-cert and -tls-key, or neither (a self-signed certificate is made)"))
	}
	if len(c.Floor) == 0 {
		errs = append(errs, errors.New("floor: missing; set -floor MODEL=wei per GPU-second (e.g. H100=100000000000000)"))
	}
	c.floor = map[string]*big.Int{}
	for m, v := range c.Floor {
		p, ok := new(big.Int).SetString(v, 10)
		if !ok || p.Sign() < 0 {
			errs = append(errs, fmt.Errorf("floor for %s %q: want a non-negative integer in wei per GPU-second", m, v))
			continue
		}
		c.floor[m] = p
	}
	var isoErrs []error
	c.limits, isoErrs = c.Isolation.parse()
	errs = append(errs, isoErrs...)
	if c.Markup < 0 {
		errs = append(errs, fmt.Errorf("markup %g: must not be negative", c.Markup))
	}
	if c.Poll <= 0 {
		c.Poll = time.Second
	}
	if c.Heartbeat <= 0 {
		c.Heartbeat = 5 * time.Second
	}
	if c.Retry <= 0 {
		c.Retry = time.Second
	}
	if c.Meter <= 0 {
		c.Meter = time.Minute
	}
	if c.Redeploy <= 0 {
		c.Redeploy = 10 * time.Second
	}
	if c.Metrics != "" {
		if _, _, err := net.SplitHostPort(c.Metrics); err != nil {
			errs = append(errs, fmt.Errorf("metrics address %q: want host:port such as 127.0.0.1:9102, set -metrics or GIN_AGENT_METRICS", c.Metrics))
		}
	}
	return errors.Join(errs...)
}

// Domain is the escrow's EIP-712 domain that bids and usage reports are signed in.
func (c *Config) Domain() chain.Domain {
	return chain.EscrowDomain(big.NewInt(c.ChainID), common.HexToAddress(c.Escrow))
}

// PrivateKey is the provider key Validate loaded.
func (c *Config) PrivateKey() *ecdsa.PrivateKey { return c.key }

// FloorFor is the floor price of model, or of "*", or nil when the model is not priced.
func (c *Config) FloorFor(model string) *big.Int {
	if p, ok := c.floor[model]; ok {
		return p
	}
	return c.floor["*"]
}

// fromEnv sets *dst from GIN_AGENT_<name> when that is set.
func fromEnv(getenv func(string) string, name string, dst *string) {
	if v := getenv("GIN_AGENT_" + name); v != "" {
		*dst = v
	}
}

// ModelCache configures the provider's model cache (agent/modelcache).
type ModelCache struct {
	Dir         string  `json:"dir"`         // default StateDir/models
	MaxGiB      float64 `json:"maxGiB"`      // default DefaultModelCacheGiB
	HubEndpoint string  `json:"hubEndpoint"` // default $HF_ENDPOINT, else https://huggingface.co
}

// DefaultModelCacheGiB bounds the model cache when the configuration does not.
const DefaultModelCacheGiB = 100

func (m ModelCache) dir(stateDir string) string {
	if m.Dir != "" {
		return m.Dir
	}
	return filepath.Join(stateDir, "models")
}

func (m ModelCache) maxBytes() int64 {
	g := m.MaxGiB
	if g <= 0 {
		g = DefaultModelCacheGiB
	}
	return int64(g * (1 << 30))
}
