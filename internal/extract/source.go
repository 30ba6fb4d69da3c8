package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// On whose authority a figure stands: the attribution that governs its clause.

// attribute sets the figure's source from the statements, "according to X",
// or an official's acknowledgement in the sentence.
func (c *figureCtx) attribute(f *Figure, sStart, sEnd int) {
	if src, ok := c.putsNumberAt(f, sStart); ok {
		if src != "" {
			f.Source = document.Str(src)
		}
		return
	}
	for i := range c.stmts {
		s := &c.stmts[i]
		if s.ContentSpan.Contains(f.Span) || (s.ContentSpan.Contains(document.Span{Start: f.Span.Start, End: f.Span.Start + 1})) {
			f.Source, f.Anonymous = s.Speaker, s.Anonymous
			if s.Stance == Denies || s.Stance == Questions {
				// A figure inside a denial is the figure denied; its
				// source is the denied report, not the denier.
				if s.Target != "" {
					f.Source, f.Anonymous = s.Target, false
				}
			}
			return
		}
		if !s.TargetSpan.IsZero() && s.TargetSpan.Contains(f.Span) {
			f.Source = s.Target
			return
		}
	}
	// "according to quarterly Pentagon statistics", "the Pentagon has
	// officially acknowledged".
	for k := sStart; k < sEnd; k++ {
		w := lower(c.tokText(k))
		if w == "according" && k+1 < sEnd && lower(c.tokText(k+1)) == "to" {
			if src := c.nameIn(k+2, sEnd); src != "" {
				f.Source = document.Str(src)
				return
			}
		}
	}
	for k := sStart; k < sEnd; k++ {
		if !officialWord(lower(c.tokText(k))) {
			continue
		}
		for j := k - 1; j >= sStart; j-- {
			if e := c.entityAt(c.a.Tokens[j].Start); e != nil && (e.Type == entity.Org || e.Type == entity.Person) {
				f.Source = document.Str(holderName(e, c.text))
				return
			}
		}
	}
	// A statement in the same sentence speaks for it ("…, the official said").
	for i := range c.stmts {
		s := &c.stmts[i]
		if s.Sentence.Contains(f.Span) && s.Speaker != "" && s.Stance != Denies {
			f.Source, f.Anonymous = s.Speaker, s.Anonymous
			return
		}
	}
}

// putsNumberAt handles "X puts the number at N" and "X estimates the number
// at N": the figure is X's own, whatever statement the sentence is in. It
// also sets the basis: statistics when X is statistics, else an estimate.
func (c *figureCtx) putsNumberAt(f *Figure, sStart int) (string, bool) {
	i, _ := c.a.TokenRange(f.Span)
	k := i - 1
	// back over "at" and "the number/figure/total/toll"
	if k < sStart || lower(c.tokText(k)) != "at" {
		return "", false
	}
	k--
	for k >= sStart && k >= i-5 {
		w := lower(c.tokText(k))
		if w == "the" || w == "number" || w == "figure" || w == "total" || w == "toll" || w == "count" || w == "tally" || w == "death" || w == "its" || w == "their" {
			k--
			continue
		}
		break
	}
	if k < sStart || !estimateVerb(lower(c.tokText(k))) {
		return "", false
	}
	// The subject: back to the clause start, over an inserted ", however,".
	end := k
	start := k
	for j := k - 1; j >= sStart; j-- {
		t := c.a.Tokens[j]
		if t.Kind == segment.Punct && c.text[t.Start] == ',' {
			prev := lower(c.tokText(j - 1))
			if prev == "however" || prev == "meanwhile" || prev == "too" || prev == "instead" {
				j -= 2 // skip ", however"
				if j >= sStart && c.a.Tokens[j].Kind == segment.Punct {
					continue
				}
				j++
				continue
			}
			break
		}
		if t.Kind == segment.Punct || t.Kind == segment.Quote {
			break
		}
		switch lower(t.Text(c.text)) {
		case "while", "whereas", "but", "and", "although", "though":
			j = sStart - 1
			continue
		}
		start = j
	}
	if start == end {
		return "", true
	}
	src := c.nameIn(start, end)
	f.Anonymous = false
	switch {
	case strings.Contains(strings.ToLower(src), "statistic") || strings.Contains(strings.ToLower(src), "data"):
		f.Basis = BasisStats
	default:
		f.Basis = BasisEstimate
	}
	return src, true
}

// nameIn returns the first organization or person named in tokens [k, end)
// before the clause ends, or the plain phrase up to the clause's end.
func (c *figureCtx) nameIn(k, end int) string {
	start := -1
	stop := k
	for j := k; j < end; j++ {
		t := c.a.Tokens[j]
		if t.Kind == segment.Punct && c.text[t.Start] != '-' || t.Kind == segment.Quote {
			break
		}
		if e := c.entityAt(t.Start); e != nil && (e.Type == entity.Org || e.Type == entity.Person) {
			return holderName(e, c.text)
		}
		if start < 0 {
			start = j
		}
		stop = j + 1
	}
	if start < 0 {
		return ""
	}
	s := strings.TrimSpace(c.text[c.a.Tokens[start].Start:c.a.Tokens[stop-1].End])
	for _, art := range []string{"the ", "The ", "an ", "An ", "a ", "A "} {
		s = strings.TrimPrefix(s, art)
	}
	return s
}

// isOfficialBody reports a source that is a public authority by its name.
func (c *figureCtx) isOfficialBody(src string) bool {
	for _, w := range strings.Fields(strings.ToLower(src)) {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.Trim(w, ".,"), "'s"), "’s")
		if officialBody(w) {
			return true
		}
	}
	return false
}
