package sqlite

import (
	"strings"
	"testing"
)

// TestOutletKeyIsEqualFold: two outlet names have one key exactly when
// strings.EqualFold (ledger.Repeat's comparison) calls them equal, so that
// looking up a line's earlier printings by key finds every printing Repeat
// would count, and only those of outlets it could.
func TestOutletKeyIsEqualFold(t *testing.T) {
	names := []string{
		"Wire One", "WIRE ONE", "wire one", "Wire  One", "Wire On",
		"Ämter Post", "ÄMTER POST", "ämter post", "Amter Post",
		"Kyiv Post", "\u212Ayiv Post", // Kelvin sign folds with k
		"Ostseeſtimme", "OSTSEESTIMME", // long s folds with s
		"ΣΤΑΘΜΟΣ", "σταθμος", "σταθμοσ", "σταθμoς", // final sigma; Latin o
		"", " ", "\xff", "\xfe", // invalid bytes decode alike
	}
	for _, a := range names {
		for _, b := range names {
			if got, want := outletKey(a) == outletKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("outletKey(%q)==outletKey(%q) is %v, EqualFold %v", a, b, got, want)
			}
		}
	}
}

// The behaviour this key serves (a line repeated under another spelling of
// its outlet joins no subject) is the conformance test
// RepeatedLineAcrossOutletCase, run on both stores.
