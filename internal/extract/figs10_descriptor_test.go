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

// Labels on a scale or in a name, the top of a ranking and counts of
// abstractions report no quantity.
func TestFigs10Labels(t *testing.T) {
	runFigCases(t, []figCase{
		{name: "alert level", text: "The WHO raised its alert from phase 5 to 6, the highest level.", none: []string{"5", "6"}},
		{name: "channel", text: "The interview was broadcast on Channel 10 late on Monday.", none: []string{"10"}},
		{name: "bunker", text: "Bunker 13 contained 2,500 rockets, the report states.", want: []string{"2,500 rockets"}, none: []string{"13"}},
		{name: "label word before a count", text: "At this stage 40 people had fled the village.", want: []string{"40 people"}},
		{name: "top of a ranking", text: "The firm is among the industry's top 10 political spenders.", none: []string{"10"}},
		{name: "ways", text: "The stolen jets could be used in at least two ways, an expert said.", none: []string{"at least two"}},
		{name: "sides of a siege", text: "The town is surrounded on three sides by the militants.", want: []string{"three sides"}},
	})
}
