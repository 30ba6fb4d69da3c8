package sqlite

import "sync"

// maxCountedWords bounds the words whose document counts are kept.
const maxCountedWords = 200000

// wordCounts keeps what rareTerms counted for words that reached rareDocs
// instances: a full-text vocabulary lists a word's instances in document
// order and new documents come after the old ones, so the first rareDocs
// instances, and the count of their documents, stay what they are. Only
// rewriting stored full-text rows (corrected metadata) changes them: the
// save that does so drops what is kept, and any write by another process
// (a moved data version) does too. It makes the rare-word lookups of a
// link search cost what its uncommon words cost, however common the
// others grow.
type wordCounts struct {
	mu      sync.Mutex
	version int64
	n       map[string]int
}

// begin drops what is kept when the data version v is not the one the
// counts were kept at.
func (c *wordCounts) begin(v int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		c.version, c.n = v, nil
	}
}

func (c *wordCounts) get(key string) (int, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.n[key]
	return d, ok
}

// commit keeps the counts a committed transaction read, valid at the
// version it left (v); stale drops everything instead.
func (c *wordCounts) commit(v int64, staged map[string]int, stale bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if stale || c.version != v-1 && c.version != v {
		c.version, c.n = v, nil
		return
	}
	c.version = v
	for k, d := range staged {
		if c.n == nil {
			c.n = map[string]int{}
		}
		if len(c.n) >= maxCountedWords {
			break
		}
		c.n[k] = d
	}
}

func (c *wordCounts) clear() {
	c.mu.Lock()
	c.version, c.n = 0, nil
	c.mu.Unlock()
}
