package hub

import "testing"

func TestJobRepos(t *testing.T) {
	if r := JobRepo(12); r != "gintonic-jobs/12" || ValidateRepoID(r) != nil {
		t.Fatalf("JobRepo(12) = %q (%v)", r, ValidateRepoID(r))
	}
	for repo, want := range map[string]int64{"gintonic-jobs/12": 12, "gintonic-jobs/012": 0, "gintonic-jobs/0": 0, "gintonic-jobs/x": 0, "acme/12": 0, "gintonic-jobs/-3": 0} {
		id, ok := JobOf(repo)
		if ok != (want > 0) || id != want && ok {
			t.Errorf("JobOf(%q) = %d, %v; want %d", repo, id, ok, want)
		}
	}
}
