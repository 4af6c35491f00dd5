// Command testsrv is the service image of the agent/runtime tests: a static HTTP server that
// listens on $HOST:$PORT and can be told to misbehave.
//
//	GET /        answers "hello from testsrv"
//	GET /health  200 "ok", or 503 once it was made sick
//	GET /sick    makes /health fail from now on
//	GET /exit    exits with ?code= (default 1)
//	GET /info    JSON: uid, gid, whether / and /tmp are writable, the GREETING env
//	GET /dial    ?addr=host:port tries to reach addr from inside the container, as a hostile
//	             tenant would: JSON {connected, answered, err}; answered means an HTTP server
//	             replied to a GET (a listener that accepts and hangs up is not an answer)
//	GET /usage   what it served, as the reference runtime reports it: every GET / is one
//	             request of 3 prompt and 5 completion tokens
//
// TESTSRV_EXIT_AFTER=<duration> makes it exit with code 3 (or TESTSRV_EXIT_CODE) after that
// long; TESTSRV_SICK=1 starts it sick. TESTSRV_OUTPUT lists files it makes in $OUTPUT_DIR at
// start, comma-separated: name:size (a sparse file of that many bytes, 10T allowed),
// name>target (a symbolic link), name/ (a directory).
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	log.SetFlags(0)
	host, port := os.Getenv("HOST"), os.Getenv("PORT")
	if host == "" {
		host = "127.0.0.1"
	}
	if port == "" {
		port = "8080"
	}
	var sick atomic.Bool
	sick.Store(os.Getenv("TESTSRV_SICK") == "1")

	if s := os.Getenv("TESTSRV_EXIT_AFTER"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil {
			log.Fatalf("testsrv: bad TESTSRV_EXIT_AFTER %q: %v", s, err)
		}
		code := 3
		if c, err := strconv.Atoi(os.Getenv("TESTSRV_EXIT_CODE")); err == nil {
			code = c
		}
		go func() {
			time.Sleep(d)
			log.Printf("testsrv: fatal: exiting with code %d as TESTSRV_EXIT_AFTER=%s asks", code, d)
			os.Exit(code)
		}()
	}
	if err := makeOutput(os.Getenv("OUTPUT_DIR"), os.Getenv("TESTSRV_OUTPUT")); err != nil {
		log.Fatalf("testsrv: fatal: TESTSRV_OUTPUT: %v", err)
	}
	go func() {
		c := make(chan os.Signal, 1)
		signal.Notify(c, syscall.SIGTERM, syscall.SIGINT)
		s := <-c
		log.Printf("testsrv: stopping on %s", s)
		os.Exit(0)
	}()

	var served atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		served.Add(1)
		fmt.Fprintln(w, "hello from testsrv")
	})
	mux.HandleFunc("/usage", func(w http.ResponseWriter, r *http.Request) {
		n := served.Load()
		json.NewEncoder(w).Encode(map[string]int64{"requests": n, "prompt_tokens": 3 * n, "completion_tokens": 5 * n})
	})
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		if sick.Load() {
			http.Error(w, "sick", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/sick", func(w http.ResponseWriter, r *http.Request) {
		sick.Store(true)
		log.Printf("testsrv: health checks fail from now on")
		fmt.Fprintln(w, "sick now")
	})
	mux.HandleFunc("/exit", func(w http.ResponseWriter, r *http.Request) {
		code, err := strconv.Atoi(r.URL.Query().Get("code"))
		if err != nil {
			code = 1
		}
		log.Printf("testsrv: fatal: exiting with code %d as asked", code)
		os.Exit(code)
	})
	mux.HandleFunc("/info", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(map[string]any{
			"uid":          os.Getuid(),
			"gid":          os.Getgid(),
			"rootWritable": writable("/"),
			"tmpWritable":  writable("/tmp"),
			"greeting":     os.Getenv("GREETING"),
		})
	})

	mux.HandleFunc("/dial", func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(dial(r.URL.Query().Get("addr")))
	})

	addr := net.JoinHostPort(host, port)
	fmt.Printf("testsrv: listening on %s as uid %d\n", addr, os.Getuid())
	if err := http.ListenAndServe(addr, mux); err != nil {
		log.Fatalf("testsrv: fatal: %v", err)
	}
}

func writable(dir string) bool {
	f, err := os.CreateTemp(dir, "probe-")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

// dialResult is what /dial found.
type dialResult struct {
	Connected bool   `json:"connected"`
	Answered  bool   `json:"answered"`
	Err       string `json:"err,omitempty"`
}

func dial(addr string) dialResult {
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return dialResult{Err: err.Error()}
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := fmt.Fprintf(c, "GET / HTTP/1.0\r\nHost: %s\r\n\r\n", addr); err != nil {
		return dialResult{Connected: true, Err: err.Error()}
	}
	buf := make([]byte, 5)
	n, err := io.ReadFull(c, buf)
	if string(buf[:n]) == "HTTP/" {
		return dialResult{Connected: true, Answered: true}
	}
	msg := "no HTTP answer"
	if err != nil {
		msg += ": " + err.Error()
	}
	return dialResult{Connected: true, Err: msg}
}

// makeOutput creates the files TESTSRV_OUTPUT lists.
func makeOutput(dir, spec string) error {
	if spec == "" {
		return nil
	}
	for _, item := range strings.Split(spec, ",") {
		switch {
		case strings.HasSuffix(item, "/"):
			if err := os.Mkdir(filepath.Join(dir, item), 0o755); err != nil {
				return err
			}
		case strings.Contains(item, ">"):
			name, target, _ := strings.Cut(item, ">")
			if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
				return err
			}
		default:
			name, size, _ := strings.Cut(item, ":")
			n, err := parseSize(size)
			if err != nil {
				return err
			}
			f, err := os.Create(filepath.Join(dir, name))
			if err != nil {
				return err
			}
			if n <= 1<<20 {
				_, err = f.Write([]byte(strings.Repeat("x", int(n))))
			} else {
				err = f.Truncate(n) // sparse: no disk used
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "T"):
		mult, s = 1<<40, strings.TrimSuffix(s, "T")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n * mult, err
}
