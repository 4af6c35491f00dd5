package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/gintonic/gintonic/api/apiclient"
	"github.com/gintonic/gintonic/api/apiv1"
)

// containerLogs prints a job's container logs (`gin jobs logs --container`): every line kept,
// then, with follow, the new ones as the provider's agent ships them.
func (g *globals) containerLogs(ctx context.Context, c *apiclient.Client, id int64, follow bool) error {
	var after int64
	for {
		params := &apiv1.ListJobLogsParams{After: &after}
		r, err := c.ListJobLogsWithResponse(ctx, id, params)
		if err != nil {
			return g.explain(err)
		}
		if r.JSON200 == nil {
			return g.explain(apiclient.Error(r.HTTPResponse, r.ApplicationproblemJSONDefault))
		}
		for _, l := range r.JSON200.Lines {
			g.printLogLine(l)
			after = l.Id
		}
		if len(r.JSON200.Lines) < 1000 {
			break
		}
	}
	if !follow {
		return nil
	}
	last := fmt.Sprint(after)
	rsp, err := c.StreamJobLogs(ctx, id, &apiv1.StreamJobLogsParams{LastEventID: &last})
	if err != nil {
		return g.explain(err)
	}
	return g.readStream(ctx, rsp, func(data string) {
		var l apiv1.ContainerLogLine
		if json.Unmarshal([]byte(data), &l) == nil {
			g.printLogLine(l)
		}
	})
}

// readStream reads a Server-Sent Events response until it ends (or ctx does), handing each
// event's data to onData; a problem response is explained, and the reason the API gives for
// ending a stream (a signed-out or expired session) is said.
func (g *globals) readStream(ctx context.Context, rsp *http.Response, onData func(data string)) error {
	defer rsp.Body.Close()
	if rsp.StatusCode != http.StatusOK {
		var p apiv1.Problem
		_ = json.NewDecoder(rsp.Body).Decode(&p)
		return g.explain(apiclient.Error(rsp, &p))
	}
	sc := bufio.NewScanner(rsp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if why, ok := strings.CutPrefix(sc.Text(), ": stream ended: "); ok {
			fmt.Fprintf(g.env.Stderr, "gin: the API ended the stream: %s\n", why)
			continue
		}
		if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
			onData(data)
		}
	}
	if ctx.Err() != nil {
		return nil
	}
	return sc.Err()
}

// printLogLine writes a line as `time stream provider/round text`, or as JSON with --json.
func (g *globals) printLogLine(l apiv1.ContainerLogLine) {
	if g.json {
		b, _ := json.Marshal(l)
		fmt.Fprintln(g.env.Stdout, string(b))
		return
	}
	p := l.Provider
	if len(p) > 10 {
		p = p[:6] + "…" + p[len(p)-4:]
	}
	fmt.Fprintf(g.env.Stdout, "%s %s %s/%d  %s\n", l.Time.Local().Format("15:04:05.000"), l.Stream, p, l.Round, l.Text)
}
