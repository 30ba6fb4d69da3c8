// Package cli implements the claimtrack command line: one command table
// (command.go), each command's flags and run in its own file, calling the
// pipeline packages. cmd/claimtrack only calls Run.
package cli

import "io"

// Env is what a command may touch: its streams and environment lookup, so
// commands are testable without a process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}
