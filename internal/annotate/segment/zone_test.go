package segment

import (
	"github.com/claimtrack/claimtrack/internal/shareddata"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type zoneText struct {
	Kind ZoneKind
	Text string
}

func zonesOf(text string) []zoneText {
	toks := Tokenize(text, nil)
	var out []zoneText
	for _, z := range Zones(text, toks, Sentences(text, toks, nil)) {
		out = append(out, zoneText{z.Kind, z.Span.Of(text)})
	}
	return out
}

func TestZones(t *testing.T) {
	tests := []struct {
		name, text string
		want       []zoneText
	}{
		{"headline and dateline",
			"Rebels Retake Border Town\n\nGOMA, Congo — Rebels took the town on Friday, officials said.\n",
			[]zoneText{{ZoneHeadline, "Rebels Retake Border Town"}, {ZoneDateline, "GOMA, Congo —"}}},
		{"agency dateline",
			"WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.",
			[]zoneText{{ZoneDateline, "WASHINGTON (Reuters) -"}}},
		{"dateline with date",
			"LONDON, March 3 (AP) — Prices rose again.",
			[]zoneText{{ZoneDateline, "LONDON, March 3 (AP) —"}}},
		{"multiword caps dateline",
			"NORTHERN EUROPE – Troops arrived.",
			[]zoneText{{ZoneDateline, "NORTHERN EUROPE –"}}},
		{"title-case place with agency",
			"Washington (CNN) — The Senate passed the bill.",
			[]zoneText{{ZoneDateline, "Washington (CNN) —"}}},
		{"title-case two words with agency",
			"New York (Reuters) - Stocks fell.",
			[]zoneText{{ZoneDateline, "New York (Reuters) -"}}},
		{"title-case without agency is not", "Trump — who spoke first — won.", nil},
		{"no dateline in body", "The NATO summit - held in June - ended.", nil},
		{"acronym not dateline", "NATO said on Monday it would stay.", nil},
		{"caption lead-in and credit",
			"Dam Breaks After Storm\n\nKABUL, AFGHANISTAN - MAY 2: Villagers wade through water near the dam.\n\nThe dam broke on Sunday, the ministry said.\n\nA man walks past the ruins. (Photo: Jane Doe/Agency)\n",
			[]zoneText{{ZoneHeadline, "Dam Breaks After Storm"},
				{ZoneCaption, "KABUL, AFGHANISTAN - MAY 2: Villagers wade through water near the dam."},
				{ZoneCaption, "A man walks past the ruins. (Photo: Jane Doe/Agency)"}}},
		{"getty credit", "The ministry said ten died.\nRescuers at the scene on Monday. Getty Images\nMore rain is expected.",
			[]zoneText{{ZoneCaption, "Rescuers at the scene on Monday. Getty Images"}}},
		{"truncated teaser", "Flood Warning Issued\n\nSoldiers keep watch during a patrol near the river in …\n\nThe warning came on Sunday.",
			[]zoneText{{ZoneHeadline, "Flood Warning Issued"}, {ZoneCaption, "Soldiers keep watch during a patrol near the river in …"}}},
		{"trailing boilerplate",
			"The vote is on Friday.\n\nShare this article\nSign up for our daily newsletter\n© 2021 Example Media. All rights reserved.\nWe value your comments and feedback on our site.",
			[]zoneText{{ZoneBoilerplate, "Share this article"}, {ZoneBoilerplate, "Sign up for our daily newsletter"},
				{ZoneBoilerplate, "© 2021 Example Media. All rights reserved."},
				{ZoneBoilerplate, "We value your comments and feedback on our site."}}},
		{"read more in the middle",
			"The vote is on Friday.\nRead more: Why the vote matters\nThe result is due Monday.",
			[]zoneText{{ZoneBoilerplate, "Read more: Why the vote matters"}}},
		{"follow on social", "The vote is on Friday.\nFollow Ann Lee on Twitter @annlee.",
			[]zoneText{{ZoneBoilerplate, "Follow Ann Lee on Twitter @annlee."}}},
		{"agency credit trailer", "The vote is on Friday.\n(Reporting by Ann Lee; Editing by Bo Park)",
			[]zoneText{{ZoneBoilerplate, "(Reporting by Ann Lee; Editing by Bo Park)"}}},
		{"comment stamp with a bar", "The vote is on Friday.\nMarch 4, 2021 at 7:59 pm | I doubt the count is right.\nMarch 4, 2021 at 8:10 pm | Agreed.",
			[]zoneText{{ZoneBoilerplate, "March 4, 2021 at 7:59 pm | I doubt the count is right."}, {ZoneBoilerplate, "March 4, 2021 at 8:10 pm | Agreed."}}},
		{"blog comment stamp", "The vote is on Friday.\nAt 10:14 am on 28 May 2021, reader22 wrote: The count is wrong, 40 died.",
			[]zoneText{{ZoneBoilerplate, "At 10:14 am on 28 May 2021, reader22 wrote: The count is wrong, 40 died."}}},
		{"times in body text are not stamps", "Polls closed at 7:30 pm on Friday, officials said.\nAt 9:15 am on 4 May the count began.\nThe result came at 11:05 pm | in the capital.", nil},
		{"label is not a dateline", "EXCLUSIVE – The senator told this paper he would run.", nil},
		{"photographer is body", "A Reuters photographer saw the crowd flee.\nPolice arrived later.", nil},
		{"last body line mentions twitter", "The vote is on Friday.\nThe next day, her Twitter account posted a video of the count.", nil},
		{"last line with weak words", "The vote is on Friday.\nThe firm filed a copyright suit after reporting by the paper.", nil},
		{"body mentions newsletter", "The firm's newsletter said sales rose.\nAnalysts agreed.", nil},
		{"subscribers is body", "Subscribers rose to 5 million in May.\nThe firm said so.", nil},
		{"question headline is not", "Is the war over?\nNot yet, officials said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := zonesOf(tt.text)
			if len(got) != len(tt.want) {
				t.Fatalf("Zones(%q)\n got %v\nwant %v", tt.text, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("zone %d: got %v %q, want %v %q", i, got[i].Kind, got[i].Text, tt.want[i].Kind, tt.want[i].Text)
				}
			}
		})
	}
}

func TestSkipFacts(t *testing.T) {
	text := "Body one.\nClick here to subscribe\nBody two."
	toks := Tokenize(text, nil)
	sents := Sentences(text, toks, nil)
	zones := Zones(text, toks, sents)
	var skipped []string
	for _, s := range sents {
		if SkipFacts(zones, s) {
			skipped = append(skipped, s.Of(text))
		}
	}
	if len(skipped) != 1 || skipped[0] != "Click here to subscribe" {
		t.Fatalf("skipped %q, want only the boilerplate line", skipped)
	}
}

func TestZoneKindText(t *testing.T) {
	for k := ZoneHeadline; k <= ZoneBoilerplate; k++ {
		b, _ := k.MarshalText()
		var back ZoneKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("round trip %v: got %v, %v", k, back, err)
		}
	}
	var k ZoneKind
	if err := k.UnmarshalText([]byte("body")); err == nil {
		t.Error("unknown kind accepted")
	}
}

func sharedDir(t testing.TB, sub string) string { return shareddata.Dir(t, sub) }

func readSeed(t *testing.T, prefix string) string {
	t.Helper()
	dir := sharedDir(t, "seeds")
	m, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
	if len(m) != 1 {
		t.Skipf("seed %s not found in %s", prefix, dir)
	}
	b, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// sentenceWith returns the sentence that contains needle.
func sentenceWith(t *testing.T, text string, needle string) string {
	t.Helper()
	i := strings.Index(text, needle)
	if i < 0 {
		t.Fatalf("seed text lacks %q", needle)
	}
	toks := Tokenize(text, nil)
	for _, s := range Sentences(text, toks, nil) {
		if s.Start <= i && i < s.End {
			return s.Of(text)
		}
	}
	t.Fatalf("no sentence contains %q", needle)
	return ""
}

func TestSeeds(t *testing.T) {
	s000 := readSeed(t, "000")
	s001 := readSeed(t, "001")
	s002 := readSeed(t, "002")

	// Splits at a missing space after the full stop.
	for _, c := range []struct{ text, left, right string }{
		{s002, "Iraq.", "Several"}, {s002, "letter.", "It was signed"},
	} {
		i := strings.Index(c.text, c.left+c.right)
		if i < 0 {
			t.Fatalf("seed lacks %q", c.left+c.right)
		}
		s := sentenceWith(t, c.text, c.left+c.right)
		if !strings.HasSuffix(s, c.left) {
			t.Errorf("%q%q not split: sentence %q", c.left, c.right, s)
		}
	}
	// No splits after titles, acronyms and initials.
	for _, c := range []struct{ text, phrase string }{
		{s000, "Gen. Joseph Dunford"}, {s001, "U.S. troops"}, {s001, "U.S. Marines"}, {s002, "William H. Seely III"},
	} {
		if s := sentenceWith(t, c.text, c.phrase); !strings.Contains(s, c.phrase) {
			t.Errorf("%q split: %q", c.phrase, s)
		}
	}
	// The closing quote stays with its sentence.
	if s := sentenceWith(t, s000, "factually incorrect"); !strings.HasSuffix(s, `"factually incorrect."`) {
		t.Errorf("closing quote: %q", s)
	}

	// Zones: seed 000 dateline; 001 headline, caption, dateline and
	// trailing boilerplate.
	toks := Tokenize(s000, nil)
	if d := Dateline(s000, toks).Of(s000); d != "ERBIL, Kurdistan Region —" {
		t.Errorf("seed 000 dateline %q", d)
	}
	z := zonesOf(s001)
	kinds := map[ZoneKind][]string{}
	for _, x := range z {
		kinds[x.Kind] = append(kinds[x.Kind], x.Text)
	}
	if len(kinds[ZoneCaption]) != 1 || !strings.HasPrefix(kinds[ZoneCaption][0], "PUL-E ALAM, AFGHANISTAN - MARCH 29:") {
		t.Errorf("seed 001 caption: %q", kinds[ZoneCaption])
	}
	if len(kinds[ZoneHeadline]) != 1 || !strings.HasPrefix(s001, kinds[ZoneHeadline][0]) {
		t.Errorf("seed 001 headline: %q", kinds[ZoneHeadline])
	}
	if len(kinds[ZoneDateline]) != 1 || kinds[ZoneDateline][0] != "SOUTHWEST ASIA –" {
		t.Errorf("seed 001 dateline: %q", kinds[ZoneDateline])
	}
	last := strings.TrimSpace(s001)
	last = last[strings.LastIndexByte(last, '\n')+1:]
	if len(kinds[ZoneBoilerplate]) != 1 || kinds[ZoneBoilerplate][0] != last {
		t.Errorf("seed 001 boilerplate %q, want the last line %q", kinds[ZoneBoilerplate], last)
	}
	for _, x := range zonesOf(s000) {
		if x.Kind == ZoneCaption || x.Kind == ZoneBoilerplate {
			t.Errorf("seed 000 has unexpected %v %q", x.Kind, x.Text)
		}
	}
}

// TestBBCZones checks the real BBC layout: a headline line then paragraphs,
// and no captions or boilerplate in the body.
func TestBBCZones(t *testing.T) {
	root := sharedDir(t, filepath.Join("data", "bbc-news", "bbc"))
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no BBC files")
	}
	headlines, other := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		toks := Tokenize(text, nil)
		sents := Sentences(text, toks, nil)
		checkSpans(t, text, sents)
		for _, z := range Zones(text, toks, sents) {
			if z.Kind == ZoneHeadline {
				headlines++
			} else {
				other++
			}
		}
	}
	if headlines < len(files)*95/100 {
		t.Errorf("headline found in %d of %d BBC files", headlines, len(files))
	}
	if other > len(files)/100 {
		t.Errorf("%d non-headline zones in %d BBC files", other, len(files))
	}
}
