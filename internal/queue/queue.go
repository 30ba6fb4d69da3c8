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
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/pipeline"
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
	Bucket     string // object store for articles too large for a message
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
	if c.Bucket == "" {
		c.Bucket = c.Stream + "_BODIES"
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
	_, err = js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket:  c.Bucket,
		Storage: jetstream.FileStorage,
		// Objects are deleted once their article is stored; the TTL bounds
		// what is left by a duplicate publish or a dead-lettered message.
		TTL: 7 * 24 * time.Hour,
	})
	if err != nil {
		return nil, fmt.Errorf("object store %s: %w", c.Bucket, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:   c.Consumer,
		AckPolicy: jetstream.AckExplicitPolicy,
		AckWait:   c.AckWait,
		// The server's limit is twice the workers': a delivery lost on the way
		// (a fetch that expired on a busy machine) still counts on the
		// server, and a message whose last allowed delivery was lost would
		// sit unacknowledged forever instead of being dead-lettered.
		// Workers dead-letter at c.MaxDeliver (retryOrDead).
		MaxDeliver:    2 * c.MaxDeliver,
		FilterSubject: c.Subject,
		MaxAckPending: 1024,
	})
	if err != nil {
		return nil, fmt.Errorf("consumer %s: %w", c.Consumer, err)
	}
	return cons, nil
}

// Published says what became of one published article.
type Published struct {
	// Duplicate: JetStream already held this article (same text and URL)
	// within its de-duplication window and dropped the new message.
	Duplicate bool
	// Object: the article was larger than a NATS message may be and went
	// through the object store, the message carrying only its name.
	Object bool
}

// ErrTooLarge is wrapped by Publish for an article over the size limit.
var ErrTooLarge = document.ErrTooLarge

// objectHeader names the object holding a message's article.
const objectHeader = "Claimtrack-Object"

// Publish sends one document to the work stream. The message ID is the
// document's text hash plus URL, so a publisher that retries after a lost
// acknowledgement does not enqueue it twice. An article too large for one
// NATS message (1 MB by default, far below document.MaxBytes) is put in
// the JetStream object store and the message names it. An error is about
// this article alone unless the connection itself failed; callers go on
// with the next one.
func Publish(ctx context.Context, js jetstream.JetStream, c Config, doc *document.Document) (Published, error) {
	c = c.Defaults()
	var pub Published
	if len(doc.Text) > document.MaxBytes {
		return pub, fmt.Errorf("%s: %d bytes of text, limit %d: %w", doc.Path, len(doc.Text), document.MaxBytes, ErrTooLarge)
	}
	data, err := json.Marshal(doc)
	if err != nil {
		return pub, fmt.Errorf("encode %s: %w", doc.Path, err)
	}
	id := doc.ID + "|" + string(doc.URL)
	msg := nats.NewMsg(c.Subject)
	msg.Header.Set(jetstream.MsgIDHeader, id)
	if int64(len(data)) > inlineLimit(js) {
		name := objectName(id)
		obs, err := js.ObjectStore(ctx, c.Bucket)
		if err == nil {
			_, err = obs.PutBytes(ctx, name, data)
		}
		if err != nil {
			return pub, fmt.Errorf("publish %s (%d bytes) through object store %s: %w", doc.Path, len(data), c.Bucket, err)
		}
		msg.Header.Set(objectHeader, name)
		pub.Object = true
	} else {
		msg.Data = data
	}
	ack, err := js.PublishMsg(ctx, msg)
	if err != nil {
		return pub, fmt.Errorf("publish %s: %w", doc.Path, err)
	}
	pub.Duplicate = ack.Duplicate
	return pub, nil
}

// inlineLimit is the largest article encoding sent in the message itself:
// the server's payload limit less room for headers.
func inlineLimit(js jetstream.JetStream) int64 {
	max := int64(1 << 20)
	if nc := js.Conn(); nc != nil && nc.MaxPayload() > 0 {
		max = nc.MaxPayload()
	}
	return max - 8<<10
}

// objectName is a stable object name for a message ID (which holds a URL,
// so it is hashed rather than used as is).
func objectName(msgID string) string {
	sum := sha256.Sum256([]byte(msgID))
	return hex.EncodeToString(sum[:16])
}

// maxMessage bounds what a worker reads for one article: its JSON encoding
// may escape every byte of a document.MaxBytes text (\u00XX is 6 bytes).
const maxMessage = 6*document.MaxBytes + 64<<10

// decode reads the document a message carries, inline or from the object
// store. A message that cannot be decoded is an error to dead-letter.
func (w *Worker) decode(ctx context.Context, m jetstream.Msg) (*document.Document, error) {
	data := m.Data()
	if name := m.Headers().Get(objectHeader); name != "" {
		obs, err := w.JS.ObjectStore(ctx, w.Config.Defaults().Bucket)
		if err != nil {
			return nil, fmt.Errorf("object %s: %w", name, err)
		}
		r, err := obs.Get(ctx, name)
		if err != nil {
			return nil, fmt.Errorf("object %s: %w", name, err)
		}
		data, err = io.ReadAll(io.LimitReader(r, maxMessage+1))
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("object %s: %w", name, err)
		}
	}
	if len(data) > maxMessage {
		return nil, fmt.Errorf("undecodable message: more than %d bytes: %w", maxMessage, ErrTooLarge)
	}
	var doc document.Document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("undecodable message: %w", err)
	}
	if doc.Text == "" {
		return nil, errors.New("undecodable message: empty text")
	}
	if document.ID(doc.Text) != doc.ID {
		doc.ID = document.ID(doc.Text)
	}
	return &doc, nil
}

// dropObject deletes the object of a message whose article is stored.
func (w *Worker) dropObject(ctx context.Context, m jetstream.Msg, log *slog.Logger) {
	name := m.Headers().Get(objectHeader)
	if name == "" {
		return
	}
	obs, err := w.JS.ObjectStore(ctx, w.Config.Defaults().Bucket)
	if err == nil {
		err = obs.Delete(context.WithoutCancel(ctx), name)
	}
	if err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
		// The bucket's TTL removes it eventually.
		log.Warn("object delete failed", "object", name, "err", err)
	}
}

// msgID names a message in logs and errors.
func msgID(m jetstream.Msg) string {
	if md, err := m.Metadata(); err == nil {
		return fmt.Sprint(md.Sequence.Stream)
	}
	return "?"
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
	var ext func(context.Context, *document.Document) (*extract.Result, error)
	if w.Extract != nil {
		ext = func(_ context.Context, d *document.Document) (*extract.Result, error) { return w.Extract(d), nil }
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
		var items []pipeline.Item
		for m := range msgs.Messages() {
			doc, err := w.decode(ctx, m)
			if err != nil {
				w.deadLetter(ctx, c, m, err, log)
				continue
			}
			held = append(held, m)
			items = append(items, pipeline.Item{Name: fmt.Sprintf("message %s", msgID(m)), Doc: doc})
		}
		if err := msgs.Error(); err != nil && !errors.Is(err, jetstream.ErrNoHeartbeat) && ctx.Err() == nil {
			log.Debug("fetch ended", "err", err)
		}
		if len(held) == 0 {
			continue
		}
		// Extract and commit even when shutdown begins mid-batch: the batch
		// is small, and acknowledging it saves a redelivery.
		p := &pipeline.Pipeline{Store: w.Store, Batch: len(items), Extract: ext}
		out, err := p.Collect(context.WithoutCancel(ctx), items)
		if err != nil {
			log.Error("save failed; messages will be redelivered", "n", len(held), "err", err)
			for _, m := range held {
				w.retryOrDead(ctx, c, m, err, log)
			}
			continue
		}
		var saved []store.Saved
		for _, o := range out {
			m := held[o.Index]
			if o.Err != nil {
				// A refused or panicking article fails the same way on every
				// delivery: dead-letter it now.
				w.deadLetter(ctx, c, m, o.Err, log)
				continue
			}
			saved = append(saved, o.Saved)
			if err := m.DoubleAck(context.WithoutCancel(ctx)); err != nil {
				// The article is stored; a redelivery is a no-op.
				log.Warn("ack failed", "err", err)
			}
			w.dropObject(ctx, m, log)
		}
		if w.OnSaved != nil && len(saved) > 0 {
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
	if name := m.Headers().Get(objectHeader); name != "" {
		dl.Header.Set(objectHeader, name)
	}
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
