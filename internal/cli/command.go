package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sort"
	"strings"
)

// command is one sub-command. Every command, sub-commands of db and train
// included, is described the same way, so that help, flag parsing and
// errors behave alike everywhere.
type command struct {
	name    string // "ingest", "db stats"
	summary string // one line, for the command list
	args    string // what follows the name in the usage line
	about   string // a paragraph after the usage line, or ""
	example string // one or more example invocations, one a line
	// run parses its own flags with newFlagSet and parseFlags.
	run func(ctx context.Context, env *Env, args []string) int
}

// commandList is the command table; each command's run lives in its own
// file.
func commandList() []command {
	return []command{
		{name: "extract", summary: "extract facts from articles and print them (no database)",
			args:    "[--format json|text] [--published YYYY-MM-DD] [--source NAME] [--offline] PATH|URL...",
			about:   "PATH is a file, a directory (walked) or - for standard input: text, HTML, JSON Lines, WARC or PDF\n(with a text layer). An http(s):// URL is fetched and its main text extracted.",
			example: "claimtrack extract --format text article.html\nclaimtrack extract https://example.org/news/story.html --format json",
			run:     runExtract},
		{name: "ingest", summary: "extract facts from articles and store them in the ledger database",
			args:    "[--db FILE|URL] [--published YYYY-MM-DD] [--source NAME] [--offline] [--format text|json] PATH|URL...",
			about:   "PATH is a file, a directory (walked) or - for standard input; an http(s):// URL is fetched.\nArticles already stored (same text) are skipped; a new text at a stored URL becomes a new version.\nThe database is created if it does not exist.",
			example: "claimtrack ingest ~/articles --db news.db",
			run:     runIngest},
		{name: "subjects", summary: "list subjects with figure counts and date ranges",
			args:    "[--db FILE|URL] [--format text|json|csv]",
			about:   "Lists subjects (holder · counted thing · location) with figure counts and date range.",
			example: "claimtrack subjects --db news.db",
			run:     runSubjects},
		{name: "timeline", summary: "figures for a subject over time, with denials and confirmations",
			args:    "[--db FILE|URL] [--format text|json|csv] [--estimates] SUBJECT",
			about:   "SUBJECT is a key, a label or words such as \"us troops iraq\" (see 'claimtrack subjects').\n--estimates lists low, best and high across independent sources per date instead of the figures.",
			example: "claimtrack timeline \"us troops iraq\" --db news.db",
			run:     runTimeline},
		{name: "disputes", summary: "discrepancies between figures and disputed claims (one card per claim), strongest first",
			args:    "[--db FILE|URL] [--format text|json|csv] [--kind K] [--limit N]",
			about:   "Discrepancies between figures for one subject and time, and claims both asserted and denied (one card per claim), strongest first.",
			example: "claimtrack disputes --db news.db\nclaimtrack disputes --db news.db --format csv > disputes.csv",
			run:     runDisputes},
		{name: "claims", summary: "search statements and figures (facets and full text)",
			args:    "[--db FILE|URL] [--format text|json|csv] [--speaker S] [--source S] [--stance S] [--since DATE] [--until DATE] [--anonymous] [QUERY]",
			about:   "QUERY words are matched as plain words (full text), newest first.",
			example: "claimtrack claims --db news.db --stance denies withdrawal",
			run:     runClaims},
		{name: "check", summary: "find articles that support, deny or report a claim",
			args:    "[--db FILE|URL] [--format text|json|csv] [--limit N] [--since DATE] [--until DATE] \"CLAIM TEXT\"",
			about:   "Finds articles and statements that support, deny or merely report a claim, grouped by who says it\n(the same check as the API's /api/v1/check).",
			example: "claimtrack check \"the troops will leave by May\" --db news.db",
			run:     runCheck},
		{name: "export", summary: "export the whole ledger as JSON Lines or CSV",
			args:    "[--db FILE|URL] [--format jsonl|csv]",
			about:   "jsonl: one article per line with text, sentences, figures, statements and links.\ncsv: one row per article, figure, statement and link.",
			example: "claimtrack export --db news.db --format csv > ledger.csv",
			run:     runExport},
		{name: "review", summary: "list the unreviewed facts and disputes, most consequential first",
			args: "[--db FILE|URL] [--format text|json|csv] [--limit N] [--subject KEY]",
			about: "Lists what a person should check first: the figures and claims behind the top disputes and the biggest\n" +
				"subjects, low-confidence links, facts from a single anonymous source. Act on an item with\n" +
				"'claimtrack review confirm|correct|reject REF'; 'claimtrack review log' exports the audit log.\n" +
				"Corrections are overrides: they survive re-ingest, new article versions and 'db relink'.",
			example: "claimtrack review --db news.db", run: runReview},
		{name: "review confirm", summary: "confirm a fact, subject, link or dispute as right",
			args:    "[--db FILE|URL] [--who NAME] [--note TEXT] [--format text|json] REF",
			about:   "REF is figure:ID, statement:ID, link:ID, dispute:ID or subject:KEY, as listed by 'claimtrack review'.",
			example: "claimtrack review confirm figure:12 --note \"checked with the UN release\" --db news.db", run: reviewActor("confirm")},
		{name: "review correct", summary: "set the right value of a field (an override the ledger applies on every run)",
			args:    "[--db FILE|URL] --field F --value V [--who NAME] [--note TEXT] [--format text|json] REF",
			about:   "Figures: value, low, high, source, event, measure, place, as_of, unit, holder, basis, subject.\nStatements: speaker, stance, target (claim). Subjects: merge (the subject key they are one with).\nAn empty --value drops the correction.",
			example: "claimtrack review correct figure:12 --field place --value Homs --db news.db\nclaimtrack review correct subject:'|refugees|turkey' --field merge --value '|refugees|syria' --db news.db", run: reviewActor("correct")},
		{name: "review reject", summary: "reject a fact, link or dispute: out of subjects, timelines, estimates and disputes",
			args:    "[--db FILE|URL] [--who NAME] [--note TEXT] [--format text|json] REF",
			about:   "A rejected fact stays on its article page, marked; a rejected dispute ('not a dispute') is no longer listed.",
			example: "claimtrack review reject dispute:7 --note \"two different villages\" --db news.db", run: reviewActor("reject")},
		{name: "review log", summary: "export the append-only audit log of review actions",
			args: "[--db FILE|URL] [--format text|json|csv] [--kind K]", example: "claimtrack review log --format csv --db news.db > reviews.csv", run: runReviewLog},
		{name: "db check", summary: "run SQLite's integrity check and the ledger's invariants",
			args: "[--db FILE|URL] [--format text|json]", example: "claimtrack db check --db news.db", run: runDBCheck},
		{name: "db stats", summary: "count articles, facts, groups, links and disputes",
			args: "[--db FILE|URL] [--format text|json]", example: "claimtrack db stats --db news.db", run: runDBStats},
		{name: "db relink", summary: "recompute the ledger from stored facts: subjects, discrepancies, revisions, links",
			args: "[--db FILE|URL] [--format text|json]", example: "claimtrack db relink --db news.db", run: runDBRelink},
		{name: "db gen", summary: "fill a database with generated articles (load testing)",
			args:    "[--db FILE|URL] [--articles N] [--seed N] [--batch N]",
			about:   "Creates the database if it does not exist.",
			example: "claimtrack db gen --db /tmp/load.db --articles 10000", run: runDBGen},
		{name: "eval", summary: "score claimtrack on a public benchmark (emergent, fnc1, tempeval, …)",
			args:    "TASK --data DIR [--gold DIR] [--split train|dev|test|check|check2|dev3|check3|check4|all] [--format text|json]",
			example: "claimtrack eval emergent --data ../shared/data/emergent",
			run:     runEval},
		{name: "train stance", summary: "train the stance model from public data sets",
			args:    "--emergent DIR --fnc1 DIR --out FILE [--ship train|all]",
			example: "claimtrack train stance --emergent ../shared/data/emergent --fnc1 ../shared/data/fnc1 --out /tmp/stance.bin",
			run:     runTrainStance},
		{name: "enqueue", summary: "publish articles from files or feeds to the NATS JetStream work queue",
			args:    "[--nats URL] [--published DATE] [--source NAME] PATH... | --feed URL... [--watch]",
			example: "claimtrack enqueue ~/articles --nats nats://127.0.0.1:4222",
			run:     runEnqueue},
		{name: "worker", summary: "pull articles from the work queue, extract and store them",
			args:    "[--nats URL] [--db FILE|URL] [--create]",
			about:   "Runs until interrupted; SIGINT/SIGTERM finish the batch in hand.",
			example: "claimtrack worker --db postgres://localhost/claimtrack --create",
			run:     runWorker},
		{name: "serve", summary: "serve the web UI and JSON API over a database",
			args:    "[--addr 127.0.0.1:8080] [--db FILE|URL] [--create]",
			about:   "Serves the web UI and the JSON API (/api/v1/, described at /api/v1/openapi.json).\nWrites (adding articles) need the token in CLAIMTRACK_TOKEN when it is set, and always\nwhen listening on a non-loopback address. A database that does not exist is refused\nunless --create is given.",
			example: "claimtrack serve --db news.db",
			run:     runServe},
	}
}

// findCommand returns the command named name ("db stats"), or nil.
func findCommand(cmds []command, name string) *command {
	for i := range cmds {
		if cmds[i].name == name {
			return &cmds[i]
		}
	}
	return nil
}

// subcommands returns the commands under group ("db"), or nil.
func subcommands(cmds []command, group string) []command {
	var out []command
	for _, c := range cmds {
		if strings.HasPrefix(c.name, group+" ") {
			out = append(out, c)
		}
	}
	return out
}

// Run executes the command named in args and returns the exit status.
func Run(ctx context.Context, env *Env, args []string) int {
	cmds := commandList()
	if len(args) == 0 {
		usage(env.Stderr, cmds)
		return 2
	}
	switch args[0] {
	case "-h", "--help", "-help":
		usage(env.Stdout, cmds)
		return 0
	case "help":
		if len(args) == 1 {
			usage(env.Stdout, cmds)
			return 0
		}
		// "help db stats" is "db stats --help".
		return Run(ctx, env, append(append([]string{}, args[1:]...), "--help"))
	case "-version", "--version", "version":
		return printVersion(env, args[1:])
	}
	if subs := subcommands(cmds, args[0]); subs != nil {
		group := args[0]
		if c := findCommand(cmds, group); c != nil && (len(args) == 1 || strings.HasPrefix(args[1], "-")) {
			return c.run(ctx, env, args[1:]) // a group that is also a command ("review")
		}
		if len(args) == 1 || strings.HasPrefix(args[1], "-") {
			help := len(args) > 1 && isHelpFlag(args[1])
			w := env.Stderr
			if help {
				w = env.Stdout
			}
			groupUsage(w, group, subs)
			if help {
				return 0
			}
			return 2
		}
		c := findCommand(subs, group+" "+args[1])
		if c == nil {
			fmt.Fprintf(env.Stderr, "claimtrack %s: unknown subcommand %q%s\n\n", group, args[1], didYouMean(args[1], subNames(group, subs)))
			groupUsage(env.Stderr, group, subs)
			return 2
		}
		return c.run(ctx, env, args[2:])
	}
	c := findCommand(cmds, args[0])
	if c == nil {
		fmt.Fprintf(env.Stderr, "claimtrack: unknown command %q%s\n\n", args[0], didYouMean(args[0], topNames(cmds)))
		usage(env.Stderr, cmds)
		return 2
	}
	return c.run(ctx, env, args[1:])
}

func isHelpFlag(a string) bool { return a == "-h" || a == "--help" || a == "-help" }

// topNames are the names typed first: commands and command groups.
func topNames(cmds []command) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range cmds {
		n, _, _ := strings.Cut(c.name, " ")
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func subNames(group string, subs []command) []string {
	out := make([]string, len(subs))
	for i, c := range subs {
		out[i] = strings.TrimPrefix(c.name, group+" ")
	}
	return out
}

func usage(w io.Writer, cmds []command) {
	fmt.Fprintln(w, "usage: claimtrack COMMAND [args] [flags]\n\ncommands:")
	sorted := append([]command{}, cmds...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })
	for _, c := range sorted {
		fmt.Fprintf(w, "  %-13s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nFlags may come before or after arguments; -- ends them.\nRun 'claimtrack COMMAND --help' for a command's flags and an example; 'claimtrack --version' for the version.")
}

func groupUsage(w io.Writer, group string, subs []command) {
	fmt.Fprintf(w, "usage: claimtrack %s SUBCOMMAND [flags]\n\nsubcommands:\n", group)
	for _, c := range subs {
		fmt.Fprintf(w, "  %-8s %s\n", strings.TrimPrefix(c.name, group+" "), c.summary)
	}
	fmt.Fprintf(w, "\nRun 'claimtrack %s SUBCOMMAND --help' for its flags.\n", group)
}

// newFlagSet returns the flag set of the named command; the command
// declares its flags on it and then calls parseFlags.
func newFlagSet(env *Env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() { shortUsage(env.Stderr, name) }
	return fs
}

// shortUsage prints the usage line and where to find more, for errors.
func shortUsage(w io.Writer, name string) {
	if c := findCommand(commandList(), name); c != nil {
		fmt.Fprintf(w, "usage: claimtrack %s %s\n", c.name, c.args)
	}
	fmt.Fprintf(w, "Run 'claimtrack %s --help' for its flags and an example.\n", name)
}

// parseFlags parses args, flags anywhere among the positional arguments
// ("--" ends the flags). done is true when the command must stop and return
// code: 0 after --help (printed to stdout), 2 after a usage error.
func parseFlags(env *Env, fs *flag.FlagSet, args []string) (code int, done bool) {
	u := fs.Usage
	fs.Usage = func() {} // the flag package calls it on -h too; we print ourselves below
	err := fs.Parse(interspersed(fs, args))
	fs.Usage = u
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		writeHelp(env.Stdout, fs)
		return 0, true
	default:
		u()
		return 2, true
	}
}

// interspersed moves the flags in args before the positional arguments,
// followed by "--", so that the standard flag package (which stops at the
// first positional argument) sees them all. A flag takes the next argument
// as its value unless it is boolean or written --name=value; unknown flags
// are kept in place for fs.Parse to report.
func interspersed(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return append(append(flags, "--"), pos...)
}

// writeHelp prints a command's usage line, description, its own flags
// (each default once) and its example.
func writeHelp(w io.Writer, fs *flag.FlagSet) {
	c := findCommand(commandList(), fs.Name())
	if c == nil {
		c = &command{name: fs.Name(), args: "[flags]"}
	}
	fmt.Fprintf(w, "usage: claimtrack %s %s\n", c.name, c.args)
	if c.summary != "" {
		fmt.Fprintf(w, "\n%s.\n", upperFirst(c.summary))
	}
	if c.about != "" {
		fmt.Fprintf(w, "%s\n", c.about)
	}
	fmt.Fprintln(w, "\nflags (before or after arguments):")
	fs.VisitAll(func(f *flag.Flag) {
		typ, text := flag.UnquoteUsage(f)
		switch typ { // name the value, not its Go type
		case "string":
			typ = strings.ToUpper(f.Name)
			if f.Name == "db" {
				typ = "FILE|URL"
			}
		case "int", "uint", "uint64", "int64":
			typ = "N"
		case "duration":
			typ = "DURATION"
		case "float":
			typ = "X"
		}
		head := "--" + f.Name
		if typ != "" {
			head += " " + typ
		}
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" && !strings.Contains(text, "default") {
			text += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		if len(head) <= 20 {
			fmt.Fprintf(w, "  %-20s %s\n", head, text)
		} else {
			fmt.Fprintf(w, "  %s\n  %-20s %s\n", head, "", text)
		}
	})
	fmt.Fprintf(w, "  %-20s %s\n", "-h, --help", "show this help")
	if c.example != "" {
		fmt.Fprintln(w, "\nexample:")
		for _, l := range strings.Split(c.example, "\n") {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// printVersion prints the module version and the VCS commit the binary was
// built from, as recorded by the go command.
func printVersion(env *Env, args []string) int {
	fs := newFlagSet(env, "version")
	format := formatFlag(fs, "text", "json")
	if code, done := parseFlags(env, fs, args); done {
		return code
	}
	if !checkFormat(env, "version", *format, "text", "json") {
		return 2
	}
	v := buildVersion()
	if *format == "json" {
		return writeOrFail(env, "version", writeJSON(env.Stdout, v))
	}
	line := "claimtrack " + v.Version
	if v.Commit != "" {
		c := v.Commit
		if len(c) > 12 {
			c = c[:12]
		}
		line += " commit " + c
		if v.Modified {
			line += "+dirty"
		}
	}
	if v.Time != "" {
		line += " (" + v.Time + ")"
	}
	fmt.Fprintln(env.Stdout, line+" "+v.Go)
	return 0
}

type versionInfo struct {
	Module   string `json:"module"`
	Version  string `json:"version"`
	Commit   string `json:"commit,omitempty"`
	Time     string `json:"time,omitempty"`
	Modified bool   `json:"modified,omitempty"`
	Go       string `json:"go"`
}

func buildVersion() versionInfo {
	v := versionInfo{Version: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	v.Module, v.Version, v.Go = bi.Main.Path, bi.Main.Version, bi.GoVersion
	if v.Version == "" {
		v.Version = "(devel)"
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.Commit = s.Value
		case "vcs.time":
			v.Time = s.Value
		case "vcs.modified":
			v.Modified = s.Value == "true"
		}
	}
	return v
}

// writeOrFail reports a write error of command cmd and returns the exit
// status.
func writeOrFail(env *Env, cmd string, err error) int {
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack %s: %v\n", cmd, err)
		return 1
	}
	return 0
}

// didYouMean suggests the candidates closest to s by edit distance, as
// "; did you mean X?" or "".
func didYouMean(s string, candidates []string) string {
	return didYouMeanOf(closest(s, candidates, 3))
}

// didYouMeanOf words the suggestions best as "; did you mean X?" or "".
func didYouMeanOf(best []string) string {
	switch len(best) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("; did you mean %q?", best[0])
	}
	q := make([]string, len(best))
	for i, b := range best {
		q[i] = fmt.Sprintf("%q", b)
	}
	return "; did you mean " + strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1] + "?"
}

// closest returns up to n candidates within a third of s's length (at
// least 2) in edit distance of s, ignoring case, nearest first.
func closest(s string, candidates []string, n int) []string {
	s = strings.ToLower(s)
	limit := max(2, len([]rune(s))/3)
	type cand struct {
		s string
		d int
	}
	var cs []cand
	for _, c := range candidates {
		lc := strings.ToLower(c)
		d := editDistance(s, lc)
		if strings.HasPrefix(lc, s) && len(s) >= 3 {
			d = min(d, 1) // a prefix ("disp") is as good as one typo
		}
		if d <= limit {
			cs = append(cs, cand{c, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.s)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
