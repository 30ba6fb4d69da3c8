package ledger

import (
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestStateFamily: a state's offices are one source. The government's toll
// against its interior minister's, its army's or its prime minister's is
// no dispute (a later one revises it); against a rights group's, or
// another state's, it is. A name read as a government source in one report
// and of no known kind in the next is still one source. Fictional
// country and figures.
func TestStateFamily(t *testing.T) {
	mk := func(id int64, pub string, v float64, src, stype, holder string) *store.FigureRow {
		d, _ := document.ParseDate(pub)
		f := &store.FigureRow{ID: id, Origin: store.Origin{Article: store.ArticleID(id), Group: id, Published: d, Outlet: "wire"}}
		f.Value = fp(v)
		f.Text = fmt.Sprintf("%g people", v)
		f.Source, f.SourceType, f.Holder = document.Str(src), document.Str(stype), document.Str(holder)
		f.Scope, f.Unit, f.Counted = extract.ScopeCumulative, "people", "people"
		f.Event, f.Measure, f.Basis = extract.EventKilled, "people killed", "official"
		if holder != "" {
			f.Event, f.Measure, f.Unit, f.Counted = extract.EventDeployed, "troops deployed", "troops", "troops"
		}
		f.Location, f.Country, f.LocationBasis = "Tarvia", "Tarvia", extract.BasisStated
		f.AsOf, f.AsOfBasis = document.Str(pub), extract.BasisPublished
		f.When = When(&f.Figure, d)
		return f
	}
	const day, later = "2013-05-02", "2013-05-09"
	tests := []struct {
		name string
		a, b *store.FigureRow
		want string
	}{
		{"government vs its interior minister", mk(1, day, 300, "Tarvian government", "government", ""), mk(2, day, 120, "the interior minister", "government", ""), ""},
		{"government vs its army", mk(3, day, 300, "the government", "government", ""), mk(4, day, 120, "Tarvian army", "military", ""), ""},
		{"prime minister by name vs the health ministry", mk(5, day, 300, "Dorin Vask", "government", ""), mk(6, day, 120, "Tarvia's health ministry", "government", ""), ""},
		{"officials named by their country vs the government", mk(7, day, 300, "Tarvian officials", "anonymous official", ""), mk(8, day, 120, "government", "government", ""), ""},
		{"a week later: the state's revision", mk(9, day, 120, "Tarvian government", "government", ""), mk(10, later, 300, "prime minister", "government", ""), store.DisputeRevision},
		{"one name, two kinds read", mk(11, day, 300, "Dorin Vask", "government", ""), mk(12, day, 120, "Dorin Vask", "unknown", ""), ""},
		{"government vs a rights group", mk(13, day, 300, "Tarvian government", "government", ""), mk(14, day, 120, "Tarvian Rights Monitor", "ngo", ""), store.DisputeFigures},
		{"two states", mk(15, day, 300, "Tarvian government", "government", ""), mk(16, day, 120, "Turkish government", "government", ""), store.DisputeFigures},
		{"unnamed officials may be anyone's", mk(17, day, 300, "officials", "anonymous official", ""), mk(18, day, 120, "Tarvian government", "government", ""), store.DisputeFigures},
		{"the holder's state vs the host's", mk(19, day, 900, "the Pentagon", "government", "US"), mk(20, day, 300, "Tarvian defence ministry", "government", "US"), store.DisputeFigures},
	}
	for _, tc := range tests {
		if k, n := Compare(tc.a, tc.b); k != tc.want {
			t.Errorf("%s: %q %s, want %q (families %q / %q)", tc.name, k, n, tc.want, familyKey(tc.a), familyKey(tc.b))
		}
	}
}
