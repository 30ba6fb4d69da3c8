package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractCommand runs `claimtrack extract` in process on a JSON
// Lines file named by CLAIMTRACK_BENCH_JSONL (bench/run.sh's bbc.jsonl, for
// example), so that a CPU profile shows reading, extraction and writing
// together as the binary does them.
func BenchmarkExtractCommand(b *testing.B) {
	in := os.Getenv("CLAIMTRACK_BENCH_JSONL")
	if in == "" {
		b.Skip("set CLAIMTRACK_BENCH_JSONL to a JSON Lines corpus (go run ./bench/corpus -in DIR -out FILE)")
	}
	in, _ = filepath.Abs(in)
	info, err := os.Stat(in)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(info.Size())
	for i := 0; i < b.N; i++ {
		env := &Env{Stdout: io.Discard, Stderr: os.Stderr, Getenv: func(string) string { return "" }}
		if code := runExtract(context.Background(), env, []string{in}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
