package main

import (
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gintonic/gintonic/api"
	"github.com/gintonic/gintonic/chain"
)

// Config is gin-api's configuration: flags, each with an environment fallback.
type Config struct {
	Listen        string
	RPCURL        string
	DatabaseURL   string
	Deployments   string
	FinalityDepth uint64
	LogFormat     string // "text" or "json"
	// API is the instance's configuration; its SIWE Domain and URI come from -public-url.
	API api.Config
	// PublicFromListen says -public-url was not given: run derives it from the bound address,
	// which differs from -listen when that asks for port 0.
	PublicFromListen bool
	// PublicRPCURL is the JSON-RPC URL the dashboard offers wallets; "" for the default
	// (RPCURL on a development chain, none elsewhere).
	PublicRPCURL string
	// MetricsListen, when set, is the only address /metrics is served on.
	MetricsListen string
	// SettlementKey, when set, makes this instance take usage attestations and run the
	// settlement service (batching them into settleBatch transactions sent from this key).
	SettlementKey *ecdsa.PrivateKey
}

// parseConfig reads flags (then environment variables for flags not given) and validates the
// result, naming the flag of the first bad value.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (*Config, error) {
	fs := flag.NewFlagSet("gin-api", flag.ContinueOnError)
	fs.SetOutput(stderr)
	// Defaults never come from the environment: -help prints them, and the environment holds
	// keys, passwords and URLs with credentials. Variables fill the flags not given after parsing.
	fromEnv := map[string]string{}
	str := func(name, env, def, usage string) *string {
		fromEnv[name] = env
		return fs.String(name, def, fmt.Sprintf("%s (env %s)", usage, env))
	}
	def := api.DefaultConfig("")
	listen := str("listen", "GIN_API_LISTEN", "127.0.0.1:8080", "address to serve the API on")
	publicURL := str("public-url", "GIN_PUBLIC_URL", "", "URL clients reach this API at; SIWE messages name its host (default http://<listen>)")
	rpcURL := str("rpc", "GIN_RPC_URL", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	dbURL := str("database-url", "DATABASE_URL", "", "PostgreSQL URL (the database gin-indexer fills)")
	deployments := str("deployments", "GIN_DEPLOYMENTS", "deployments.json", "deployments file written by gin-deploy")
	controllerID := str("controller-id", "GIN_CONTROLLER_ID", def.ControllerID, "this instance's id in the matching graph")
	region := str("region", "GIN_REGION", def.Region, "region this controller runs in")
	latency := str("region-latency", "GIN_REGION_LATENCY", "", `latency in ms from clients in other regions, like "us=90,asia=180"`)
	key := str("controller-key", "GIN_CONTROLLER_KEY", "", "controller key file (keystore JSON or hex; a hex key itself only through the environment); empty: read-only, never awards")
	keyPass := str("controller-key-password", "GIN_CONTROLLER_KEY_PASSWORD", "", "password of the controller keystore: environment only, refused on the command line")
	keyPassFile := str("controller-key-password-file", "GIN_CONTROLLER_KEY_PASSWORD_FILE", "", "file holding the password of the controller keystore")
	settleKey := str("settlement-key", "GIN_SETTLEMENT_KEY", "", "key file (keystore JSON or hex; a hex key itself only through the environment) that sends settlement transactions; set: this instance takes usage attestations and settles them (use a key other than the controller key: each key needs its own nonces)")
	settlePass := str("settlement-key-password", "GIN_SETTLEMENT_KEY_PASSWORD", "", "password of the settlement keystore: environment only, refused on the command line")
	settlePassFile := str("settlement-key-password-file", "GIN_SETTLEMENT_KEY_PASSWORD_FILE", "", "file holding the password of the settlement keystore")
	publicRPC := str("public-rpc-url", "GIN_PUBLIC_RPC_URL", "", "JSON-RPC URL the dashboard offers to wallets (in /config.json); default: -rpc on a development chain, none elsewhere (-rpc often holds an API key)")
	proxies := str("trusted-proxies", "GIN_TRUSTED_PROXIES", "", "comma-separated IPs or CIDRs of reverse proxies whose X-Forwarded-For is believed (default: none, the TCP peer is the client)")
	metricsListen := str("metrics-listen", "GIN_METRICS_LISTEN", "", "serve /metrics on this address only, not on -listen (e.g. 127.0.0.1:9100)")
	minBalance := str("min-balance", "GIN_MIN_BALANCE", "1000000", "escrow balance in whole GIN a client needs to use GPUs")
	bidding := str("bidding-period", "GIN_BIDDING_PERIOD", def.BiddingPeriod.String(), "how long a job takes bids")
	heartbeat := str("heartbeat-timeout", "GIN_HEARTBEAT_TIMEOUT", def.HeartbeatTimeout.String(), "silence after which a provider is unhealthy and its jobs fail over")
	finality := str("finality-depth", "GIN_FINALITY_DEPTH", "12", "blocks after which a block counts as final (money checks read there)")
	logRetention := str("log-retention", "GIN_LOG_RETENTION", def.LogRetention.String(), "how long a deployment's container log lines stay readable by its client after they arrived")
	hubEndpoint := str("hf-endpoint", "HF_ENDPOINT", "", "the Hugging Face Hub (or a mirror with its API) jobs' models are read from (default https://huggingface.co)")
	logFormat := str("log-format", "GIN_LOG_FORMAT", "text", "log format: text or json")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	onArgs := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { onArgs[f.Name] = true })
	for name, env := range fromEnv {
		if v := getenv(env); v != "" && !onArgs[name] {
			_ = fs.Set(name, v)
		}
	}
	for _, name := range []string{"controller-key-password", "settlement-key-password"} {
		if onArgs[name] {
			return nil, fmt.Errorf("-%s: a password on the command line is visible to every user of this machine (ps, /proc); use -%s-file or %s", name, name, fromEnv[name])
		}
	}
	for _, name := range []string{"controller-key", "settlement-key"} {
		if onArgs[name] && isHexKey(strings.TrimSpace(fs.Lookup(name).Value.String())) {
			return nil, fmt.Errorf("-%s (%s): a private key on the command line is visible to every user of this machine (ps, /proc): "+
				"pass a key file (a keystore JSON with -%s-password-file, or a file holding the hex key), or set %s", name, fromEnv[name], name, fromEnv[name])
		}
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (gin-api takes only flags)", fs.Arg(0))
	}

	c := &Config{Listen: *listen, RPCURL: *rpcURL, DatabaseURL: *dbURL, Deployments: *deployments, LogFormat: *logFormat,
		PublicRPCURL: *publicRPC, MetricsListen: *metricsListen}
	host, _, err := net.SplitHostPort(c.Listen)
	if err != nil {
		return nil, fmt.Errorf("-listen %q: want host:port", c.Listen)
	}
	if !hasScheme(c.RPCURL, "http://", "https://", "ws://", "wss://") {
		return nil, fmt.Errorf("-rpc %q: want an http(s):// or ws(s):// URL", chain.RedactURL(c.RPCURL))
	}
	if c.PublicRPCURL != "" && !hasScheme(c.PublicRPCURL, "http://", "https://") {
		return nil, fmt.Errorf("-public-rpc-url %q: want an http(s):// URL wallets can reach", chain.RedactURL(c.PublicRPCURL))
	}
	if c.MetricsListen != "" {
		if _, _, err := net.SplitHostPort(c.MetricsListen); err != nil {
			return nil, fmt.Errorf("-metrics-listen %q: want host:port", c.MetricsListen)
		}
	}
	if c.DatabaseURL == "" {
		return nil, errors.New("no database: set -database-url or DATABASE_URL (postgres://user@host:port/db)")
	}
	if !hasScheme(c.DatabaseURL, "postgres://", "postgresql://") {
		return nil, fmt.Errorf("-database-url: want a postgres:// URL, got %q", chain.RedactScheme(c.DatabaseURL))
	}
	if c.FinalityDepth, err = positive("finality-depth", *finality); err != nil {
		return nil, err
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return nil, fmt.Errorf("-log-format %q: want text or json", c.LogFormat)
	}

	pub := *publicURL
	if pub == "" {
		if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
			return nil, fmt.Errorf("-public-url: required when -listen %q binds every interface (SIWE messages must name the host clients sign in at)", c.Listen)
		}
		pub, c.PublicFromListen = "http://"+c.Listen, true
	}
	if pub, err = checkPublicURL(pub); err != nil {
		return nil, err
	}
	c.API = api.DefaultConfig(pub)

	a := &c.API
	a.ControllerID, a.Region = *controllerID, *region
	if a.ControllerID == "" || strings.ContainsAny(a.ControllerID, " \t\r\n") {
		return nil, fmt.Errorf("-controller-id %q: want one non-empty word, like ctl-eu-1", a.ControllerID)
	}
	if a.Region == "" {
		return nil, errors.New("-region: must not be empty")
	}
	if a.RegionLatencyMs, err = parseLatency(*latency); err != nil {
		return nil, fmt.Errorf("-region-latency: %w", err)
	}
	if *keyPass, err = passwordFrom(*keyPass, *keyPassFile); err != nil {
		return nil, fmt.Errorf("-controller-key-password-file: %w", err)
	}
	if *settlePass, err = passwordFrom(*settlePass, *settlePassFile); err != nil {
		return nil, fmt.Errorf("-settlement-key-password-file: %w", err)
	}
	if a.ControllerKey, err = parseKey(*key, *keyPass); err != nil {
		return nil, fmt.Errorf("-controller-key (GIN_CONTROLLER_KEY): %w", err)
	}
	if c.SettlementKey, err = parseKey(*settleKey, *settlePass); err != nil {
		return nil, fmt.Errorf("-settlement-key (GIN_SETTLEMENT_KEY): %w", err)
	}
	if a.ControllerKey != nil && c.SettlementKey != nil && a.ControllerKey.D.Cmp(c.SettlementKey.D) == 0 {
		return nil, errors.New("-settlement-key: use a key other than the controller key (each key needs its own nonces, and a leaked one should not do both jobs)")
	}
	for _, f := range []string{*key, *settleKey, *keyPassFile, *settlePassFile} {
		warnLoose(f, stderr)
	}
	for _, p := range strings.Split(*proxies, ",") {
		if p = strings.TrimSpace(p); p != "" {
			a.TrustedProxies = append(a.TrustedProxies, p)
		}
	}
	a.ServeMetrics = c.MetricsListen == ""
	if *hubEndpoint != "" {
		u, err := url.Parse(*hubEndpoint)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("-hf-endpoint: %q is not an http(s) URL like https://huggingface.co", *hubEndpoint)
		}
		a.HubEndpoint = strings.TrimRight(*hubEndpoint, "/")
	}
	whole, err := strconv.ParseInt(*minBalance, 10, 64)
	if err != nil || whole < 0 {
		return nil, fmt.Errorf("-min-balance: %q is not a whole, non-negative number of GIN", *minBalance)
	}
	a.MinBalance = chain.Tokens(whole)
	if a.BiddingPeriod, err = time.ParseDuration(*bidding); err != nil || a.BiddingPeriod <= 0 {
		return nil, fmt.Errorf("-bidding-period: %q is not a positive duration like 5s or 1m", *bidding)
	}
	if a.HeartbeatTimeout, err = time.ParseDuration(*heartbeat); err != nil || a.HeartbeatTimeout <= a.HeartbeatInterval {
		return nil, fmt.Errorf("-heartbeat-timeout: %q is not a duration longer than the %s heartbeat interval providers are told to use", *heartbeat, a.HeartbeatInterval)
	}
	if a.LogRetention, err = time.ParseDuration(*logRetention); err != nil || a.LogRetention <= 0 {
		return nil, fmt.Errorf("-log-retention: %q is not a positive duration like 168h", *logRetention)
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// checkPublicURL returns u without a trailing slash, or says why it cannot be what clients sign in at.
func checkPublicURL(u string) (string, error) {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.User != nil || p.RawQuery != "" || p.Fragment != "" {
		return "", fmt.Errorf("-public-url %q: want an absolute http(s):// URL without user, query or fragment, like https://gintonic.example", u)
	}
	return strings.TrimRight(u, "/"), nil
}

// parseLatency parses "us=90,asia=180" into milliseconds by region.
func parseLatency(s string) (map[string]float64, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	m := map[string]float64{}
	for _, pair := range strings.Split(s, ",") {
		region, ms, ok := strings.Cut(strings.TrimSpace(pair), "=")
		region = strings.TrimSpace(region)
		v, err := strconv.ParseFloat(strings.TrimSpace(ms), 64)
		if !ok || region == "" || err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, fmt.Errorf("%q: want region=milliseconds pairs separated by commas, like us=90,asia=180", pair)
		}
		if _, dup := m[region]; dup {
			return nil, fmt.Errorf("region %q given twice", region)
		}
		m[region] = v
	}
	return m, nil
}

// parseKey reads the controller key: empty is no key, 64 hex digits are the key itself, and
// anything else is a key file. Errors never repeat a value that may be a mistyped secret.
func parseKey(v, password string) (*ecdsa.PrivateKey, error) {
	v = strings.TrimSpace(v)
	switch {
	case v == "":
		return nil, nil
	case isHexKey(v):
		return chain.ParseKey(v)
	}
	if _, err := os.Stat(v); err != nil && !strings.ContainsAny(v, `/\.`) {
		return nil, errors.New("neither a private key (64 hex digits) nor the path of a key file")
	}
	return chain.LoadKey(v, password)
}

// warnLoose warns when a key or password file can be read by other users of the machine.
func warnLoose(path string, stderr io.Writer) {
	if path == "" || isHexKey(strings.TrimSpace(path)) {
		return
	}
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o077 != 0 {
		fmt.Fprintf(stderr, "gin-api: warning: %s is readable by other users (mode %v); chmod 600 it\n", path, st.Mode().Perm())
	}
}

// passwordFrom is the keystore password: the file's first line when a file is named, else pass
// (from the environment).
func passwordFrom(pass, file string) (string, error) {
	if file == "" {
		return pass, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimRight(line, "\r"), nil
}

func isHexKey(v string) bool {
	v = strings.TrimPrefix(v, "0x")
	if len(v) != 64 {
		return false
	}
	for _, r := range v {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

func hasScheme(u string, schemes ...string) bool {
	for _, s := range schemes {
		if strings.HasPrefix(u, s) {
			return true
		}
	}
	return false
}

func positive(flag, v string) (uint64, error) {
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return 0, fmt.Errorf("-%s: %q is not a positive whole number", flag, v)
	}
	return n, nil
}
