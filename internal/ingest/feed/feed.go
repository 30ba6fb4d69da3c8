// Package feed polls RSS and Atom feeds politely: conditional requests
// (ETag, Last-Modified) so unchanged feeds cost one 304, a per-feed schedule,
// exponential back-off for feeds that fail, and de-duplication of items
// already seen, so a long-running poller hands each new item on once.
package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
)

// Item is one new entry of a feed.
type Item struct {
	Feed      string // feed URL
	GUID      string
	Link      string
	Title     string
	Author    string
	Published time.Time // zero when the feed does not say
	// Content is the entry's full content or description as the feed gives
	// it (often HTML); the caller may fetch Link for the full article.
	Content string
}

// State is what the poller remembers about one feed between polls.
type State struct {
	URL          string
	ETag         string
	LastModified string
	Failures     int
	NextPoll     time.Time
	LastError    string
	seen         map[string]struct{}
}

// Poller fetches feeds on a schedule.
type Poller struct {
	Client *http.Client
	// Interval is the normal time between polls of one feed.
	Interval time.Duration
	// MaxBackoff caps the delay after repeated failures.
	MaxBackoff time.Duration
	// MaxBytes limits a feed document's size.
	MaxBytes int64
	// UserAgent is sent with every request.
	UserAgent string
	// Now is the clock; tests replace it.
	Now func() time.Time

	feeds []*State
}

// NewPoller returns a poller for the given feed URLs.
func NewPoller(urls []string) *Poller {
	p := &Poller{
		Client:     &http.Client{Timeout: 30 * time.Second},
		Interval:   15 * time.Minute,
		MaxBackoff: 6 * time.Hour,
		MaxBytes:   16 << 20,
		UserAgent:  "claimtrack/1 (+feed poller)",
		Now:        time.Now,
	}
	for _, u := range urls {
		p.feeds = append(p.feeds, &State{URL: u, seen: map[string]struct{}{}})
	}
	return p
}

// States returns the current state of every feed.
func (p *Poller) States() []State {
	out := make([]State, len(p.feeds))
	for i, s := range p.feeds {
		out[i] = *s
		out[i].seen = nil
	}
	return out
}

// ErrNotModified is returned by Poll when the server answered 304.
var ErrNotModified = errors.New("feed not modified")

// PollDue polls every feed whose time has come and calls emit for each new
// item. Errors of single feeds are returned joined, after every due feed was
// tried; emit's error stops the poll at once.
func (p *Poller) PollDue(ctx context.Context, emit func(Item) error) error {
	var errs []error
	now := p.Now()
	for _, s := range p.feeds {
		if now.Before(s.NextPoll) {
			continue
		}
		items, err := p.poll(ctx, s)
		if err != nil && !errors.Is(err, ErrNotModified) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			errs = append(errs, err)
			continue
		}
		for _, it := range items {
			if err := emit(it); err != nil {
				return err
			}
		}
	}
	return errors.Join(errs...)
}

// Run polls until ctx is done, sleeping until the next feed is due.
func (p *Poller) Run(ctx context.Context, emit func(Item) error, onErr func(error)) error {
	for {
		if err := p.PollDue(ctx, emit); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if onErr != nil {
				onErr(err)
			}
		}
		next := p.Now().Add(p.Interval)
		for _, s := range p.feeds {
			if s.NextPoll.Before(next) {
				next = s.NextPoll
			}
		}
		wait := time.Until(next)
		if wait < time.Second {
			wait = time.Second
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// poll fetches one feed with conditional headers and updates its schedule.
func (p *Poller) poll(ctx context.Context, s *State) ([]Item, error) {
	items, err := p.fetch(ctx, s)
	now := p.Now()
	switch {
	case err == nil || errors.Is(err, ErrNotModified):
		s.Failures, s.LastError = 0, ""
		s.NextPoll = now.Add(p.Interval)
	default:
		s.Failures++
		s.LastError = err.Error()
		s.NextPoll = now.Add(p.backoff(s.Failures))
	}
	return items, err
}

// backoff doubles the interval per consecutive failure, up to MaxBackoff.
func (p *Poller) backoff(failures int) time.Duration {
	d := p.Interval
	for i := 1; i < failures && d < p.MaxBackoff; i++ {
		d *= 2
	}
	if d > p.MaxBackoff {
		d = p.MaxBackoff
	}
	return d
}

func (p *Poller) fetch(ctx context.Context, s *State) ([]Item, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", s.URL, err)
	}
	req.Header.Set("User-Agent", p.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
	if s.ETag != "" {
		req.Header.Set("If-None-Match", s.ETag)
	}
	if s.LastModified != "" {
		req.Header.Set("If-Modified-Since", s.LastModified)
	}
	resp, err := p.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("feed %s: %w", s.URL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, ErrNotModified
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("feed %s: HTTP %s", s.URL, resp.Status)
	}
	body := io.LimitReader(resp.Body, p.MaxBytes+1)
	data, err := io.ReadAll(body)
	if err != nil {
		return nil, fmt.Errorf("feed %s: read: %w", s.URL, err)
	}
	if int64(len(data)) > p.MaxBytes {
		return nil, fmt.Errorf("feed %s: larger than %d bytes", s.URL, p.MaxBytes)
	}
	parsed, err := gofeed.NewParser().ParseString(string(data))
	if err != nil {
		return nil, fmt.Errorf("feed %s: parse: %w", s.URL, err)
	}
	s.ETag = resp.Header.Get("ETag")
	s.LastModified = resp.Header.Get("Last-Modified")
	var out []Item
	for _, e := range parsed.Items {
		it := Item{Feed: s.URL, GUID: e.GUID, Link: e.Link, Title: strings.TrimSpace(e.Title)}
		if it.GUID == "" {
			it.GUID = it.Link
		}
		if it.GUID == "" {
			it.GUID = it.Title
		}
		if _, ok := s.seen[it.GUID]; ok {
			continue
		}
		s.seen[it.GUID] = struct{}{}
		if e.PublishedParsed != nil {
			it.Published = *e.PublishedParsed
		} else if e.UpdatedParsed != nil {
			it.Published = *e.UpdatedParsed
		}
		if e.Author != nil {
			it.Author = e.Author.Name
		}
		it.Content = e.Content
		if it.Content == "" {
			it.Content = e.Description
		}
		out = append(out, it)
	}
	return out, nil
}
