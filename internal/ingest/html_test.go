package ingest

import (
	"errors"
	"strings"
	"testing"
)

const testPage = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Border talks stall | Example News</title>
<meta property="og:title" content="Border talks stall">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-03-04T18:30:00+02:00">
<meta name="author" content="Ann Lee">
<link rel="canonical" href="https://news.example.org/world/border-talks">
<script>var ads = "<p>not text</p>";</script>
<style>p { color: red }</style>
</head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
<div class="ad-slot">Buy one get one free</div>
<main>
<article>
<h1>Border talks stall</h1>
<div class="byline">By Ann Lee</div>
<figure><img src="x.jpg"><figcaption>Soldiers at the border on Monday. (Photo: Agency)</figcaption></figure>
<p>GENEVA — Talks on the border <a href="/t">stalled</a> on Thursday,
   two diplomats said.</p>
<p>"We are not close," one of them said.<br>The other agreed.</p>
<div class="share-tools"><a href="#">Share on Twitter</a></div>
<h2>What comes next</h2>
<p>A new round is planned for April &amp; May.</p>
<!-- hidden comment text -->
<p style="display: none">Invisible paragraph.</p>
</article>
<aside class="related"><p>Related: Other talks that failed last year.</p></aside>
</main>
<section id="comments"><p>Great article, first comment!</p></section>
<footer><p>© 2021 Example News. All rights reserved.</p></footer>
</body></html>`

func TestReadHTML(t *testing.T) {
	doc, warns, err := readHTML([]byte(testPage), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 0 {
		t.Errorf("warnings %q", warns)
	}
	want := "GENEVA — Talks on the border stalled on Thursday, two diplomats said.\n\n" +
		"\"We are not close,\" one of them said.\nThe other agreed.\n\n" +
		"What comes next\n\n" +
		"A new round is planned for April & May."
	if doc.Text != want {
		t.Errorf("text\n got %q\nwant %q", doc.Text, want)
	}
	checks := []struct{ field, got, want string }{
		{"title", string(doc.Title), "Border talks stall"},
		{"source", string(doc.Source), "Example News"},
		{"author", string(doc.Author), "Ann Lee"},
		{"url", string(doc.URL), "https://news.example.org/world/border-talks"},
		{"published", doc.Published.String(), "2021-03-04"},
		{"dateline", doc.Dateline.Of(doc.Text), "GENEVA —"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
}

func TestReadHTMLCases(t *testing.T) {
	tests := []struct {
		name, page, want string
		wantErr          error
	}{
		{"no article element: densest block wins",
			`<html><body><div class="menu"><a href="/">Home</a></div><div id="content"><div class="story"><p>First paragraph of the story is here.</p><p>Second paragraph follows it.</p></div></div><div>Short footer text</div></body></html>`,
			"First paragraph of the story is here.\n\nSecond paragraph follows it.", nil},
		{"broken html best effort",
			`<html><body><p>Unclosed paragraph one <b>bold<p>Paragraph two</i> ends`,
			"Unclosed paragraph one bold\n\nParagraph two ends", nil},
		{"jsonld metadata", `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2020-01-06","author":{"@type":"Person","name":"Bo Park"},"publisher":{"name":"LD News"}}</script></head><body><p>Body text here.</p></body></html>`,
			"Body text here.", nil},
		{"only furniture", `<html><body><nav><a href="/">Home</a></nav><script>x=1</script><footer>© 2020</footer></body></html>`, "", ErrNoText},
		{"empty page", `<html><head><title>Nothing</title></head><body></body></html>`, "", ErrNoText},
		{"wrapper class kept when it holds the text", `<html><body><div class="has-sidebar"><p>The whole story lives in this wrapper div.</p></div></body></html>`,
			"The whole story lives in this wrapper div.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _, err := readHTML([]byte(tt.page), Options{})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if doc.Text != tt.want {
				t.Errorf("text %q, want %q", doc.Text, tt.want)
			}
			if tt.name == "jsonld metadata" && (doc.Title != "LD headline" || doc.Author != "Bo Park" || doc.Source != "LD News" || doc.Published.String() != "2020-01-06") {
				t.Errorf("json-ld meta: %q %q %q %v", doc.Title, doc.Author, doc.Source, doc.Published)
			}
		})
	}
}

func TestReadHTMLLatin1(t *testing.T) {
	page := "<html><body><p>Le caf\xe9 co\xfbte 5 \x80.</p></body></html>"
	doc, warns, err := readHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Le café coûte 5 €." || len(warns) == 0 {
		t.Errorf("text %q warnings %q", doc.Text, warns)
	}
	if !strings.Contains(warns[0], "Windows-1252") {
		t.Errorf("warning %q", warns[0])
	}
}

func TestReadHTMLDeclaredCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0.</p></body></html>"
	doc, warns, err := readHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "Привет, мир." {
		t.Errorf("text %q", doc.Text)
	}
	if len(warns) == 0 || !strings.Contains(warns[0], "windows-1251") {
		t.Errorf("warnings %q", warns)
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct{ title, site, h1, want string }{
		{"Talks stall | Example News", "Example News", "", "Talks stall"},
		{"Talks stall - example.com", "", "", "Talks stall"},
		{"Example News — Talks stall", "Example News", "", "Talks stall"},
		{"Trump - Clinton debate ends | Daily", "", "Trump - Clinton debate ends", "Trump - Clinton debate ends"},
		{"Trump - Clinton debate ends", "Daily", "", "Trump - Clinton debate ends"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.site, tt.h1); got != tt.want {
			t.Errorf("stripSiteName(%q, %q, %q) = %q, want %q", tt.title, tt.site, tt.h1, got, tt.want)
		}
	}
}
