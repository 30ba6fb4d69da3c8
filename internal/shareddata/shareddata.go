// Package shareddata locates what tests and benchmarks read from ../shared
// beside the repository: the seed articles and the public data sets, which
// are never copied into the repository. Tests that need them skip, saying
// so, when they are absent.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot walks up from the working directory (a package's directory
// under go test) to the directory holding go.mod.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("shareddata: go.mod not found above the test's directory")
		}
		dir = parent
	}
}

// Dir returns ../shared/<sub> beside the repository, or skips the test or
// benchmark when it is absent.
func Dir(tb testing.TB, sub string) string {
	tb.Helper()
	p := filepath.Join(RepoRoot(tb), "..", "shared", sub)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("%s not present (shared data lives beside the repository, never in it): %v", p, err)
	}
	return p
}
