package main

import (
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/gintonic/gintonic/chain"
)

// Config is everything gin-deploy needs, from flags, each with an environment fallback.
type Config struct {
	RPCURL string
	Key    *ecdsa.PrivateKey
	Out    string
	Deploy chain.DeployConfig
}

// parseConfig reads flags (then GIN_* variables for flags not given) and validates the result,
// naming the first bad value.
func parseConfig(args []string, getenv func(string) string, stderr io.Writer) (*Config, error) {
	fs := flag.NewFlagSet("gin-deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	str := func(name, env, def, usage string) *string {
		if v := getenv(env); v != "" {
			def = v
		}
		return fs.String(name, def, fmt.Sprintf("%s (env %s)", usage, env))
	}
	rpcURL := str("rpc", "GIN_RPC_URL", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	keyHex := str("key", "GIN_DEPLOYER_KEY", "", "deployer private key, hex")
	keyFile := str("key-file", "GIN_DEPLOYER_KEY_FILE", "", "deployer key file: keystore JSON or hex")
	keyPass := str("key-password", "GIN_KEY_PASSWORD", "", "password of the keystore")
	out := str("out", "GIN_DEPLOYMENTS", "deployments.json", "where to write the deployments file")
	supply := str("supply", "GIN_SUPPLY", "1000000000", "fixed GIN supply in whole tokens")
	holder := str("holder", "GIN_HOLDER", "", "receives the supply (default: deployer)")
	governance := str("governance", "GIN_GOVERNANCE", "", "proposer and executor of the timelock that administers every contract (default: deployer)")
	guardian := str("guardian", "GIN_GUARDIAN", "", "may pause and unpause the escrow (default: governance)")
	treasury := str("treasury", "GIN_TREASURY", "", "receives protocol fees (default: deployer)")
	minStake := str("min-stake", "GIN_MIN_STAKE", "10000", "provider eligibility stake in whole GIN")
	controllerStake := str("controller-min-stake", "GIN_CONTROLLER_MIN_STAKE", "50000", "controller stake in whole GIN")
	controllers := str("controllers", "GIN_CONTROLLERS", "", "comma-separated controller addresses")
	unbonding := str("unbonding", "GIN_UNBONDING", "168h", "unbonding delay")
	adminDelay := str("admin-delay", "GIN_ADMIN_DELAY", "24h", "delay before a new admin may accept")
	timelockDelay := str("timelock-delay", "GIN_TIMELOCK_DELAY", "192h", "delay of every governance action; longer than -unbonding")
	challengeWindow := str("challenge-window", "GIN_CHALLENGE_WINDOW", "2h", "time a provider has to void a fault report")
	reporterBond := str("reporter-bond", "GIN_REPORTER_BOND", "1000", "bond each reporting controller loses to a voided report, whole GIN")
	settlementWindow := str("settlement-window", "GIN_SETTLEMENT_WINDOW", "1h", "time to settle after a job ends")
	failoverWindow := str("failover-window", "GIN_FAILOVER_WINDOW", "30m", "time a failed job waits for a backup")
	feeBps := fs.Uint("fee-bps", 250, "protocol fee in basis points")
	slashMultiple := fs.Uint("slash-multiple", 3, "collateral per award in failover windows of the job's price (1..10)")
	quorum := fs.Uint("quorum", 2, "controller signatures a fault report needs (1 only on a dev chain)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q (gin-deploy takes only flags)", fs.Arg(0))
	}

	cfg := &Config{RPCURL: *rpcURL, Out: *out}
	var err error
	switch {
	case *keyHex != "" && *keyFile != "":
		return nil, errors.New("give the deployer key once: -key or -key-file, not both")
	case *keyHex != "":
		cfg.Key, err = chain.ParseKey(*keyHex)
	case *keyFile != "":
		cfg.Key, err = chain.LoadKey(*keyFile, *keyPass)
	default:
		return nil, errors.New("no deployer key: set -key / GIN_DEPLOYER_KEY or -key-file / GIN_DEPLOYER_KEY_FILE")
	}
	if err != nil {
		return nil, fmt.Errorf("deployer key: %w", err)
	}
	if !strings.HasPrefix(cfg.RPCURL, "http://") && !strings.HasPrefix(cfg.RPCURL, "https://") &&
		!strings.HasPrefix(cfg.RPCURL, "ws://") && !strings.HasPrefix(cfg.RPCURL, "wss://") {
		return nil, fmt.Errorf("-rpc %q: want an http(s):// or ws(s):// URL", cfg.RPCURL)
	}

	deployer := crypto.PubkeyToAddress(cfg.Key.PublicKey)
	d := chain.DefaultDeployConfig(deployer)
	for _, a := range []struct {
		flag string
		val  string
		dst  *common.Address
	}{{"holder", *holder, &d.Holder}, {"governance", *governance, &d.Governance}, {"guardian", *guardian, &d.Guardian}, {"treasury", *treasury, &d.Treasury}} {
		if a.val == "" {
			continue
		}
		if *a.dst, err = parseAddress(a.val); err != nil {
			return nil, fmt.Errorf("-%s: %w", a.flag, err)
		}
	}
	for _, amt := range []struct {
		flag string
		val  string
		dst  **big.Int
	}{{"supply", *supply, &d.Supply}, {"min-stake", *minStake, &d.MinStake}, {"controller-min-stake", *controllerStake, &d.ControllerMinStake}, {"reporter-bond", *reporterBond, &d.ReporterBond}} {
		if *amt.dst, err = parseGIN(amt.val); err != nil {
			return nil, fmt.Errorf("-%s: %w", amt.flag, err)
		}
	}
	for _, dur := range []struct {
		flag string
		val  string
		dst  *time.Duration
	}{{"unbonding", *unbonding, &d.UnbondingDelay}, {"admin-delay", *adminDelay, &d.AdminTransferDelay}, {"settlement-window", *settlementWindow, &d.SettlementWindow}, {"failover-window", *failoverWindow, &d.FailoverWindow}, {"timelock-delay", *timelockDelay, &d.TimelockDelay}, {"challenge-window", *challengeWindow, &d.ChallengeWindow}} {
		if *dur.dst, err = time.ParseDuration(dur.val); err != nil {
			return nil, fmt.Errorf("-%s: %q is not a duration like 90m or 168h", dur.flag, dur.val)
		}
	}
	if *feeBps > 2000 || *feeBps%10 != 0 {
		return nil, fmt.Errorf("-fee-bps %d: a multiple of 10, at most 2000 (20%%)", *feeBps)
	}
	if *slashMultiple < 1 || *slashMultiple > 10 {
		return nil, fmt.Errorf("-slash-multiple %d: between 1 and 10", *slashMultiple)
	}
	if *quorum < 1 || *quorum > 16 {
		return nil, fmt.Errorf("-quorum %d: between 1 and 16 (at least 2 outside a dev chain)", *quorum)
	}
	d.FeeBps, d.SlashMultiple, d.Quorum = uint16(*feeBps), uint16(*slashMultiple), uint8(*quorum)
	if *controllers != "" {
		for _, s := range strings.Split(*controllers, ",") {
			a, err := parseAddress(strings.TrimSpace(s))
			if err != nil {
				return nil, fmt.Errorf("-controllers: %w", err)
			}
			d.Controllers = append(d.Controllers, a)
		}
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	cfg.Deploy = d
	return cfg, nil
}

func parseAddress(s string) (common.Address, error) {
	if !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%q is not an address (0x followed by 40 hex digits)", s)
	}
	return common.HexToAddress(s), nil
}

// parseGIN parses a whole-token amount ("1000000") into wei.
func parseGIN(s string) (*big.Int, error) {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok || n.Sign() < 0 {
		return nil, fmt.Errorf("%q is not a whole, non-negative number of GIN", s)
	}
	return n.Mul(n, chain.GIN), nil
}
