package cli

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
	"github.com/gintonic/gintonic/chain"
)

// sessions are the tokens `gin login` keeps, per API URL, in the user's config directory.
type sessions map[string]apiv1.Session

func (g *globals) sessionFile() (string, error) {
	dir := g.env.ConfigDir
	if dir == "" {
		base, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("no config directory for the session: %w", err)
		}
		dir = filepath.Join(base, "gintonic")
	}
	return filepath.Join(dir, "sessions.json"), nil
}

func (g *globals) loadSessions() sessions {
	s := sessions{}
	if p, err := g.sessionFile(); err == nil {
		if b, err := os.ReadFile(p); err == nil {
			_ = json.Unmarshal(b, &s) // a damaged file only means signing in again
		}
	}
	return s
}

func (g *globals) saveSession(sess apiv1.Session) error {
	p, err := g.sessionFile()
	if err != nil {
		return err
	}
	all := g.loadSessions()
	all[g.api] = sess
	b, _ := json.MarshalIndent(all, "", "  ")
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	if err := os.WriteFile(p, b, 0o600); err != nil {
		return fmt.Errorf("save session: %w", err)
	}
	return nil
}

// client is a signed-in API client: the saved session when it is still good (and belongs to
// --key's account when a key is given), else a fresh sign-in with --key.
func (g *globals) client(ctx context.Context) (*apiclient.Client, error) {
	key, keyErr := g.key()
	if sess, ok := g.loadSessions()[g.api]; ok && time.Until(sess.ExpiresAt) > time.Minute &&
		(keyErr != nil || crypto.PubkeyToAddress(key.PublicKey).Hex() == sess.Address) {
		c, err := apiv1.NewClientWithResponses(g.api, apiv1.WithRequestEditorFn(apiclient.Bearer(sess.Token)))
		if err != nil {
			return nil, err
		}
		return &apiclient.Client{ClientWithResponses: c, Session: sess}, nil
	}
	if keyErr != nil {
		return nil, fmt.Errorf("not signed in at %s: %w, then run gin login", g.api, keyErr)
	}
	c, err := g.dial(ctx, key)
	if err != nil {
		return nil, g.explain(err)
	}
	if err := g.saveSession(c.Session); err != nil {
		return nil, err
	}
	return c, nil
}

// dial signs in at --api with key. The client signs only a challenge for that API's own domain
// and URI and, when the deployments file is at hand, for its chain.
func (g *globals) dial(ctx context.Context, key *ecdsa.PrivateKey) (*apiclient.Client, error) {
	var exp apiclient.Expect
	if d, err := chain.LoadDeployment(g.deployments); err == nil {
		exp.ChainID = d.ChainID
	}
	return apiclient.DialExpect(ctx, g.api, key, exp)
}

// wallet is the user's key on the chain: for transactions the wallet signs itself.
type wallet struct {
	key    *ecdsa.PrivateKey
	k      *chain.Contracts
	sender *chain.Sender
	close  func()
}

func (g *globals) wallet(ctx context.Context) (*wallet, error) {
	key, err := g.key()
	if err != nil {
		return nil, err
	}
	d, err := chain.LoadDeployment(g.deployments)
	if err != nil {
		return nil, fmt.Errorf("%w\n  → pass --deployments (GIN_DEPLOYMENTS): the file gin-deploy wrote", err)
	}
	dial := g.env.DialChain
	if dial == nil {
		dial = dialRPC
	}
	ec, closeFn, err := dial(ctx, g.rpc)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", g.rpc, err)
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		closeFn()
		return nil, g.explain(fmt.Errorf("chain at %s: %w", g.rpc, err))
	}
	if d.ChainID != 0 && id.Uint64() != d.ChainID {
		closeFn()
		return nil, fmt.Errorf("%s is chain %d but %s is for chain %d", g.rpc, id, g.deployments, d.ChainID)
	}
	return &wallet{key: key, k: chain.Bind(ec, d), close: closeFn,
		sender: &chain.Sender{Backend: ec, Opts: bind.NewKeyedTransactor(key, id)}}, nil
}

// send signs and sends calldata to c, showing progress until it is mined.
func (g *globals) send(ctx context.Context, w *wallet, what string, c *bind.BoundContract, data []byte) (string, error) {
	sp := g.spin(what + ": waiting for the transaction to be mined")
	rc, err := w.sender.Send(ctx, c, data)
	sp.end()
	if err != nil {
		return "", g.explain(fmt.Errorf("%s: %w", what, err))
	}
	return rc.TxHash.Hex(), nil
}

func (w *wallet) address() string { return crypto.PubkeyToAddress(w.key.PublicKey).Hex() }

func dialRPC(ctx context.Context, url string) (chain.Backend, func(), error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	return ec, ec.Close, nil
}

func deadline() *big.Int { return big.NewInt(time.Now().Add(30 * time.Minute).Unix()) }
