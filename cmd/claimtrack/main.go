// Command claimtrack reads news articles and keeps a ledger of claims: who
// said what, which figure was reported for what, and where reports disagree.
package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/claimtrack/claimtrack/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// A reader that stops early ("claimtrack subjects | head") is not an
	// error: writes to the closed pipe are dropped and the command ends as
	// it would have, with its own exit status. Ignoring SIGPIPE turns the
	// signal into an EPIPE error that quietStdout absorbs.
	signal.Ignore(syscall.SIGPIPE)
	code := cli.Run(ctx, &cli.Env{Stdin: os.Stdin, Stdout: &quietStdout{w: os.Stdout}, Stderr: os.Stderr, Getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}

// quietStdout drops output once the reader has gone away.
type quietStdout struct {
	w      io.Writer
	closed bool
}

func (q *quietStdout) Write(p []byte) (int, error) {
	if q.closed {
		return len(p), nil
	}
	n, err := q.w.Write(p)
	if errors.Is(err, syscall.EPIPE) {
		q.closed = true
		return len(p), nil
	}
	return n, err
}
