package api

import (
	"context"
	"errors"
	"strings"

	"github.com/gintonic/gintonic/market"
	"github.com/gintonic/gintonic/netguard"
)

// webhookSecretPrefix starts a webhook secret.
const webhookSecretPrefix = "whsec_"

// checkWebhook refuses a webhook URL the controllers must not post to: the rules of a provider's
// endpoint (https, a public address; http and private addresses on a development chain only). The
// deliveries check the address again when they dial.
func (s *Server) checkWebhook(ctx context.Context, u string) error {
	err := netguard.CheckURL(ctx, u, s.devEndpoints())
	switch {
	case err == nil:
		return nil
	case errors.Is(err, netguard.ErrForbidden):
		return invalidField("webhookUrl", "%q: the controllers do not post there: %v", market.Truncate(u, 80), err)
	}
	return invalidField("webhookUrl", "%q: %v", market.Truncate(u, 80), strings.ReplaceAll(err.Error(), "endpoint", "webhook URL"))
}
