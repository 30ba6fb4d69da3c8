package extract

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestSourceMemoMatchesUncached asks the cached canonicalSource and
// sourceType twice for each name (a miss, then a hit), from several
// goroutines, and compares them with the uncached functions.
func TestSourceMemoMatchesUncached(t *testing.T) {
	names := []struct{ name, role, typ string }{
		{"the UN", "", SpeakerOrg},
		{"Gadhafi", "", SpeakerPerson},
		{"the Free Syrian Army", "", SpeakerOrg},
		{"Mr Alder", "spokesman for the interior ministry", SpeakerPerson},
		{"WHO", "", SpeakerOrg},
		{"who", "", ""},
		{"a letter seen by the Daily Ledger", "", SpeakerDocument},
		{"officials", "", SpeakerPerson},
		{"The Morning Courier", "", SpeakerPublication},
		{"", "", ""},
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 2; round++ {
				for _, n := range names {
					for _, anon := range []bool{false, true} {
						if got, want := canonicalSource(n.name), canonicalNameOf(n.name); got != want {
							t.Errorf("canonicalSource(%q) = %q, want %q", n.name, got, want)
						}
						if got, want := sourceType(n.name, n.role, n.typ, anon), sourceTypeOf(n.name, n.role, n.typ, anon); got != want {
							t.Errorf("sourceType(%q, %q, %q, %v) = %q, want %q", n.name, n.role, n.typ, anon, got, want)
						}
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestMemoBounded(t *testing.T) {
	m := memo[string, int]{limit: 4, clone: strings.Clone}
	calls := 0
	f := func(s string) int { calls++; return len(s) }
	for i := 0; i < 10; i++ {
		if got := m.get(fmt.Sprint("key", i), f); got != len(fmt.Sprint("key", i)) {
			t.Fatalf("get = %d", got)
		}
		if len(m.m) > 4 {
			t.Fatalf("memo holds %d entries, limit 4", len(m.m))
		}
	}
	calls = 0
	m.get("key9", f)
	if calls != 0 {
		t.Errorf("a repeated key called the function again")
	}
}
