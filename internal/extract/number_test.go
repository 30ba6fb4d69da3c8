package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
)

// A number too large for a float64 keeps its text and gets a null value:
// the result always encodes as JSON (it used to fail with +Inf).
func TestNumberOverflow(t *testing.T) {
	huge := "9" + strings.Repeat("0", 400)
	for _, text := range []string{
		"The agency said " + huge + " people were counted in the capital on Monday.",
		"Officials said between 12 and " + huge + " soldiers were deployed to the border.",
	} {
		r := Extract(document.New(text))
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("%.40q: %v", text, err)
		}
		var back struct {
			Quantities []struct {
				Text  string   `json:"text"`
				Value *float64 `json:"value"`
				High  *float64 `json:"high"`
			} `json:"quantities"`
		}
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range back.Quantities {
			if !strings.Contains(q.Text, huge) {
				continue
			}
			found = true
			if strings.Contains(q.Text, "between") {
				if q.High != nil {
					t.Errorf("%q: high %v, want null", q.Text[:20], *q.High)
				}
			} else if q.Value != nil {
				t.Errorf("%q: value %v, want null", q.Text[:20], *q.Value)
			}
		}
		if !found {
			t.Errorf("%.40q: the number is not among the quantities", text)
		}
	}
}
