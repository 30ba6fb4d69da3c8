package eval

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// FNC-1 article bodies (train_bodies.csv: "Body ID,articleBody", one
// multi-line quoted body a record) as gold articles for the figures task.
// A body is plain text, not tokenized: line n of the body (split at "\n",
// blank lines kept) is line n of the text. The data set gives no outlet
// and no publication date, so the article's Published is unknown (zero):
// see testdata/gold/fnc1conflict/README.md for how as_of is scored then.

// fnc1BodiesFile is the bodies file the gold points into.
const fnc1BodiesFile = "train_bodies.csv"

// FNC1Key is the gold key of a body: "fnc1/train_bodies/<Body ID>".
func FNC1Key(id string) string { return "fnc1/train_bodies/" + id }

// isFNC1Data reports a data path that is an FNC-1 bodies file or a
// directory holding train_bodies.csv.
func isFNC1Data(dataPath string) bool {
	if filepath.Base(dataPath) == fnc1BodiesFile {
		return true
	}
	_, err := os.Stat(filepath.Join(dataPath, fnc1BodiesFile))
	return err == nil
}

// NewFNC1Article builds the article of one body.
func NewFNC1Article(id, body string) *T17Article {
	s := strings.ToValidUTF8(body, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	a := &T17Article{Key: FNC1Key(id), Topic: "fnc1"}
	a.orig = strings.Split(s, "\n")
	a.Text = s
	a.lineStart = make([]int, len(a.orig))
	off := 0
	for i, l := range a.orig {
		a.lineStart[i] = off
		off += len(l) + 1
	}
	return a
}

// ReadFNC1Bodies calls fn for each body of the FNC-1 bodies file at
// dataPath (the file or the directory holding it) whose key want accepts
// (all when want is nil), in file order.
func ReadFNC1Bodies(ctx context.Context, dataPath string, want func(key string) bool, fn func(*T17Article) error) error {
	p := dataPath
	if filepath.Base(p) != fnc1BodiesFile {
		p = filepath.Join(dataPath, fnc1BodiesFile)
	}
	f, err := os.Open(p)
	if err != nil {
		return fmt.Errorf("fnc1: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 2
	head, err := r.Read()
	if err != nil {
		return fmt.Errorf("fnc1: %s: %w", p, err)
	}
	if strings.TrimPrefix(head[0], "\ufeff") != "Body ID" || head[1] != "articleBody" {
		return fmt.Errorf("fnc1: %s: header %q is not Body ID,articleBody", p, head)
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("fnc1: %s: %w", p, err)
		}
		if want != nil && !want(FNC1Key(rec[0])) {
			continue
		}
		if err := fn(NewFNC1Article(rec[0], rec[1])); err != nil {
			return err
		}
	}
}

// readGoldArticles streams the articles the gold points into from the data
// at dataPath: FNC-1 bodies when it holds train_bodies.csv, else the
// Timeline17 tarball. It returns the data set's name.
func readGoldArticles(ctx context.Context, dataPath string, want func(key string) bool, fn func(*T17Article) error) (string, error) {
	if isFNC1Data(dataPath) {
		return "FNC-1 bodies", ReadFNC1Bodies(ctx, dataPath, want, fn)
	}
	return "Timeline17", ReadT17(ctx, dataPath, want, fn)
}
