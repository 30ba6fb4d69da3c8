package cli

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeStartsAndStops(t *testing.T) {
	db := filepath.Join(t.TempDir(), "serve.db")
	var stderr syncBuffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr,
		Getenv: func(k string) string {
			if k == "CLAIMTRACK_DB" {
				return db
			}
			return ""
		}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- Run(ctx, env, []string{"serve", "--create", "--addr", "127.0.0.1:0"}) }()
	urlRe := regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+/)`)
	var base string
	for i := 0; i < 600 && base == ""; i++ {
		if m := urlRe.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
			break
		}
		select {
		case code := <-done:
			t.Fatalf("serve exited %d: %s", code, stderr.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	if base == "" {
		t.Fatalf("serve did not report its address: %s", stderr.String())
	}
	resp, err := http.Get(base + "healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("healthz: %d", resp.StatusCode)
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("serve exited %d after cancel: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "msg=stopped") || !strings.Contains(stderr.String(), "db="+db) {
		t.Errorf("log: %s", stderr.String())
	}
}

func TestServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"serve", "extra"}, 2},
		{[]string{"serve", "--nope"}, 2},
		{[]string{"serve", "-h"}, 0},
		{[]string{"serve", "--create", "--addr", "256.0.0.1:99999", "--db", filepath.Join(t.TempDir(), "x.db")}, 1},
		{[]string{"serve", "--db", filepath.Join(t.TempDir(), "missing.db")}, 1},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &out, Getenv: func(string) string { return "" }}
		if got := Run(context.Background(), env, tc.args); got != tc.want {
			t.Errorf("%v: exit %d, want %d: %s", tc.args, got, tc.want, out.String())
		}
	}
}

func TestRedactDSN(t *testing.T) {
	for in, want := range map[string]string{
		"claimtrack.db": "claimtrack.db",
		"postgres://ct:hunter2@db.internal:5432/ct?sslmode=disable": "postgres://ct:xxxxx@db.internal:5432/ct?sslmode=disable",
		"postgresql://db/ct": "postgresql://db/ct",
	} {
		if got := redactDSN(in); got != want {
			t.Errorf("redactDSN(%q) = %q, want %q", in, got, want)
		}
	}
}
