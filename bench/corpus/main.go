// Command corpus turns a directory of plain-text articles into JSON Lines for
// the side-by-side benchmark: one article per line, the collection repeated
// until the file reaches -min-mb. It prints the number of words written, the
// same count (whitespace-separated fields of the text) used for every tool.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	in := flag.String("in", "", "directory of .txt articles")
	out := flag.String("out", "", "JSON Lines file to write")
	minMB := flag.Float64("min-mb", 0, "repeat the collection until the output is at least this many MB")
	flag.Parse()
	if *in == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: corpus -in DIR -out FILE [-min-mb N]")
		os.Exit(2)
	}
	var texts []string
	err := filepath.WalkDir(*in, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, "README.TXT") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		s := strings.ToValidUTF8(string(b), string(utf8.RuneError))
		texts = append(texts, s)
		return nil
	})
	if err != nil || len(texts) == 0 {
		fmt.Fprintf(os.Stderr, "corpus: reading %s: %v (%d articles)\n", *in, err, len(texts))
		os.Exit(1)
	}
	sort.Strings(texts)
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	var size, words int64
	for pass := 0; pass == 0 || float64(size) < *minMB*(1<<20); pass++ {
		for i, t := range texts {
			// A pass marker keeps repeated copies distinct documents.
			rec := map[string]string{"id": fmt.Sprintf("p%d-%d", pass, i), "text": t}
			b, _ := json.Marshal(rec)
			size += int64(len(b)) + 1
			words += int64(len(strings.Fields(t)))
			if err := enc.Encode(rec); err != nil {
				fmt.Fprintln(os.Stderr, "corpus:", err)
				os.Exit(1)
			}
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	f.Close()
	fmt.Println(words)
}
