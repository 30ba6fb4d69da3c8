package extract_test

import "testing"

// The counted kind as the text names it: a noun modifying the head stays
// with it, a nationality keeps its name, a unit keeps the writer's spelling
// (abbreviations spelt out); a length between places is a distance, down
// is a depth, a surface an area.
func TestCountedAsWritten(t *testing.T) {
	checkMeaning(t, []meaningCase{
		{"police officers", "Gunmen wounded 6 police officers at a checkpoint in Kirkuk.", "6", "wounded", "police officers", "police officers wounded"},
		{"police officers arrested", "Prosecutors said 19 police officers were arrested over the shooting.", "19", "detained", "police officers", "police officers detained"},
		{"policemen stay police", "Militants killed 12 policemen in an ambush near Ramadi.", "12", "killed", "police", "police killed"},
		{"aid workers", "Two Danish aid workers were abducted near Galkayo.", "Two", "detained", "aid workers", "aid workers detained"},
		{"air strikes", "The coalition carried out 14 air strikes near Kobani on Sunday.", "14", "-", "air strikes", "air strikes"},
		{"war correspondents", "He was charged with kidnapping three war correspondents in 2013.", "three", "detained", "war correspondents", "war correspondents detained"},
		{"military personnel measure troops", "At least 9 military personnel were wounded by the blast.", "9", "wounded", "military personnel", "troops wounded"},
		{"military jets are jets", "Four military jets were stolen from the airfield.", "Four", "missing", "jets", "jets missing"},
		{"a nationality killed", "Three Americans were killed in the attack on the compound.", "Three", "killed", "Americans", "Americans killed"},
		{"a nationality displaced", "About 40,000 Iraqis have fled to the Kurdish region.", "40,000", "displaced", "Iraqis", "Iraqis displaced"},
		{"people stay people", "At least 15 people were killed in the blast.", "15", "killed", "people", "people killed"},
		{"shots fired", "Witnesses said as many as 30 shots were fired in the hall.", "30", "-", "shots", "shots fired"},
		{"gunshots heard", "Residents heard 11 gunshots before the police arrived.", "11", "-", "gunshots", "shots fired"},
		{"cases keep their noun", "Three aid workers tested positive for the virus.", "Three", "cases", "cases", "cases"},
	})
}

func TestUnitsAndExtents(t *testing.T) {
	checkMeaning(t, []meaningCase{
		{"kilometers as written", "The village lies 40 kilometers east of Mosul.", "40", "-", "kilometers", "distance"},
		{"kilometres as written", "The village lies 40 kilometres east of Mosul.", "40", "-", "kilometres", "distance"},
		{"abbreviation spelt out", "The camp is 12 km from the border.", "12", "-", "kilometres", "distance"},
		{"miles with a conversion", "Tikrit is about 95 miles (150 kilometers) north of Baghdad.", "95", "-", "miles", "distance"},
		{"the conversion", "Tikrit is about 95 miles (150 kilometers) north of Baghdad.", "150", "-", "kilometers", "distance"},
		{"away", "The rebels were only 300 yards away.", "300", "-", "yards", "distance"},
		{"within", "The militants advanced to within 25 miles of the capital.", "25", "-", "miles", "distance"},
		{"depth", "The pipe broke 4,000 feet below the surface.", "4,000", "-", "feet", "depth"},
		{"area", "The group holds an area of some 30,000 square miles.", "30,000", "-", "square miles", "area"},
		{"a trip is no distance", "The convoy drove 300 miles through the desert.", "300", "-", "miles", "miles"},
		{"tons as written", "Inspectors found 20 tons of mustard agent at the site.", "20", "amount", "tons", "tons of mustard"},
	})
}
