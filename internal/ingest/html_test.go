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

// para returns a paragraph of n distinct sentences about topic, long enough
// to read as running text.
func para(topic string, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("The " + topic + " report number " + string(rune('A'+i%26)) + " describes what officials said on the record today.")
	}
	return b.String()
}

// teasers is a block of related-post excerpts: a linked headline and a
// short excerpt each.
func teasers(class string, n int) string {
	var b strings.Builder
	b.WriteString(`<div class="` + class + `">`)
	for i := range n {
		c := string(rune('a' + i%26))
		b.WriteString(`<div class="post"><h3><a href="/p` + c + `">Another story headline ` + c + ` about something</a></h3><p>Excerpt of another story ` + c + ` that is only a teaser for it, with a few words more.</p></div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// TestReadHTMLErrorClasses covers the ways the reader used to lose or
// mix up the article (issue 15), one page written for each.
func TestReadHTMLErrorClasses(t *testing.T) {
	body := para("budget", 3)
	second := para("harbour", 3)
	tests := []struct {
		name       string
		page       string
		want       []string // each must be in the text
		notWant    []string // none may be
		wantWarned bool
	}{
		{"blog post inside a widget div, text with <br>",
			`<html><body><div class="sidebar"><p>About me: I write this blog.</p></div>` +
				`<div class="widget Blog" id="Blog1"><div class="post-body">` + body + `<br><br>` + second + `</div></div>` +
				`<div class="widget LinkList"><ul><li><a href="/1">Link one</a></li><li><a href="/2">Link two</a></li></ul></div></body></html>`,
			[]string{body, second}, []string{"About me", "Link one"}, false},
		{"whole body in an ASP.NET form",
			`<html><body><form method="post" action="./page.aspx" id="form1"><input type="hidden" name="__VIEWSTATE" value="x">` +
				`<div class="content"><p>` + body + `</p><p>` + second + `</p></div><button>Search</button></form></body></html>`,
			[]string{body, second}, []string{"Search"}, false},
		{"loose <br> text beats the only <p> (an affiliate disclaimer)",
			`<html><body><div class="entry">` + body + `<br><br>` + second + `</div>` +
				`<div class="note"><p>We may earn a commission from links on this page.</p></div></body></html>`,
			[]string{body + "\n\n" + second}, []string{"commission"}, false},
		{"itemprop=articleBody without paragraphs beats a newsletter <p>",
			`<html><body><div itemprop="articleBody"><div>` + body + `</div><div>` + second + `</div></div>` +
				`<div class="box"><p>Get our morning briefing in your inbox every day of the week, free of charge.</p></div></body></html>`,
			[]string{body, second}, []string{"briefing"}, false},
		{"related-post excerpts beside a short article",
			`<html><body><div class="main"><div class="story"><p>` + body + `</p></div>` + teasers("more-stories", 8) + `</div></body></html>`,
			[]string{body}, []string{"Excerpt of another story", "Another story headline"}, false},
		{"article under a third of the page: no fall back to the body",
			`<html><body>` + teasers("list-a", 12) + `<div class="story"><p>` + body + `</p><p>` + second + `</p></div>` + teasers("list-b", 12) + `</body></html>`,
			[]string{body, second}, []string{"Excerpt of another story"}, false},
		{"body split across sibling columns",
			`<html><body><div class="cols"><div class="col"><p>` + body + `</p><p>` + para("river", 2) + `</p></div>` +
				`<div class="col"><p>` + second + `</p><p>` + para("valley", 2) + `</p></div></div><div class="foot"><a href="/">Home</a></div></body></html>`,
			[]string{body, second, para("river", 2), para("valley", 2)}, []string{"Home"}, false},
		{"standings table with player rows kept",
			`<html><body><article><p>` + body + `</p><table><tr class="player-row"><td>Ann Lee</td><td>31 points</td></tr>` +
				`<tr class="player-row"><td>Bo Park</td><td>28 points</td></tr></table><p>` + second + `</p></article></body></html>`,
			[]string{"Ann Lee", "31 points", "Bo Park", body, second}, nil, false},
		{"teaser headline and furniture label inside the article skipped",
			`<html><body><article><p>` + body + `</p><p><a href="/x"><strong>OTHER HEADLINE ABOUT A DIFFERENT STORY</strong></a></p>` +
				`<div>Advertisement</div><p>` + second + `</p></article></body></html>`,
			[]string{body, second}, []string{"OTHER HEADLINE", "Advertisement"}, false},
		{"heading over a list of links inside the article skipped",
			`<html><body><article><h2>Background</h2><p>` + body + `</p><p>` + second + `</p><h3>Related posts</h3>` +
				`<ul><li><a href="/1">A post</a></li><li><a href="/2">Another post</a></li></ul></article></body></html>`,
			[]string{"Background", body, second}, []string{"Related posts", "A post"}, false},
		{"no article block: whole readable text with a warning",
			`<html><body><div class="menu"><span>Opening hours</span> <span>Mon to Fri</span></div><div class="x"><span>Closed on Sundays</span></div></body></html>`,
			[]string{"Opening hours", "Closed on Sundays"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, warns, err := readHTML([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc)
			for _, s := range tt.want {
				if !strings.Contains(doc.Text, s) {
					t.Errorf("text lacks %q\ntext: %q", s, doc.Text)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(doc.Text, s) {
					t.Errorf("text has %q\ntext: %q", s, doc.Text)
				}
			}
			if (len(warns) > 0) != tt.wantWarned {
				t.Errorf("warnings %q, want warned=%v", warns, tt.wantWarned)
			}
		})
	}
}

func TestReadHTMLJSONLDBody(t *testing.T) {
	shown := para("budget", 2)
	hidden := para("harbour", 4)
	ld := func(body string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"` + body + `"}</script>`
	}
	tests := []struct{ name, page, want string }{
		{"longer and consistent: used",
			`<html><head>` + ld(shown+`\n`+hidden) + `</head><body><article><p>` + shown + `</p><div class="paywall">Subscribe to read on</div></article></body></html>`,
			shown + "\n\n" + hidden},
		{"another text: ignored",
			`<html><head>` + ld(strings.Repeat("Farmers in the northern valley expect a late harvest after weeks of heavy rain. ", 8)) + `</head><body><article><p>` + shown + `</p></article></body></html>`,
			shown},
		{"not longer: page text kept",
			`<html><head>` + ld(shown) + `</head><body><article><p>` + shown + `</p><p>` + hidden + `</p></article></body></html>`,
			shown + "\n\n" + hidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, _, err := readHTML([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Text != tt.want {
				t.Errorf("text\n got %q\nwant %q", doc.Text, tt.want)
			}
		})
	}
}

// TestReadHTMLDeepNesting: a page nested far deeper than the parser's
// limit is read to a depth limit, with a warning, not refused.
func TestReadHTMLDeepNesting(t *testing.T) {
	const depth = 100_000
	text := para("deep", 2)
	page := "<html><body>" + strings.Repeat("<div>", depth) + "<p>" + text + "</p>" + strings.Repeat("</div>", depth) +
		"<p>" + para("after", 2) + "</p></body></html>"
	doc, warns, err := readHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, doc)
	if !strings.Contains(doc.Text, text) {
		t.Errorf("text lacks the deep paragraph: %.200q", doc.Text)
	}
	if len(warns) == 0 || !strings.Contains(warns[0], "nested too deep") {
		t.Errorf("warnings %q", warns)
	}
}

func TestFlattenDeep(t *testing.T) {
	tests := []struct {
		page    string
		limit   int
		want    string
		dropped int
	}{
		{"<div><div><div>x</div></div></div>", 2, "<div><div>x</div></div>", 1},
		{"<div><br><img src=a><div>y</div></div>", 1, "<div><br><img src=a>y</div>", 1},
		{"<p>a<p>b</p>", 5, "<p>a<p>b</p>", 0},
		{"<b><i>t</b></i>", 1, "<b>t</b></i>", 1}, // a stray end tag is left to the parser
	}
	for _, tt := range tests {
		got, n := flattenDeep(tt.page, tt.limit)
		if got != tt.want || n != tt.dropped {
			t.Errorf("flattenDeep(%q, %d) = %q, %d; want %q, %d", tt.page, tt.limit, got, n, tt.want, tt.dropped)
		}
	}
}

// TestReadHTMLLateCharset: a charset declared after the first kilobyte of
// the head is still honoured.
func TestReadHTMLLateCharset(t *testing.T) {
	page := "<html><head><script>" + strings.Repeat("var x = 1;\n", 200) + "</script><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>" +
		"<body><p>\xc4\xe3\xba\xc3\xa3\xac\xca\xc0\xbd\xe7\xa1\xa3</p></body></html>"
	doc, warns, err := readHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "你好，世界。" {
		t.Errorf("text %q", doc.Text)
	}
	if len(warns) == 0 || !strings.Contains(warns[0], "gbk") {
		t.Errorf("warnings %q", warns)
	}
}

func TestJunkWords(t *testing.T) {
	tests := []struct {
		v    string
		want bool
	}{
		{"share-bar", true}, {"comments_section", true}, {"hidden", true}, {"sr-only", true},
		{"field--label-hidden field__item", false}, {"player-row", false}, {"article-body", false},
		{"widget Blog", true}, {"c-entry-content", false},
	}
	for _, tt := range tests {
		if got := junkWords(tt.v); got != tt.want {
			t.Errorf("junkWords(%q) = %v, want %v", tt.v, got, tt.want)
		}
	}
}

func TestReadHTMLStrayNUL(t *testing.T) {
	text := para("nul", 3)
	page := "<html><body><img src=x.gif>\x00\x00\x00<article><p>" + text + "</p></article>" + strings.Repeat("<!-- padding -->\n", 300) + "</body></html>"
	doc, warns, err := readHTML([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != text || len(warns) != 1 || warns[0] != "3 NUL bytes removed" {
		t.Errorf("text %q warnings %q", doc.Text, warns)
	}
	// Mostly NUL bytes is still binary.
	if _, _, err := readHTML([]byte("<p>"+strings.Repeat("\x00", 100)), Options{}); !errors.Is(err, ErrBinary) {
		t.Errorf("err = %v, want ErrBinary", err)
	}
}
