package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/claimtrack/claimtrack/internal/eval"
)

func runEval(ctx context.Context, env *Env, args []string) int {
	tasks := eval.Tasks()
	fs := newFlagSet(env, "eval")
	data := fs.String("data", "", "data set directory (as published; see ../shared/data/*/SOURCE.md)")
	split := fs.String("split", "", "split: train, dev or test (figures: dev, check, check2, dev3, check3, check4 (FNC-1) or all; default: the task's usual split)")
	gold := fs.String("gold", "", "gold annotations directory (figures task; default "+eval.DefaultGold+", or "+eval.DefaultFNC1Gold+" when --data holds FNC-1 bodies)")
	format := fs.String("format", "text", "output format: text or json")
	sample := fs.String("sample", "", "write the listed discrepancies (ledger task) or links (links task) to this file for hand review")
	path := dbFlag(fs, env)
	if code, done := parseFlags(env, fs, args); done {
		if code == 0 {
			fmt.Fprintf(env.Stdout, "\ntasks: %s, corrections (how often reviewers corrected each field; --db)\n", strings.Join(eval.TaskNames(), ", "))
		}
		return code
	}
	if fs.NArg() == 1 && fs.Arg(0) == "corrections" {
		if *format != "text" && *format != "json" {
			fmt.Fprintf(env.Stderr, "claimtrack eval: --format must be text or json, not %q\n", *format)
			return 2
		}
		return evalCorrections(ctx, env, *path, *format)
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(env.Stderr, "claimtrack eval: one TASK expected; tasks: %s\n", strings.Join(eval.TaskNames(), ", "))
		return 2
	}
	t, ok := tasks[fs.Arg(0)]
	if !ok {
		fmt.Fprintf(env.Stderr, "claimtrack eval: unknown task %q%s; tasks: %s\n", fs.Arg(0), didYouMean(fs.Arg(0), eval.TaskNames()), strings.Join(eval.TaskNames(), ", "))
		return 2
	}
	if *split == "" {
		*split = t.DefaultSplit
	}
	if *data == "" {
		fmt.Fprintln(env.Stderr, "claimtrack eval: --data is required")
		return 2
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(env.Stderr, "claimtrack eval: --format must be text or json, not %q\n", *format)
		return 2
	}
	var rep any
	var err error
	switch {
	case t.Name == "ledger":
		rep, err = eval.Ledger(*data, *gold, *sample)
	case t.Name == "links":
		rep, err = eval.Links(ctx, *gold, *data, *split, *sample)
	case t.RunGold != nil:
		if *gold == "" {
			*gold = eval.DefaultGoldFor(*data)
		}
		rep, err = t.RunGold(*gold, *data, *split)
	case *gold != "":
		fmt.Fprintf(env.Stderr, "claimtrack eval: task %s takes no --gold\n", t.Name)
		return 2
	default:
		rep, err = t.Run(*data, *split)
	}
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
