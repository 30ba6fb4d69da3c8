package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		warn    string // substring of the first warning, "" for none
		wantErr error
	}{
		{"utf8", []byte("Prices rose 5%."), "Prices rose 5%.", "", nil},
		{"bom stripped", []byte("\xEF\xBB\xBFHello."), "Hello.", "", nil},
		{"stray latin1 pound", []byte("It cost \xA350m in total, officials said on Monday."), "It cost £50m in total, officials said on Monday.", "1 invalid UTF-8 byte", nil},
		{"windows-1252 quotes", []byte("\x93Yes,\x94 he said. Caf\xE9 na\xEFve r\xE9sum\xE9 \x96 d\xE9j\xE0 vu."), "“Yes,” he said. Café naïve résumé – déjà vu.", "", nil},
		{"utf16le", []byte("\xFF\xFEH\x00i\x00.\x00"), "Hi.", "UTF-16", nil},
		{"empty", nil, "", "", ErrEmpty},
		{"white space", []byte(" \n\t\r\n "), "", "", ErrEmpty},
		{"unicode white space", []byte("\u00a0\u3000\n"), "", "", ErrEmpty},
		{"nul bytes", []byte("PK\x03\x04\x00\x00text"), "", "", ErrBinary},
		{"control bytes", []byte("\x01\x02\x03\x04\x05\x06abc\x07\x08\x0e\x0f"), "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, warns, err := decodeText(tt.in)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("invalid UTF-8 out: %q", got)
			}
			if tt.warn != "" && (len(warns) == 0 || !strings.Contains(warns[0], tt.warn)) {
				t.Errorf("warnings = %q, want one containing %q", warns, tt.warn)
			}
			if tt.name == "windows-1252 quotes" && (len(warns) == 0 || !strings.Contains(warns[0], "Windows-1252")) {
				t.Errorf("warnings = %q, want a Windows-1252 warning", warns)
			}
			if tt.name == "utf8" && len(warns) != 0 {
				t.Errorf("unexpected warnings %q", warns)
			}
		})
	}
}

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		name, in, body string
		want           meta
	}{
		{"inline date same line", " date 2021-03-04 The minister said on Monday that talks failed.",
			"The minister said on Monday that talks failed.", meta{Date: "2021-03-04"}},
		{"inline date own line", "date 2021-03-04\nThe minister spoke.", "The minister spoke.", meta{Date: "2021-03-04"}},
		{"header lines", "Title: Talks fail\nDate: 2021-03-04\nSource: Example News\nURL: https://example.org/a\n\nThe minister spoke.\n",
			"The minister spoke.\n", meta{Title: "Talks fail", Date: "2021-03-04", Source: "Example News", URL: "https://example.org/a"}},
		{"header with long date", "Published: March 4, 2021\nAuthor: Ann Lee\nThe minister spoke.",
			"The minister spoke.", meta{Date: "March 4, 2021", Author: "Ann Lee"}},
		{"colon date then body", "Date: 2021-03-04 The minister spoke.", "The minister spoke.", meta{Date: "2021-03-04"}},
		{"bad header date kept for warning", "Date: sometime soon\n\nThe minister spoke.", "The minister spoke.", meta{Date: "sometime soon"}},
		{"no header", "The minister spoke.\nDate: 2021-03-04", "The minister spoke.\nDate: 2021-03-04", meta{}},
		{"date word in body", "Date night is popular, a survey found.", "Date night is popular, a survey found.", meta{}},
		{"source without colon is body", "Source code leaked, the firm said.", "Source code leaked, the firm said.", meta{}},
		{"leading space only", "  \n The minister spoke.", "The minister spoke.", meta{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, m := splitHeader(tt.in)
			if body != tt.body || m != tt.want {
				t.Errorf("splitHeader(%q)\n got %q %+v\nwant %q %+v", tt.in, body, m, tt.body, tt.want)
			}
		})
	}
}

func TestFirstLineTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Oil prices climb again\n\nOil prices rose on Monday.", "Oil prices climb again"},
		{"Oil prices climb again\nOil prices rose on Monday.", ""},
		{"Oil prices rose on Monday.\n\nTraders were calm.", ""},
		{"One line only", ""},
		{"Why did oil climb?\r\n\r\nBecause.", "Why did oil climb?"},
	}
	for _, tt := range tests {
		if got := firstLineTitle(tt.in); got != tt.want {
			t.Errorf("firstLineTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2020-01-06", "2020-01-06"},
		{"2020-01-06T23:30:00-05:00", "2020-01-06"},
		{"2020-01-06T09:30:00.000Z", "2020-01-06"},
		{"Mon, 06 Jan 2020 15:04:05 GMT", "2020-01-06"},
		{"January 6, 2020", "2020-01-06"},
		{"6 January 2020", "2020-01-06"},
		{"2020/01/06", "2020-01-06"},
		{"2020-13-45", ""},
		{"yesterday", ""},
		{"0001-01-01", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, ok := parseDate(tt.in)
		if d.String() != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDate(%q) = %v, %v; want %q", tt.in, d, ok, tt.want)
		}
	}
}

// collect walks paths and returns the items.
func collect(t *testing.T, paths []string, stdin string, opt Options) []Item {
	t.Helper()
	var items []Item
	err := Walk(context.Background(), paths, strings.NewReader(stdin), opt, func(it Item) error {
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return items
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestWalkBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := "Rebels Take Town\n\nGOMA, Congo — Rebels took the town on Friday, officials said.\n"
	files := []struct {
		name    string
		data    []byte
		wantErr error  // nil: a document
		warn    string // a warning containing this
	}{
		{"a_good.txt", []byte(good), nil, ""},
		{"b_empty.txt", nil, ErrEmpty, ""},
		{"c_blank.txt", []byte("\n \t \n"), ErrEmpty, ""},
		{"d_binary.dat", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary, ""},
		{"e_latin1.txt", []byte("It cost \xA35m, the club said on Monday."), nil, "invalid UTF-8"},
		{"f_big.txt", []byte(strings.Repeat("Words fill the page. ", 20)), ErrTooLarge, ""},
		{"g_baddate.txt", []byte("Date: the day after\n\nThe minister spoke."), nil, "unknown date"},
		{"h_header_only.txt", []byte("Title: Nothing here\n"), ErrEmpty, ""},
		{"i_latin1_many.txt", []byte("Caf\xE9 cr\xE8me br\xFBl\xE9e \xE0 la carte, d\xE9j\xE0."), nil, "Windows-1252"},
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, writeFile(t, dir, f.name, f.data))
	}
	paths = append(paths, filepath.Join(dir, "z_missing.txt"))
	items := collect(t, paths, "", Options{MaxBytes: 200})
	if len(items) != len(files)+1 {
		t.Fatalf("got %d items, want %d", len(items), len(files)+1)
	}
	for i, f := range files {
		it := items[i]
		if it.Name != paths[i] {
			t.Errorf("item %d name %q, want %q", i, it.Name, paths[i])
		}
		if !errors.Is(it.Err, f.wantErr) {
			t.Errorf("%s: err = %v, want %v", f.name, it.Err, f.wantErr)
			continue
		}
		if it.Err != nil {
			if !strings.Contains(it.Err.Error(), f.name) {
				t.Errorf("%s: error %q does not name the file", f.name, it.Err)
			}
			continue
		}
		if it.Doc == nil || !utf8.ValidString(it.Doc.Text) {
			t.Fatalf("%s: no valid document", f.name)
		}
		if f.warn != "" && (len(it.Warnings) == 0 || !strings.Contains(it.Warnings[0], f.warn) || !strings.Contains(it.Warnings[0], f.name)) {
			t.Errorf("%s: warnings %q, want one naming the file containing %q", f.name, it.Warnings, f.warn)
		}
		if f.warn == "" && len(it.Warnings) != 0 {
			t.Errorf("%s: unexpected warnings %q", f.name, it.Warnings)
		}
	}
	if last := items[len(items)-1]; !errors.Is(last.Err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v", last.Err)
	}
	d := items[0].Doc
	if d.Title != "Rebels Take Town" || d.Dateline.Of(d.Text) != "GOMA, Congo —" || string(d.Path) != paths[0] || d.ID != document.ID(d.Text) {
		t.Errorf("good doc: title %q dateline %q path %q id %s", d.Title, d.Dateline.Of(d.Text), d.Path, d.ID)
	}
	if got := items[4].Doc.Text; got != "It cost £5m, the club said on Monday." {
		t.Errorf("latin1 text %q", got)
	}
	if !items[6].Doc.Published.IsZero() {
		t.Errorf("bad date gave %v", items[6].Doc.Published)
	}
}

func TestWalkDirectoryAndOptions(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "one.txt", []byte("The vote is on Friday."))
	writeFile(t, dir, "two.md", []byte("date 2019-05-01 The count ended."))
	writeFile(t, dir, "photo.png", []byte("\x89PNG\x00"))
	writeFile(t, dir, ".hidden.txt", []byte("secret"))
	pub := document.Date{Year: 2018, Month: 2, Day: 3}
	items := collect(t, []string{dir}, "", Options{Published: pub, Source: "Wire"})
	// The image is reported (not an article), the hidden file skipped.
	if len(items) != 3 {
		t.Fatalf("got %d items, want 3: %+v", len(items), items)
	}
	if items[0].Doc.Published != pub || items[0].Doc.Source != "Wire" {
		t.Errorf("options not applied: %+v", items[0].Doc)
	}
	if !errors.Is(items[1].Err, ErrNotArticle) || !strings.Contains(items[1].Err.Error(), "photo.png: an image") {
		t.Errorf("photo.png: %v", items[1].Err)
	}
	if items[2].Doc.Published.String() != "2019-05-01" || items[2].Doc.Text != "The count ended." {
		t.Errorf("header date: %v %q", items[2].Doc.Published, items[2].Doc.Text)
	}
}

func TestSniffStdin(t *testing.T) {
	tests := []struct {
		name, in, wantText string
	}{
		{"html", "<!DOCTYPE html><html><body><article><p>The vote is on Friday, officials said.</p></article></body></html>", "The vote is on Friday, officials said."},
		{"jsonl", `{"text": "The vote is on Friday."}` + "\n", "The vote is on Friday."},
		{"text", "The vote is on <b>Friday</b>.", "The vote is on <b>Friday</b>."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(t, []string{"-"}, tt.in, Options{})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("items %+v", items)
			}
			if items[0].Doc.Text != tt.wantText {
				t.Errorf("text %q, want %q", items[0].Doc.Text, tt.wantText)
			}
		})
	}
	tests2 := []struct {
		name string
		head string
		want format
	}{
		{"a.HTM", "", formatHTML}, {"a.ndjson", "", formatJSONL}, {"a.text", "", formatText}, {"a", "", formatUnknown},
	}
	for _, tt := range tests2 {
		if got := formatByName(tt.name); got != tt.want {
			t.Errorf("formatByName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Metadata is bounded whatever the format: titles and outlets are clipped,
// an overlong URL is dropped with a warning, an overlong first line is body
// text rather than a header.
func TestMetadataLimits(t *testing.T) {
	long := strings.Repeat("é", 50<<10) // 100 KB
	body := "The ministry said 30 soldiers were deployed.\n"
	cases := []struct {
		name, in          string
		title, url, warn  string
		textHasLongHeader bool
	}{
		{"text header", "Title: " + long[:3000] + "\nSource: Wire\n\n" + body, clipField(long, maxField), "", "", false},
		{"text header line too long", "Source: " + long + "\n\n" + body, "", "", "", true},
		{"jsonl", `{"text":"` + body[:len(body)-1] + `","title":"` + long + `","url":"https://x.example/` + long + `"}` + "\n",
			clipField(long, maxField), "", "URL of 102418 bytes dropped (limit 8192)", false},
		{"html", "<html><head><title>" + long + "</title></head><body><p>" + body + "</p></body></html>", clipField(long, maxField), "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items := collect(t, []string{"-"}, c.in, Options{})
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("items %+v", items)
			}
			d := items[0].Doc
			if string(d.Title) != c.title || string(d.URL) != c.url {
				t.Errorf("title %d bytes, url %q; want %d bytes, %q", len(d.Title), d.URL, len(c.title), c.url)
			}
			if len(d.Title) > maxField+len("…") || len(d.Source) > maxField+len("…") {
				t.Errorf("title %d bytes, source %d bytes", len(d.Title), len(d.Source))
			}
			if got := strings.Contains(d.Text, "Source: "); got != c.textHasLongHeader {
				t.Errorf("text keeps the long header line: %v, want %v", got, c.textHasLongHeader)
			}
			if c.warn != "" && !strings.Contains(strings.Join(items[0].Warnings, "\n"), c.warn) {
				t.Errorf("warnings %q lack %q", items[0].Warnings, c.warn)
			}
		})
	}
}
