package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/queue"
	"github.com/claimtrack/claimtrack/internal/store/storetest"
)

// TestDistributedIngestExactlyOnce: one enqueuer and two worker processes
// on one JetStream stream ingest the BBC corpus (30 articles per category;
// all of it with CLAIMTRACK_LONG=1) into PostgreSQL; one worker
// is killed (SIGKILL) a third of the way through and a replacement started.
// Every distinct article must be stored exactly once, and the queue and
// dead-letter stream must end empty.
func TestDistributedIngestExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: multi-process test")
	}
	if c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second); err != nil {
		t.Skipf("NATS JetStream not reachable at 127.0.0.1:4222 (%v); .ci/run starts it", err)
	} else {
		c.Close()
	}
	bbc := sharedDir(t, "data/bbc-news/bbc")
	if !longTests() {
		// The same scenario on a slice of the corpus: the full 2,225
		// articles take minutes and prove nothing more about delivery.
		bbc = corpusSlice(t, bbc, 30)
	}
	pg := storetest.FreshPostgres(t)
	bin := buildBinary(t)
	b := make([]byte, 4)
	rand.Read(b)
	stream := "CT_DIST_" + strings.ToUpper(hex.EncodeToString(b))
	natsURL := "nats://127.0.0.1:4222"
	// The killed worker's batch comes back after the ack wait: short here so
	// that the test does not sit out the 2-minute default.
	ackWait := "10s"
	ctx := context.Background()
	nc, js, err := queue.Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	cfg := queue.Config{Stream: stream}.Defaults()
	t.Cleanup(func() {
		_ = js.DeleteStream(ctx, cfg.Stream)
		_ = js.DeleteStream(ctx, cfg.DeadStream)
		_ = js.DeleteObjectStore(ctx, cfg.Bucket)
	})

	// The distinct article texts of the corpus: what must end up stored.
	want := map[string]bool{}
	if err := ingest.Walk(ctx, []string{bbc}, nil, ingest.Options{}, func(it ingest.Item) error {
		if it.Doc != nil {
			want[it.Doc.ID] = true
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	logs := t.TempDir()
	runCmd := func(name string, args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		f, err := os.Create(filepath.Join(logs, name+".log"))
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stdout, cmd.Stderr = f, f
		return cmd
	}
	enq := runCmd("enqueue", "enqueue", "--nats", natsURL, "--stream", stream, "--ack-wait", ackWait, bbc)
	if err := enq.Run(); err != nil {
		out, _ := os.ReadFile(filepath.Join(logs, "enqueue.log"))
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	worker := func(name string) *exec.Cmd {
		cmd := runCmd(name, "worker", "--nats", natsURL, "--db", pg, "--stream", stream, "--batch", "16", "--ack-wait", ackWait)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	conn, err := pgx.Connect(ctx, pg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	count := func() (rows, distinct int) {
		// Before the first worker migrates, the table does not exist yet.
		_ = conn.QueryRow(ctx, `SELECT COUNT(*), COUNT(DISTINCT doc_id) FROM articles`).Scan(&rows, &distinct)
		return rows, distinct
	}
	waitFor := func(what string, limit time.Duration, cond func() bool) {
		deadline := time.Now().Add(limit)
		for !cond() {
			if time.Now().After(deadline) {
				rows, _ := count()
				t.Fatalf("timed out waiting for %s (%d articles stored)", what, rows)
			}
			time.Sleep(200 * time.Millisecond)
		}
	}

	w1, w2 := worker("w1"), worker("w2")
	waitFor("a third of the corpus", 5*time.Minute, func() bool { n, _ := count(); return n >= len(want)/3 })
	if err := w1.Process.Kill(); err != nil { // SIGKILL: no chance to ack or clean up
		t.Fatal(err)
	}
	w1.Wait()
	w3 := worker("w3")
	waitFor("the whole corpus", 10*time.Minute, func() bool { n, _ := count(); return n >= len(want) })
	// Let redeliveries of the killed worker's unacknowledged batch arrive
	// and be acknowledged (if it had committed them, the count cannot show it).
	waitFor("the work stream to drain", time.Minute, func() bool {
		s, err := js.Stream(ctx, cfg.Stream)
		if err != nil {
			return false
		}
		info, err := s.Info(ctx)
		return err == nil && info.State.Msgs == 0
	})
	time.Sleep(time.Second)
	for _, w := range []*exec.Cmd{w2, w3} {
		w.Process.Signal(syscall.SIGTERM)
		if err := w.Wait(); err != nil {
			t.Errorf("worker did not shut down cleanly on SIGTERM: %v", err)
		}
	}
	rows, distinct := count()
	if rows != len(want) || distinct != len(want) {
		t.Errorf("stored %d rows (%d distinct texts), want exactly %d", rows, distinct, len(want))
	}
	var orphans int
	if err := conn.QueryRow(ctx, `SELECT COUNT(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = f.article)`).Scan(&orphans); err != nil || orphans != 0 {
		t.Errorf("orphan figures: %d (%v)", orphans, err)
	}
	for _, name := range []string{cfg.Stream, cfg.DeadStream} {
		s, err := js.Stream(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		info, err := s.Info(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if info.State.Msgs != 0 {
			t.Errorf("stream %s has %d messages left", name, info.State.Msgs)
		}
	}
	t.Logf("%d distinct articles stored exactly once by 2 workers (one killed and replaced)", len(want))
}

// longTests: CLAIMTRACK_LONG=1 runs the full-size versions of the
// multi-process scenarios (bench/long-tests.sh sets it).
func longTests() bool { return os.Getenv("CLAIMTRACK_LONG") == "1" }

// corpusSlice copies the first perDir files (in name order) of each
// directory under root into a temporary tree and returns its root.
func corpusSlice(t *testing.T, root string, perDir int) string {
	t.Helper()
	out := t.TempDir()
	taken := map[string]int{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(d.Name(), ".") {
			return err
		}
		dir := filepath.Dir(path)
		if taken[dir] >= perDir {
			return nil
		}
		taken[dir]++
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
