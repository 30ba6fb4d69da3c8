// Package segment splits article text into tokens, sentences and layout
// zones (headline, dateline, captions, boilerplate): standoff spans over the
// original bytes, never copies. It is the first annotation layer and the hot
// path of extraction, so it scans bytes by hand, with an ASCII fast path and
// no allocation per token.
package segment

import (
	"unicode"
	"unicode/utf8"
)

// Kind is the broad class of a token.
type Kind uint8

const (
	// Word is letters, possibly with digits, internal apostrophes or the
	// periods of an acronym ("U.S.", "a.m.").
	Word Kind = iota + 1
	// Number is digits, possibly grouped with commas or with one decimal
	// point ("1,720", "3.5"). Words that start with a digit ("2nd", "1LT")
	// are also Number so that callers check the suffix.
	Number
	// Punct is one punctuation rune, or a run of dots ("...").
	Punct
	// Quote is a quotation mark of any style; Open tells which side.
	Quote
	// Symbol is a currency, percent or other symbol rune.
	Symbol
)

// Flag records facts about a token that later layers test often.
type Flag uint16

const (
	// Cap: the first rune is upper case.
	Cap Flag = 1 << iota
	// AllCaps: every letter is upper case and there are at least two.
	AllCaps
	// SpaceBefore: white space separates the token from the previous one.
	SpaceBefore
	// NewlineBefore: a line break is in the white space before the token.
	NewlineBefore
	// ParaBefore: a blank line (two or more line breaks) comes before.
	ParaBefore
	// Open: an opening quote (for Quote tokens).
	Open
	// Digit: the token contains a digit.
	Digit
	// Acronym: a word with internal periods ("U.S.", "a.m.").
	Acronym
)

// Token is a span of text with its class. Offsets are bytes into the text.
type Token struct {
	Start, End int
	Kind       Kind
	Flags      Flag
}

// Is reports whether the token has all the flags in f.
func (t Token) Is(f Flag) bool { return t.Flags&f == f }

// Text returns the token's text.
func (t Token) Text(text string) string { return text[t.Start:t.End] }

// byte classes for the ASCII fast path
const (
	cOther = iota
	cSpace
	cNewline
	cLower
	cUpper
	cDigit
	cPunct
	cQuote
	cSymbol
)

var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == '\n':
			t[c] = cNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = cSpace
		case c >= 'a' && c <= 'z':
			t[c] = cLower
		case c >= 'A' && c <= 'Z':
			t[c] = cUpper
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c == '"' || c == '\'' || c == '`':
			t[c] = cQuote
		case c == '$' || c == '%' || c == '#' || c == '&' || c == '@' || c == '+' || c == '=' || c == '<' || c == '>' || c == '^' || c == '|' || c == '~' || c == '*' || c == '\\':
			t[c] = cSymbol
		case c < 32 || c == 127:
			t[c] = cSpace
		default:
			t[c] = cPunct
		}
	}
	return
}()

// classOf returns the class of the rune at text[i] and its byte width.
// (Too big to inline: the two loops over every byte, in Tokenize and
// scanWord, test for ASCII themselves and call it only for other runes.)
func classOf(text string, i int) (uint8, rune, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], rune(c), 1
	}
	r, w := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		return cNewline, r, w
	case unicode.IsSpace(r) || r == utf8.RuneError && w == 1:
		return cSpace, r, w
	case r == '‘' || r == '’' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„' || r == '‚' || r == '′' || r == '″':
		return cQuote, r, w
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return cUpper, r, w
	case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
		return cLower, r, w
	case unicode.IsDigit(r):
		return cDigit, r, w
	case unicode.Is(unicode.Sc, r) || unicode.Is(unicode.Sm, r) || unicode.Is(unicode.So, r):
		return cSymbol, r, w
	default:
		return cPunct, r, w
	}
}

func isLetterClass(c uint8) bool { return c == cLower || c == cUpper }

// Tokenize appends the tokens of text to dst and returns it. Pass a reused
// slice to avoid allocation.
func Tokenize(text string, dst []Token) []Token {
	var pending Flag // white-space flags for the next token
	newlines := 0
	i := 0
	n := len(text)
	for i < n {
		cls, r, w := uint8(0), rune(text[i]), 1
		if r < utf8.RuneSelf {
			cls = asciiClass[r]
		} else {
			cls, r, w = classOf(text, i)
		}
		switch cls {
		case cSpace:
			pending |= SpaceBefore
			i += w
			continue
		case cNewline:
			pending |= SpaceBefore | NewlineBefore
			newlines++
			if newlines >= 2 {
				pending |= ParaBefore
			}
			i += w
			continue
		}
		newlines = 0
		tok := Token{Start: i, Flags: pending}
		pending = 0
		switch cls {
		case cLower, cUpper:
			tok.Kind = Word
			i = scanWord(text, i, &tok)
		case cDigit:
			tok.Kind = Number
			if r >= utf8.RuneSelf {
				// Non-ASCII digits ("۷", "٣") are not parsed as numbers;
				// they read as a word-like token.
				i = scanWord(text, i, &tok)
			} else {
				i = scanNumber(text, i, &tok)
			}
		case cQuote:
			tok.Kind = Quote
			i += w
			if quoteOpens(text, tok.Start, r, tok.Flags) {
				tok.Flags |= Open
			}
			// An apostrophe starting "'s" after a word belongs to the
			// possessive, not a quote.
			if (r == '\'' || r == '’') && tok.Flags&SpaceBefore == 0 && len(dst) > 0 && dst[len(dst)-1].Kind != Punct && i < n && (text[i] == 's' || text[i] == 'S') && (i+1 == n || !isWordByte(text[i+1])) {
				tok.Kind = Word
				tok.Flags &^= Open
				i++
			}
		case cPunct:
			tok.Kind = Punct
			i += w
			if r == '.' {
				for i < n && text[i] == '.' {
					i++
				}
			} else if r == '-' && i < n && text[i] == '-' { // "--" dash
				for i < n && text[i] == '-' {
					i++
				}
			}
		default:
			tok.Kind = Symbol
			i += w
		}
		if i <= tok.Start {
			// Every scanner must consume something; never loop in place.
			i = tok.Start + w
		}
		tok.End = i
		dst = append(dst, tok)
	}
	return dst
}

func isWordByte(c byte) bool {
	if c >= utf8.RuneSelf {
		return true
	}
	k := asciiClass[c]
	return k == cLower || k == cUpper || k == cDigit
}

// scanWord reads a word starting at i and sets its flags.
func scanWord(text string, i int, tok *Token) int {
	n := len(text)
	start := i
	upper, lower, letters := 0, 0, 0
	first := true
	for i < n {
		cls, w := uint8(0), 1
		if c := text[i]; c < utf8.RuneSelf {
			cls = asciiClass[c]
		} else {
			cls, _, w = classOf(text, i)
		}
		switch cls {
		case cUpper:
			// Two sentences run together without space or stop
			// ("the Islamic StateThe letter"): end the word before a
			// glued sentence-opening word.
			if lower >= 2 && i > start && text[i-1] >= 'a' && text[i-1] <= 'z' && gluedOpener(text, i) {
				goto done
			}
			upper++
			letters++
			if first {
				tok.Flags |= Cap
			}
		case cLower:
			// A run of ASCII lower-case letters, the bulk of a text, in
			// one tight loop: the same counts as one letter at a time.
			j := i + w
			for j < n && text[j] >= 'a' && text[j] <= 'z' {
				j++
			}
			lower += j - i - w + 1
			letters += j - i - w + 1
			first = false
			i = j
			continue
		case cDigit:
			// "$US10": a dollar's country code glued to the amount
			// after "$" ends before the digits.
			if start > 0 && text[start-1] == '$' && lower == 0 && upper > 0 && upper <= 2 && i-start == upper {
				goto done
			}
			tok.Flags |= Digit
		case cQuote:
			// internal apostrophe in "don't", "O'Neill", but not the
			// possessive "'s" (split) and not a closing quote.
			c := text[i]
			if (c == '\'' || (w == 3 && text[i:i+3] == "’")) && i+w < n {
				nc, _, _ := classOf(text, i+w)
				if isLetterClass(nc) && !isPossessive(text, i+w) {
					i += w
					first = false
					continue
				}
			}
			goto done
		case cPunct:
			// acronym "U.S." / "a.m.": letter '.' letter '.'
			if text[i] == '.' && i+1 < n && i-start <= 16 && isSingleLetterRun(text, start, i) {
				nc, _, nw := classOf(text, i+1)
				if isLetterClass(nc) && i+1+nw < n && text[i+1+nw] == '.' {
					tok.Flags |= Acronym
					i++
					continue
				}
				if tok.Flags&Acronym != 0 {
					i++ // the acronym's final period
					goto done
				}
			}
			if text[i] == '.' && tok.Flags&Acronym != 0 && isSingleLetterRun(text, start, i) {
				i++
				goto done
			}
			goto done
		default:
			goto done
		}
		first = false
		i += w
	}
done:
	if letters >= 2 && lower == 0 {
		tok.Flags |= AllCaps
	}
	if tok.Flags&Acronym != 0 && upper > 0 && lower == 0 {
		tok.Flags |= AllCaps | Cap
	}
	return i
}

// isSingleLetterRun reports whether text[start:i] looks like "U" or "U.S" —
// single letters separated by periods — so that "Iraq.Several" is not taken
// for an acronym.
func isSingleLetterRun(text string, start, i int) bool {
	run := 0
	for j := start; j < i; {
		c, _, w := classOf(text, j)
		if c == cPunct && text[j] == '.' {
			run = 0
			j++
			continue
		}
		if !isLetterClass(c) {
			return false
		}
		run++
		if run > 1 {
			return false
		}
		j += w
	}
	return true
}

func isPossessive(text string, i int) bool {
	if i >= len(text) || (text[i] != 's' && text[i] != 'S') {
		return false
	}
	return i+1 == len(text) || !isWordByte(text[i+1])
}

// scanNumber reads digits with grouping commas and a decimal point, and an
// alphanumeric suffix ("2nd", "1LT", "87th").
func scanNumber(text string, i int, tok *Token) int {
	n := len(text)
	tok.Flags |= Digit
	for i < n {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < n && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	// suffix letters: "2nd", "1980s", "1LT", "5bn" stays split only when
	// the caller needs it; we keep ordinals and decades together.
	j := i
	for j < n && ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z')) {
		j++
	}
	if j > i {
		suf := text[i:j]
		switch suf {
		case "st", "nd", "rd", "th", "s", "ST", "ND", "RD", "TH":
			return j
		}
		// Rank-like prefixes "1LT", "2LT" and designators such as "3ID".
		if j-i <= 3 && allUpper(suf) {
			return j
		}
	}
	return i
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// quoteOpens decides whether a quote mark at i opens a quotation.
func quoteOpens(text string, i int, r rune, f Flag) bool {
	switch r {
	case '“', '‘', '«', '„', '‚':
		return true
	case '”', '»':
		return false
	}
	// Straight or right-single quote: opening if preceded by space or start
	// or an opening bracket, and followed by a non-space.
	before := i == 0 || f&SpaceBefore != 0
	if !before {
		pc := text[i-1]
		before = pc == '(' || pc == '[' || pc == '-'
		if !before && i >= 3 && text[i-3:i] == "—" {
			before = true
		}
		// "evacuate."Sir": a quote glued to the end of a sentence opens
		// the next one when a letter follows it.
		if !before && (pc == '.' || pc == ':' || pc == ',') && i+1 < len(text) {
			nc, _, _ := classOf(text, i+1)
			before = nc == cUpper
		}
	}
	if !before {
		return false
	}
	k := i + utf8.RuneLen(r)
	if r == utf8.RuneError || k >= len(text) {
		return false
	}
	nc, _, _ := classOf(text, k)
	return nc != cSpace && nc != cNewline
}

// gluedOpener reports whether text[i:] starts with a word that opens
// sentences and is never the tail of a camel-case name ("The", "However"),
// followed by a non-letter.
func gluedOpener(text string, i int) bool {
	j := i + 1
	for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	if j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= utf8.RuneSelf || text[j] == '\'') {
		return false
	}
	switch text[i:j] {
	case "The", "This", "These", "Those", "He", "She", "They", "We", "However", "Meanwhile", "According",
		"Officials", "Earlier", "Later", "But":
		return true
	}
	return false
}
