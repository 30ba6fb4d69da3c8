package quantity

import "testing"

// News style spells numbers under ten, so a range may mix words and digits
// ("eight to 10"), and a bare "one" may open one ("one or two").
func TestFigs10Ranges(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"one or two", "They hunted one or two other gunmen.", []want{
			{Text: "one or two", Num: "one", Value: 1, Low: 1, High: 2, Range: true}}},
		{"one to three", "It takes one to three days.", []want{
			{Text: "one to three", Num: "one", Value: 1, Low: 1, High: 3, Range: true}}},
		{"spelled to digits", "Video showed eight to 10 students.", []want{
			{Text: "eight to 10", Num: "eight", Value: 8, Low: 8, High: 10, Range: true}}},
		{"nine or 10", "nine or 10 people", []want{
			{Text: "nine or 10", Num: "nine", Value: 9, Low: 9, High: 10, Range: true}}},
		{"one to one is no range", "a ratio of one to one", []want{{Text: "one", Value: 1}, {Text: "one", Value: 1}}},
		{"digits then words stay apart", "5 or six people", []want{{Text: "5", Value: 5}, {Text: "six", Value: 6}}},
		{"twenty to 30 stays apart", "twenty to 30 people", []want{{Text: "twenty", Value: 20}, {Text: "30", Value: 30}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, find(tc.text), tc.want) })
	}
}

// A digit group glued to a unit is its own number: "40 120mm" is forty
// rounds of a 120mm calibre, not 40,120.
func TestFigs10SpaceGroupBeforeUnit(t *testing.T) {
	text := "Rebels fired 40 120mm mortar rounds; 40 000 people fled."
	got := find(text)
	if len(got) != 3 || got[0].Value != 40 || got[1].Unit != "mm" || got[1].Value != 120 || got[2].Value != 40000 {
		var s []string
		for _, q := range got {
			s = append(s, q.Span.Of(text))
		}
		t.Fatalf("%q: got %q", text, s)
	}
}
