package server

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimtrack/claimtrack/internal/document"
)

// Mark is one highlighted span of article text.
type Mark struct {
	Span  document.Span
	Tag   string // "mark" or "span"
	ID    string // element id of the first fragment, e.g. "fig-3"; may be empty
	Class string // CSS classes
	Title string // tooltip
	// Back, when set, is the fragment the mark links back to (e.g.
	// "p-fig-3"): a small link is written after the mark's last fragment.
	Back      string
	BackLabel string
	order     int
}

// HighlightText returns text as HTML with the marks wrapped around their
// spans. Every piece of text is escaped; only the tags and attributes written
// here (whose values are escaped too) are markup. Overlapping marks that do
// not nest are split into fragments; only the first fragment carries the ID.
// Spans outside text or empty are dropped; boundaries inside a UTF-8
// sequence are moved to the start of the rune.
func HighlightText(text string, marks []Mark) template.HTML {
	ms := make([]Mark, 0, len(marks))
	for i, m := range marks {
		s, e := m.Span.Start, m.Span.End
		if s < 0 || e > len(text) || s >= e {
			continue
		}
		m.Span = document.Span{Start: runeStart(text, s), End: runeStart(text, e)}
		if m.Span.Start >= m.Span.End {
			continue
		}
		if m.Tag != "mark" {
			m.Tag = "span"
		}
		m.order = i
		ms = append(ms, m)
	}
	// Outer marks first: by start, then longer first, then input order.
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i].Span, ms[j].Span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return ms[i].order < ms[j].order
	})
	var b strings.Builder
	b.Grow(len(text) + len(ms)*64)
	var stack []int // indexes into ms of open marks, outermost first
	opened := make([]bool, len(ms))
	next := 0 // next mark to open
	pos := 0
	for pos <= len(text) {
		// Close marks ending here; marks above them on the stack that go on
		// are closed and reopened (as continuations without the ID).
		if k := lowestEnding(ms, stack, pos); k >= 0 {
			reopen := make([]int, 0, len(stack)-k)
			for i := len(stack) - 1; i >= k; i-- {
				m := &ms[stack[i]]
				b.WriteString("</")
				b.WriteString(m.Tag)
				b.WriteString(">")
				if m.Span.End == pos {
					writeBack(&b, m)
				} else {
					reopen = append(reopen, stack[i])
				}
			}
			stack = stack[:k]
			for i := len(reopen) - 1; i >= 0; i-- {
				writeOpen(&b, &ms[reopen[i]], false)
				stack = append(stack, reopen[i])
			}
		}
		for next < len(ms) && ms[next].Span.Start == pos {
			writeOpen(&b, &ms[next], !opened[next])
			opened[next] = true
			stack = append(stack, next)
			next++
		}
		if pos == len(text) {
			break
		}
		// Advance to the next boundary.
		end := len(text)
		if next < len(ms) && ms[next].Span.Start < end {
			end = ms[next].Span.Start
		}
		for _, i := range stack {
			if ms[i].Span.End < end {
				end = ms[i].Span.End
			}
		}
		b.WriteString(template.HTMLEscapeString(text[pos:end]))
		pos = end
	}
	return template.HTML(b.String())
}

// lowestEnding returns the lowest stack position whose mark ends at pos, or -1.
func lowestEnding(ms []Mark, stack []int, pos int) int {
	for k, i := range stack {
		if ms[i].Span.End == pos {
			return k
		}
	}
	return -1
}

func writeOpen(b *strings.Builder, m *Mark, first bool) {
	b.WriteString("<")
	b.WriteString(m.Tag)
	if first && m.ID != "" {
		b.WriteString(` id="`)
		b.WriteString(template.HTMLEscapeString(m.ID))
		b.WriteString(`"`)
	}
	if m.Class != "" {
		b.WriteString(` class="`)
		b.WriteString(template.HTMLEscapeString(m.Class))
		b.WriteString(`"`)
	}
	if m.Title != "" {
		b.WriteString(` title="`)
		b.WriteString(template.HTMLEscapeString(m.Title))
		b.WriteString(`"`)
	}
	b.WriteString(">")
}

func writeBack(b *strings.Builder, m *Mark) {
	if m.Back == "" {
		return
	}
	label := m.BackLabel
	if label == "" {
		label = "↩"
	}
	// Out of the Tab order: one stop per fact inside the text would be
	// dozens of tiny stops; the side panel lists the same facts.
	b.WriteString(`<a class="back" tabindex="-1" href="#`)
	b.WriteString(template.HTMLEscapeString(m.Back))
	b.WriteString(`">`)
	b.WriteString(template.HTMLEscapeString(label))
	b.WriteString("</a>")
}

// runeStart moves i back to the first byte of the rune containing it.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
