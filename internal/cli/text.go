package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimtrack/claimtrack/internal/extract"
)

// writeText prints a readable summary of one article's facts.
func writeText(w io.Writer, r *extract.Result) error {
	d := r.Doc
	title := string(d.Title)
	if title == "" {
		title = firstLine(d.Text, 80)
	}
	fmt.Fprintf(w, "== %s\n", title)
	fmt.Fprintf(w, "   id %s", d.ID)
	if d.Path != "" {
		fmt.Fprintf(w, "  path %s", d.Path)
	}
	if !d.Published.IsZero() {
		fmt.Fprintf(w, "  published %s", d.Published)
	}
	if d.Source != "" {
		fmt.Fprintf(w, "  source %s", d.Source)
	}
	fmt.Fprintf(w, "\n   %d sentences, %d entities, %d times, %d figures, %d statements\n",
		len(r.Sentences), len(r.Entities), len(r.Times), len(r.Figures), len(r.Statements))
	if len(r.Figures) > 0 {
		fmt.Fprintln(w, "\n  Figures")
		for _, f := range r.Figures {
			fmt.Fprintf(w, "  - %s", figureValue(f))
			for _, kv := range [][2]string{{"", string(f.Unit)}, {"of ", string(f.Holder)}, {"in ", string(f.Location)}, {"as of ", string(f.AsOf)}, {"basis ", string(f.Basis)}} {
				if kv[1] != "" {
					fmt.Fprintf(w, " %s%s", kv[0], kv[1])
				}
			}
			if f.Source != "" {
				anon := ""
				if f.Anonymous {
					anon = " (anonymous)"
				}
				fmt.Fprintf(w, "  — per %s%s", f.Source, anon)
			}
			fmt.Fprintf(w, "  [%d,%d) %q\n", f.Span.Start, f.Span.End, f.Text)
		}
	}
	if len(r.Statements) > 0 {
		fmt.Fprintln(w, "\n  Statements")
		for _, s := range r.Statements {
			who := string(s.Speaker)
			if who == "" {
				who = "(unknown)"
			}
			if s.SpeakerRole != "" {
				who += ", " + string(s.SpeakerRole)
			}
			if s.Anonymous {
				who += " (anonymous)"
			}
			fmt.Fprintf(w, "  - %s %s [%s]", who, s.Cue, s.Stance)
			if s.Target != "" {
				fmt.Fprintf(w, " target: %q", string(s.Target))
			}
			q := "reported"
			if s.Direct {
				q = "quote"
			}
			fmt.Fprintf(w, "\n      %s: %q\n", q, clip(s.Content, 160))
		}
	}
	fmt.Fprintln(w)
	return nil
}

func figureValue(f extract.Figure) string {
	var b strings.Builder
	if f.Approx != "" {
		b.WriteString(string(f.Approx) + " ")
	}
	switch {
	case f.Low != nil && f.High != nil:
		fmt.Fprintf(&b, "%g–%g", *f.Low, *f.High)
	case f.Value != nil:
		fmt.Fprintf(&b, "%g", *f.Value)
	default:
		b.WriteString("?")
	}
	return b.String()
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
