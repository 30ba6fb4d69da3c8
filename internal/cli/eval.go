package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/claimtrack/claimtrack/internal/eval"
)

func runEval(ctx context.Context, env *Env, args []string) int {
	tasks := eval.Tasks()
	usage := func() {
		fmt.Fprintf(env.Stderr, "usage: claimtrack eval TASK --data DIR [--split train|dev|test] [--format text|json]\n\ntasks: %s\n", strings.Join(eval.TaskNames(), ", "))
	}
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		usage()
		return 2
	}
	t, ok := tasks[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "claimtrack eval: unknown task %q\n", args[0])
		usage()
		return 2
	}
	fs := flag.NewFlagSet("eval "+t.Name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	data := fs.String("data", "", "data set directory (as published; see ../shared/data/*/SOURCE.md)")
	split := fs.String("split", t.DefaultSplit, "split: train, dev or test")
	format := fs.String("format", "text", "output format: text or json")
	var gold, sample *string
	if t.Name == "ledger" {
		gold = fs.String("gold", "", "gold directory (default: testdata/gold/t17 of this repository)")
		sample = fs.String("sample", "", "write the listed discrepancies to this file for hand review")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if *data == "" {
		fmt.Fprintln(env.Stderr, "claimtrack eval: --data is required")
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(env.Stderr, "claimtrack eval: --format must be text or json, not %q\n", *format)
		return 2
	}
	run := t.Run
	if gold != nil {
		run = func(dir, _ string) (any, error) { return eval.Ledger(dir, *gold, *sample) }
	}
	rep, err := run(*data, *split)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack eval %s: %v\n", t.Name, err)
		return 1
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack eval: %v\n", err)
			return 1
		}
		return 0
	}
	if err := eval.WriteText(env.Stdout, rep); err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack eval: %v\n", err)
		return 1
	}
	return 0
}
