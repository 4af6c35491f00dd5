package modelserver

import "testing"

// A base model named as on the Hugging Face Hub (org/name) is served under that name; models
// tuned from it get ids that are still file names.
func TestHubNamedBaseModel(t *testing.T) {
	r := newRegistry(t.TempDir())
	for _, ok := range []string{"gintonic/tinystories-260k", "stories260K", "meta-llama/Llama-3.1-8B-Instruct"} {
		if err := r.setBase(ok, nil); err != nil {
			t.Errorf("setBase(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"a/b/c", "/abs", "org/../x", "org/", "has space/x", ""} {
		if err := r.setBase(bad, nil); err == nil {
			t.Errorf("setBase(%q): no error", bad)
		}
	}
	id := tunedModelID("gintonic/tinystories-260k", "mine", "ftjob-7")
	if id != "ft:gintonic--tinystories-260k:mine:7" || !validModelID(id) {
		t.Errorf("tuned id %q (valid %v)", id, validModelID(id))
	}
}
