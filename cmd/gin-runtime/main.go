// Command gin-runtime is the reference model runtime providers run in a container: it
// serves a GGUF model over an OpenAI-compatible HTTP API with fine-tuning and usage counters
// (-mode serve), or fine-tunes it once on a file and exits (-mode train).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/gintonic/gintonic/modelserver"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stderr); err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintln(os.Stderr, "gin-runtime:", err)
		os.Exit(1)
	}
}

// run serves (or trains) until ctx ends.
func run(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	cfg, err := parseConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	if cfg.Mode == "train" {
		if err := os.MkdirAll(cfg.ModelsDir, 0o755); err != nil {
			return fmt.Errorf("models directory: %w", err)
		}
		if cfg.TrainText != "" {
			cfg.TrainFile = filepath.Join(cfg.ModelsDir, "train.txt")
			if err := os.WriteFile(cfg.TrainFile, []byte(cfg.TrainText), 0o600); err != nil {
				return fmt.Errorf("training text: %w", err)
			}
		}
		return modelserver.Train(ctx, modelserver.TrainRun{ModelPath: cfg.ModelPath, TrainingFile: cfg.TrainFile,
			Output: cfg.Output, Steps: cfg.Steps, LearningRate: cfg.LearningRate, Logger: log})
	}
	srv, err := modelserver.New(modelserver.Config{ModelPath: cfg.ModelPath, ModelName: cfg.ModelName,
		ModelsDir: cfg.ModelsDir, Slots: cfg.Slots, Logger: log})
	if err != nil {
		return err
	}
	defer srv.Close()
	l, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Listen, err)
	}
	log.Info("serving", "url", "http://"+l.Addr().String(), "model", cfg.ModelPath)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, l, cfg.Grace) }()
	// /health answers 503 while the model loads, 200 after.
	if err := srv.Load(); err != nil {
		return err
	}
	return <-served
}
