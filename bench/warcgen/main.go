// Command warcgen writes a gzipped WARC file of HTML news pages made from a
// directory of plain-text articles (e.g. the BBC corpus), repeated until the
// file reaches -min-mb, for streaming and throughput tests of WARC ingest.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/ingest/warc"
)

func main() {
	in := flag.String("in", "", "directory of .txt articles (first line: headline)")
	out := flag.String("out", "", "WARC file to write (.warc or .warc.gz)")
	minMB := flag.Float64("min-mb", 1024, "repeat until the file has at least this many MB")
	flag.Parse()
	if *in == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: warcgen -in DIR -out FILE.warc.gz [-min-mb N]")
		os.Exit(2)
	}
	var texts []string
	_ = filepath.WalkDir(*in, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, "README.TXT") {
			if b, err := os.ReadFile(p); err == nil {
				texts = append(texts, strings.ToValidUTF8(string(b), "\uFFFD"))
			}
		}
		return nil
	})
	if len(texts) == 0 {
		fmt.Fprintln(os.Stderr, "warcgen: no articles in", *in)
		os.Exit(1)
	}
	sort.Strings(texts)
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "warcgen:", err)
		os.Exit(1)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	cw := &counter{w: bw}
	w := warc.NewWriter(cw, strings.HasSuffix(*out, ".gz"))
	pages := 0
	for pass := 0; float64(cw.n) < *minMB*(1<<20); pass++ {
		for i, t := range texts {
			if err := w.WriteHTMLResponse(fmt.Sprintf("https://news.example/%d/%d", pass, i),
				time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC), []byte(Page(t, pass))); err != nil {
				fmt.Fprintln(os.Stderr, "warcgen:", err)
				os.Exit(1)
			}
			pages++
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "warcgen:", err)
		os.Exit(1)
	}
	f.Close()
	fmt.Printf("%d pages, %d bytes\n", pages, cw.n)
}

// Page wraps a plain-text article (headline, blank line, paragraphs) in a
// news page with navigation and a footer to strip.
func Page(text string, pass int) string {
	title, body, _ := strings.Cut(text, "\n")
	var b strings.Builder
	fmt.Fprintf(&b, "<!doctype html><html><head><meta charset=utf-8><title>%s</title></head><body>", html.EscapeString(title))
	b.WriteString(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1>", html.EscapeString(title))
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
		}
	}
	fmt.Fprintf(&b, "</article><footer>Copy %d. All rights reserved.</footer></body></html>", pass)
	return b.String()
}

type counter struct {
	w interface{ Write([]byte) (int, error) }
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
