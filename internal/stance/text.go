package stance

import (
	"unicode"
	"unicode/utf8"
)

// Lexical classes of a word (bit set). The word lists are general English
// function and stance vocabulary, not taken from any data set.
const (
	lexRefute  uint16 = 1 << iota // fake, hoax, deny, debunk …
	lexHedge                      // reportedly, allegedly, rumor, may …
	lexReport                     // says, according, told …
	lexConfirm                    // confirm, true, proof …
	lexNeg                        // not, no, never, n't forms …
	lexStop                       // function words (not content)
)

// Number of lexical stance classes counted as features (refute … neg).
const nLexClass = 5

var lexicon = func() map[string]uint16 {
	m := make(map[string]uint16, 512)
	add := func(c uint16, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(lexRefute, "fake", "fakes", "faked", "hoax", "hoaxes", "false", "falsely", "untrue", "debunk", "debunks",
		"debunked", "debunking", "deny", "denies", "denied", "denying", "denial", "denials", "refute", "refutes",
		"refuted", "refuting", "myth", "myths", "bogus", "fabricated", "fabrication", "fabricate", "satire",
		"satirical", "fraud", "fraudulent", "scam", "lie", "lies", "lied", "lying", "liar", "misleading", "retract",
		"retracts", "retracted", "retraction", "dismiss", "dismisses", "dismissed", "reject", "rejects", "rejected",
		"wrong", "incorrect", "nonsense", "baseless", "unfounded", "doctored", "photoshopped", "prank", "pranks",
		"parody", "spoof", "rubbish", "ridiculous", "disputed", "dispute", "disputes", "contrary", "erroneous",
		"inaccurate", "invented", "fiction", "fictional", "phony", "phoney", "sham",
		"debunker", "misinformation", "disinformation", "conspiracy", "absurd", "fabrications",
		"counterfeit", "forged", "doubt", "doubts", "doubted", "doubtful", "alive", "safe", "survived", "forgery", "clarified", "clarifies", "correction", "refused", "refuses")
	add(lexHedge, "reportedly", "allegedly", "alleged", "alleges", "allege", "claim", "claims", "claimed",
		"claiming", "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured", "unconfirmed", "unverified",
		"may", "might", "could", "possibly", "possible", "apparently", "purportedly", "purported", "supposedly",
		"suggests", "suggest", "suggested", "speculation", "speculate", "speculated", "believed", "believe",
		"appears", "appear", "appeared", "seems", "seem", "seemed", "whether", "maybe", "perhaps", "likely",
		"unlikely", "unclear", "investigating", "investigate", "investigation", "if", "report", "reports",
		"rumors", "potentially", "probably", "uncertain", "questions", "question", "doubt", "doubts",
		"skeptical", "sceptical", "doubted", "doubtful", "mystery", "mysterious", "viral", "circulating", "surfaced", "emerged")
	add(lexReport, "says", "said", "say", "saying", "according", "told", "tells", "tell", "reported",
		"reporting", "reporter", "reporters", "stated", "states", "statement", "announced", "announces",
		"announce", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "insider", "insiders",
		"wrote", "writes", "tweeted", "posted", "added", "explained", "quoted", "interview")
	add(lexConfirm, "confirm", "confirms", "confirmed", "confirming", "confirmation", "true", "truth", "proof",
		"proves", "proved", "proven", "prove", "indeed", "officially", "verified", "verify", "verifies",
		"genuine", "authentic", "real", "actually", "revealed", "reveals", "reveal", "shows", "showed",
		"evidence", "acknowledged", "admits", "admitted", "admit", "finally", "definitely", "certainly")
	add(lexNeg, "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "dont",
		"doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "cannot", "wont", "wouldnt", "hasnt",
		"havent", "hadnt", "shouldnt", "couldnt", "aint", "nope", "nowhere")
	add(lexStop, "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
		"from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that",
		"these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my",
		"him", "them", "us", "me", "who", "whom", "which", "what", "when", "where", "why", "how", "has",
		"have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "into", "about",
		"after", "before", "over", "under", "up", "down", "out", "off", "than", "then", "so", "too", "very",
		"just", "also", "there", "here", "all", "any", "some", "more", "most", "other", "such", "only",
		"own", "same", "both", "each", "few", "now", "new", "one", "two", "s", "t", "says", "said", "say",
		"according", "may", "might", "could", "if", "not", "no", "while", "during", "through", "again",
		"because", "until", "against", "between", "via", "per", "been", "being", "once", "ever", "yet",
		"get", "got", "gets", "like", "made", "make", "man", "woman", "people", "year", "years", "report",
		"reports", "reported", "claim", "claims", "claimed", "video", "photo", "photos", "news", "watch")
	return m
}()

// hQuestion is the hash of the "?" pseudo-word.
var hQuestion = mix('?' ^ 0x70756e)

// tok is one word of a text: its stem hash, lexical class, sentence and the
// index of the claim term it matches (-1 when none).
type tok struct {
	h    uint64
	lex  uint16
	num  bool
	cap  bool
	pun  bool // punctuation pseudo-word (: ? ! ")
	sent int32
	ci   int32
}

// fnv1a hashes b with FNV-1a 64.
func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// mix is splitmix64's finalizer: combines feature parts into one hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// stem strips a few inflectional suffixes in place (a light, fast stemmer).
func stem(b []byte) []byte {
	n := len(b)
	switch {
	case n > 5 && string(b[n-3:]) == "ies":
		b = append(b[:n-3], 'y')
	case n > 5 && string(b[n-3:]) == "ing":
		b = b[:n-3]
	case n > 4 && string(b[n-2:]) == "ed":
		b = b[:n-2]
	case n > 4 && string(b[n-2:]) == "es" && (b[n-3] == 's' || b[n-3] == 'x' || b[n-3] == 'h'):
		b = b[:n-2]
	case n > 3 && b[n-1] == 's' && b[n-2] != 's' && b[n-2] != 'u' && b[n-2] != 'i':
		b = b[:n-1]
	}
	if n := len(b); n > 4 && b[n-1] == 'e' {
		b = b[:n-1]
	}
	return b
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// tokenize appends the words of text to dst (reusing dst's storage), using buf
// as scratch for lower-cased words. It returns the tokens, the number of
// sentences and, per sentence, whether it contains a question mark (bit set
// in qs, first 64 sentences) and the total count of question marks.
func tokenize(text string, dst []tok, buf []byte) (toks []tok, nsent int32, qFirst bool, nq int, b []byte) {
	toks = dst[:0]
	var sent int32
	pendingBreak := false
	newline := 0
	i := 0
	for i < len(text) {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !(isWordRune(r)) {
			switch r {
			case ':', '"', '\u201c', '\u201d':
				toks = append(toks, tok{h: mix(uint64(r) ^ 0x70756e), lex: lexStop, pun: true, sent: sent, ci: -1})
			case '.', '!', '?', ';':
				if r == '?' || r == '!' {
					toks = append(toks, tok{h: mix(uint64(r) ^ 0x70756e), lex: lexStop, pun: true, sent: sent, ci: -1})
				}
				if r == '?' {
					nq++
					if sent == 0 {
						qFirst = true
					}
				}
				if r != ';' {
					pendingBreak = true
				}
			case '\n':
				newline++
				if newline >= 2 {
					pendingBreak = true
				}
			}
			i += size
			continue
		}
		// A word: letters/digits, with inner apostrophes dropped and inner
		// '.' or ',' kept between digits.
		if pendingBreak && len(toks) > 0 {
			sent++
		}
		pendingBreak = false
		newline = 0
		start := i
		buf = buf[:0]
		upper := unicode.IsUpper(r)
		allDigit := true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				r, size = rune(c), 1
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if isWordRune(r) {
				if r < utf8.RuneSelf {
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					if c < '0' || c > '9' {
						allDigit = false
					}
					buf = append(buf, c)
				} else {
					allDigit = false
					buf = utf8.AppendRune(buf, unicode.ToLower(r))
				}
				i += size
				continue
			}
			if (r == '.' || r == ',') && allDigit && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' && i > start {
				if r == '.' {
					buf = append(buf, '.')
				}
				i++
				continue
			}
			if isApos(r) && i+size < len(text) && i > start {
				n := text[i+size]
				if n < utf8.RuneSelf && ('a' <= n && n <= 'z' || 'A' <= n && n <= 'Z') {
					i += size
					continue
				}
			}
			break
		}
		if len(buf) == 0 {
			continue
		}
		t := tok{sent: sent, ci: -1, cap: upper && len(toks) > 0 && toks[len(toks)-1].sent == sent}
		if allDigit {
			t.num = true
			t.h = mix(fnv1a(buf) ^ 0x6e756d)
		} else {
			// "n't" forms were joined ("doesnt"); possessive "'s" was joined too.
			t.lex = lexicon[string(buf)]
			t.h = mix(fnv1a(stem(buf)))
		}
		toks = append(toks, t)
	}
	if len(toks) > 0 {
		nsent = sent + 1
	}
	return toks, nsent, qFirst, nq, buf
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
