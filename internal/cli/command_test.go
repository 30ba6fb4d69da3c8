package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestInterspersed(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.String("db", "", "")
	fs.String("format", "", "")
	fs.Bool("quiet", false, "")
	tests := []struct {
		in, want []string
	}{
		{[]string{"dir", "--db", "mine.db"}, []string{"--db", "mine.db", "--", "dir"}},
		{[]string{"us", "troops", "--format", "json", "iraq"}, []string{"--format", "json", "--", "us", "troops", "iraq"}},
		{[]string{"--quiet", "a", "-", "b"}, []string{"--quiet", "--", "a", "-", "b"}},
		{[]string{"a", "--db=x.db", "--quiet=false"}, []string{"--db=x.db", "--quiet=false", "--", "a"}},
		{[]string{"a", "--", "--db", "b"}, []string{"--", "a", "--db", "b"}},
		{[]string{"--nope", "a"}, []string{"--nope", "--", "a"}},
		{[]string{"a", "--db"}, []string{"--db", "--", "a"}}, // missing value: Parse reports it
		{nil, []string{"--"}},
	}
	for _, tc := range tests {
		if got := interspersed(fs, tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("interspersed(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHelpEveryCommand: --help and -h exit 0 on stdout with the usage
// line, exactly the command's own flags, and an example.
func TestHelpEveryCommand(t *testing.T) {
	flagRe := regexp.MustCompile(`(?m)^  (--[a-z0-9-]+)`)
	for _, c := range commandList() {
		for _, h := range []string{"--help", "-h"} {
			args := append(strings.Fields(c.name), h)
			code, out, errOut := run(t, "", args...)
			if code != 0 {
				t.Errorf("%v: exit %d: %s", args, code, errOut)
				continue
			}
			if !strings.HasPrefix(out, "usage: claimtrack "+c.name+" ") || !strings.Contains(out, "\nexample:\n  claimtrack "+c.name) {
				t.Errorf("%v: help lacks usage line or example:\n%s", args, out)
			}
			// Each flag listed is one the command parses.
			for _, m := range flagRe.FindAllStringSubmatch(out, -1) {
				a := append(strings.Fields(c.name), m[1]+"=", "--help")
				if _, _, e := run(t, "", a...); strings.Contains(e, "not defined") {
					t.Errorf("%v lists %s, which it does not accept", args, m[1])
				}
			}
			if n := strings.Count(out, "(default"); n > strings.Count(out, "\n  --") {
				t.Errorf("%v: a default printed twice:\n%s", args, out)
			}
		}
	}
	// db stats must not list gen's flags (the reported bug).
	_, out, _ := run(t, "", "db", "stats", "--help")
	if strings.Contains(out, "--articles") {
		t.Errorf("db stats --help lists gen's flags:\n%s", out)
	}
	for _, args := range [][]string{{"--help"}, {"help"}, {"db", "--help"}, {"help", "ingest"}} {
		if code, out, _ := run(t, "", args...); code != 0 || !strings.Contains(out, "usage: claimtrack") {
			t.Errorf("%v: exit %d:\n%s", args, code, out)
		}
	}
}

// TestFlagsAfterArgsAndMissingDB: every command that reads a store takes
// --db after its arguments and refuses a database that does not exist,
// with the same message.
func TestFlagsAfterArgsAndMissingDB(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.db")
	for _, args := range [][]string{
		{"subjects"}, {"timeline", "us", "troops"}, {"disputes"}, {"claims", "troops"}, {"check", "troops left Syria"},
		{"export"}, {"db", "check"}, {"db", "stats"}, {"db", "relink"}, {"serve"}, {"worker"},
	} {
		a := append(append([]string{}, args...), "--db", missing, "--format", "json")
		if args[0] == "serve" || args[0] == "worker" {
			a = a[:len(a)-2]
		}
		if args[0] == "export" {
			a[len(a)-1] = "jsonl"
		}
		code, _, errOut := run(t, filepath.Join(t.TempDir(), "default.db"), a...)
		if code != 1 || !strings.Contains(errOut, "no database at "+missing+" (") {
			t.Errorf("%v: exit %d, stderr %q", a, code, errOut)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a query command created the missing database")
	}
}

func TestFlagsAfterPathsIngest(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(art, []byte("Officials said 1,200 soldiers remain in the country.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(dir, "mine.db")
	def := filepath.Join(dir, "default.db")
	code, out, errOut := run(t, def, "ingest", art, "--db", mine, "--quiet", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("--db after the path ignored: %v", err)
	}
	if _, err := os.Stat(def); err == nil {
		t.Error("wrote into the default database")
	}
	var sum map[string]any
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum["new"] != float64(1) {
		t.Errorf("ingest --format json: %v %q", err, out)
	}
}

func TestDidYouMean(t *testing.T) {
	tests := []struct {
		in   string
		cand []string
		want string
	}{
		{"disputs", []string{"disputes", "subjects", "claims"}, `; did you mean "disputes"?`},
		{"timline", []string{"timeline", "train"}, `; did you mean "timeline"?`},
		{"xyzzy", []string{"disputes", "subjects"}, ""},
		{"stat", []string{"stats", "gen", "check"}, `; did you mean "stats"?`},
	}
	for _, tc := range tests {
		if got := didYouMean(tc.in, tc.cand); got != tc.want {
			t.Errorf("didYouMean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	code, _, errOut := run(t, "", "disputs")
	if code != 2 || !strings.Contains(errOut, `unknown command "disputs"; did you mean "disputes"?`) {
		t.Errorf("disputs: exit %d: %s", code, errOut)
	}
	code, _, errOut = run(t, "", "db", "stat")
	if code != 2 || !strings.Contains(errOut, `did you mean "stats"?`) {
		t.Errorf("db stat: exit %d: %s", code, errOut)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"a", "", 1}, {"kitten", "sitting", 3}, {"disputs", "disputes", 1}, {"née", "nee", 1}} {
		if got := editDistance(tc.a, tc.b); got != tc.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.d)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, errOut := run(t, "", "--version")
	if code != 0 || !strings.HasPrefix(out, "claimtrack ") || !strings.Contains(out, "go1.") {
		t.Errorf("--version: exit %d: %q %q", code, out, errOut)
	}
	code, out, _ = run(t, "", "--version", "--format", "json")
	var v versionInfo
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v.Version == "" || !strings.HasPrefix(v.Go, "go1.") {
		t.Errorf("--version --format json: exit %d: %q", code, out)
	}
}

// TestIngestMixedFolder: a folder with a text PDF, an image and a list of
// URLs gives one line per input that is not an article, fetches the URLs
// (or refuses them with --offline) and ingests the rest.
func TestIngestMixedFolder(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<html><head><title>Ferry service cut</title></head><body><article><p>The ferry operator will cut 12 crossings a week from January, a spokeswoman said on Friday.</p></article></body></html>`)
	}))
	defer srv.Close()
	dir := t.TempDir()
	for _, n := range []string{"report.pdf", "photo.png", "budget.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "mixed", n))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, n), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "urls.txt"), []byte(srv.URL+"/ferry\n"), 0o644)

	db := filepath.Join(t.TempDir(), "mixed.db")
	code, out, errOut := run(t, db, "ingest", dir, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "skipped "+filepath.Join(dir, "photo.png")+": an image: not an article") || strings.Count(errOut, "skipped") != 1 {
		t.Errorf("stderr: want one line for the image, got %q", errOut)
	}
	var sum map[string]any
	json.Unmarshal([]byte(out), &sum)
	if sum["new"] != float64(3) || sum["skipped"] != float64(1) || sum["failed"] != float64(0) {
		t.Errorf("summary %s", out)
	}
	code, out, _ = run(t, db, "claims", "ferry", "--format", "json")
	if code != 0 || !strings.Contains(out, "12 crossings") {
		t.Errorf("the URL's article is not in the ledger: %s", out)
	}
	code, _, errOut = run(t, filepath.Join(t.TempDir(), "off.db"), "ingest", dir, "--offline", "--quiet")
	if code != 1 || !strings.Contains(errOut, srv.URL+"/ferry: URL not fetched") {
		t.Errorf("--offline: exit %d: %s", code, errOut)
	}
}

func TestHumanText(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		want string
	}{{1720, "1,720"}, {8.4e7, "84,000,000"}, {999, "999"}, {2.5, "2.5"}, {-1500, "-1,500"}, {0.35, "0.35"}, {1000000.5, "1,000,000.5"}} {
		if got := humanNum(tc.x); got != tc.want {
			t.Errorf("humanNum(%v) = %q, want %q", tc.x, got, tc.want)
		}
	}
	if got := quote("a\u00a0b  \"c\"\n"); got != "“a b \"c\"”" {
		t.Errorf("quote: %q", got)
	}
	var b strings.Builder
	long := "Minister of Defence and Veterans' Affairs of the Republic of Veldmark Tomas Aurelio-Vasquez"
	wrap(&b, "  ", "      ", "denied by "+long+": “"+strings.Repeat("word ", 30)+"”")
	out := b.String()
	if !strings.Contains(strings.Join(strings.Fields(out), " "), long) {
		t.Errorf("name cut: %q", out)
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if len([]rune(l)) > textWidth {
			t.Errorf("line over %d: %q", textWidth, l)
		}
	}
}

// TestTextOutputReadable: the text printers show Unicode, not escapes, and
// evidence as titles and sentences, not byte offsets.
func TestTextOutputReadable(t *testing.T) {
	db := filepath.Join(t.TempDir(), "text.db")
	ingestSeeds(t, db)
	if code, _, e := run(t, db, "ingest", "--quiet", filepath.Join(repoRoot(t), "testdata", "samples")); code != 0 {
		t.Fatal(e)
	}
	offsets := regexp.MustCompile(`article \d+ \d+-\d+`)
	for _, args := range [][]string{{"disputes"}, {"claims"}, {"timeline", "us troops iraq"}, {"subjects"}} {
		code, out, e := run(t, db, args...)
		if code != 0 {
			t.Fatalf("%v: %s", args, e)
		}
		if strings.Contains(out, `\u`) || strings.Contains(out, `\"`) || offsets.MatchString(out) {
			t.Errorf("%v: escapes or offsets in text output:\n%s", args, out)
		}
	}
	_, out, _ := run(t, db, "disputes")
	if !strings.Contains(out, "(Northern Ledger, 2024-03-12): ") {
		t.Errorf("disputes: no evidence as title (outlet, date): sentence:\n%s", out)
	}
}

// FuzzInterspersed: reordering keeps every argument exactly once, puts
// the positional ones after "--" in their order, and parses.
func FuzzInterspersed(f *testing.F) {
	f.Add("dir\x00--db\x00mine.db\x00--quiet")
	f.Add("--\x00--db\x00-")
	f.Add("a\x00--format=json\x00b\x00--db")
	f.Fuzz(func(t *testing.T, joined string) {
		args := strings.Split(joined, "\x00")
		fs := flag.NewFlagSet("f", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.String("db", "", "")
		fs.String("format", "", "")
		fs.Bool("quiet", false, "")
		out := interspersed(fs, args)
		if len(out) != len(args)+1 && !(slices.Contains(args, "--") && len(out) == len(args)) {
			t.Fatalf("%q -> %q: arguments lost or added", args, out)
		}
		sep := slices.Index(out, "--")
		if sep < 0 {
			t.Fatalf("%q -> %q: no --", args, out)
		}
		if err := fs.Parse(out); err == nil {
			for _, p := range fs.Args() {
				if !slices.Contains(args, p) {
					t.Fatalf("%q: positional %q not an input", args, p)
				}
			}
		}
	})
}
