package extract_test

import "testing"

// Numbers that name a weapon's type or describe a person are no figures;
// the count in front of them still is.
func TestFigs10Descriptors(t *testing.T) {
	runFigCases(t, []figCase{
		{name: "calibre with count", text: "The depot held 2,500 sarin-filled 122-mm chemical rockets, inspectors said.",
			want: []string{"2,500 sarin-filled 122-mm chemical rockets"}, none: []string{"122"}},
		{name: "calibre spelled out", text: "Most were mustard agents in 155-millimeter artillery shells or 122-millimeter rockets.", none: []string{"155", "122"}},
		{name: "calibre glued", text: "Rebels fired 40 120mm mortar rounds at the base overnight.", want: []string{"40 120mm mortar rounds"}, none: []string{"120"}},
		{name: "calibre of a gun", text: "The ship carries a 76-mm gun and 30 crew.", want: []string{"30 crew"}, none: []string{"76"}},
		{name: "length is still a figure", text: "The convoy was stopped 30-km from the border.", want: []string{"30-km"}},
		{name: "person height", text: "The suspect is described as standing 5-foot-10-inches, with a dark jacket.", none: []string{"5"}},
		{name: "height of a wall", text: "Workers built an 18-foot wall along the road.", want: []string{"18-foot"}},
		{name: "repeated model name", text: "Witnesses said the planes appear to be MiG 21 or MiG 23 models.", none: []string{"21", "23"}},
		{name: "model with count", text: "The fleet included seven Airbus 320s and two Boeing 737s.", none: []string{"320", "737"}},
	})
}
