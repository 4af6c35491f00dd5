package modelserver

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

// jobRequest is OpenAI's fine-tuning job request; hyperparameters may also come under
// method.supervised as in OpenAI's newer shape.
type jobRequest struct {
	Model           string            `json:"model"`
	TrainingFile    string            `json:"training_file"`
	ValidationFile  string            `json:"validation_file"`
	Suffix          string            `json:"suffix"`
	Seed            *int64            `json:"seed"`
	Hyperparameters *hyperparamsInput `json:"hyperparameters"`
	Method          *struct {
		Supervised *struct {
			Hyperparameters *hyperparamsInput `json:"hyperparameters"`
		} `json:"supervised"`
	} `json:"method"`
	Metadata map[string]string `json:"metadata"`
}

// hyperparamsInput holds values that are a number or "auto".
type hyperparamsInput struct {
	NEpochs                json.RawMessage `json:"n_epochs"`
	LearningRateMultiplier json.RawMessage `json:"learning_rate_multiplier"`
	BatchSize              json.RawMessage `json:"batch_size"`
}

// autoOr decodes a number-or-"auto" field; ok is false for "auto" or absence.
func autoOr(raw json.RawMessage, param string) (v float64, ok bool, err error) {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" || s == `"auto"` {
		return 0, false, nil
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, false, invalid(param, "%s must be a number or \"auto\"", param)
	}
	return v, true, nil
}

func (s *Server) jobSpec(req jobRequest) (jobSpec, error) {
	spec := jobSpec{trainingFile: req.TrainingFile, suffix: req.Suffix, steps: s.cfg.DefaultSteps,
		lrMultiplier: 1, metadata: req.Metadata}
	if req.Seed != nil {
		spec.seed = *req.Seed
	}
	if req.TrainingFile == "" {
		return spec, invalid("training_file", "training_file is required: upload a file with POST /v1/files (purpose fine-tune)")
	}
	f, err := s.files.get(req.TrainingFile)
	if err != nil {
		return spec, err
	}
	if f.Purpose != purposeFineTune {
		return spec, invalid("training_file", "file %s has purpose %q, not %q", f.ID, f.Purpose, purposeFineTune)
	}
	if req.Suffix != "" && (len(req.Suffix) > 64 || strings.Contains(req.Suffix, ":") || !validModelID(req.Suffix)) {
		return spec, invalid("suffix", "suffix %q: use up to 64 letters, digits, '.', '_' or '-'", req.Suffix)
	}
	_, model, err := s.models.get(req.Model)
	if err != nil {
		return spec, err
	}
	spec.model = model
	hp := req.Hyperparameters
	if hp == nil && req.Method != nil && req.Method.Supervised != nil {
		hp = req.Method.Supervised.Hyperparameters
	}
	if hp == nil {
		return spec, nil
	}
	if n, ok, err := autoOr(hp.NEpochs, "n_epochs"); err != nil {
		return spec, err
	} else if ok {
		if n != float64(int(n)) || n < 1 || int(n) > s.cfg.MaxSteps {
			return spec, invalid("n_epochs", "n_epochs is %g; it must be a whole number from 1 to %d (one training step each)", n, s.cfg.MaxSteps)
		}
		spec.steps = int(n)
	}
	if m, ok, err := autoOr(hp.LearningRateMultiplier, "learning_rate_multiplier"); err != nil {
		return spec, err
	} else if ok {
		if !(m > 0 && m <= 100) {
			return spec, invalid("learning_rate_multiplier", "learning_rate_multiplier is %g; it must be above 0 and at most 100", m)
		}
		spec.lrMultiplier = m
	}
	if _, _, err := autoOr(hp.BatchSize, "batch_size"); err != nil {
		return spec, err
	}
	return spec, nil
}

func (s *Server) createJob(w http.ResponseWriter, r *http.Request) {
	var req jobRequest
	if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &req); err != nil {
		writeError(w, s.log, err)
		return
	}
	spec, err := s.jobSpec(req)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	obj := s.tuner.start(spec)
	s.log.Info("fine-tuning job created", "job", obj.ID, "model", spec.model, "file", spec.trainingFile, "steps", spec.steps)
	writeJSON(w, http.StatusOK, obj)
}

// page reads OpenAI's cursor parameters: after (an id) and limit (default 20).
func page(r *http.Request) (string, int, error) {
	limit := 20
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return "", 0, invalid("limit", "limit %q must be a whole number from 1 to 1000", v)
		}
		limit = n
	}
	return r.URL.Query().Get("after"), limit, nil
}

func (s *Server) listJobs(w http.ResponseWriter, r *http.Request) {
	after, limit, err := page(r)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	jobs, more := s.tuner.list(after, limit)
	writeJSON(w, http.StatusOK, listObject[jobObject]{Object: "list", Data: jobs, HasMore: &more})
}

// jobID is the job a request names: the {id} path segment, ?id= (or job_id,
// fine_tuning_job_id), or for the design's POST endpoints a JSON body with one of those.
func (s *Server) jobID(w http.ResponseWriter, r *http.Request) (string, error) {
	if id := r.PathValue("id"); id != "" {
		return id, nil
	}
	q := r.URL.Query()
	for _, k := range []string{"id", "job_id", "fine_tuning_job_id"} {
		if id := q.Get(k); id != "" {
			return id, nil
		}
	}
	if r.ContentLength != 0 && r.Body != nil && r.Method != http.MethodGet {
		var body struct {
			ID              string `json:"id"`
			JobID           string `json:"job_id"`
			FineTuningJobID string `json:"fine_tuning_job_id"`
		}
		if err := decodeJSON(w, r, s.cfg.MaxBodyBytes, &body); err != nil {
			return "", err
		}
		for _, id := range []string{body.ID, body.JobID, body.FineTuningJobID} {
			if id != "" {
				return id, nil
			}
		}
	}
	return "", invalid("fine_tuning_job_id", "name the job: /v1/fine_tuning/jobs/{id}, ?id= or a JSON body {\"id\": ...}")
}

func (s *Server) getJob(w http.ResponseWriter, r *http.Request) {
	id, err := s.jobID(w, r)
	if err == nil {
		var obj jobObject
		if obj, err = s.tuner.get(id); err == nil {
			writeJSON(w, http.StatusOK, obj)
			return
		}
	}
	writeError(w, s.log, err)
}

func (s *Server) jobEvents(w http.ResponseWriter, r *http.Request) {
	after, limit, err := page(r)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	evs, more, err := s.tuner.events(r.PathValue("id"), after, limit)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	writeJSON(w, http.StatusOK, listObject[eventObject]{Object: "list", Data: evs, HasMore: &more})
}

func (s *Server) cancelJob(w http.ResponseWriter, r *http.Request) {
	id, err := s.jobID(w, r)
	if err == nil {
		var obj jobObject
		if obj, err = s.tuner.cancelJob(id); err == nil {
			s.log.Info("fine-tuning job cancelled", "job", id)
			writeJSON(w, http.StatusOK, obj)
			return
		}
	}
	writeError(w, s.log, err)
}

func (s *Server) deleteJob(w http.ResponseWriter, r *http.Request) {
	id, err := s.jobID(w, r)
	if err == nil {
		if err = s.tuner.deleteJob(r.Context(), id); err == nil {
			s.log.Info("fine-tuning job deleted", "job", id)
			writeJSON(w, http.StatusOK, map[string]any{"id": id, "object": "fine_tuning.job", "deleted": true})
			return
		}
	}
	writeError(w, s.log, err)
}
