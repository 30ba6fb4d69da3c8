package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ingest"
	"github.com/claimtrack/claimtrack/internal/ingest/feed"
	"github.com/claimtrack/claimtrack/internal/queue"
	"github.com/claimtrack/claimtrack/internal/store"
)

const defaultNATS = "nats://127.0.0.1:4222"

func natsFlag(fs *flag.FlagSet, env *Env) *string {
	def := defaultNATS
	if env.Getenv != nil {
		if v := env.Getenv("CLAIMTRACK_NATS"); v != "" {
			def = v
		}
	}
	return fs.String("nats", def, "NATS server URL (default from CLAIMTRACK_NATS)")
}

// runEnqueue publishes articles from files or feeds to the JetStream work
// stream, for `claimtrack worker` processes to extract and store.
func runEnqueue(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "enqueue")
	natsURL := natsFlag(fs, env)
	stream := fs.String("stream", "CLAIMTRACK", "JetStream stream name")
	published := fs.String("published", "", "publication date YYYY-MM-DD for inputs without one")
	source := fs.String("source", "", "outlet name for inputs without one")
	var feeds multiFlag
	fs.Var(&feeds, "feed", "RSS/Atom feed URL to poll (repeatable); its items' pages are fetched and enqueued")
	format := formatFlag(fs, "text", "json")
	watch := fs.Bool("watch", false, "with --feed: keep polling on a schedule until interrupted")
	interval := fs.Duration("interval", 15*time.Minute, "with --watch: time between polls of one feed")
	ackWait := fs.Duration("ack-wait", 2*time.Minute, "time a worker has to acknowledge an article before it is redelivered")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "enqueue", *format, "text", "json") {
		return 2
	}
	if len(fs.Args()) == 0 && len(feeds) == 0 {
		fs.Usage()
		return 2
	}
	opt := ingest.Options{Source: *source, Fetch: true}
	if *published != "" {
		d, ok := parseDateFlag(env, "enqueue", "published", *published)
		if !ok {
			return 2
		}
		opt.Published = d
	}
	nc, js, err := queue.Connect(*natsURL)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack enqueue: %v\n", err)
		return 1
	}
	defer nc.Close()
	cfg := queue.Config{Stream: *stream, AckWait: *ackWait}.Defaults()
	if _, err := queue.Setup(ctx, js, cfg); err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack enqueue: %v\n", err)
		return 1
	}
	sent, dups, failed := 0, 0, 0
	publish := func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(env.Stderr, "claimtrack enqueue: %v\n", it.Err)
			return nil
		}
		for _, w := range it.Warnings {
			fmt.Fprintf(env.Stderr, "claimtrack enqueue: warning: %s\n", w)
		}
		pub, err := queue.Publish(ctx, js, cfg, it.Doc)
		switch {
		case err != nil && !errors.Is(err, queue.ErrTooLarge) && !errors.Is(err, nats.ErrMaxPayload):
			return err // the connection or the run is gone: stop
		case err != nil:
			// This article alone: say so and go on with the rest.
			failed++
			fmt.Fprintf(env.Stderr, "claimtrack enqueue: %s: %v\n", it.Name, err)
		case pub.Duplicate:
			dups++
		default:
			sent++
		}
		return nil
	}
	if len(fs.Args()) > 0 {
		if err := ingest.Walk(ctx, fs.Args(), env.Stdin, opt, publish); err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack enqueue: %v\n", err)
			return 1
		}
	}
	if len(feeds) > 0 {
		p := feed.NewPoller(feeds)
		p.Interval = *interval
		client := &http.Client{Timeout: 30 * time.Second}
		emit := func(item feed.Item) error {
			return ingest.Read(ctx, item.Link, bytes.NewReader(fetchItem(ctx, client, item)), itemOptions(opt, item), func(it ingest.Item) error {
				if it.Doc != nil && it.Doc.URL == "" {
					it.Doc.URL = document.Str(item.Link)
				}
				if it.Doc != nil && it.Doc.Title == "" {
					it.Doc.Title = document.Str(item.Title)
				}
				return publish(it)
			})
		}
		onErr := func(err error) {
			fmt.Fprintf(env.Stderr, "claimtrack enqueue: %v\n", err)
		}
		if *watch {
			if err := p.Run(ctx, emit, onErr); err != nil && ctx.Err() == nil {
				onErr(err)
				return 1
			}
		} else if err := p.PollDue(ctx, emit); err != nil {
			onErr(err)
			failed++
		}
	}
	if *format == "json" {
		if err := writeJSON(env.Stdout, map[string]int{"enqueued": sent, "duplicates": dups, "failed": failed}); err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack enqueue: %v\n", err)
			return 1
		}
	} else {
		fmt.Fprintf(env.Stderr, "claimtrack enqueue: %d articles enqueued, %d duplicates already queued, %d inputs failed\n", sent, dups, failed)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// fetchItem returns the page a feed item links to, or the item's own
// content when there is no link or the page cannot be fetched.
func fetchItem(ctx context.Context, client *http.Client, item feed.Item) []byte {
	fallback := []byte("<html><head><title>" + item.Title + "</title></head><body>" + item.Content + "</body></html>")
	if item.Link == "" || !(strings.HasPrefix(item.Link, "http://") || strings.HasPrefix(item.Link, "https://")) {
		return fallback
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, item.Link, nil)
	if err != nil {
		return fallback
	}
	req.Header.Set("User-Agent", "claimtrack/1 (+feed poller)")
	resp, err := client.Do(req)
	if err != nil {
		return fallback
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), "html") {
		return fallback
	}
	// One byte over the limit, so that the reader refuses an oversized
	// page instead of storing its truncated start.
	page, err := io.ReadAll(io.LimitReader(resp.Body, ingest.DefaultMaxBytes+1))
	if err != nil || len(page) == 0 {
		return fallback
	}
	return page
}

func itemOptions(opt ingest.Options, item feed.Item) ingest.Options {
	if !item.Published.IsZero() && opt.Published.IsZero() {
		opt.Published = document.NewDate(item.Published)
	}
	return opt
}

// runWorker pulls articles from JetStream, extracts and stores them, until
// interrupted (SIGINT/SIGTERM finish the batch in hand, then exit).
func runWorker(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "worker")
	natsURL := natsFlag(fs, env)
	dbPath := dbFlag(fs, env)
	stream := fs.String("stream", "CLAIMTRACK", "JetStream stream name")
	batch := fs.Int("batch", 32, "articles committed per transaction")
	maxDeliver := fs.Int("max-deliver", 5, "deliveries before a failing article is dead-lettered")
	create := fs.Bool("create", false, "create an empty database if --db does not exist")
	ackWait := fs.Duration("ack-wait", 2*time.Minute, "time to acknowledge an article before it is redelivered (as given to enqueue)")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "claimtrack worker: unexpected arguments %q\n", fs.Args())
		return 2
	}
	if !*create {
		if err := requireDB(*dbPath); err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack worker: %v\n", err)
			return 1
		}
	}
	st, err := openStore(ctx, *dbPath, false)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack worker: %v\n", err)
		return 1
	}
	defer st.Close()
	nc, js, err := queue.Connect(*natsURL)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack worker: %v\n", err)
		return 1
	}
	defer nc.Close()
	log := slog.New(slog.NewTextHandler(env.Stderr, nil))
	total := 0
	w := &queue.Worker{JS: js, Store: st, Batch: *batch, Logger: log,
		Config: queue.Config{Stream: *stream, MaxDeliver: *maxDeliver, AckWait: *ackWait},
		OnSaved: func(s []store.Saved) {
			total += len(s)
			log.Info("batch committed", "articles", len(s), "total", total)
		}}
	log.Info("worker started", "nats", *natsURL, "stream", *stream)
	if err := w.Run(ctx); err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack worker: %v\n", err)
		return 1
	}
	log.Info("worker stopped", "articles", total)
	return 0
}

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
