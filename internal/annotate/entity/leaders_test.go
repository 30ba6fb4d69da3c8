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
