package extract_test

import "testing"

// Figures whose time is not the article's now: a recalled earlier state
// (marked, and kept off the publication day), a count of a week ago, a
// month or decade in the past. Sentences are written for this test;
// 2011-06-15 is a Wednesday.
func TestFigureRecalledClasses(t *testing.T) {
	const pub = "2011-06-15"
	tests := []struct {
		name, text, num string
		asOf, asOfBasis string // "" wants the publication day, basis published
		recalled        bool
	}{
		// A first estimate, named as such or said so.
		{"relative clause: it initially estimated", "The utility now says more water than the 3,000 litres a minute it initially estimated is pouring from the dam.", "3,000", "PAST_REF", "stated", true},
		{"relative clause: it first put", "Engineers doubled the 400 tonnes a day they first put forward.", "400", "PAST_REF", "stated", true},
		{"first estimate named", "The ministry's initial estimate of 1,200 deaths proved far too low.", "1,200", "PAST_REF", "stated", true},
		{"previous estimates had put", "Previous estimates had put the number of displaced at 40,000.", "40,000", "PAST_REF", "stated", true},
		{"until now, had estimated", "Until now, the agency had estimated the spill at 2,000 barrels a day.", "2,000", "PAST_REF", "stated", true},
		{"up to now with a past verb", "Up to now the official figure was 800 families.", "800", "PAST_REF", "stated", true},
		{"a sequence brought to now", "First they said it was 300 tonnes, then they said it was 900 tonnes, now we are up to 4,000 tonnes, the mayor told reporters.", "300", "PAST_REF", "stated", true},
		{"a sequence: the middle step", "First they said it was 300 tonnes, then they said it was 900 tonnes, now we are up to 4,000 tonnes, the mayor told reporters.", "900", "PAST_REF", "stated", true},
		{"a change moves the figure", "The official flow rate of 1,500 barrels a day, repeated by the operator, was raised last week to 6,000 barrels.", "1,500", "PAST_REF", "stated", true},
		{"a baseline with its day", "The council has counted 412 cases, up from 390 on Monday.", "390", "2011-06-13", "stated", true},
		{"a baseline counted back", "The panel now puts the flow at 9,000 barrels a day, up from its estimate last week of 5,000.", "5,000", "2011-06", "stated", true},
		// Not recalled: the current figure beside a recalled one.
		{"the sequence's now", "First they said it was 300 tonnes, then they said it was 900 tonnes, now we are up to 4,000 tonnes, the mayor told reporters.", "4,000", "", "", false},
		{"the new value of a change", "The council has counted 412 cases, up from 390 on Monday.", "412", "", "", false},
		{"so far is today's count", "Up till now we have received just under 600 patients, a doctor said.", "600", "", "", false},
		{"a perfect put in the past by the reporting verb", "The agency said on Wednesday that 31 provinces had reported 2,340 cases.", "2,340", "2011-06-15", "statement", false},
		{"said it had recorded", "The union said it had recorded 17 arrests.", "17", "", "", false},
		{"a look back in the lead is not the story's day", "One week ago, crowds filled the square in Marvel.\n\nEight people have been killed and nearly 850 injured, according to the ministry.", "Eight", "", "", false},
		{"a comparison is not a first statement", "The flood was worse than initially feared, and 2,000 homes were damaged in Lorrin.", "2,000", "", "", false},
		{"a perfect after a first report", "The fever was first reported in March in Dalvia, which has recorded 77 deaths.", "77", "", "", false},
		{"another verb's change", "A blast that destroyed six homes in Tervel rose to the top of the news.", "six", "", "", false},
		{"had given away is no estimate", "The charity said the firm had given away more than $200,000 in vouchers.", "200,000", "", "", false},
		// A time that counts back dates a clause in the past.
		{"a week ago is a day", "A week ago, the health office reported 229 cases.", "229", "2011-06-08", "stated", false},
		{"two weeks ago with put", "Two weeks ago the ministry put the toll at 310.", "310", "2011-06-01", "stated", false},
		{"last month in a past clause", "Last month, the operator was estimating the leak at 1,100 barrels a day.", "1,100", "2011-05", "stated", false},
		{"an earlier month this year", "In early April the rate cited by the operator was 700 barrels a day.", "700", "2011-04", "stated", false},
		{"last week after the verb", "Rangers collected 140 seals last week on the northern beaches.", "140", "2011-06", "stated", false},
		{"nearest time wins", "In late May the firm set aside $3.1bn, which pushed it to a loss of $900m for the first quarter of 2011.", "900m", "2011-03", "stated", false},
		// A time of another verb does not date the figure.
		{"a present clause", "Up to 1,000 barrels a day are leaking after last week's blast.", "1,000", "", "", false},
		{"a relative clause's time", "It is thought up to 9,000 people may have died in the storm, which struck last Tuesday.", "9,000", "", "", false},
		{"a participle's time", "The operator was collecting 3,500 barrels a day through the cap installed last week.", "3,500", "", "", false},
		{"a subordinate clause's month", "Shares rose 2.5% to 410p, a third lower than before the platform sank in April.", "2.5%", "", "", false},
		{"a perfect since a month", "The fever emerged in March in Dalvia and has since spread to 21 countries.", "21", "", "", false},
		{"since last week", "At least 350 people have been hurt since the protests began last week.", "350", "", "", false},
		{"a baseline keeps its own time", "Profits fell to $1.2bn in the second quarter of 2011, compared with $3.3bn a year ago.", "3.3bn", "2010", "stated", false},
		{"a baseline's month leaves the story's month", "Car sales dropped last month to a 20-year low.\n\nOne maker fell 31 percent compared with the previous May.", "31", "2011-05", "stated", false},
		{"said on a day that a total has reached", "The rights group said Tuesday the number of people killed has reached 280.", "280", "2011-06-14", "statement", false},
		{"a quarter without its year", "A deposit of $3bn will be made in the fourth quarter, the company said.", "3bn", "", "", false},
		{"a compared value's year", "Excluding the storm, the insurer made a profit of $4bn, compared with $2.7bn for the second quarter of 2010.", "4bn", "", "", false},
		{"the compared value keeps it", "Excluding the storm, the insurer made a profit of $4bn, compared with $2.7bn for the second quarter of 2010.", "2.7bn", "2010-06", "stated", false},
		{"the figure's own relative clause", "She said rescuers freed three boys who had been trapped in a school after the earthquake in 2005.", "three", "2005", "stated", false},
		{"from is mostly a place", "Two people were pulled alive from the rubble in Torvik on Monday.", "Two", "2011-06-13", "stated", false},
		// Decades.
		{"in the 1990s", "In the 1990s, more than 600,000 people were killed in the war.", "600,000", "199", "stated", false},
		{"a decade ago", "A decade ago, 4,000 people died in a similar flood.", "4,000", "200", "stated", false},
		// Two past years before a figure: the nearer one is its event's.
		{"the nearer of two past years", "In 1998, gunmen attacked a bus in Corvel and struck again in 2004 in the port of Silan, killing 61 people.", "61", "2004", "stated", false},
		{"a past year, then the figure, then another", "In 2004, 61 people were killed in Silan, a decade after the 1994 riots.", "61", "2004", "stated", false},
		{"one past year", "In 1998, gunmen killed 23 people in Corvel.", "23", "1998", "stated", false},
		{"since the 1990s is no date", "More than 600 people have died in floods since the 1990s.", "600", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := figureOf(t, tt.text, pub, tt.num)
			if f == nil {
				return
			}
			asOf, basis := tt.asOf, tt.asOfBasis
			if asOf == "" {
				asOf, basis = pub, "published"
			}
			if string(f.AsOf) != asOf || string(f.AsOfBasis) != basis || f.Recalled != tt.recalled {
				t.Errorf("%s: as_of %q (%s) recalled %v, want %q (%s) recalled %v", tt.num, f.AsOf, f.AsOfBasis, f.Recalled, asOf, basis, tt.recalled)
			}
		})
	}
}

// With no publication date an undated recalled figure is marked but not
// dated: nothing would date it wrongly.
func TestFigureRecalledUndatedArticle(t *testing.T) {
	f := figureOf(t, "Officials initially said they believed that two or three gunmen took part in the raid.", "", "two")
	if f == nil {
		return
	}
	if !f.Recalled || f.AsOf != "" {
		t.Errorf("as_of %q recalled %v, want \"\" recalled true", f.AsOf, f.Recalled)
	}
}
