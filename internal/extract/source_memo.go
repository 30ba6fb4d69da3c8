package extract

import (
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/entity"
)

// What an article tells about its sources beyond one sentence: the kind of
// authority a person is (the role given at the first mention), and which
// names are names at all.

// sourceMemo is built once per article, on first use.
type sourceMemo struct {
	// types maps a canonical source name to the kind of authority the
	// article makes it ("Steve Wereley" → expert from "a professor of
	// mechanical engineering"), first mention first.
	types map[string]string
	// surnames maps a person's lower-cased surname to the full name.
	surnames map[string]string
	// names holds the names of the article's people and organizations.
	names map[string]bool
}

func (c *figureCtx) sources() *sourceMemo {
	if c.memo != nil {
		return c.memo
	}
	m := &sourceMemo{types: map[string]string{}, surnames: map[string]string{}, names: map[string]bool{}}
	for i := range c.a.Entities {
		e := &c.a.Entities[i]
		if e.Type != entity.Person && e.Type != entity.Org {
			continue
		}
		name := canonicalSource(holderName(e, c.text))
		m.names[name] = true
		m.names[e.Span.Of(c.text)] = true
		if e.Type == entity.Person {
			if ws := strings.Fields(name); len(ws) > 1 {
				if _, ok := m.surnames[strings.ToLower(ws[len(ws)-1])]; !ok {
					m.surnames[strings.ToLower(ws[len(ws)-1])] = name
				}
			}
		}
		if _, ok := m.types[name]; ok {
			continue
		}
		desc := strings.TrimSpace(e.Title + " " + e.Role)
		if e.Type == entity.Org {
			desc = name
		}
		if t := describedType(desc); t != "" {
			m.types[name] = t
		}
	}
	for i := range c.stmts {
		s := &c.stmts[i]
		if s.Anonymous || s.SourceType == "" || s.SourceType == SourceUnknown {
			continue
		}
		if _, ok := m.types[string(s.Speaker)]; !ok {
			m.types[string(s.Speaker)] = string(s.SourceType)
		}
	}
	c.memo = m
	return m
}

// describedType is the kind of authority a description names ("a
// professor of mechanical engineering at Purdue University" → expert), or
// "".
func describedType(desc string) string {
	if desc == "" {
		return ""
	}
	low := " " + strings.ToLower(desc) + " "
	for _, p := range sourcePhrases {
		if hasPhrase(low, p.phrase) {
			return p.typ
		}
	}
	return typeOfWords(low)
}

// knownType is the kind of authority the article makes name, or "".
func (c *figureCtx) knownType(name string) string {
	m := c.sources()
	if t, ok := m.types[name]; ok {
		return t
	}
	if full, ok := m.surnames[strings.ToLower(name)]; ok {
		return m.types[full]
	}
	return ""
}

// plausibleSpeaker reports a statement whose speaker can be a figure's
// source: a kind of authority, an unnamed source, or a name of the
// article. A misread subject ("the new charge knocked …", "the man had
// told his rescuers …", "Worldwide, …") is none.
func (c *figureCtx) plausibleSpeaker(s *Statement) bool {
	name := string(s.Speaker)
	switch {
	case name == "" || bareSpeaker(name):
		return false
	case s.Anonymous || s.SpeakerType == SpeakerAnonymous:
		return true
	case s.SourceType != "" && s.SourceType != SourceUnknown:
		return true
	}
	return c.isSourceName(name)
}

// isSourceName reports a name of a person or organization: one the article
// names as such, one the gazetteer knows, or several capitalized words.
func (c *figureCtx) isSourceName(name string) bool {
	m := c.sources()
	if m.names[name] || c.knownType(name) != "" {
		return true
	}
	if t, _, _, ok := entity.Lookup(name); ok && (t == entity.Org || t == entity.Person || t == entity.Place) {
		return true
	}
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			switch w {
			case "of", "for", "and", "the", "on", "to", "de", "al", "el", "bin", "van", "von":
				continue
			}
			return false
		}
	}
	return true
}

// countrySource names the government of a country given as a source
// ("Australia has reported five new cases" → "Australian government"), or
// returns "" when name is no country.
func countrySource(name string) string {
	d := entity.Demonym(name)
	switch {
	case d == "":
		return ""
	case isAbbrev(name):
		return name + " government" // "US government", "UK government"
	}
	return d + " government"
}
