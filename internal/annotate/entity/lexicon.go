package entity

import (
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
)

// titleType marks gazetteer entries that are titles, not entities.
const titleType Type = "title"

// word flags in the single-word lexicon
const (
	fStop uint32 = 1 << iota
	fGiven
	fOrgSuffix
	fOrgHead
	fPlaceSuffix
	fPlacePrefix
	fConnector
	fReport
	fLocPrep
	fNameSuffix
	fRole
	fCalendar
	fMiscSuffix
	fCommonCaps
	fMiscPrefix
)

type lexInfo struct {
	flags  uint32
	maxGaz uint8 // longest gazetteer phrase (in tokens) starting with this word
}

type gazEntry struct {
	typ     Type
	norm    string
	country string
}

// The static tables, built once at package initialization and never
// modified afterwards: lex maps a single word to its flags, gaz a phrase
// (token texts joined as scanner.key joins them) to its entry, and
// gazStart holds the words of lex that start a gazetteer phrase (maxGaz >
// 0). Nearly all of those are capitalized, so gazStart's first-byte filter
// turns away a lower-case word without hashing it: the scanner asks it
// about every lower-case word.
var lex, gaz = buildLexicons()
var gazStart = buildGazStart(lex)

func buildGazStart(lex *segment.Lexicon[lexInfo]) *segment.Lexicon[struct{}] {
	var keys []string
	lex.Each(func(k string, li lexInfo) {
		if li.maxGaz > 0 {
			keys = append(keys, k)
		}
	})
	return segment.NewLexicon(len(keys), func(i int) (string, struct{}) { return keys[i], struct{}{} })
}

// lexBuilder collects the tables in maps before they are frozen into
// lexicons.
type lexBuilder struct {
	lex map[string]lexInfo
	gaz map[string]gazEntry
	// gazOrder keeps insertion order, so that the frozen table is the same
	// on every run.
	gazOrder []string
}

func buildLexicons() (*segment.Lexicon[lexInfo], *segment.Lexicon[gazEntry]) {
	// sized for the tables' ~4,400 words and ~3,600 phrases: growing the
	// maps was a third of building them, at every start of the binary
	lb := &lexBuilder{lex: make(map[string]lexInfo, 6000), gaz: make(map[string]gazEntry, 5000), gazOrder: make([]string, 0, 5000)}
	lb.build()
	words := make([]string, 0, len(lb.lex))
	for w := range lb.lex {
		words = append(words, w)
	}
	sort.Strings(words)
	l := segment.NewLexicon(len(words), func(i int) (string, lexInfo) { return words[i], lb.lex[words[i]] })
	g := segment.NewLexicon(len(lb.gazOrder), func(i int) (string, gazEntry) { return lb.gazOrder[i], lb.gaz[lb.gazOrder[i]] })
	return l, g
}

func (lb *lexBuilder) build() {
	lb.addCountries()
	lb.addOrgs()
	lb.addPlaces()
	lb.addNORP()
	for _, line := range strings.Split(titleData, "\n") {
		for _, t := range strings.Split(line, "|") {
			if t = strings.TrimSpace(t); t != "" {
				lb.addGaz(t, gazEntry{typ: titleType})
			}
		}
	}
	lb.addWords(stopWords, fStop)
	lb.addWords(givenNames, fGiven)
	lb.addWords(orgSuffixes, fOrgSuffix)
	lb.addWords(orgHeads, fOrgHead)
	lb.addWords(placeSuffixes, fPlaceSuffix)
	lb.addWords(placePrefixes, fPlacePrefix)
	lb.addWords(connectors, fConnector)
	lb.addWords(reportVerbs, fReport)
	lb.addWords(locPreps, fLocPrep)
	lb.addWords(nameSuffixes, fNameSuffix)
	lb.addWords(roleWords, fRole)
	lb.addWords(miscSuffixes, fMiscSuffix)
	lb.addWords(commonCaps, fCommonCaps)
	lb.addWords(miscPrefixes, fMiscPrefix)
	for _, line := range strings.Split(miscData, "\n") {
		for _, t := range strings.Split(line, "|") {
			if t = strings.TrimSpace(t); t != "" {
				lb.addGaz(t, gazEntry{typ: Misc, norm: t})
			}
		}
	}
	lb.addWords(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December`, fCalendar)
}

func (lb *lexBuilder) addWords(list string, f uint32) {
	for _, w := range strings.Fields(list) {
		li := lb.lex[w]
		li.flags |= f
		lb.lex[w] = li
	}
}

// phraseKey tokenizes phrase as Find will see it and returns the lookup key
// and the number of tokens.
func phraseKey(phrase string) (string, []segment.Token) {
	toks := segment.Tokenize(phrase, nil)
	var b []byte
	for i, t := range toks {
		if i > 0 && t.Flags&segment.SpaceBefore != 0 {
			b = append(b, ' ')
		}
		b = append(b, phrase[t.Start:t.End]...)
	}
	return string(b), toks
}

// addGaz records phrase unless it is already known (first entry wins).
func (lb *lexBuilder) addGaz(phrase string, e gazEntry) {
	if strings.HasPrefix(phrase, "the ") {
		// a lower-case article is not part of the name; the capitalized
		// form is matched without it.
		phrase = phrase[4:]
	}
	key, toks := phraseKey(phrase)
	if len(toks) == 0 || len(toks) > 255 {
		return
	}
	if _, dup := lb.gaz[key]; dup {
		return
	}
	lb.gaz[key] = e
	lb.gazOrder = append(lb.gazOrder, key)
	first := phrase[toks[0].Start:toks[0].End]
	li := lb.lex[first]
	if n := uint8(len(toks)); n > li.maxGaz {
		li.maxGaz = n
	}
	lb.lex[first] = li
}

func (lb *lexBuilder) addCountries() {
	for _, line := range strings.Split(countryData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		names, dems, _ := strings.Cut(line, ";")
		parts := strings.Split(names, "|")
		country := parts[0]
		for _, p := range parts {
			lb.addGaz(p, gazEntry{typ: Place, norm: country, country: country})
		}
		for _, d := range strings.Split(dems, "|") {
			if d != "" {
				lb.addGaz(d, gazEntry{typ: NORP, norm: country, country: country})
			}
		}
	}
}

func (lb *lexBuilder) addPlaces() {
	for _, line := range strings.Split(placeData+"\n"+placeData2, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		country, list, _ := strings.Cut(line, ":")
		country = strings.TrimSpace(country)
		for _, p := range strings.Split(list, "|") {
			if p = strings.TrimSpace(p); p != "" {
				norm := country
				if norm == "" {
					norm = p
				}
				lb.addGaz(p, gazEntry{typ: Place, norm: norm, country: country})
			}
		}
	}
}

func (lb *lexBuilder) addOrgs() {
	for _, line := range strings.Split(orgData+"\n"+clubData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		names, country, _ := strings.Cut(line, "@")
		parts := strings.Split(names, "|")
		for _, p := range parts {
			lb.addGaz(p, gazEntry{typ: Org, norm: parts[0], country: country})
		}
	}
}

func (lb *lexBuilder) addNORP() {
	for _, f := range strings.Split(strings.TrimSpace(norpData), "|") {
		name, country, _ := strings.Cut(f, "@")
		if name != "" {
			lb.addGaz(name, gazEntry{typ: NORP, norm: name, country: country})
		}
	}
}

// Lookup reports what the gazetteer knows about a name as written ("Raqqa",
// "U.S.", "SDF", "Iraqi"): its type, canonical name and country.
func Lookup(name string) (t Type, norm, country string, ok bool) {
	key, _ := phraseKey(name)
	e, ok := gaz.Get(key)
	if !ok || e.typ == titleType {
		return "", "", "", false
	}
	return e.typ, e.norm, e.country, true
}

// IsTitleWord reports whether w is a title, rank or honorific that may
// precede a person's name ("Gen.", "President", "Secretary of Defense",
// "Mr."), as written.
func IsTitleWord(w string) bool {
	key, _ := phraseKey(w)
	e, ok := gaz.Get(key)
	return ok && e.typ == titleType
}

// IsTitlePhrase reports whether phrase is a title as it may appear before a
// name: optional modifiers that are places, nationalities or organizations
// ("US", "Army", "Defense") followed by a title ("US Army General", "US
// Secretary of Defense", "Defense Secretary").
func IsTitlePhrase(phrase string) bool {
	toks := segment.Tokenize(phrase, nil)
	if len(toks) == 0 {
		return false
	}
	var s scanner
	s.text = phrase
	s.toks = toks
	i := 0
	for i < len(toks) {
		n, e := s.gazAt(i, len(toks))
		if n > 0 && e.typ == titleType && i+n == len(toks) {
			return true
		}
		if n > 0 && e.typ != titleType {
			i += n
			continue
		}
		li := lex.At(toks[i].Text(phrase))
		if toks[i].Is(segment.Cap) && li.flags&(fOrgSuffix|fOrgHead) != 0 || isDeptWord(toks[i].Text(phrase)) {
			i++
			continue
		}
		if n > 0 {
			i += n
			continue
		}
		return false
	}
	return false
}

// isDeptWord reports words that modify a title ("Defense Secretary").
func isDeptWord(w string) bool {
	switch w {
	case "Defense", "Defence", "Foreign", "Interior", "Finance", "Justice", "State", "Army", "Navy", "Air", "Marine", "Marines", "Corps", "Force", "Deputy", "Vice", "Acting", "Former", "Senior", "Top", "Chief", "Assistant", "Associate", "Special", "Principal", "Executive", "Retired", "Ret.", "Lieutenant", "Major", "Staff", "Master", "First", "Command", "Brigadier", "Rear", "Grand", "Crown", "Supreme", "Military", "Police", "Intelligence", "Security", "Health", "Energy", "Economy", "Trade", "Oil", "Labor", "Education", "Treasury", "Homeland":
		return true
	}
	return false
}

// Demonym returns the first adjective of the country that name is one of
// the names of ("Australian" for "Australia", "British" for "Britain"), or
// "" when name is no country's name (a city, a region). It scans the
// country table: it serves rare look-ups (a country named as a figure's
// source).
func Demonym(name string) string {
	for _, line := range strings.Split(countryData, "\n") {
		names, dems, ok := strings.Cut(strings.TrimSpace(line), ";")
		if !ok {
			continue
		}
		for _, n := range strings.Split(names, "|") {
			if n == name {
				d, _, _ := strings.Cut(dems, "|")
				return d
			}
		}
	}
	return ""
}
