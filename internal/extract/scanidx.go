package extract

import "github.com/claimtrack/claimtrack/internal/annotate/segment"

// locPrepBefore returns the index of the last word before token k (k may be
// len(Tokens)) that is a locative preposition (locPrep), or -1. The index
// is built in one pass on first use, so that looking back for a place
// from every figure of an article costs a few jumps, not a walk over the
// paragraph's words.
func (c *figureCtx) locPrepBefore(k int) int {
	if c.prevLoc == nil {
		c.prevLoc = make([]int32, len(c.a.Tokens)+1)
		prev := int32(-1)
		for i, t := range c.a.Tokens {
			c.prevLoc[i] = prev
			if t.Kind == segment.Word && locPrep(c.lowTok(t)) {
				prev = int32(i)
			}
		}
		c.prevLoc[len(c.a.Tokens)] = prev
	}
	if k <= 0 {
		return -1
	}
	return int(c.prevLoc[min(k, len(c.a.Tokens))])
}
