// Package cli implements the claimtrack command line: each command parses its
// own flags and calls the pipeline packages. cmd/claimtrack only calls Run.
package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
)

// Env is what a command may touch: its streams and environment lookup, so
// commands are testable without a process.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

type command struct {
	summary string
	run     func(ctx context.Context, env *Env, args []string) int
}

// commands is the command table; each entry lives in its own file.
func commands() map[string]command {
	return map[string]command{
		"extract":  {"extract facts from articles and print JSON Lines (no database)", runExtract},
		"ingest":   {"extract facts from articles and store them in the ledger database", runIngest},
		"subjects": {"list subjects with figure counts and date ranges", runSubjects},
		"timeline": {"figures for a subject over time, with denials and confirmations", runTimeline},
		"disputes": {"discrepancies between figures and disputed claims, newest first", runDisputes},
		"claims":   {"search statements and figures (facets and full text)", runClaims},
		"check":    {"find articles that support, deny or report a claim", runCheck},
		"export":   {"export the whole ledger as JSON Lines or CSV", runExport},
		"db":       {"database maintenance: check, stats, relink, gen (load test data)", runDB},
		"eval":     {"score claimtrack on a public benchmark (emergent, fnc1, tempeval, …)", runEval},
		"train":    {"train a model (stance) from public data sets", runTrain},
		"enqueue":  {"publish articles from files or feeds to the NATS JetStream work queue", runEnqueue},
		"worker":   {"pull articles from the work queue, extract and store them", runWorker},
		"serve":    {"serve the web UI and JSON API over a database", runServe},
	}
}

// Run executes the command named in args[0] and returns the exit status.
func Run(ctx context.Context, env *Env, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(env.Stderr, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "claimtrack: unknown command %q\n\n", args[0])
		usage(env.Stderr, cmds)
		return 2
	}
	return c.run(ctx, env, args[1:])
}

func usage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: claimtrack COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'claimtrack COMMAND -h' for a command's flags.")
}
