package extract

import (
	"strings"
	"sync"
)

// memo caches the results of a pure function of strings for the life of
// the process. Speakers' names repeat from statement to statement and from
// article to article ("officials", "the ministry", "Mr Smith"), and typing
// or folding one walks dozens of phrase lists; a hit costs one map lookup.
// The table is bounded (emptied when full), and its keys and values are
// copies, so it never keeps an article's text alive. Safe for concurrent
// use.
type memo[K comparable, V any] struct {
	mu    sync.Mutex
	m     map[K]V
	limit int
	clone func(K) K // copies the strings of a key
}

func (c *memo[K, V]) get(k K, f func(K) V) V {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = f(k)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= c.limit {
		c.m = make(map[K]V, 256)
	}
	c.m[c.clone(k)] = v
	c.mu.Unlock()
	return v
}

const memoLimit = 2048

// canonicalSourceMemo caches canonicalSource.
var canonicalSourceMemo = memo[string, string]{limit: memoLimit, clone: strings.Clone}

// canonicalSource is canonicalNameOf, cached: the result is a copy when it
// is new, so it does not share the caller's text.
func canonicalSource(name string) string {
	return canonicalSourceMemo.get(name, func(n string) string { return strings.Clone(canonicalNameOf(n)) })
}

type sourceTypeKey struct {
	name, role, speakerType string
	anon                    bool
}

var sourceTypeMemo = memo[sourceTypeKey, string]{limit: memoLimit, clone: func(k sourceTypeKey) sourceTypeKey {
	return sourceTypeKey{strings.Clone(k.name), strings.Clone(k.role), strings.Clone(k.speakerType), k.anon}
}}

// sourceType is sourceTypeOf, cached.
func sourceType(name, role, speakerType string, anon bool) string {
	return sourceTypeMemo.get(sourceTypeKey{name, role, speakerType, anon}, func(k sourceTypeKey) string {
		return sourceTypeOf(k.name, k.role, k.speakerType, k.anon)
	})
}
