package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/chain"
)

func (g *globals) printJSON(v any) error {
	enc := json.NewEncoder(g.env.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// explain turns API, network and chain errors into what the user should do next.
func (g *globals) explain(err error) error {
	var p *apiclient.ProblemError
	var netErr *net.OpError
	var urlErr *url.Error
	var rev *chain.RevertError
	switch {
	case errors.As(err, &p):
		msg := err.Error()
		switch p.Status {
		case 401:
			msg += "\n  → sign in again: gin login"
		case 402:
			msg += "\n  → deposit first: gin deposit <GIN>"
		case 403:
			msg += "\n  → it belongs to another account: check --key / GIN_KEY, then gin login"
		case 404:
			msg += "\n  → check the id: gin jobs list"
		case 422:
			if p.Problem != nil && strings.HasSuffix(p.Problem.Type, "/unservable") {
				msg += "\n  → gin jobs quote shows what is on offer (the same flags); --insist submits anyway"
			}
		}
		return errors.New(msg)
	case errors.As(err, &rev):
		return fmt.Errorf("the contract refused the transaction: %v", rev)
	case errors.As(err, &netErr), errors.As(err, &urlErr):
		return fmt.Errorf("cannot reach %s: %v\n  → is the service running? (--api / GIN_API_URL, --rpc / GIN_RPC_URL)", g.api, err)
	}
	return err
}

// spinner shows that a wait is under way: an animation on a terminal, one line otherwise.
type spinner struct {
	stop chan struct{}
	done chan struct{}
}

func (g *globals) spin(what string) *spinner {
	s := &spinner{stop: make(chan struct{}), done: make(chan struct{})}
	w := g.env.Stderr
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	go func() {
		defer close(s.done)
		if !tty {
			fmt.Fprintf(w, "… %s\n", what)
			<-s.stop
			return
		}
		frames := []rune("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")
		t0 := time.Now()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for i := 0; ; i++ {
			fmt.Fprintf(w, "\r%c %s (%.1fs)", frames[i%len(frames)], what, time.Since(t0).Seconds())
			select {
			case <-s.stop:
				fmt.Fprint(w, "\r\033[K")
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

func (s *spinner) end() {
	close(s.stop)
	<-s.done
}
