package entity

import "strings"

// leaders maps the names under which news writes of the rulers of the
// countries most often in conflict reporting (the Arab uprisings, civil
// wars, crackdowns) to the country they ruled: facts about public office,
// not taken from any article. A ruler named where a country is meant ("the
// protests that toppled Ben Ali") places what the sentence counts in his
// country. Names shared with ordinary people ("Saleh", "Hadi", "Bashir")
// are listed only in forms that are his alone. Leaders of powers that
// intervene abroad are deliberately left out: "Putin's jets killed 40"
// happened where the jets flew, not in Russia.
var leaders = map[string]string{
	"ben ali": "Tunisia", "zine el abidine ben ali": "Tunisia", "zine al-abidine ben ali": "Tunisia",
	"bouteflika": "Algeria",
	"assad":      "Syria", "al-assad": "Syria", "bashar al-assad": "Syria", "hafez al-assad": "Syria",
	"gaddafi": "Libya", "qaddafi": "Libya", "gadhafi": "Libya", "qadhafi": "Libya", "kadhafi": "Libya", "khadafy": "Libya",
	"ali abdullah saleh": "Yemen", "abdullah saleh": "Yemen", "president saleh": "Yemen",
	"mansour hadi": "Yemen", "mansur hadi": "Yemen", "president hadi": "Yemen",
	"mubarak": "Egypt", "morsi": "Egypt", "mursi": "Egypt", "el-sisi": "Egypt", "al-sisi": "Egypt", "sisi": "Egypt",
	"omar al-bashir": "Sudan", "omar hassan al-bashir": "Sudan", "president bashir": "Sudan",
	"saddam hussein": "Iraq", "saddam": "Iraq",
	"mugabe": "Zimbabwe", "gbagbo": "Ivory Coast",
}

// leadersByFirst holds the leaders' names by their first byte, so that a
// scan tries only the few names that can start at a word.
var leadersByFirst = func() (t [26][]string) {
	for name := range leaders {
		t[name[0]-'a'] = append(t[name[0]-'a'], name)
	}
	return t
}()

// leadersSecond holds, for each first letter, the set of the names' second
// bytes.
var leadersSecond = func() (t [26][4]uint64) {
	for name := range leaders {
		t[name[0]-'a'][name[1]>>6] |= 1 << (name[1] & 63)
	}
	return t
}()

// LeaderCountries returns the countries whose rulers text names (see
// leaders), each once, in the order first named. Names match whole words,
// case-insensitively; a possessive ("Assad's") counts.
//
// It is called for every figure's sentence: one pass over the text tries
// the names of each word's first letter in place, where a search per name
// lowered the text and walked it ~40 times.
func LeaderCountries(text string) []string {
	if strings.Contains(text, "\u0130") || strings.Contains(text, "\u212a") {
		// the only runes outside ASCII that strings.ToLower turns into
		// ASCII letters (İ → i, the Kelvin sign → k)
		return leaderCountriesLowered(text)
	}
	var out []string
	// At the top of the loop text[i-1], if any, is no word byte: a word's
	// first byte is tried, the rest of the word skipped in a tight loop.
	for i := 0; i < len(text); i++ {
		c := lowerByte(text[i])
		if !wordByte(c) {
			continue
		}
		start := i
		for i+1 < len(text) && wordByte(lowerByte(text[i+1])) {
			i++
		}
		if c < 'a' || c > 'z' || start+1 >= len(text) {
			continue
		}
		if c2 := lowerByte(text[start+1]); leadersSecond[c-'a'][c2>>6]&(1<<(c2&63)) == 0 {
			continue // no name starts with these two bytes
		}
		for _, name := range leadersByFirst[c-'a'] {
			end := start + len(name)
			if end > len(text) || !asciiPrefixFold(text[start:end], name) || end < len(text) && wordByte(lowerByte(text[end])) {
				continue
			}
			country := leaders[name]
			seen := false
			for _, x := range out {
				seen = seen || x == country
			}
			if !seen {
				out = append(out, country)
			}
		}
	}
	return out
}

func lowerByte(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// asciiPrefixFold reports whether s, lowered byte by byte, is name (all
// lower case ASCII).
func asciiPrefixFold(s, name string) bool {
	for j := 0; j < len(name); j++ {
		if lowerByte(s[j]) != name[j] {
			return false
		}
	}
	return true
}

// leaderCountriesLowered is LeaderCountries on strings.ToLower(text), for
// texts with the runes that lower to ASCII letters.
func leaderCountriesLowered(text string) []string {
	low := strings.ToLower(text)
	type hit struct {
		at      int
		country string
	}
	var hits []hit
	for name, country := range leaders {
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], name)
			if i < 0 {
				break
			}
			i += from
			end := i + len(name)
			from = end
			if i > 0 && wordByte(low[i-1]) || end < len(low) && wordByte(low[end]) {
				continue
			}
			hits = append(hits, hit{i, country})
		}
	}
	var out []string
	for len(hits) > 0 {
		k := 0
		for j := range hits {
			if hits[j].at < hits[k].at {
				k = j
			}
		}
		c := hits[k].country
		hits = append(hits[:k], hits[k+1:]...)
		seen := false
		for _, x := range out {
			seen = seen || x == c
		}
		if !seen {
			out = append(out, c)
		}
	}
	return out
}

// wordByte: a byte that continues a word (letters, digits, a hyphen
// joining name parts).
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-' || b >= 0x80
}
