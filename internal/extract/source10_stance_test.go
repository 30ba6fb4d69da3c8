package extract

import "testing"

// "Acknowledged" with a fact for its content is the speaker owning up to
// it, an assertion; acknowledging a report or claim, and "confirmed",
// stay confirmations. Sentences written for this test.
func TestSource10Acknowledged(t *testing.T) {
	cases := []struct {
		text string
		want string
	}{
		{"The ministry acknowledged that 45 soldiers had died in the ambush.", Asserts},
		{"The army acknowledges it lost 12 tanks in the offensive.", Asserts},
		{"The ministry acknowledged reports that 45 soldiers had died.", Confirms},
		{"The governor acknowledged the report of mass graves near the town.", Confirms},
		{"The ministry confirmed that 45 soldiers had died in the ambush.", Confirms},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			ss := attrRun(c.text)
			if len(ss) == 0 {
				t.Fatalf("no statement")
			}
			if ss[0].Stance != c.want {
				t.Errorf("stance %q, want %q", ss[0].Stance, c.want)
			}
		})
	}
}
