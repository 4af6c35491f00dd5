// Package modelserver is the reference model runtime that providers run in a container: an
// HTTP server in front of the pure-Go llama runtime that answers both Gintonic's design
// endpoints (/completions/create, /fine_tuning/...) and their OpenAI-compatible twins
// (/v1/completions, /v1/chat/completions, /v1/files, /v1/fine_tuning/jobs), really
// fine-tunes models, and counts tokens per model for the provider agent's meter (/usage,
// /metrics). Generations run Config.Slots at a time; the requests waiting for a slot are the
// runtime's queue (the gauge QueueMetric), which the gateway balances replicas on.
//
// Fine-tuned models are GGUF files in Config.ModelsDir, named after their model id, so they
// survive a restart of the runtime; files and jobs live in memory for the runtime's lifetime.
package modelserver
