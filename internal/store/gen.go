package store

import (
	"math/rand"
	"strconv"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// Synthetic returns the i-th article of a generated corpus (deterministic
// for a seed): invented prose with figures, statements and occasional
// denials already extracted, with correct spans. It exists to load-test
// stores (`claimtrack db gen`) without running the extractors.
func Synthetic(seed int64, i int) *extract.Result {
	r := rand.New(rand.NewSource(seed*1_000_003 + int64(i)))
	pick := func(xs []string) string { return xs[r.Intn(len(xs))] }
	holder := pick(genHolders)
	place := pick(genPlaces)
	outlet := pick(genOutlets)
	day := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.Intn(4000))
	var b strings.Builder
	res := &extract.Result{}
	sentence := func(write func()) document.Span {
		st := b.Len()
		write()
		sp := document.Span{Start: st, End: b.Len()}
		b.WriteString(" ")
		res.Sentences = append(res.Sentences, sp)
		return sp
	}
	// Headline and a figure sentence.
	b.WriteString(holder + " presence in " + place + " under review\n\n")
	nfig := 1 + r.Intn(3)
	for k := 0; k < nfig; k++ {
		v := float64(100 * (1 + r.Intn(100)))
		approx := pick([]string{"", "", "about", "more than"})
		basis := pick([]string{extract.BasisOfficial, extract.BasisReported, extract.BasisStats, extract.BasisPlanned})
		src := pick(genSources)
		var fs, ns document.Span
		sp := sentence(func() {
			b.WriteString(src + " said ")
			if approx != "" {
				b.WriteString(approx + " ")
			}
			ns.Start = b.Len()
			b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
			ns.End = b.Len()
			b.WriteString(" " + holder + " " + pick(genThings) + " were in " + place + ".")
			fs = document.Span{Start: ns.Start, End: b.Len() - 1}
		})
		fs.Start = ns.Start
		res.Figures = append(res.Figures, extract.Figure{Text: "", Value: &v, Approx: document.Str(approx), Unit: document.Str(pick(genThings)),
			Holder: document.Str(holder), Location: document.Str(place), Basis: document.Str(basis), Source: document.Str(src),
			Anonymous: src == "officials", Span: fs, Sentence: sp})
	}
	// Filler prose.
	for k := 0; k < 12+r.Intn(12); k++ {
		sentence(func() {
			n := 8 + r.Intn(14)
			for w := 0; w < n; w++ {
				x := genWords[r.Intn(len(genWords))]
				if w == 0 {
					x = strings.ToUpper(x[:1]) + x[1:]
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(x)
			}
			b.WriteByte('.')
		})
	}
	// A statement, sometimes a denial of an outlet's report.
	spk := pick(genSpeakers)
	deny := r.Intn(5) == 0
	var st extract.Statement
	st.Sentence = sentence(func() {
		st.SpeakerSpan = document.Span{Start: b.Len(), End: b.Len() + len(spk)}
		b.WriteString(spk + " said ")
		if deny {
			t0 := b.Len()
			b.WriteString("a report by " + outlet)
			st.TargetSpan = document.Span{Start: t0, End: b.Len()}
			b.WriteString(" that ")
		}
		c0 := b.Len()
		b.WriteString(holder + " " + pick(genThings) + " would stay in " + place)
		if deny {
			b.WriteString(" was false")
		}
		st.ContentSpan = document.Span{Start: c0, End: b.Len()}
		b.WriteString(".")
	})
	st.Speaker, st.SpeakerType, st.Cue, st.Direct = document.Str(spk), extract.SpeakerPerson, "said", false
	st.Stance = extract.Asserts
	if deny {
		st.Stance = extract.Denies
	}
	st.Span = st.Sentence
	text := b.String()
	st.Content = st.ContentSpan.Of(text)
	if deny {
		st.Target = document.Str(st.TargetSpan.Of(text))
	}
	res.Statements = []extract.Statement{st}
	for k := range res.Figures {
		res.Figures[k].Text = res.Figures[k].Span.Of(text)
	}
	d := document.New(text)
	d.Title = document.Str(holder + " presence in " + place + " under review")
	d.Source = document.Str(pick(genOutlets))
	d.Published = document.NewDate(day)
	res.Doc = d
	return res
}

var (
	genHolders  = []string{"US", "UK", "French", "German", "Italian", "Canadian", "Turkish", "Russian"}
	genPlaces   = []string{"Iraq", "Syria", "Afghanistan", "Niger", "Mali", "Somalia", "Jordan", "Kuwait", "Qatar", "Libya", "Yemen", "Estonia"}
	genThings   = []string{"troops", "soldiers", "forces", "service members"}
	genOutlets  = []string{"The Wall Street Journal", "Reuters", "The Associated Press", "BBC", "The New York Times", "Bloomberg"}
	genSources  = []string{"the defence ministry", "officials", "the Pentagon", "a monitoring group", "the government"}
	genSpeakers = []string{"Gen. Ann Miller", "Minister Paul Grant", "Col. Sara Lind", "spokesman Omar Haddad", "Adm. Lee Park"}
	genWords    = strings.Fields(`the council officials budget water supply river city village farmers new plan would cost
		million next year workers union strike talks agreed rejected proposal court ruled police reported residents school
		hospital report week month election party leader vote tax rise fell prices market bank rate inflation company shares
		profit loss growth region border army aid convoy base patrol training mission allies coalition withdrawal deployment
		airfield supply route security talks ceasefire monitors observers rotation equipment drones helicopters logistics
		engineers medics advisers commanders analysts diplomats envoy summit treaty sanctions exports imports harvest storm
		flood bridge railway port fuel power grid schools clinics vaccines teachers students doctors nurses judges lawyers`)
)
