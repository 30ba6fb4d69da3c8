package entity

import (
	"github.com/claimtrack/claimtrack/internal/shareddata"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

func find(text string) []Entity {
	toks := segment.Tokenize(text, nil)
	return Find(text, toks, segment.Sentences(text, toks, nil), nil)
}

// want describes one expected entity; empty fields are not checked.
type want struct {
	text, typ, norm, country, title, role string
}

func check(t *testing.T, text string, got []Entity, ws []want, absent []string) {
	t.Helper()
	for _, w := range ws {
		var e *Entity
		for i := range got {
			if got[i].Span.Of(text) == w.text {
				e = &got[i]
				break
			}
		}
		if e == nil {
			t.Errorf("%q: no entity %q; got %s", text, w.text, dump(text, got))
			continue
		}
		if w.typ != "" && string(e.Type) != w.typ {
			t.Errorf("%q: %q type %s, want %s", text, w.text, e.Type, w.typ)
		}
		if w.norm != "" && e.Norm != w.norm {
			t.Errorf("%q: %q norm %q, want %q", text, w.text, e.Norm, w.norm)
		}
		if w.country != "" && e.Country != w.country {
			t.Errorf("%q: %q country %q, want %q", text, w.text, e.Country, w.country)
		}
		if w.title != "" && e.Title != w.title {
			t.Errorf("%q: %q title %q, want %q", text, w.text, e.Title, w.title)
		}
		if w.role != "" && (e.Role != w.role || e.RoleSpan.Of(text) != w.role) {
			t.Errorf("%q: %q role %q (span %q), want %q", text, w.text, e.Role, e.RoleSpan.Of(text), w.role)
		}
	}
	for _, a := range absent {
		for _, e := range got {
			if strings.Contains(e.Span.Of(text), a) {
				t.Errorf("%q: %q should not be (in) an entity, got %q %s", text, a, e.Span.Of(text), e.Type)
			}
		}
	}
}

func dump(text string, es []Entity) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("[" + string(e.Type) + " " + e.Span.Of(text) + "]")
	}
	return b.String()
}

func TestFind(t *testing.T) {
	tests := []struct {
		text   string
		want   []want
		absent []string
	}{
		{
			text: "Navy Admiral Karen Holloway, commander of the Pacific Fleet, told reporters in Manila on Tuesday that talks would resume.",
			want: []want{
				{text: "Karen Holloway", typ: "PERSON", norm: "Karen Holloway", title: "Navy Admiral", role: "commander of the Pacific Fleet"},
				{text: "Manila", typ: "PLACE", norm: "Philippines", country: "Philippines"},
			},
			absent: []string{"Tuesday", "Navy"},
		},
		// a one-word title after a given name, with no name after it, is a surname
		{
			text: "Rep. Dana Bishop (D., Ohio) warned the mill would close.",
			want: []want{{text: "Dana Bishop", typ: "PERSON", norm: "Dana Bishop", title: "Rep."}},
		},
		{
			text: "The anchor, Carl King, asked about the vote.",
			want: []want{{text: "Carl King", typ: "PERSON", norm: "Carl King"}},
		},
		{
			text: "Will President Harlan Moss sign the bill? Queen Marta opened the bridge.",
			want: []want{
				{text: "Harlan Moss", typ: "PERSON", title: "President"},
				{text: "Marta", typ: "PERSON", title: "Queen"},
			},
		},
		{
			text: "The Kurdish-led Syrian Democratic Forces (SDF) said the convoy left Raqqa for Deir ez-Zor.",
			want: []want{
				{text: "Kurdish", typ: "NORP"},
				{text: "Syrian Democratic Forces", typ: "ORG", norm: "Syrian Democratic Forces"},
				{text: "SDF", typ: "ORG", norm: "Syrian Democratic Forces"},
				{text: "Raqqa", typ: "PLACE", norm: "Syria"},
				{text: "Deir ez-Zor", typ: "PLACE", country: "Syria"},
			},
			absent: []string{"The"},
		},
		{
			text: "However, several Iraqi officials in Erbil disputed the figure. Several analysts agreed.",
			want: []want{
				{text: "Iraqi", typ: "NORP", country: "Iraq"},
				{text: "Erbil", typ: "PLACE", country: "Iraq"},
			},
			absent: []string{"However", "Several"},
		},
		{
			text: "Defense Secretary Lloyd Austin met British Prime Minister Rishi Sunak in London, and Austin later flew to Kyiv.",
			want: []want{
				{text: "Lloyd Austin", typ: "PERSON", title: "Defense Secretary"},
				{text: "Rishi Sunak", typ: "PERSON", title: "British Prime Minister"},
				{text: "British", typ: "NORP", country: "United Kingdom"},
				{text: "London", typ: "PLACE", country: "United Kingdom"},
				{text: "Austin", typ: "PERSON", norm: "Lloyd Austin"},
				{text: "Kyiv", typ: "PLACE", country: "Ukraine"},
			},
		},
		{
			text: "The Ministry of Health in Baghdad and the European Central Bank issued statements, Reuters and AFP reported.",
			want: []want{
				{text: "Ministry of Health", typ: "ORG"},
				{text: "Baghdad", typ: "PLACE", country: "Iraq"},
				{text: "European Central Bank", typ: "ORG"},
				{text: "Reuters", typ: "ORG"},
				{text: "AFP", typ: "ORG", norm: "Agence France-Presse"},
			},
		},
		{
			text: "A U.S.-led strike near the Turkey-Syria border killed two ISIS’s commanders, the Pentagon said.",
			want: []want{
				{text: "U.S.", typ: "PLACE", norm: "United States"},
				{text: "Turkey", typ: "PLACE"},
				{text: "Syria", typ: "PLACE"},
				{text: "ISIS", typ: "ORG", norm: "Islamic State"},
				{text: "Pentagon", typ: "ORG", country: "United States"},
			},
			absent: []string{"led", "’s"},
		},
		{
			text: "Mohammed al-Hassan, a spokesman for the coalition, said the Taliban had agreed. Hassan declined to elaborate.",
			want: []want{
				{text: "Mohammed al-Hassan", typ: "PERSON", role: "a spokesman for the coalition"},
				{text: "Taliban", typ: "ORG"},
				{text: "Hassan", typ: "PERSON", norm: "Mohammed al-Hassan"},
			},
		},
		{
			text: "Grace Okafor said the Lagos Water Corporation would raise prices.",
			want: []want{
				{text: "Grace Okafor", typ: "PERSON"},
				{text: "Lagos Water Corporation", typ: "ORG", country: "Nigeria"},
			},
		},
		{
			text: "ANKARA, Turkey — Turkish troops crossed into northern Syria on Monday.",
			want: []want{
				{text: "ANKARA", typ: "PLACE", country: "Turkey"},
				{text: "Turkey", typ: "PLACE"},
				{text: "Turkish", typ: "NORP", country: "Turkey"},
				{text: "Syria", typ: "PLACE"},
			},
			absent: []string{"Monday"},
		},
		{
			text: "Brig. Gen. Ana Ruiz, commanding general of the 3rd Infantry Division, said the brigade was ready.",
			want: []want{
				{text: "Ana Ruiz", typ: "PERSON", title: "Brig. Gen.", role: "commanding general of the 3rd Infantry Division"},
			},
		},
	}
	for _, tt := range tests {
		check(t, tt.text, find(tt.text), tt.want, tt.absent)
	}
}

func TestFindSpansOrdered(t *testing.T) {
	text := "Gen. Mark Smith of the U.S. Army said in Baghdad that NATO and the UN would meet in Geneva."
	es := find(text)
	if len(es) < 5 {
		t.Fatalf("found %s", dump(text, es))
	}
	for i, e := range es {
		if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start >= e.Span.End {
			t.Errorf("bad span %v", e.Span)
		}
		if i > 0 && es[i-1].Span.End > e.Span.Start {
			t.Errorf("overlap or disorder: %v then %v", es[i-1].Span, e.Span)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name          string
		typ           Type
		norm, country string
		ok            bool
	}{
		{"U.S.", Place, "United States", "United States", true},
		{"America", Place, "United States", "United States", true},
		{"American", NORP, "United States", "United States", true},
		{"Britain", Place, "United Kingdom", "United Kingdom", true},
		{"Raqqa", Place, "Syria", "Syria", true},
		{"At Tanf", Place, "Syria", "Syria", true},
		{"Kurdistan Region", Place, "Iraq", "Iraq", true},
		{"SDF", Org, "Syrian Democratic Forces", "Syria", true},
		{"ISIL", Org, "Islamic State", "", true},
		{"Daesh", Org, "Islamic State", "", true},
		{"WSJ", Org, "The Wall Street Journal", "", true},
		{"Gen.", "", "", "", false},
		{"Milley", "", "", "", false},
	}
	for _, tt := range tests {
		typ, norm, country, ok := Lookup(tt.name)
		if typ != tt.typ || norm != tt.norm || country != tt.country || ok != tt.ok {
			t.Errorf("Lookup(%q) = %q %q %q %v, want %q %q %q %v", tt.name, typ, norm, country, ok, tt.typ, tt.norm, tt.country, tt.ok)
		}
	}
}

func TestDemonym(t *testing.T) {
	for _, tt := range []struct{ country, want string }{
		{"Australia", "Australian"}, {"Syria", "Syrian"}, {"United States", "American"}, {"Britain", "British"},
		{"Raqqa", ""}, {"", ""},
	} {
		if got := Demonym(tt.country); got != tt.want {
			t.Errorf("Demonym(%q) = %q, want %q", tt.country, got, tt.want)
		}
	}
}

func TestTitles(t *testing.T) {
	for _, w := range []string{"Gen.", "General", "Brig. Gen.", "Lt. Col.", "Sgt.", "Secretary of Defense", "Defense Secretary", "President", "Prime Minister", "Chairman", "Spokesman", "Senator", "Rep.", "Mr.", "Mrs.", "Ms.", "Dr.", "Special Representative"} {
		if !IsTitleWord(w) {
			t.Errorf("IsTitleWord(%q) = false", w)
		}
	}
	for _, w := range []string{"Iraq", "said", "Mark", "the", ""} {
		if IsTitleWord(w) {
			t.Errorf("IsTitleWord(%q) = true", w)
		}
	}
	for _, p := range []string{"US Army General", "US Secretary of Defense", "Defense Secretary", "Iraqi Prime Minister", "Gen.", "United States Marine Corps Brigadier General"} {
		if !IsTitlePhrase(p) {
			t.Errorf("IsTitlePhrase(%q) = false", p)
		}
	}
	for _, p := range []string{"US Army", "Mark Milley", "the report", "General Motors"} {
		if IsTitlePhrase(p) {
			t.Errorf("IsTitlePhrase(%q) = true", p)
		}
	}
}

func repoRoot(t testing.TB) string { return shareddata.RepoRoot(t) }

func TestSeeds(t *testing.T) {
	seeds := filepath.Join(repoRoot(t), "..", "shared", "seeds")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) == 0 {
		t.Skipf("seed articles absent from %s", seeds)
	}
	var all []struct {
		text string
		es   []Entity
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		all = append(all, struct {
			text string
			es   []Entity
		}{text, find(text)})
	}
	has := func(w want) bool {
		for _, d := range all {
			for _, e := range d.es {
				if e.Span.Of(d.text) == w.text && (w.typ == "" || string(e.Type) == w.typ) && (w.norm == "" || e.Norm == w.norm) && (w.title == "" || e.Title == w.title) && (w.role == "" || e.Role == w.role) && (w.country == "" || e.Country == w.country) {
					return true
				}
			}
		}
		return false
	}
	for _, w := range []want{
		{text: "Mark Milley", typ: "PERSON", title: "US Army General", role: "chairman of the Joint Chiefs of Staff"},
		{text: "Joseph Dunford", typ: "PERSON", title: "Gen."},
		{text: "Mark Esper", typ: "PERSON", title: "US Secretary of Defense"},
		{text: "Jim Mattis", typ: "PERSON", title: "Defense Secretary"},
		{text: "William H. Seely III", typ: "PERSON", title: "United States Marine Corps Brigadier General"},
		{text: "The Wall Street Journal", typ: "ORG"},
		{text: "SDF", typ: "ORG", norm: "Syrian Democratic Forces"},
		{text: "Pentagon", typ: "ORG"},
		{text: "Reuters", typ: "ORG"},
		{text: "CJTF-OIR", typ: "ORG"},
		{text: "At Tanf", typ: "PLACE", country: "Syria"},
		{text: "Baghouz", typ: "PLACE", country: "Syria"},
		{text: "Raqqa", typ: "PLACE", country: "Syria"},
		{text: "Dunford", typ: "PERSON", norm: "Joseph Dunford"},
		{text: "Esper", typ: "PERSON", norm: "Mark Esper"},
	} {
		if !has(w) {
			t.Errorf("seeds: missing %+v", w)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"US Army General Mark Milley, chairman of the Joint Chiefs of Staff, said.",
		"the Syrian Democratic Forces (SDF) in Raqqa",
		"Mohammed al-",
		"ERBIL, Kurdistan Region — ISIS’s",
		"Gen. H. ",
		"Secretary of",
		"(",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := segment.Tokenize(text, nil)
		sents := segment.Sentences(text, toks, nil)
		es := Find(text, toks, sents, nil)
		prev := 0
		for _, e := range es {
			if e.Span.Start < prev || e.Span.End <= e.Span.Start || e.Span.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", e.Span, prev, text)
			}
			if !e.RoleSpan.IsZero() && (e.RoleSpan.Start < e.Span.End || e.RoleSpan.End > len(text)) {
				t.Fatalf("bad role span %v for %v", e.RoleSpan, e.Span)
			}
			prev = e.Span.End
		}
	})
}

const benchParagraph = `BAGHDAD — The Iraqi government said on Tuesday that US forces would remain at Ain al-Asad air base in Anbar Province, rejecting claims by the Popular Mobilization Forces that a withdrawal had begun. "There is no timetable," Defense Minister Thabit al-Abbasi told reporters in Baghdad, adding that the coalition would keep training Iraqi Security Forces. Lt. Gen. Paul Calvert, commander of the Combined Joint Task Force, said about 2,500 American troops were in the country, while a Pentagon spokesman declined to comment. Several lawmakers in the Kurdistan Region, including members of the Kurdistan Democratic Party, welcomed the statement. Meanwhile, Turkish drones struck targets near Sinjar and Makhmour, according to Reuters and the Associated Press. The United Nations Assistance Mission for Iraq urged restraint, and Calvert said the strikes had not affected operations against the Islamic State in Syria.`

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(benchParagraph+"\n\n", 20)
	toks := segment.Tokenize(text, nil)
	sents := segment.Sentences(text, toks, nil)
	words := 0
	for _, t := range toks {
		if t.Kind == segment.Word || t.Kind == segment.Number {
			words++
		}
	}
	dst := make([]Entity, 0, 1024)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = Find(text, toks, sents, dst[:0])
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}

var _ = document.Span{}

func TestHeadlinesAndCapitals(t *testing.T) {
	tests := []struct {
		text   string
		want   []want
		absent []string
	}{
		{
			text:   "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
			want:   []want{{text: "JAPAN", typ: "PLACE", norm: "Japan"}, {text: "CHINA", typ: "PLACE", norm: "China"}},
			absent: []string{"SOCCER", "LUCKY", "SURPRISE"},
		},
		{
			text:   "Officials Say New Talks With Iran Could Begin In Vienna",
			want:   []want{{text: "Iran", typ: "PLACE"}, {text: "Vienna", typ: "PLACE", country: "Austria"}},
			absent: []string{"Officials", "Talks", "Could"},
		},
		{
			text:   "MOSCOW, March 3 (Reuters) - Russia said on Friday it would respond.",
			want:   []want{{text: "MOSCOW", typ: "PLACE", country: "Russia"}, {text: "Reuters", typ: "ORG"}, {text: "Russia", typ: "PLACE"}},
			absent: []string{"March", "Friday"},
		},
	}
	for _, tt := range tests {
		check(t, tt.text, find(tt.text), tt.want, tt.absent)
	}
}

func TestModel(t *testing.T) {
	if model == nil {
		t.Fatal("embedded stretch.model did not load")
	}
	// encode → load round trip keeps the argmax of each class row
	w := make([]float32, (1<<4)*modelClasses)
	for i := range w {
		w[i] = float32(i%7) - 3
	}
	w[3*modelClasses+2] = 50 // feature bucket 3 strongly says ORG
	m := loadModel(encodeModel(4, w))
	if m == nil || m.bits != 4 {
		t.Fatalf("round trip failed: %+v", m)
	}
	if got := m.predict([]uint32{3, 3 + 16}); got != 2 {
		t.Errorf("predict = %d, want 2", got)
	}
	if loadModel([]byte("junk")) != nil || loadModel(nil) != nil {
		t.Error("malformed model accepted")
	}
}

func TestLowerCaseTitles(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"The report was denied by Pentagon spokesman Jonathan Hoffman on Friday.", []want{{text: "Jonathan Hoffman", typ: "PERSON", title: "Pentagon spokesman"}}},
		{"Yesterday former President Barack Obama spoke in Chicago.", []want{{text: "Barack Obama", typ: "PERSON", title: "former President"}}},
		{"It was confirmed by defense analyst Sarah Kline.", []want{{text: "Sarah Kline", typ: "PERSON", title: "defense analyst"}}},
	}
	for _, tt := range tests {
		check(t, tt.text, find(tt.text), tt.want, nil)
	}
}
