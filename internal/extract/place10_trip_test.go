package extract_test

import "testing"

// Where people came from on a trip is not where they are counted nor what
// the story is about ("returned from Mexico" on a story about cases in
// Britain); people evacuated from a country are counted where they were,
// whatever their nationality; a date after publication is a deadline or a
// plan ("closed until 7 June", "a march planned for Friday"), never the
// day a figure holds.
func TestFigurePlaceTripAndEvacuation(t *testing.T) {
	placeCases(t, "2009-04-30", []struct{ text, num, want string }{
		{"Swine flu has spread across Britain this week, the Health Protection Agency said.\nThe new victim, who had recently returned from Mexico, shares a house with two students.", "two", "|United Kingdom"},
		{"Swine flu has spread across Britain this week, the Health Protection Agency said.\nTwo people were admitted to a hospital after returning from Mexico on Sunday. Doctors said 12 people had been tested.", "12", "|United Kingdom"},
		{"Protests went on in Cairo for a sixth day.\nThe State Department said 42 Americans have been evacuated from Egypt.", "42", "Egypt"},
		{"Protests went on in Cairo for a sixth day.\nThe foreign ministry said 300 Britons had fled Egypt to Cyprus.", "300", "Egypt"},
		// still the story's place: an outbreak that began where travellers came from
		{"The virus has killed 150 people in Mexico, officials in Mexico City said.", "150", "Mexico"},
	})
}

func TestFigureAsOfNotAfterPublication(t *testing.T) {
	tests := []struct{ text, published, num, asOf, basis string }{
		{"The school was told to close until 7 June after 14 pupils contracted the virus.", "2009-05-28", "14", "2009-05-28", "published"},
		{"Organisers said 5,000 people would join a march planned for 12 February.", "2011-02-08", "5,000", "2011-02-08", "published"},
		{"By 20 May, 300 cases had been confirmed.", "2009-05-28", "300", "2009-05-20", "stated"},
	}
	for _, tt := range tests {
		f := figureOf(t, tt.text, tt.published, tt.num)
		if f == nil {
			continue
		}
		if string(f.AsOf) != tt.asOf || string(f.AsOfBasis) != tt.basis {
			t.Errorf("%q: %s as of %q (%s), want %q (%s)", tt.text, tt.num, f.AsOf, f.AsOfBasis, tt.asOf, tt.basis)
		}
	}
}
