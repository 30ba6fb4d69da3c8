package sqlite

import (
	"sort"
	"sync"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Bounds of the figure cache.
const (
	figureCacheSubjects = 8192   // subjects kept (the figures are the bound that counts)
	figureCacheRows     = 120000 // figures kept (about 700 bytes each)
	figureCacheMin      = 16     // smaller subjects are cheap to read again
)

// figureCache keeps, for the busiest subjects, the newest figures the
// ledger pairs (what ledgerTx.SubjectFigures returns) as of one data
// version. A save then reads from the database only the figures it adds
// and merges them in, instead of reading up to ledger.MaxPairedFigures rows
// per subject: the cost of updating a subject stays that of its new
// figures however long its history. Any write this process did not make
// moves the data version and empties the cache.
type figureCache struct {
	mu      sync.Mutex
	version int64
	subj    map[string]cachedSubject
	rows    int // figures in subj
	// min is the smallest subject kept (figureCacheMin; tests lower it).
	min int
}

// cachedSubject is a subject's newest figures and the ledger's memo of
// them (nil until the ledger derived the subject from these figures).
type cachedSubject struct {
	figs []store.FigureRow
	memo *ledger.PairMemo
}

// begin returns the cache for a transaction that read data version v:
// when another writer moved the version since, what is kept is dropped.
func (c *figureCache) begin(v int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v {
		c.version, c.subj, c.rows = v, nil, 0
	}
}

func (c *figureCache) get(key string) (cachedSubject, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.subj[key]
	return f, ok
}

// commit records what a committed transaction computed, valid at the
// version it left (v).
func (c *figureCache) commit(v int64, staged map[string]cachedSubject) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.version != v-1 && c.version != v {
		c.version, c.subj, c.rows = v, nil, 0
		return
	}
	c.version = v
	if c.subj == nil {
		c.subj = map[string]cachedSubject{}
	}
	for k, f := range staged {
		c.rows += len(f.figs) - len(c.subj[k].figs)
		c.subj[k] = f
		if len(f.figs) == 0 { // staged to be dropped
			delete(c.subj, k)
		}
	}
	// Over a bound, subjects this save did not touch go first (in no
	// particular order), then any.
	over := func() bool { return len(c.subj) > figureCacheSubjects || c.rows > figureCacheRows }
	for k, f := range c.subj {
		if !over() {
			break
		}
		if _, ok := staged[k]; !ok {
			c.rows -= len(f.figs)
			delete(c.subj, k)
		}
	}
	for k, f := range c.subj {
		if !over() {
			break
		}
		c.rows -= len(f.figs)
		delete(c.subj, k)
	}
}

func (c *figureCache) clear() {
	c.mu.Lock()
	c.version, c.subj, c.rows = 0, nil, 0
	c.mu.Unlock()
}

// newer orders figures as SubjectFigures returns them: day, then id,
// descending (an unknown day last).
func newer(a, b *store.FigureRow) bool {
	if x, y := a.When, b.When; x != y {
		return dateBefore(y, x)
	}
	return a.ID > b.ID
}

func dateBefore(x, y document.Date) bool {
	if x.Year != y.Year {
		return x.Year < y.Year
	}
	if x.Month != y.Month {
		return x.Month < y.Month
	}
	return x.Day < y.Day
}

// mergeNewest returns the newest limit of old (already in order, limited)
// and add, in order, as a new slice.
func mergeNewest(add, old []store.FigureRow, limit int) []store.FigureRow {
	out := make([]store.FigureRow, 0, min(limit, len(add)+len(old)))
	out = append(out, add...)
	sort.Slice(out, func(i, j int) bool { return newer(&out[i], &out[j]) })
	merged := make([]store.FigureRow, 0, cap(out))
	i, j := 0, 0
	for len(merged) < limit && (i < len(out) || j < len(old)) {
		if j >= len(old) || (i < len(out) && newer(&out[i], &old[j])) {
			merged = append(merged, out[i])
			i++
		} else {
			merged = append(merged, old[j])
			j++
		}
	}
	return merged
}
