// Command testsrv is the service image of the agent/runtime tests: a static HTTP server that
// listens on $HOST:$PORT and can be told to misbehave.
//
//	GET /        answers "hello from testsrv"
//	GET /health  200 "ok", or 503 once it was made sick
//	GET /sick    makes /health fail from now on
//	GET /exit    exits with ?code= (default 1)
//	GET /info    JSON: uid, gid, whether / and /tmp are writable, the GREETING env
//	GET /usage   what it served, as the reference runtime reports it: every GET / is one
//	             request of 3 prompt and 5 completion tokens
//
// TESTSRV_EXIT_AFTER=<duration> makes it exit with code 3 after that long; TESTSRV_SICK=1
// starts it sick.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
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
		go func() {
			time.Sleep(d)
			log.Printf("testsrv: fatal: exiting with code 3 as TESTSRV_EXIT_AFTER=%s asks", d)
			os.Exit(3)
		}()
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
