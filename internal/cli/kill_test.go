package cli

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

// writeCorpus writes n generated articles as text files.
func writeCorpus(t testing.TB, dir string, n int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), []byte(store.Synthetic(7, i).Doc.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "claimtrack")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/claimtrack")
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func checkDB(t *testing.T, path string) int {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	problems, err := db.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("invariant: %s", p)
	}
	var n int
	db.SQL().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n)
	return n
}

// countArticles reads the article count of a database another process is
// writing; an error (locked, not yet created) counts as none.
func countArticles(path string) int {
	db, err := sqlite.Open(context.Background(), path, sqlite.Options{})
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	db.SQL().QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n)
	return n
}

// TestKillDuringIngest SIGKILLs the real binary at random points of an
// ingest several times: after each kill the database passes SQLite's
// integrity check and the ledger invariants (every article has all of its
// facts or none, no orphans); a rerun then completes the corpus.
func TestKillDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a corpus; skipped in -short")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	// Small by default: three kills within the first second of a 200-article
	// ingest still land mid-batch. CLAIMTRACK_LONG=1: 800 articles, five kills
	// up to 2.6 s in.
	n, rounds, window := 200, 3, 700
	if longTests() {
		n, rounds, window = 800, 5, 2500
	}
	writeCorpus(t, corpus, n)
	db := filepath.Join(dir, "kill.db")
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	last := 0
	for round := 0; round < rounds; round++ {
		cmd := exec.Command(bin, "ingest", "--quiet", "--batch", "16", "--db", db, corpus)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(100+r.Intn(window)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL
		cmd.Wait()
		got := checkDB(t, db)
		if got < last {
			t.Fatalf("round %d: %d articles, fewer than the %d committed before", round, got, last)
		}
		t.Logf("round %d: %d articles committed", round, got)
		last = got
	}
	// Ctrl-C: the current batch is committed or rolled back, exit 130.
	cmd := exec.Command(bin, "ingest", "--quiet", "--batch", "16", "--db", db, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt only once the ingest is under way (a batch committed): a
	// signal that arrives while the runtime is still starting, as it can on
	// a loaded machine, meets no handler yet and tests nothing.
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	var err error
	deadline := time.Now().Add(60 * time.Second)
wait:
	for {
		select {
		case err = <-waited:
			break wait // finished before any interrupt: nothing to check but the exit
		case <-time.After(20 * time.Millisecond):
		}
		if countArticles(db) > last || time.Now().After(deadline) {
			cmd.Process.Signal(syscall.SIGINT)
			err = <-waited
			break
		}
	}
	var ee *exec.ExitError
	if err != nil && (!errors.As(err, &ee) || ee.ExitCode() != 130) {
		t.Errorf("interrupted ingest: %v, want exit 130", err)
	}
	checkDB(t, db)
	// A rerun completes the rest.
	out, err := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if got := checkDB(t, db); got != n {
		t.Errorf("after rerun: %d articles, want %d", got, n)
	}
}
