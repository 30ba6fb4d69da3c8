package cli

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Text output is for people: Unicode as is (never \u escapes), names and
// quotes whole (wrapped, not cut), numbers with thousands separators, and
// evidence as "title (outlet, date): sentence". Byte spans are for
// programs and stay in JSON and CSV.

// textWidth is the width text output wraps at.
const textWidth = 100

// writeText prints a readable summary of one article's facts.
func writeText(w io.Writer, r *extract.Result) error {
	d := r.Doc
	title := string(d.Title)
	if title == "" {
		title = firstLine(d.Text, 80)
	}
	fmt.Fprintf(w, "== %s\n", title)
	var about []string
	for _, kv := range [][2]string{{"", string(d.Source)}, {"published ", d.Published.String()}, {"", string(d.URL)}, {"", string(d.Path)}, {"id ", d.ID}} {
		if kv[1] != "" {
			about = append(about, kv[0]+kv[1])
		}
	}
	fmt.Fprintf(w, "   %s\n", strings.Join(about, " · "))
	fmt.Fprintf(w, "   %d sentences, %d entities, %d times, %d figures, %d statements\n",
		len(r.Sentences), len(r.Entities), len(r.Times), len(r.Figures), len(r.Statements))
	if len(r.Figures) > 0 {
		fmt.Fprintln(w, "\n  Figures")
		for _, f := range r.Figures {
			parts := []string{figureValue(f)}
			for _, kv := range [][2]string{{"", string(f.Unit)}, {"of ", string(f.Holder)}, {"in ", string(f.Location)}, {"as of ", string(f.AsOf)}, {"basis ", string(f.Basis)}} {
				if kv[1] != "" {
					parts = append(parts, kv[0]+kv[1])
				}
			}
			line := strings.Join(parts, " ")
			if f.Source != "" {
				line += " — per " + string(f.Source)
				if f.Anonymous {
					line += " (anonymous)"
				}
			}
			wrap(w, "  - ", "    ", line+": "+quote(f.Text))
		}
	}
	if len(r.Statements) > 0 {
		fmt.Fprintln(w, "\n  Statements")
		for _, s := range r.Statements {
			who := string(s.Speaker)
			if who == "" {
				who = "(unknown)"
			}
			if s.SpeakerRole != "" && !strings.Contains(strings.ToLower(who), strings.ToLower(string(s.SpeakerRole))) {
				who += ", " + string(s.SpeakerRole)
			}
			if s.Anonymous {
				who += " (anonymous)"
			}
			kind := "reported"
			if s.Direct {
				kind = "quoted"
			}
			wrap(w, "  - ", "    ", fmt.Sprintf("%s %s (%s, %s): %s", who, s.Stance, s.Cue, kind, quote(s.Content)))
			if s.Target != "" {
				wrap(w, "    ", "      ", "target: "+quote(string(s.Target)))
			}
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}

func figureValue(f extract.Figure) string {
	var b strings.Builder
	if f.Approx != "" {
		b.WriteString(string(f.Approx) + " ")
	}
	switch {
	case f.Low != nil && f.High != nil:
		b.WriteString(humanNum(*f.Low) + "–" + humanNum(*f.High))
	case f.Value != nil:
		b.WriteString(humanNum(*f.Value))
	default:
		b.WriteString("?")
	}
	return b.String()
}

// humanNum writes x for people: 1,720 and 84,000,000 rather than 1720 and
// 8.4e+07; fractions keep their digits (2.5, 0.35).
func humanNum(x float64) string {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return strconv.FormatFloat(x, 'g', -1, 64)
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// humanNumPtr is humanNum for an optional value ("?" when unknown).
func humanNumPtr(p *float64) string {
	if p == nil {
		return "?"
	}
	return humanNum(*p)
}

// quote puts s between typographic quotes on one line, its white space
// (no-break spaces included) collapsed; nothing is escaped.
func quote(s string) string {
	return "“" + strings.Join(strings.Fields(s), " ") + "”"
}

// evidence is where a fact comes from, for people: the article's title
// (or its number when it has none), outlet and date, and the sentence.
func evidence(o store.Origin) string {
	title := strings.Join(strings.Fields(o.Title), " ")
	if title == "" {
		title = fmt.Sprintf("article %d", o.Article)
	}
	var where []string
	if o.Outlet != "" {
		where = append(where, o.Outlet)
	}
	if !o.Published.IsZero() {
		where = append(where, o.Published.String())
	}
	s := title
	if len(where) > 0 {
		s += " (" + strings.Join(where, ", ") + ")"
	}
	if sent := strings.Join(strings.Fields(o.Evidence), " "); sent != "" {
		s += ": " + sent
	}
	return s
}

// wrap writes text word-wrapped at textWidth, the first line after first
// and the others after indent. Words longer than a line stay whole.
func wrap(w io.Writer, first, indent, text string) {
	line := first
	empty := true
	for _, word := range strings.Fields(text) {
		if !empty && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > textWidth {
			fmt.Fprintln(w, line)
			line, empty = indent, true
		}
		if !empty {
			line += " "
		}
		line += word
		empty = false
	}
	fmt.Fprintln(w, line)
}

func firstLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return clip(strings.TrimSpace(s), n)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
