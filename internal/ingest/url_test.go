package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func urlServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!doctype html><html><head><title>Bridge reopens</title></head><body><nav>Home | World</nav>
<article><h1>Bridge reopens</h1><p>The bridge reopened on Tuesday after 14 months of repairs, the city said.</p>
<p>About 30,000 vehicles cross it every day, according to the transport department.</p></article></body></html>`))
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(makePDF(textContent("Annual report", "", "Exports rose 4 percent."), "Annual report"))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/story.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte{0xff, 0xd8, 0xff})
	})
	mux.HandleFunc("/big.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("Words fill the page. ", 100)))
	})
	srv := httptest.NewServer(mux) // loopback only
	t.Cleanup(srv.Close)
	return srv
}

func TestReadURL(t *testing.T) {
	srv := urlServer(t)
	tests := []struct {
		path      string
		opt       Options
		wantURL   string // "" when an error is expected
		wantTitle string
		wantText  string
		wantErr   error
	}{
		{"/story.html", Options{Fetch: true}, "/story.html", "Bridge reopens", "30,000 vehicles", nil},
		{"/old", Options{Fetch: true}, "/story.html", "Bridge reopens", "14 months", nil},
		{"/report.pdf", Options{Fetch: true}, "/report.pdf", "Annual report", "Exports rose 4 percent.", nil},
		{"/photo.jpg", Options{Fetch: true}, "", "", "", ErrNotArticle},
		{"/big.txt", Options{Fetch: true, MaxBytes: 100}, "", "", "", ErrTooLarge},
		{"/story.html", Options{}, "", "", "", ErrOffline},
	}
	for _, tc := range tests {
		var items []Item
		err := Walk(context.Background(), []string{srv.URL + tc.path}, nil, tc.opt, func(it Item) error {
			items = append(items, it)
			return nil
		})
		if err != nil || len(items) != 1 {
			t.Fatalf("%s: %v, %d items", tc.path, err, len(items))
		}
		it := items[0]
		if tc.wantErr != nil {
			if !errors.Is(it.Err, tc.wantErr) || !strings.Contains(it.Err.Error(), srv.URL+tc.path) {
				t.Errorf("%s: err %v, want %v naming the URL", tc.path, it.Err, tc.wantErr)
			}
			continue
		}
		if it.Err != nil {
			t.Fatalf("%s: %v", tc.path, it.Err)
		}
		if string(it.Doc.URL) != srv.URL+tc.wantURL || string(it.Doc.Title) != tc.wantTitle || !strings.Contains(it.Doc.Text, tc.wantText) {
			t.Errorf("%s: url %q title %q text %q", tc.path, it.Doc.URL, it.Doc.Title, it.Doc.Text)
		}
		if it.Doc.Path != "" {
			t.Errorf("%s: path %q, want none", tc.path, it.Doc.Path)
		}
	}
	var missing error
	Walk(context.Background(), []string{srv.URL + "/missing"}, nil, Options{Fetch: true}, func(it Item) error { missing = it.Err; return nil })
	if missing == nil || !strings.Contains(missing.Error(), "404") {
		t.Errorf("missing page: %v, want HTTP 404", missing)
	}
}

func TestURLListFile(t *testing.T) {
	srv := urlServer(t)
	dir := t.TempDir()
	list := filepath.Join(dir, "urls.txt")
	os.WriteFile(list, []byte("# to read\n"+srv.URL+"/story.html\n\n"+srv.URL+"/report.pdf\n"), 0o644)
	for _, fetch := range []bool{true, false} {
		var docs, offline int
		Walk(context.Background(), []string{list}, nil, Options{Fetch: fetch}, func(it Item) error {
			switch {
			case it.Doc != nil:
				docs++
			case errors.Is(it.Err, ErrOffline):
				offline++
			default:
				t.Errorf("%s: %v", it.Name, it.Err)
			}
			return nil
		})
		if fetch && docs != 2 || !fetch && offline != 2 {
			t.Errorf("fetch=%v: %d documents, %d refused", fetch, docs, offline)
		}
	}
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"https://a.example/1\nhttp://b.example/2\n", 2},
		{"https://a.example/1\nNot a URL\n", 0},
		{"The page https://a.example/1 says\n", 0},
		{"", 0},
	} {
		if got := urlList([]byte(tc.in)); len(got) != tc.want {
			t.Errorf("urlList(%q) = %q", tc.in, got)
		}
	}
}
