package apiv1

import "strings"

// ModelRoutes are the OpenAI-style paths the gateway serves and forwards to a deployment; a path
// ending in "/*" covers its subpaths too. A provider's endpoint serves these and nothing else.
var ModelRoutes = []string{
	"/v1/completions", "/v1/chat/completions", "/v1/models", "/v1/models/*",
	"/v1/files", "/v1/files/*", "/v1/fine_tuning/jobs", "/v1/fine_tuning/jobs/*",
	"/completions/create", "/files/pre-process", "/fine_tuning/*",
}

// IsModelRoute reports whether path is one of ModelRoutes. A path with dot segments ("..", ".")
// or an empty segment is not: servers behind the route may normalise it into another path.
func IsModelRoute(path string) bool {
	for _, seg := range strings.Split(path, "/")[1:] {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	for _, r := range ModelRoutes {
		if base, ok := strings.CutSuffix(r, "/*"); ok {
			if strings.HasPrefix(path, base+"/") {
				return true
			}
		} else if path == r {
			return true
		}
	}
	return false
}
