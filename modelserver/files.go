package modelserver

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"
	"unicode/utf8"
)

// purposeFineTune is the only file purpose clients upload: training text.
const purposeFineTune = "fine-tune"

// purposeResults marks the files fine-tuning jobs produce: the tuned model as GGUF, for the
// client to download and deploy elsewhere (an image of its own, a new marketplace job).
const purposeResults = "fine-tune-results"

// fileObject is OpenAI's file object.
type fileObject struct {
	ID        string `json:"id"`
	Object    string `json:"object"`
	Bytes     int64  `json:"bytes"`
	CreatedAt int64  `json:"created_at"`
	Filename  string `json:"filename"`
	Purpose   string `json:"purpose"`
	Status    string `json:"status"`
}

// fileStore keeps uploaded training files in dir, one file per id, and their metadata in
// memory.
type fileStore struct {
	dir      string
	maxBytes int64

	mu    sync.Mutex
	files map[string]fileObject
}

func newFileStore(dir string, maxBytes int64) *fileStore {
	return &fileStore{dir: dir, maxBytes: maxBytes, files: map[string]fileObject{}}
}

// add stores data as a new file after checking that it is non-empty UTF-8 text.
func (fs *fileStore) add(name, purpose string, data []byte) (fileObject, error) {
	if purpose != purposeFineTune {
		return fileObject{}, invalid("purpose", "purpose %q is not supported; upload training text with purpose %q", purpose, purposeFineTune)
	}
	if len(data) == 0 {
		return fileObject{}, invalid("file", "the file is empty")
	}
	if !utf8.Valid(data) {
		return fileObject{}, invalid("file", "the file is not UTF-8 text; upload plain text or JSONL")
	}
	if name == "" {
		name = "upload.txt"
	}
	f := fileObject{ID: newID("file-"), Object: "file", Bytes: int64(len(data)), CreatedAt: time.Now().Unix(),
		Filename: filepath.Base(name), Purpose: purpose, Status: "processed"}
	if err := os.WriteFile(filepath.Join(fs.dir, f.ID), data, 0o644); err != nil {
		return fileObject{}, fmt.Errorf("store file %s: %w", f.ID, err)
	}
	fs.mu.Lock()
	fs.files[f.ID] = f
	fs.mu.Unlock()
	return f, nil
}

// addResult keeps the file at path, a job's output in the same directory tree, as a new file
// named name: linked, not copied, where the filesystem allows.
func (fs *fileStore) addResult(name, path string) (fileObject, error) {
	f := fileObject{ID: newID("file-"), Object: "file", CreatedAt: time.Now().Unix(), Filename: name,
		Purpose: purposeResults, Status: "processed"}
	dst := filepath.Join(fs.dir, f.ID)
	if err := os.Link(path, dst); err != nil {
		data, rerr := os.ReadFile(path)
		if rerr != nil {
			return fileObject{}, fmt.Errorf("store result file %s: %w", name, rerr)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return fileObject{}, fmt.Errorf("store result file %s: %w", name, err)
		}
	}
	st, err := os.Stat(dst)
	if err != nil {
		return fileObject{}, fmt.Errorf("store result file %s: %w", name, err)
	}
	f.Bytes = st.Size()
	fs.mu.Lock()
	fs.files[f.ID] = f
	fs.mu.Unlock()
	return f, nil
}

func (fs *fileStore) get(id string) (fileObject, error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	f, ok := fs.files[id]
	if !ok {
		return f, notFound("file_id", "file_not_found", "no file %q; upload one with POST /v1/files", id)
	}
	return f, nil
}

func (fs *fileStore) read(id string) ([]byte, error) {
	if _, err := fs.get(id); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(fs.dir, id))
	if err != nil {
		return nil, fmt.Errorf("read file %s: %w", id, err)
	}
	return b, nil
}

func (fs *fileStore) list() []fileObject {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	out := make([]fileObject, 0, len(fs.files))
	for _, f := range fs.files {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b fileObject) int { return int(b.CreatedAt - a.CreatedAt) })
	return out
}

func (fs *fileStore) remove(id string) error {
	fs.mu.Lock()
	_, ok := fs.files[id]
	delete(fs.files, id)
	fs.mu.Unlock()
	if !ok {
		return notFound("file_id", "file_not_found", "no file %q", id)
	}
	if err := os.Remove(filepath.Join(fs.dir, id)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("delete file %s: %w", id, err)
	}
	return nil
}

// uploadFile is OpenAI's multipart upload: fields "file" and "purpose".
func (s *Server) uploadFile(w http.ResponseWriter, r *http.Request) {
	limit := s.files.maxBytes + 1<<20 // room for the multipart framing and the purpose field
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		writeError(w, s.log, invalid("file", "send multipart/form-data with fields file and purpose: %v", err))
		return
	}
	var purpose, name string
	var data []byte
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			writeError(w, s.log, bodyError(err, limit))
			return
		}
		b, err := io.ReadAll(io.LimitReader(part, s.files.maxBytes+1))
		if err != nil {
			writeError(w, s.log, bodyError(err, limit))
			return
		}
		switch part.FormName() {
		case "purpose":
			purpose = string(b)
		case "file":
			name, data = part.FileName(), b
			if int64(len(b)) > s.files.maxBytes {
				writeError(w, s.log, &apiError{Status: http.StatusRequestEntityTooLarge, Type: "invalid_request_error",
					Param: "file", Code: "file_too_large", Message: fmt.Sprintf("the file exceeds %d bytes", s.files.maxBytes)})
				return
			}
		}
	}
	if data == nil {
		writeError(w, s.log, invalid("file", "no file part in the upload"))
		return
	}
	f, err := s.files.add(name, purpose, data)
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	s.log.Info("file uploaded", "file", f.ID, "bytes", f.Bytes)
	writeJSON(w, http.StatusOK, f)
}

func (s *Server) listFiles(w http.ResponseWriter, _ *http.Request) {
	no := false
	writeJSON(w, http.StatusOK, listObject[fileObject]{Object: "list", Data: s.files.list(), HasMore: &no})
}

func (s *Server) getFile(w http.ResponseWriter, r *http.Request) {
	f, err := s.files.get(r.PathValue("id"))
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	writeJSON(w, http.StatusOK, f)
}

func (s *Server) fileContent(w http.ResponseWriter, r *http.Request) {
	b, err := s.files.read(r.PathValue("id"))
	if err != nil {
		writeError(w, s.log, err)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	_, _ = w.Write(b)
}

func (s *Server) deleteFile(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := s.files.remove(id); err != nil {
		writeError(w, s.log, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": id, "object": "file", "deleted": true})
}
