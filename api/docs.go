package api

import (
	"encoding/json"
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
    url: "/openapi.json",
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
	e.GET("/docs", func(c *gin.Context) { c.Redirect(http.StatusMovedPermanently, "/docs/") })
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

// Ready implements apiv1.ServerInterface: Postgres, the chain and the mirror answer.
func (s *Server) Ready(c *gin.Context) {
	ctx := c.Request.Context()
	checks := map[string]string{}
	ready := true
	if err := s.db.WithContext(ctx).Exec(`SELECT 1`).Error; err != nil {
		checks["postgres"], ready = err.Error(), false
	} else {
		checks["postgres"] = "ok"
	}
	if n, err := s.chain.HeaderByNumber(ctx, nil); err != nil {
		checks["chain"], ready = err.Error(), false
	} else {
		checks["chain"] = "ok, head " + n.Number.String()
	}
	if cur, ok, err := s.mirror.Cursor(ctx); err != nil || !ok {
		checks["indexer"], ready = "no indexer cursor yet", false
	} else {
		checks["indexer"] = "ok, at block " + itoa(cur.Block)
	}
	id := s.cfg.ControllerID
	if !ready {
		c.JSON(http.StatusServiceUnavailable, apiv1.Health{Status: "unavailable", Controller: &id, Checks: &checks})
		return
	}
	c.JSON(http.StatusOK, apiv1.Health{Status: "ok", Controller: &id, Checks: &checks})
}
