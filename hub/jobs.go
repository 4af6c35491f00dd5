package hub

import (
	"strconv"
	"strings"
)

// JobsOrg is the organisation under which a Gintonic API serves, Hub-compatibly at <API>/hub,
// the results of its jobs: a fine-tuning job's model is hf://gintonic-jobs/<job id>, and deploys
// like any model of the Hub, fetched by providers through the API.
const JobsOrg = "gintonic-jobs"

// JobRepo is the repository of job id's results.
func JobRepo(id int64) string { return JobsOrg + "/" + strconv.FormatInt(id, 10) }

// JobOf is the job whose results repo holds, if it is one.
func JobOf(repo string) (int64, bool) {
	name, ok := strings.CutPrefix(repo, JobsOrg+"/")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(name, 10, 64)
	return id, err == nil && id > 0 && strconv.FormatInt(id, 10) == name
}
