package extract_test

import "testing"

// A ruler named where his country is meant places what the sentence
// counts, when nothing else in the sentence does; the article's own
// country, a stated place, a ruler who is the source, or rulers of two
// countries leave the place as it was.
func TestLeaderPlacesFigure(t *testing.T) {
	const story = "Protesters filled the streets of Cairo and Alexandria for a fourth day on Friday, demanding change in Egypt.\n" +
		"Police in Egypt fired tear gas at the crowds.\n"
	tests := []struct{ text, num, country, basis string }{
		// Another country's toll named through its ruler.
		{story + "The unrest echoes the uprising in which more than 90 people died before Ben Ali fled into exile.", "90", "Tunisia", "sentence"},
		{story + "Analysts recall the war of the 1990s under Bouteflika's predecessors, which left some 150,000 dead.", "150,000", "Algeria", "sentence"},
		// The story's own ruler: the story's country, as before.
		{story + "Rights groups said at least 45 people had died since the protests against Mubarak began.", "45", "Egypt", "article"},
		// A place stated in the sentence wins over the ruler.
		{story + "Gaddafi's ally said 12 people were killed in Alexandria on Thursday.", "12", "Egypt", "stated"},
		// Rulers of two countries: nothing to choose between.
		{story + "Unlike Ben Ali, Gaddafi faces no crowds yet; 30 people were hurt in the clashes.", "30", "Egypt", "article"},
	}
	for _, tt := range tests {
		f := figureOf(t, tt.text, "2011-01-28", tt.num)
		if f == nil {
			continue
		}
		if string(f.Country) != tt.country || string(f.LocationBasis) != tt.basis {
			t.Errorf("%s: country %q (%s), want %q (%s)", tt.num, f.Country, f.LocationBasis, tt.country, tt.basis)
		}
	}
}
