// Package queue distributes ingest over NATS JetStream: `enqueue` publishes
// one message per article, and any number of workers on any number of
// machines pull, extract and store them. A message is acknowledged only after
// its article is committed, so delivery is at-least-once; ingest is
// idempotent (same text, same article), which makes the whole effectively
// once. Messages that keep failing go to a dead-letter stream instead of
// looping forever.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Config names the stream and subjects; the zero value is completed by
// Defaults.
type Config struct {
	Stream     string // work stream, e.g. CLAIMTRACK
	Subject    string // where articles are published
	DeadStream string // stream keeping dead letters
	DeadSubj   string // where failing articles go
	Consumer   string // durable consumer shared by workers
	MaxDeliver int    // deliveries before a message is dead-lettered
	AckWait    time.Duration
}

// Defaults fills zero fields.
func (c Config) Defaults() Config {
	if c.Stream == "" {
		c.Stream = "CLAIMTRACK"
	}
	// Subjects derive from the stream name so that several streams (a
	// test's, a second deployment's) never claim the same subject.
	if c.Subject == "" {
		c.Subject = strings.ToLower(c.Stream) + ".articles"
	}
	if c.DeadStream == "" {
		c.DeadStream = c.Stream + "_DEAD"
	}
	if c.DeadSubj == "" {
		c.DeadSubj = strings.ToLower(c.Stream) + ".dead"
	}
	if c.Consumer == "" {
		c.Consumer = "workers"
	}
	if c.MaxDeliver == 0 {
		c.MaxDeliver = 5
	}
	if c.AckWait == 0 {
		c.AckWait = 2 * time.Minute
	}
	return c
}

// Connect opens a JetStream context on url.
func Connect(url string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(url, nats.Name("claimtrack"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, nil, fmt.Errorf("nats %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("jetstream: %w", err)
	}
	return nc, js, nil
}

// Setup creates or updates the work and dead-letter streams and the shared
// consumer. It is safe to call from every process.
func Setup(ctx context.Context, js jetstream.JetStream, c Config) (jetstream.Consumer, error) {
	c = c.Defaults()
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       c.Stream,
		Subjects:   []string{c.Subject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: 10 * time.Minute, // publish de-duplication by Nats-Msg-Id
	})
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", c.Stream, err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:     c.DeadStream,
		Subjects: []string{c.DeadSubj},
		Storage:  jetstream.FileStorage,
	})
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", c.DeadStream, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:       c.Consumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver,
		FilterSubject: c.Subject,
		MaxAckPending: 1024,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", c.Consumer, err)
	}
	return cons, nil
}

// Publish sends one document to the work stream. The message ID is the
// document's text hash plus URL, so a publisher that retries after a lost
// acknowledgement does not enqueue it twice.
func Publish(ctx context.Context, js jetstream.JetStream, c Config, doc *document.Document) error {
	c = c.Defaults()
	data, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("encode %s: %w", doc.Path, err)
	}
	msg := nats.NewMsg(c.Subject)
	msg.Data = data
	msg.Header.Set(jetstream.MsgIDHeader, doc.ID+"|"+string(doc.URL))
	if _, err := js.PublishMsg(ctx, msg); err != nil {
		return fmt.Errorf("publish %s: %w", doc.Path, err)
	}
	return nil
}

// Worker pulls articles, extracts and stores them.
type Worker struct {
	JS     jetstream.JetStream
	Config Config
	Store  store.Store
	// Batch is how many messages are committed in one transaction.
	Batch  int
	Logger *slog.Logger
	// Extract turns a document into facts; extract.Extract by default.
	Extract func(*document.Document) *extract.Result
	// OnSaved is called after each committed batch (for metrics and tests).
	OnSaved func([]store.Saved)
}

// Run pulls until ctx is done. On cancellation it finishes and acknowledges
// the batch in hand, then returns nil: that is the graceful shutdown.
func (w *Worker) Run(ctx context.Context) error {
	c := w.Config.Defaults()
	cons, err := Setup(ctx, w.JS, c)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped before it started: nothing in hand
		}
		return err
	}
	batch := w.Batch
	if batch <= 0 {
		batch = 32
	}
	log := w.Logger
	if log == nil {
		log = slog.Default()
	}
	ext := w.Extract
	if ext == nil {
		ext = extract.Extract
	}
	for ctx.Err() == nil {
		msgs, err := cons.Fetch(batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			log.Warn("fetch failed", "err", err)
			time.Sleep(time.Second)
			continue
		}
		var held []jetstream.Msg
		var results []*extract.Result
		for m := range msgs.Messages() {
			var doc document.Document
			if err := json.Unmarshal(m.Data(), &doc); err != nil || doc.Text == "" {
				if err == nil {
					err = errors.New("empty text")
				}
				w.deadLetter(ctx, c, m, fmt.Errorf("undecodable message: %w", err), log)
				continue
			}
			if document.ID(doc.Text) != doc.ID {
				doc.ID = document.ID(doc.Text)
			}
			held = append(held, m)
			results = append(results, ext(&doc))
		}
		if err := msgs.Error(); err != nil && !errors.Is(err, jetstream.ErrNoHeartbeat) && ctx.Err() == nil {
			log.Debug("fetch ended", "err", err)
		}
		if len(held) == 0 {
			continue
		}
		// Commit even when shutdown began mid-batch: the work is done and
		// acknowledging it saves a redelivery.
		saved, err := w.Store.SaveBatch(context.WithoutCancel(ctx), results)
		if err != nil {
			log.Error("save failed; messages will be redelivered", "n", len(held), "err", err)
			for _, m := range held {
				w.retryOrDead(ctx, c, m, err, log)
			}
			continue
		}
		for _, m := range held {
			if err := m.DoubleAck(context.WithoutCancel(ctx)); err != nil {
				// The article is stored; a redelivery is a no-op.
				log.Warn("ack failed", "err", err)
			}
		}
		if w.OnSaved != nil {
			w.OnSaved(saved)
		}
	}
	return nil
}

// retryOrDead naks a failed message for redelivery, or dead-letters it when
// it has used up its deliveries.
func (w *Worker) retryOrDead(ctx context.Context, c Config, m jetstream.Msg, cause error, log *slog.Logger) {
	md, err := m.Metadata()
	if err == nil && int(md.NumDelivered) >= c.MaxDeliver {
		w.deadLetter(ctx, c, m, cause, log)
		return
	}
	if err := m.NakWithDelay(2 * time.Second); err != nil {
		log.Warn("nak failed", "err", err)
	}
}

// deadLetter copies m to the dead-letter subject with the reason and
// terminates it, so it is not delivered again.
func (w *Worker) deadLetter(ctx context.Context, c Config, m jetstream.Msg, cause error, log *slog.Logger) {
	dl := nats.NewMsg(c.DeadSubj)
	dl.Data = m.Data()
	dl.Header.Set("Claimtrack-Error", cause.Error())
	if md, err := m.Metadata(); err == nil {
		dl.Header.Set("Claimtrack-Stream-Seq", fmt.Sprint(md.Sequence.Stream))
		dl.Header.Set("Claimtrack-Deliveries", fmt.Sprint(md.NumDelivered))
	}
	if _, err := w.JS.PublishMsg(context.WithoutCancel(ctx), dl); err != nil {
		log.Error("dead-letter publish failed; leaving message for redelivery", "err", err)
		_ = m.Nak()
		return
	}
	log.Warn("article dead-lettered", "reason", cause)
	_ = m.Term()
}
