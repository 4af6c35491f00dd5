// Package llama is a small pure-Go reference runtime for Llama-family language models stored
// as float32 GGUF files: it reads and writes GGUF, tokenizes with the model's SentencePiece
// vocabulary, generates text (greedy or sampled, streaming or not) and fine-tunes the output
// layer on a text. It favours clarity over speed and needs no C library, so it runs in a
// FROM scratch container image.
package llama
