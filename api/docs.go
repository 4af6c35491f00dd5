package api

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	swaggerfiles "github.com/swaggo/files/v2"

	"github.com/gintonic/gintonic/api/apiv1"
)

// swaggerInit points the bundled Swagger UI at this server's spec.
const swaggerInit = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "../openapi.json", // relative: works behind a path prefix too
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
`

// docs serves the OpenAPI document at /openapi.json and Swagger UI at /docs (its assets are
// embedded in the binary: no CDN, works offline).
func (s *Server) docs(e *gin.Engine) {
	spec, err := apiv1.GetSpec()
	var body []byte
	if err == nil {
		body, err = json.Marshal(spec)
	}
	e.GET("/openapi.json", func(c *gin.Context) {
		if err != nil {
			fail(c, err)
			return
		}
		c.Data(http.StatusOK, "application/json", body)
	})
	e.GET("/docs", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "docs/") })
	e.GET("/docs/*file", func(c *gin.Context) {
		name := c.Param("file")
		if name == "/swagger-initializer.js" {
			c.Data(http.StatusOK, "application/javascript", []byte(swaggerInit))
			return
		}
		if name == "/" {
			name = "/index.html"
		}
		b, err := fs.ReadFile(swaggerfiles.FS, name[1:])
		if err != nil {
			fail(c, notFound("no documentation file %s", name))
			return
		}
		http.ServeContent(c.Writer, c.Request, name, time.Time{}, bytesReader(b))
	})
}

// Health implements apiv1.ServerInterface.
func (s *Server) Health(c *gin.Context) {
	id := s.cfg.ControllerID
	c.JSON(http.StatusOK, apiv1.Health{Status: "ok", Controller: &id})
}

// Ready implements apiv1.ServerInterface: Postgres and the chain answer, and the indexer's mirror
// is within readyLag blocks of the head. Failures are logged; the public answer names only the
// check that failed.
func (s *Server) Ready(c *gin.Context) {
	ctx := c.Request.Context()
	checks := map[string]string{}
	ready := true
	down := func(name, say string, err error) {
		checks[name], ready = say, false
		if err != nil {
			s.log.Warn("readiness check failed", "check", name, "err", err)
		}
	}
	if err := s.db.WithContext(ctx).Exec(`SELECT 1`).Error; err != nil {
		down("postgres", "unreachable", err)
	} else {
		checks["postgres"] = "ok"
	}
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		down("chain", "unreachable", err)
	} else {
		checks["chain"] = "ok, head " + head.Number.String()
	}
	switch cur, ok, err := s.mirror.Cursor(ctx); {
	case err != nil:
		down("indexer", "mirror unreadable", err)
	case !ok:
		down("indexer", "no indexer has written the mirror yet (start gin-indexer)", nil)
	case head != nil && head.Number.Uint64() > cur.Block+readyLag:
		down("indexer", fmt.Sprintf("mirror at block %d, %d behind the head", cur.Block, head.Number.Uint64()-cur.Block), nil)
	default:
		checks["indexer"] = "ok, at block " + itoa(cur.Block)
	}
	id := s.cfg.ControllerID
	h := apiv1.Health{Status: "ok", Controller: &id, Checks: &checks}
	status := http.StatusOK
	if !ready {
		h.Status, status = "unavailable", http.StatusServiceUnavailable
	}
	c.JSON(status, h)
}

// readyLag is how many blocks the mirror may trail the head while the API counts as ready.
const readyLag = 64
