package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

const natsURL = "nats://127.0.0.1:4222"

// connect returns a JetStream context on the machine's NATS server, or skips.
func connect(t *testing.T) jetstream.JetStream {
	t.Helper()
	c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second)
	if err != nil {
		t.Skipf("NATS JetStream not reachable at %s (%v); .ci/run starts it", natsURL, err)
	}
	c.Close()
	nc, js, err := Connect(natsURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return js
}

// memStore records saves; only SaveBatch is used by the worker.
type memStore struct {
	store.Store
	mu    sync.Mutex
	saved map[string]int // doc id → times created
	calls int
	fail  func(*extract.Result) error
}

func (m *memStore) SaveBatch(ctx context.Context, rs []*extract.Result) ([]store.Saved, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls++
	for _, r := range rs {
		if m.fail != nil {
			if err := m.fail(r); err != nil {
				return nil, err
			}
		}
	}
	var out []store.Saved
	for _, r := range rs {
		_, seen := m.saved[r.Doc.ID]
		if !seen {
			m.saved[r.Doc.ID] = 0
		}
		if !seen {
			m.saved[r.Doc.ID]++
		}
		out = append(out, store.Saved{DocID: r.Doc.ID, Created: !seen})
	}
	return out, nil
}

func (m *memStore) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.saved)
}

func testConfig(t *testing.T) Config {
	name := strings.ToUpper(strings.NewReplacer("/", "_", " ", "_").Replace(t.Name())) + fmt.Sprint(time.Now().UnixNano()%1e6)
	return Config{Stream: "CT_" + name, MaxDeliver: 3, AckWait: 5 * time.Second}.Defaults()
}

func cleanup(t *testing.T, js jetstream.JetStream, c Config) {
	t.Cleanup(func() {
		ctx := context.Background()
		_ = js.DeleteStream(ctx, c.Stream)
		_ = js.DeleteStream(ctx, c.DeadStream)
		_ = js.DeleteObjectStore(ctx, c.Bucket)
	})
}

func doc(i int) *document.Document {
	d := document.New(fmt.Sprintf("Article %d. The ministry said %d soldiers were deployed.", i, 100+i))
	d.Path = document.Str(fmt.Sprintf("a%d.txt", i))
	return d
}

func cheapExtract(d *document.Document) *extract.Result { return &extract.Result{Doc: d} }

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second) // generous: CI machines run other packages' tests beside this one
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Two workers, one of them stopped mid-stream and replaced: every article is
// stored exactly once.
func TestTwoWorkersExactlyOnce(t *testing.T) {
	js := connect(t)
	c := testConfig(t)
	cleanup(t, js, c)
	ctx := context.Background()
	if _, err := Setup(ctx, js, c); err != nil {
		t.Fatal(err)
	}
	const n = 300
	for i := 0; i < n; i++ {
		if _, err := Publish(ctx, js, c, doc(i)); err != nil {
			t.Fatal(err)
		}
	}
	// Publishing the same document again is de-duplicated by message id.
	if _, err := Publish(ctx, js, c, doc(0)); err != nil {
		t.Fatal(err)
	}
	st := &memStore{saved: map[string]int{}}
	run := func(ctx context.Context) *sync.WaitGroup {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := &Worker{JS: js, Config: c, Store: st, Batch: 8, Extract: cheapExtract}
			if err := w.Run(ctx); err != nil {
				t.Error(err)
			}
		}()
		return &wg
	}
	ctx1, stop1 := context.WithCancel(ctx)
	ctx2, stop2 := context.WithCancel(ctx)
	w1, w2 := run(ctx1), run(ctx2)
	waitFor(t, "a third of the articles", func() bool { return st.count() >= n/3 })
	stop1() // graceful shutdown of one worker mid-stream
	w1.Wait()
	ctx3, stop3 := context.WithCancel(ctx)
	w3 := run(ctx3) // a replacement
	waitFor(t, "all articles", func() bool { return st.count() >= n })
	stop2()
	stop3()
	w2.Wait()
	w3.Wait()
	if got := st.count(); got != n {
		t.Fatalf("stored %d distinct articles, want %d", got, n)
	}
	for id, k := range st.saved {
		if k != 1 {
			t.Errorf("article %s created %d times", id, k)
		}
	}
	info, err := js.Stream(ctx, c.Stream)
	if err != nil {
		t.Fatal(err)
	}
	si, _ := info.Info(ctx)
	if si.State.Msgs != 0 {
		t.Errorf("%d messages left in the work queue", si.State.Msgs)
	}
}

// A message that keeps failing is dead-lettered after MaxDeliver attempts,
// and an undecodable one at once; the others are stored.
func TestDeadLetter(t *testing.T) {
	js := connect(t)
	c := testConfig(t)
	cleanup(t, js, c)
	ctx := context.Background()
	if _, err := Setup(ctx, js, c); err != nil {
		t.Fatal(err)
	}
	bad := doc(1)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st := &memStore{saved: map[string]int{}, fail: func(r *extract.Result) error {
		if r.Doc.ID == bad.ID {
			return errors.New("disk on fire")
		}
		return nil
	}}
	if _, err := Publish(ctx, js, c, bad); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, c.Subject, []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	if _, err := Publish(ctx, js, c, doc(2)); err != nil {
		t.Fatal(err)
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		// Batch 1 so the failing article does not hold others back.
		(&Worker{JS: js, Config: c, Store: st, Batch: 1, Extract: cheapExtract, Logger: quiet}).Run(wctx)
		close(done)
	}()
	dead, err := js.Stream(ctx, c.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "two dead letters", func() bool {
		si, err := dead.Info(ctx)
		return err == nil && si.State.Msgs == 2
	})
	waitFor(t, "the good article", func() bool { return st.count() == 1 })
	stop()
	<-done
	m, err := dead.GetLastMsgForSubject(ctx, c.DeadSubj)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Header.Get("Claimtrack-Error"), "disk on fire") && !strings.Contains(m.Header.Get("Claimtrack-Error"), "undecodable") {
		t.Errorf("dead letter reason %q", m.Header.Get("Claimtrack-Error"))
	}
}

// Deliveries lost on the way (fetched, never processed: a fetch that
// expired on a busy machine) use up the server's count too; a failing
// message whose allowed deliveries were all lost like that is still
// dead-lettered by the next worker, not left unacknowledged forever.
func TestDeadLetterAfterLostDeliveries(t *testing.T) {
	js := connect(t)
	c := testConfig(t)
	c.AckWait = time.Second
	cleanup(t, js, c)
	ctx := context.Background()
	cons, err := Setup(ctx, js, c)
	if err != nil {
		t.Fatal(err)
	}
	bad := doc(1)
	if _, err := Publish(ctx, js, c, bad); err != nil {
		t.Fatal(err)
	}
	// Lose as many deliveries as a worker allows: fetch and drop.
	for lost := 0; lost < c.MaxDeliver; {
		msgs, err := cons.Fetch(1, jetstream.FetchMaxWait(3*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		for range msgs.Messages() {
			lost++
		}
	}
	st := &memStore{saved: map[string]int{}, fail: func(*extract.Result) error { return errors.New("disk on fire") }}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		(&Worker{JS: js, Config: c, Store: st, Batch: 1, Extract: cheapExtract, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Run(wctx)
		close(done)
	}()
	dead, err := js.Stream(ctx, c.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the dead letter", func() bool {
		si, err := dead.Info(ctx)
		return err == nil && si.State.Msgs == 1
	})
	stop()
	<-done
}

// An article larger than a NATS message goes through the object store and is
// stored; one over the article limit is refused alone; a republished article
// is reported as a duplicate; an article whose extraction panics is
// dead-lettered while the others of its batch are stored.
func TestLargeDuplicatePanic(t *testing.T) {
	js := connect(t)
	c := testConfig(t)
	cleanup(t, js, c)
	ctx := context.Background()
	if _, err := Setup(ctx, js, c); err != nil {
		t.Fatal(err)
	}
	big := document.New(strings.Repeat("The ministry said 12 soldiers were deployed. ", 3<<20/46))
	big.Path = "big.txt"
	pub, err := Publish(ctx, js, c, big)
	if err != nil || !pub.Object || pub.Duplicate {
		t.Fatalf("big article: %+v, %v; want it sent through the object store", pub, err)
	}
	huge := document.New(strings.Repeat("x", document.MaxBytes+1))
	huge.Path = "huge.txt"
	if _, err := Publish(ctx, js, c, huge); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "huge.txt") {
		t.Errorf("huge article: err %v, want ErrTooLarge naming it", err)
	}
	for i, want := range []bool{false, true} {
		pub, err := Publish(ctx, js, c, doc(1))
		if err != nil || pub.Duplicate != want {
			t.Fatalf("publish %d of the same article: %+v, %v; want Duplicate %v", i+1, pub, err, want)
		}
	}
	boom := document.New("This article makes the extractor panic.")
	if _, err := Publish(ctx, js, c, boom); err != nil {
		t.Fatal(err)
	}
	st := &memStore{saved: map[string]int{}}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ext := func(d *document.Document) *extract.Result {
		if strings.Contains(d.Text, "panic") {
			panic("extractor bug")
		}
		return &extract.Result{Doc: d}
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		(&Worker{JS: js, Config: c, Store: st, Batch: 8, Extract: ext, Logger: quiet}).Run(wctx)
		close(done)
	}()
	dead, err := js.Stream(ctx, c.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the two good articles", func() bool { return st.count() == 2 })
	waitFor(t, "the panicking article dead-lettered", func() bool {
		si, err := dead.Info(ctx)
		return err == nil && si.State.Msgs == 1
	})
	stop()
	<-done
	st.mu.Lock()
	_, gotBig := st.saved[big.ID]
	st.mu.Unlock()
	if !gotBig {
		t.Error("the article sent through the object store was not stored")
	}
	m, err := dead.GetLastMsgForSubject(ctx, c.DeadSubj)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Header.Get("Claimtrack-Error"); !strings.Contains(got, "internal error: extractor bug") {
		t.Errorf("dead letter reason %q", got)
	}
	obs, err := js.ObjectStore(ctx, c.Bucket)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := obs.GetInfo(ctx, objectName(big.ID+"|")); !errors.Is(err, jetstream.ErrObjectNotFound) {
		t.Errorf("object of a stored article not deleted: %v", err)
	}
}
