package server

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

func TestFlight(t *testing.T) {
	var f flight[int]
	var calls atomic.Int32
	fn := func(v int, err error) func(context.Context) (int, error) {
		return func(context.Context) (int, error) { calls.Add(1); return v, err }
	}
	// Nothing is kept: sequential calls each reach the store.
	for i, want := range []int{1, 2, 3} {
		got, err := f.do(context.Background(), "k", fn(want, nil))
		if got != want || err != nil || calls.Load() != int32(i+1) {
			t.Fatalf("call %d: got %d %v after %d calls", i, got, err, calls.Load())
		}
	}
	boom := errors.New("boom")
	if _, err := f.do(context.Background(), "k", fn(0, boom)); err != boom {
		t.Fatalf("error not passed on: %v", err)
	}
	// Concurrent callers of one key share a blocked call.
	release := make(chan struct{})
	started := make(chan struct{})
	calls.Store(0)
	var wg sync.WaitGroup
	results := make([]int, 20)
	wg.Add(1)
	go func() {
		defer wg.Done()
		results[0], _ = f.do(context.Background(), "x", func(context.Context) (int, error) {
			calls.Add(1)
			close(started)
			<-release
			return 42, nil
		})
	}()
	<-started // the call is registered before fn runs
	for i := 1; i < len(results); i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i], _ = f.do(context.Background(), "x", fn(7, nil))
		}(i)
	}
	close(release)
	wg.Wait()
	for i, r := range results {
		if r != 42 && r != 7 {
			t.Errorf("result %d = %d", i, r)
		}
	}
	// A waiter whose context ends stops waiting.
	block := make(chan struct{})
	started2 := make(chan struct{})
	go f.do(context.Background(), "y", func(context.Context) (int, error) { close(started2); <-block; return 1, nil })
	<-started2
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.do(ctx, "y", fn(2, nil)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled waiter: %v", err)
	}
	close(block)
	// A panicking call releases its key: the next call runs.
	func() {
		defer func() {
			if recover() == nil {
				t.Error("panic swallowed")
			}
		}()
		f.do(context.Background(), "p", func(context.Context) (int, error) { panic("nil store") })
	}()
	if v, err := f.do(context.Background(), "p", fn(5, nil)); v != 5 || err != nil {
		t.Errorf("after panic: %d %v", v, err)
	}
}
