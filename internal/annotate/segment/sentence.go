package segment

import "github.com/claimtrack/claimtrack/internal/document"

// Sentences appends the sentence spans of text to dst, using its tokens.
// TODO(segment owner): replace this placeholder with the real splitter.
func Sentences(text string, toks []Token, dst []document.Span) []document.Span {
	start := -1
	for i, t := range toks {
		if start < 0 {
			start = t.Start
		}
		if t.Kind == Punct && (text[t.Start] == '.' || text[t.Start] == '?' || text[t.Start] == '!') {
			if i+1 == len(toks) || toks[i+1].Flags&SpaceBefore != 0 {
				dst = append(dst, document.Span{Start: start, End: t.End})
				start = -1
			}
		}
	}
	if start >= 0 {
		dst = append(dst, document.Span{Start: start, End: toks[len(toks)-1].End})
	}
	return dst
}
