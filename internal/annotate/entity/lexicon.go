package entity

import (
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
// modified afterwards.
var (
	lex = map[string]lexInfo{}
	gaz = map[string]gazEntry{}
)

func init() {
	addCountries()
	addOrgs()
	addPlaces()
	addNORP()
	for _, line := range strings.Split(titleData, "\n") {
		for _, t := range strings.Split(line, "|") {
			if t = strings.TrimSpace(t); t != "" {
				addGaz(t, gazEntry{typ: titleType})
			}
		}
	}
	addWords(stopWords, fStop)
	addWords(givenNames, fGiven)
	addWords(orgSuffixes, fOrgSuffix)
	addWords(orgHeads, fOrgHead)
	addWords(placeSuffixes, fPlaceSuffix)
	addWords(placePrefixes, fPlacePrefix)
	addWords(connectors, fConnector)
	addWords(reportVerbs, fReport)
	addWords(locPreps, fLocPrep)
	addWords(nameSuffixes, fNameSuffix)
	addWords(roleWords, fRole)
	addWords(miscSuffixes, fMiscSuffix)
	addWords(commonCaps, fCommonCaps)
	addWords(miscPrefixes, fMiscPrefix)
	for _, line := range strings.Split(miscData, "\n") {
		for _, t := range strings.Split(line, "|") {
			if t = strings.TrimSpace(t); t != "" {
				addGaz(t, gazEntry{typ: Misc, norm: t})
			}
		}
	}
	addWords(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December`, fCalendar)
}

func addWords(list string, f uint32) {
	for _, w := range strings.Fields(list) {
		li := lex[w]
		li.flags |= f
		lex[w] = li
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
func addGaz(phrase string, e gazEntry) {
	if strings.HasPrefix(phrase, "the ") {
		// a lower-case article is not part of the name; the capitalized
		// form is matched without it.
		phrase = phrase[4:]
	}
	key, toks := phraseKey(phrase)
	if len(toks) == 0 || len(toks) > 255 {
		return
	}
	if _, dup := gaz[key]; dup {
		return
	}
	gaz[key] = e
	first := phrase[toks[0].Start:toks[0].End]
	li := lex[first]
	if n := uint8(len(toks)); n > li.maxGaz {
		li.maxGaz = n
	}
	lex[first] = li
}

func addCountries() {
	for _, line := range strings.Split(countryData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		names, dems, _ := strings.Cut(line, ";")
		parts := strings.Split(names, "|")
		country := parts[0]
		for _, p := range parts {
			addGaz(p, gazEntry{typ: Place, norm: country, country: country})
		}
		for _, d := range strings.Split(dems, "|") {
			if d != "" {
				addGaz(d, gazEntry{typ: NORP, norm: country, country: country})
			}
		}
	}
}

func addPlaces() {
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
				addGaz(p, gazEntry{typ: Place, norm: norm, country: country})
			}
		}
	}
}

func addOrgs() {
	for _, line := range strings.Split(orgData+"\n"+clubData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		names, country, _ := strings.Cut(line, "@")
		parts := strings.Split(names, "|")
		for _, p := range parts {
			addGaz(p, gazEntry{typ: Org, norm: parts[0], country: country})
		}
	}
}

func addNORP() {
	for _, f := range strings.Split(strings.TrimSpace(norpData), "|") {
		name, country, _ := strings.Cut(f, "@")
		if name != "" {
			addGaz(name, gazEntry{typ: NORP, norm: name, country: country})
		}
	}
}

// Lookup reports what the gazetteer knows about a name as written ("Raqqa",
// "U.S.", "SDF", "Iraqi"): its type, canonical name and country.
func Lookup(name string) (t Type, norm, country string, ok bool) {
	key, _ := phraseKey(name)
	e, ok := gaz[key]
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
	e, ok := gaz[key]
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
		li := lex[toks[i].Text(phrase)]
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
