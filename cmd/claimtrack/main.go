// Command claimtrack reads news articles and keeps a ledger of claims: who
// said what, which figure was reported for what, and where reports disagree.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/claimtrack/claimtrack/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, &cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}, os.Args[1:])
	stop()
	os.Exit(code)
}
