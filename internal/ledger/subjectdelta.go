package ledger

// SubjectDelta is what one new article adds to a subject's statistics: its
// figures filed there and the first and last day they are dated. Both
// stores add deltas to their counters instead of recounting a subject.
type SubjectDelta struct {
	Figures     int
	First, Last string // YYYY-MM-DD; "" when no figure is dated
}

// Add counts one figure dated day ("" when undated).
func (d *SubjectDelta) Add(day string) {
	d.Figures++
	if day != "" && (d.First == "" || day < d.First) {
		d.First = day
	}
	d.Last = max(d.Last, day)
}
