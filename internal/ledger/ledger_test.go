package ledger

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

func fp(v float64) *float64 { return &v }

func TestSubjectOf(t *testing.T) {
	tests := []struct {
		unit, holder, loc, country string
		key, label                 string
	}{
		{"troops", "U.S.", "Syria", "", "us|troops|syria", "US troops · Syria"},
		{"service members", "United States", "Syria", "", "us|troops|syria", "US troops · Syria"},
		{"US forces", "", "in Syria", "", "us|troops|syria", "US troops · Syria"},
		{"American soldiers", "", "Syria", "", "us|troops|syria", "US troops · Syria"},
		{"military personnel", "the US", "Iraq", "", "us|troops|iraq", "US troops · Iraq"},
		{"Marines", "America", "Iraq", "", "us|troops|iraq", "US troops · Iraq"},
		{"sailors", "US", "Iraq", "", "us|troops|iraq", "US troops · Iraq"},
		{"ISIS fighters", "", "Iraq and Syria", "", "isis|fighters|iraq and syria", "ISIS fighters · Iraq and Syria"},
		{"militants", "ISIS", "Syria and Iraq", "", "isis|fighters|iraq and syria", "ISIS fighters · Iraq and Syria"},
		{"troops", "US", "At Tanf", "Syria", "us|troops|syria", "US troops · Syria"},
		{"refugees", "", "Turkey", "", "|refugees|turkey", "refugees · Turkey"},
		{"%", "", "", "", "", ""},
		{"%", "UK", "Britain", "", "", ""},
		{"GBP", "", "London", "", "", ""},
		{"troops", "", "", "", "", ""},
		{"people", "", "Gaza", "", "|people|gaza", "people · Gaza"},
		{"", "US", "Syria", "", "", ""},
	}
	for _, tc := range tests {
		f := &extract.Figure{Unit: document.Str(tc.unit), Holder: document.Str(tc.holder), Location: document.Str(tc.loc), Country: document.Str(tc.country)}
		s := SubjectOf(f)
		if s.Key != tc.key || s.Label != tc.label {
			t.Errorf("SubjectOf(%q,%q,%q) = %q %q, want %q %q", tc.unit, tc.holder, tc.loc, s.Key, s.Label, tc.key, tc.label)
		}
	}
}

func TestMatchSubject(t *testing.T) {
	subs := []store.Subject{
		{Key: "us|troops|iraq and syria", Label: "US troops · Iraq and Syria", Holder: "US", Thing: "troops", Location: "Iraq and Syria", Figures: 9},
		{Key: "us|troops|iraq", Label: "US troops · Iraq", Holder: "US", Thing: "troops", Location: "Iraq", Figures: 3},
		{Key: "us|troops|syria", Label: "US troops · Syria", Holder: "US", Thing: "troops", Location: "Syria", Figures: 5},
		{Key: "isis|fighters|iraq and syria", Label: "ISIS fighters · Iraq and Syria", Holder: "ISIS", Thing: "fighters", Location: "Iraq and Syria", Figures: 2},
	}
	tests := []struct {
		q, want string
		ok      bool
	}{
		{"us troops iraq", "us|troops|iraq", true},
		{"American soldiers in Iraq", "us|troops|iraq", true},
		{"U.S. forces Syria", "us|troops|syria", true},
		{"US troops · Syria", "us|troops|syria", true},
		{"us|troops|iraq and syria", "us|troops|iraq and syria", true},
		{"isis militants", "isis|fighters|iraq and syria", true},
		{"penguins antarctica", "", false},
		{"'; DROP TABLE subjects; --", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		got, _, ok := MatchSubject(tc.q, subs)
		if ok != tc.ok || got.Key != tc.want {
			t.Errorf("MatchSubject(%q) = %q %v, want %q %v", tc.q, got.Key, ok, tc.want, tc.ok)
		}
	}
}

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		f      extract.Figure
		lo, hi float64
	}{
		{extract.Figure{Value: fp(5262)}, 5262, 5262},
		{extract.Figure{Value: fp(5000), Approx: "about"}, 4500, 5500},
		{extract.Figure{Value: fp(2000), Approx: "more than"}, 2000, inf},
		{extract.Figure{Value: fp(100), Approx: "up to"}, 0, 100},
		{extract.Figure{Value: fp(1000), Approx: "nearly"}, 900, 1000},
		{extract.Figure{Value: fp(1000), Basis: extract.BasisEstimate}, 800, 1200},
		{extract.Figure{Low: fp(10), High: fp(20)}, 10, 20},
	}
	for _, tc := range tests {
		lo, hi, ok := Interval(&tc.f)
		if !ok || math.Abs(lo-tc.lo) > 1e-9 || (hi != tc.hi && math.Abs(hi-tc.hi) > 1e-9) {
			t.Errorf("Interval(%+v) = %v %v %v, want %v %v", tc.f, lo, hi, ok, tc.lo, tc.hi)
		}
	}
	if _, _, ok := Interval(&extract.Figure{}); ok {
		t.Error("Interval of a figure without value: ok")
	}
}

func TestCompare(t *testing.T) {
	d := func(s string) document.Date { v, _ := document.ParseDate(s); return v }
	side := func(v float64, approx, basis, asOf, pub string) Side {
		return Side{Figure: &extract.Figure{Value: fp(v), Approx: document.Str(approx), Basis: document.Str(basis), AsOf: document.Str(asOf)}, Published: d(pub)}
	}
	tests := []struct {
		name string
		a, b Side
		want string
	}{
		{"official vs statistics", side(503, "", "official", "", "2017-12-05"), side(1720, "", "statistics", "", "2017-12-05"), store.DisputeFigures},
		{"about covers", side(5000, "about", "reported", "", "2020-01-06"), side(5262, "", "official", "", "2020-01-06"), ""},
		{"years apart", side(5000, "about", "reported", "", "2020-01-06"), side(8892, "", "statistics", "", "2017-12-05"), ""},
		{"more than covers", side(2000, "more than", "reported", "", "2019-02-18"), side(2500, "", "official", "", "2019-02-20"), ""},
		{"more than below", side(3000, "more than", "reported", "", "2019-02-18"), side(2500, "", "official", "", "2019-02-20"), store.DisputeFigures},
		{"planned vs count", side(1000, "", "planned", "", "2019-02-18"), side(2000, "about", "official", "", "2019-02-18"), store.DisputePlanned},
		{"as-of year overlaps", side(5262, "", "official", "2017", "2017-12-05"), side(8892, "", "statistics", "2017-09", "2018-03-01"), store.DisputeFigures},
		{"estimate tolerance", side(1000, "", "estimate", "", "2019-02-18"), side(1150, "", "official", "", "2019-02-18"), ""},
	}
	for _, tc := range tests {
		if got, _ := Compare(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: Compare = %q, want %q", tc.name, got, tc.want)
		}
		if got, _ := Compare(tc.b, tc.a); got != tc.want {
			t.Errorf("%s (swapped): Compare = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// story builds a deterministic article of n paragraphs from a seed.
func story(seed int64, paras int) []string {
	words := strings.Fields(`the minister said council officials budget water supply river city village farmers
		new plan would cost million next year workers union strike talks agreed rejected proposal court ruled
		police reported residents school hospital report week month election party leader vote tax rise fell
		prices market bank rate inflation company shares profit loss growth region border army aid`)
	r := rand.New(rand.NewSource(seed))
	out := make([]string, paras)
	for p := range out {
		var b strings.Builder
		for s := 0; s < 4; s++ {
			n := 8 + r.Intn(10)
			for i := 0; i < n; i++ {
				w := words[r.Intn(len(words))]
				if i == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				}
				b.WriteString(w)
				if i < n-1 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(". ")
		}
		out[p] = strings.TrimSpace(b.String())
	}
	return out
}

func TestMinHashNearDuplicates(t *testing.T) {
	orig := story(1, 10)
	base := "Council agrees water plan\n\n" + strings.Join(orig, "\n\n")
	reprint := "Water deal reached after long talks\n\n" + strings.Join(orig[:9], "\n\n")
	added := base + "\n\n" + story(7, 1)[0]
	trimmed := "Plan agreed\n\n" + strings.Join(orig[:5], "\n\n")
	other := "Council agrees water plan\n\n" + strings.Join(story(2, 10), "\n\n")
	sb := MinHash(base)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"reprint with new headline and trimmed last paragraph", reprint, true},
		{"paragraph added", added, true},
		{"half kept", trimmed, true},
		{"different story, same headline", other, false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		s := MinHash(tc.text)
		if got := SameStory(&sb, &s); got != tc.want {
			t.Errorf("%s: SameStory = %v (J=%.2f), want %v", tc.name, got, Jaccard(&sb, &s), tc.want)
		}
	}
	// LSH: the reprint shares at least one band with the original.
	rs := MinHash(reprint)
	ba, bb := sb.BandHashes(), rs.BandHashes()
	shared := 0
	for i := range ba {
		if ba[i] == bb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("reprint shares no LSH band with the original")
	}
	// Case and punctuation do not matter; encoding round-trips.
	if a, b := MinHash("The cat sat on the mat, today."), MinHash("the CAT sat on the mat today"); a != b {
		t.Error("MinHash depends on case or punctuation")
	}
	d, ok := DecodeSignature(sb.Encode())
	if !ok || d != sb {
		t.Error("signature does not round-trip")
	}
	if _, ok := DecodeSignature([]byte{1, 2, 3}); ok {
		t.Error("DecodeSignature accepted a short input")
	}
}

func TestScoreLink(t *testing.T) {
	pub, _ := document.ParseDate("2019-02-18")
	deny := &extract.Statement{Speaker: "Gen. Ann Miller", Stance: extract.Denies,
		Content: "the report that the United States plans to keep 1,000 troops in Syria is wrong",
		Target:  "a report by The Wall Street Journal"}
	from := &LinkFrom{Statement: deny, Article: 1, Group: 1, Published: pub, Target: string(deny.Target), Content: deny.Content,
		Sentence: "Miller said a report by The Wall Street Journal that the United States plans to keep 1,000 troops in Syria is wrong."}
	wsjFigure := &LinkCandidate{Kind: "figure", ID: 7, Article: 2, Group: 2, Published: pub, Outlet: "The Wall Street Journal",
		Speaker: "officials", Text: "The United States will keep 1,000 troops in Syria, officials told the newspaper.", Value: fp(1000),
		Subject: Subject{Holder: "US", Thing: "troops", Location: "Syria"}}
	sameArticleWSJ := &LinkCandidate{Kind: "statement", ID: 3, Article: 1, Group: 1, Published: pub, Speaker: "The Wall Street Journal",
		Stance: extract.Asserts, Text: "the United States would keep 1,000 troops in Syria"}
	unrelated := &LinkCandidate{Kind: "statement", ID: 9, Article: 5, Group: 5, Published: pub, Speaker: "a farmer",
		Stance: extract.Asserts, Text: "the harvest was late this year because of rain"}
	old := *wsjFigure
	old.Published, _ = document.ParseDate("2015-01-01")
	old.Outlet = "Local Gazette"
	otherNumber := &LinkCandidate{Kind: "figure", ID: 8, Article: 1, Group: 1, Published: pub, Speaker: "officials",
		Text: "There are roughly 5,000 US troops in Syria.", Value: fp(5000), Subject: Subject{Holder: "US", Thing: "troops", Location: "Syria"}}
	selfDenial := &LinkCandidate{Kind: "statement", ID: 4, Article: 1, Speaker: "Gen. Ann Miller", Stance: extract.Asserts, Text: deny.Content}
	tests := []struct {
		name  string
		c     *LinkCandidate
		above bool
	}{
		{"figure sourced to the named outlet", wsjFigure, true},
		{"same-article statement by the outlet", sameArticleWSJ, true},
		{"unrelated statement", unrelated, false},
		{"old figure in another outlet", &old, false},
		{"speaker's own statement", selfDenial, false},
		{"same-article figure with another number and source", otherNumber, false},
	}
	for _, tc := range tests {
		conf, reasons := ScoreLink(from, tc.c, nil)
		if (conf >= LinkThreshold) != tc.above {
			t.Errorf("%s: confidence %.2f (%v), want above threshold %v", tc.name, conf, reasons, tc.above)
		}
	}
	conf, reasons := ScoreLink(from, wsjFigure, nil)
	want := map[string]bool{"source": true, "text": true, "value": true, "subject": true, "time": true}
	for _, r := range reasons {
		delete(want, r)
	}
	if len(want) != 0 || conf > 1 {
		t.Errorf("WSJ figure: reasons %v (missing %v), conf %.2f", reasons, want, conf)
	}
}

type fixedJudge struct{ stance string }

func (j fixedJudge) Judge(claim, text string) (string, float64) { return j.stance, 0.9 }

func TestScoreLinkJudge(t *testing.T) {
	from := &LinkFrom{Statement: &extract.Statement{Stance: extract.Denies}, Article: 1, Content: "the plan is false", Sentence: "He said the plan is false."}
	c := &LinkCandidate{Kind: "statement", ID: 2, Article: 1, Stance: extract.Asserts, Text: "the plan is real"}
	base, _ := ScoreLink(from, c, nil)
	with, reasons := ScoreLink(from, c, fixedJudge{JudgeDenies})
	if with <= base || reasons[len(reasons)-1] != "stance-model" {
		t.Errorf("judge did not raise the score: %.2f → %.2f %v", base, with, reasons)
	}
	other, _ := ScoreLink(from, c, fixedJudge{JudgeUnrelated})
	if other != base {
		t.Errorf("unrelated judgement changed the score: %.2f → %.2f", base, other)
	}
}

func TestNamesSpeaker(t *testing.T) {
	tests := []struct {
		target, speaker string
		named, proper   bool
	}{
		{"The leaked letter from the military", "letter seen by a news agency", true, false},
		{"Esper's remarks", "Mark Esper", true, true},
		{"reports that the army would leave", "reports", true, false},
		{"the plan announced in February", "Mark Esper", false, false},
		{"a report by the newspaper", "the ministry", false, false},
		{"", "letter", false, false},
	}
	for _, tc := range tests {
		if named, proper := namesSpeaker(tc.target, tc.speaker); named != tc.named || proper != tc.proper {
			t.Errorf("namesSpeaker(%q, %q) = %v %v", tc.target, tc.speaker, named, proper)
		}
	}
}

func TestOutletsAndContentWords(t *testing.T) {
	if got := Outlets("a report by The Wall Street Journal, later picked up by AP"); strings.Join(got, ";") != "wall street journal;associated press" {
		t.Errorf("Outlets = %v", got)
	}
	if got := strings.Join(ContentWords("The U.S. troops' withdrawals, said officials"), " "); got != "us troop withdrawal official" {
		t.Errorf("ContentWords = %q", got)
	}
	names := OutletNames("WSJ")
	if len(names) < 2 || !strings.Contains(strings.Join(names, ";"), "wall street journal") {
		t.Errorf("OutletNames(WSJ) = %v", names)
	}
}

func FuzzMinHash(f *testing.F) {
	f.Add("Council agrees water plan. The minister said so.")
	f.Add("")
	f.Add("é ü 1,000 — “quoted”")
	f.Fuzz(func(t *testing.T, s string) {
		a, b := MinHash(s), MinHash(s)
		if a != b {
			t.Fatal("MinHash not deterministic")
		}
		if a.Shingles > 0 && !SameStory(&a, &b) {
			t.Fatal("text not a copy of itself")
		}
		if d, ok := DecodeSignature(a.Encode()); !ok || d != a {
			t.Fatal("round trip")
		}
	})
}

func FuzzSubject(f *testing.F) {
	f.Add("US troops", "U.S.", "Iraq and Syria", "us troops iraq")
	f.Add("", "", "", "")
	f.Add("%", "the", "and and ,", "'; DROP TABLE x; --")
	f.Fuzz(func(t *testing.T, unit, holder, loc, q string) {
		s := SubjectOf(&extract.Figure{Unit: document.Str(unit), Holder: document.Str(holder), Location: document.Str(loc)})
		if s.Key != "" && strings.Count(s.Key, "|") < 2 {
			t.Fatalf("malformed key %q", s.Key)
		}
		subs := []store.Subject{{Key: s.Key, Label: s.Label, Holder: s.Holder, Thing: s.Thing, Location: s.Location}}
		if s.Key != "" {
			if got, _, ok := MatchSubject(s.Key, subs); !ok || got.Key != s.Key {
				t.Fatalf("key %q does not match itself", s.Key)
			}
		}
		MatchSubject(q, subs)
		ContentWords(q)
		Outlets(q)
		parseAsOf(q)
	})
}

func TestLexicalJudge(t *testing.T) {
	claim := "The army will withdraw all troops from the northern province"
	tests := []struct {
		text, want string
	}{
		{"The army will withdraw all its troops from the northern province by May.", JudgeSupports},
		{"Officials said the army will not withdraw troops from the northern province.", JudgeDenies},
		{"Troops in the region were resupplied on Monday.", JudgeObserves},
		{"The football season starts next week.", JudgeUnrelated},
	}
	for _, tc := range tests {
		if got, _ := (LexicalJudge{}).Judge(claim, tc.text); got != tc.want {
			t.Errorf("Judge(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	text := "First one. Second one!\nThird line\n\nFourth? End"
	var got []string
	for _, s := range SplitSentences(text) {
		got = append(got, s.Of(text))
	}
	if strings.Join(got, "|") != "First one.|Second one!|Third line|Fourth?|End" {
		t.Errorf("SplitSentences = %q", got)
	}
}

func BenchmarkMinHash(b *testing.B) {
	text := strings.Join(story(3, 12), "\n\n")
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		MinHash(text)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkSubjectOf(b *testing.B) {
	f := &extract.Figure{Unit: "American service members", Holder: "", Location: "Iraq and Syria"}
	for i := 0; i < b.N; i++ {
		SubjectOf(f)
	}
}
