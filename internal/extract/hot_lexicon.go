package extract

import "github.com/claimtrack/claimtrack/internal/annotate/segment"

// Frozen copies of lexicon maps that are read once per word token, for the
// lookups on the hot path: segment.Lexicon turns away most absent words by
// their first byte, last byte and length without hashing, where a Go map
// hashes every word and loads a group of its table. The maps stay the
// source of truth (they are built once at initialization and never
// modified); rare lookups may keep using them.
var (
	attrCueTable   = segment.LexiconOf(attrCueLex)
	stnPhraseTable = segment.LexiconOf(stnPhrases)
)
