package entity

import (
	"strings"
	"testing"
)

func TestLeaderCountries(t *testing.T) {
	tests := []struct{ text, want string }{
		{"After weeks of unrest in which dozens died, Ben Ali left for exile.", "Tunisia"},
		{"Forces loyal to Bashar al-Assad shelled the town, killing 14.", "Syria"},
		{"Assad's troops and Gaddafi's mercenaries", "Syria,Libya"},
		{"Colonel Qaddafi said nothing; Mubarak spoke.", "Libya,Egypt"},
		{"President Ali Abdullah Saleh signed the deal.", "Yemen"},
		{"Saleh Ahmed, a shopkeeper, counted 12 dead.", ""}, // a first name, not the ruler
		{"The Assadi family runs a bakery.", ""},            // a longer word
		{"Mubaraks and Mubarakville", ""},                   // no whole word
		{"Putin said 40 people were killed.", ""},           // an intervening power is not listed
		{"Abu Bakr al-Bashiri wrote to President Bashir's office.", "Sudan"},
	}
	for _, tc := range tests {
		if got := strings.Join(LeaderCountries(tc.text), ","); got != tc.want {
			t.Errorf("LeaderCountries(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLeaderCountriesMatchesLowered compares the one-pass scan with the
// search over the lowered text on texts built from pieces of the names,
// separators, capitals and runes whose case changes their UTF-8 length.
func TestLeaderCountriesMatchesLowered(t *testing.T) {
	pieces := []string{"Assad", "al-", "AL-ASSAD", "ben", " ", "Ali", "-", "'s", "Saleh", "president ", "Hadi", "x",
		"Mubarak", "É", "ẞ", "ı", "Ⱥ", "İ", "\u212a", "adhafi", "Qaddafi", "Saddam Hussein", "sisi", "el-", ".", "9", "\xff"}
	for seed := uint32(1); seed < 20000; seed++ {
		r := seed
		var b strings.Builder
		for n := 0; n < 8; n++ {
			r = r*1664525 + 1013904223
			b.WriteString(pieces[int(r>>8)%len(pieces)])
		}
		text := b.String()
		got, want := strings.Join(LeaderCountries(text), ","), strings.Join(leaderCountriesLowered(text), ",")
		if got != want {
			t.Fatalf("LeaderCountries(%q) = %q, the lowered search gives %q", text, got, want)
		}
	}
}

func FuzzLeaderCountries(f *testing.F) {
	f.Add("Assad's troops and Gaddafi's mercenaries")
	f.Add("ẞAL-ASSAD Mubaraks")
	f.Fuzz(func(t *testing.T, text string) {
		got, want := strings.Join(LeaderCountries(text), ","), strings.Join(leaderCountriesLowered(text), ",")
		if got != want {
			t.Fatalf("LeaderCountries(%q) = %q, the lowered search gives %q", text, got, want)
		}
	})
}
