package server

import (
	"context"
	"fmt"
	"sync"

	"github.com/claimtrack/claimtrack/internal/store"
)

// flight collapses concurrent identical reads into one store call: callers
// asking for a key while a call for it is in flight wait for and share its
// result. Nothing is kept after the call returns, so no result is staler
// than the request that waited for it. Shared results must not be modified.
type flight[T any] struct {
	mu    sync.Mutex
	calls map[string]*flightCall[T]
}

type flightCall[T any] struct {
	done chan struct{}
	val  T
	err  error
}

func (f *flight[T]) do(ctx context.Context, key string, fn func(context.Context) (T, error)) (T, error) {
	f.mu.Lock()
	if f.calls == nil {
		f.calls = map[string]*flightCall[T]{}
	}
	if c, ok := f.calls[key]; ok {
		f.mu.Unlock()
		select {
		case <-c.done:
			return c.val, c.err
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		}
	}
	c := &flightCall[T]{done: make(chan struct{})}
	f.calls[key] = c
	f.mu.Unlock()
	defer func() {
		// Also when fn panics: waiters get an error, later callers a new call.
		if v := recover(); v != nil {
			c.err = fmt.Errorf("store call panicked: %v", v)
			f.finish(key, c)
			panic(v)
		}
		f.finish(key, c)
	}()
	// The shared call must not fail because its first caller went away.
	c.val, c.err = fn(context.WithoutCancel(ctx))
	return c.val, c.err
}

// start begins fn in the background unless a call for key is in flight
// (whose result is then the one callers get). A panic in fn is reported
// to onPanic, never allowed to end the process.
func (f *flight[T]) start(ctx context.Context, key string, fn func(context.Context) (T, error), onPanic func(any)) {
	f.mu.Lock()
	_, busy := f.calls[key]
	f.mu.Unlock()
	if busy {
		return
	}
	go func() {
		defer func() {
			if v := recover(); v != nil {
				onPanic(v)
			}
		}()
		f.do(ctx, key, fn)
	}()
}

func (f *flight[T]) finish(key string, c *flightCall[T]) {
	f.mu.Lock()
	delete(f.calls, key)
	f.mu.Unlock()
	close(c.done)
}

// reads are the collapsed store reads of a server.
type reads struct {
	timeline flight[*store.Timeline]
	subjects flight[[]store.Subject]
}

func (s *Server) timeline(ctx context.Context, subject string) (*store.Timeline, error) {
	return s.reads.timeline.do(ctx, subject, func(ctx context.Context) (*store.Timeline, error) {
		return s.store.Timeline(ctx, subject)
	})
}

func (s *Server) subjects(ctx context.Context) ([]store.Subject, error) {
	return s.reads.subjects.do(ctx, "", func(ctx context.Context) ([]store.Subject, error) {
		return s.store.Subjects(ctx)
	})
}
