package extract_test

import (
	"strings"
	"testing"
)

// Classes found on real conflict reporting (testdata/gold/fnc1conflict):
// a part of a group, a group named again, participles before the noun,
// coordinated counts, people driven from their homes, nationalities of
// victims, and the as-of of a bare text. The sentences are written for this
// test. "-" means empty.
func TestConflictPartsAndEvents(t *testing.T) {
	tests := []struct {
		class, text, num, event, counted string
	}{
		{"part of the group", "Soldiers gunned down 25 of the raiders near the dam, an officer said.", "25", "killed", "raiders"},
		{"part of our group", `"We lost four of our members and killed three of the attackers," the militia leader said.`, "four", "killed", "members"},
		{"part, then killed", "The militia killed 12 of the hostages before dawn.", "12", "killed", "hostages"},
		{"part of them, named", "The gang freed 27 hostages, 10 of them Danish nationals, in the north.", "10", "detained", "nationals"}, // a part of the hostages freed (testdata/gold dev)
		{"out of the whole", "The gunmen killed 300 out of 400 cadets trapped in the base.", "300", "killed", "cadets"},
		{"kidnapped before the noun", "Talks could free more than 200 kidnapped schoolgirls, officials said.", "200", "detained", "schoolgirls"},
		{"wounded before the noun", "Medics treated 40 wounded fighters at the field clinic.", "40", "wounded", "fighters"},
		{"displaced before the noun", "The camp shelters 9,000 displaced villagers.", "9,000", "displaced", "villagers"},
		{"coordinated after killed", "The group has already killed two Danish hostages and three Dutch hostages.", "three", "killed", "hostages"},
		{"coordinated with a hedge", "The blast killed four guards and at least nine pilgrims.", "nine", "killed", "pilgrims"},
		{"claimed lives", "The fighting has claimed more than 1,400 lives in the province.", "1,400", "killed", "people"},
		{"forced from their homes", "The floods forced 100 families from their homes.", "100", "displaced", "families"},
		{"including a list, to flee", "The offensive caused 50,000 villagers, including farmers, herders and traders, to flee their homes.", "50,000", "displaced", "villagers"},
		{"compound noun before the head", "Nearly 600 air force cadets were killed at the base.", "600", "killed", "cadets"},
		{"names joined by and in a phrase", "Now 11 jets of Libyan Airlines and Afriqiyah Airways are missing.", "11", "missing", "jets"},
		{"things are seized, not detained", "Rebels said 11 aircraft seized at the airport could be used in attacks.", "11", "-", "aircraft"},
		{"lost jobs are no toll", "The factory lost 400 jobs last year.", "400", "-", "jobs"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2014-10-20", tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ name, got, want string }{
				{"event", string(f.Event), tt.event}, {"counted", string(f.Counted), tt.counted},
			} {
				if c.want == "-" {
					c.want = ""
				}
				if c.got != c.want {
					t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
				}
			}
		})
	}
}

// No figure: "one of the" picks one out; a group named again with "the"
// and the number already counted; a number glued by a slash ("9/11").
func TestConflictNotNewFigures(t *testing.T) {
	tests := []struct {
		class, text string
		values      []float64 // the values of all figures, in order
	}{
		{"one of the", "The strike hit one of the group's main bases near the river.", nil},
		{"the group named again", "Eleven lorries went missing near the pass. Officials said the 11 lorries may be used in raids.", []float64{11}},
		{"named again, number word", "Nine guards were wounded on Monday. The nine guards were flown to the capital.", []float64{9}},
		{"the bodies of the eight", "Eight people were killed on the road. Hunters went to recover the bodies of the eight.", []float64{8}},
		{"a definite number seen first stays", "Relatives of the 219 girls still held gathered in the square.", []float64{219}},
		{"a new count stays", "Eight people were killed on Friday. On Sunday the 14 men were freed.", []float64{8, 14}},
		{"part and whole", "The gunmen killed 300 out of 400 cadets trapped in the base.", []float64{300, 400}},
		{"slashed", "Officials warned of 9/11-style attacks and said the base runs 24/7.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			res := extractText(tt.text, "2014-10-20")
			var got []float64
			var texts []string
			for _, f := range res.Figures {
				if f.Value != nil {
					got = append(got, *f.Value)
				}
				texts = append(texts, f.Text)
			}
			if len(got) != len(tt.values) {
				t.Fatalf("%q: figures %q, want values %v", tt.text, strings.Join(texts, " | "), tt.values)
			}
			for i := range got {
				if got[i] != tt.values[i] {
					t.Errorf("%q: figure %d = %g, want %g", tt.text, i, got[i], tt.values[i])
				}
			}
		})
	}
}

// Where: a place after "in" with an adjective before it; a nationality that
// says who a victim is does not place a figure of the next sentence.
func TestConflictPlaceClasses(t *testing.T) {
	tests := []struct {
		class, text, num, location, country string
	}{
		{"in neighbouring", "Fighting goes on in Nigeria. The envoy attended two meetings in neighbouring Chad last week.", "two", "Chad", "Chad"},
		{"in war-torn", "Talks opened in Oman. At least 30 people were killed in war-torn Yemen on Monday.", "30", "Yemen", "Yemen"},
		{"in rebel-held", "Shelling killed 12 people in rebel-held Idlib, activists said.", "12", "Idlib", "Syria"},
		{"victim's nationality is no place", "Gunmen seized a French engineer on the road. The army said it killed 12 members of the gang holding him.", "12", "-", "-"},
		{"bracketed after its place", "Most users lived in Kenya (27 percent) and the United States (26 percent).", "26", "United States", "United States"},
		{"bracketed after the first place", "Most users lived in Kenya (27 percent) and the United States (26 percent).", "27", "Kenya", "Kenya"},
		{"a maker's nationality is no place", "The fleet has two French turboprop aircraft. The airline lost 13 aircraft this year.", "13", "-", "-"},
		{"nationals are no place", "The video showed two British aid workers. The group has killed 5 hostages this year.", "5", "-", "-"},
		{"a later clause's place", "Fighting goes on in Nigeria. Gunmen killed 40 villagers in the raid, and talks were due to resume in neighbouring Chad.", "40", "Nigeria", "Nigeria"},
		{"a later clause after a dash", "Fighting goes on in Nigeria. Troops freed 15 hostages on Monday – but the envoy, speaking in Chad, said more were held.", "15", "Nigeria", "Nigeria"},
		{"a scene before still places", "In Kirkuk, police said 18 people were killed.", "18", "Kirkuk", "Iraq"},
		{"officials still place", "Iraqi officials spoke on Monday. They said 40 soldiers were killed.", "40", "Iraq", "Iraq"},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2014-10-20", tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ name, got, want string }{
				{"location", string(f.Location), tt.location}, {"country", string(f.Country), tt.country},
			} {
				if c.want == "-" {
					c.want = ""
				}
				if c.got != c.want {
					t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
				}
			}
		})
	}
}

// A text with no publication date: a date written in the figure's clause
// is its as-of (a year, a month), a weekday is none.
func TestAsOfWithoutPublicationDate(t *testing.T) {
	tests := []struct{ class, text, num, asOf string }{
		{"fronted year", "In 2010, the dams were opened, forcing 100 families from their homes.", "100", "2010"},
		{"year in the clause", "The militia offered a reward of $5m in 2012.", "5m", "2012"},
		{"month and year", "Some 400 people were killed in March 2013 in the town.", "400", "2013-03"},
		{"weekday gives nothing", "Some 400 people were killed on Monday in the town.", "400", ""},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			if f := figureOf(t, tt.text, "", tt.num); f != nil && string(f.AsOf) != tt.asOf {
				t.Errorf("%q: as_of %q, want %q", f.Text, f.AsOf, tt.asOf)
			}
		})
	}
}

// Model designations name a type: their numbers count nothing ("T-72" is no
// 72, nor "30 T" tonnes), and a count before one counts that model; a
// compass direction after a distance is no superlative.
func TestWhatANumberNames(t *testing.T) {
	tests := []struct {
		class, text string
		want        []string // "text|counted" of every figure, in order
	}{
		{"hyphenated code before a noun", "Rebels captured 30 T-72 tanks near the base.", []string{"30 T-72 tanks|tanks"}},
		{"code alone", "The air force has four F-16s and two Su-24 jets.", []string{"four F-16s|F-16s", "two Su-24 jets|jets"}},
		{"maker and number", "The carrier flew seven Airbus 320s and one Airbus 340.", []string{"seven Airbus 320s|Airbus 320s", "one Airbus 340|Airbus 340"}},
		{"a label", "The No. 3 players were named.", nil},
		{"a distance to the southwest", "The town lies about 50 miles southwest of the capital.", []string{"about 50 miles|miles"}},
		{"a distance to the north-west", "The camp is 12 km north-west of the city.", []string{"12 km|kilometres"}},
		{"a superlative is still a rank", "It is among the 20 biggest towns.", nil},
		{"tonnes stay tonnes", "The ship carried 30 t of grain.", []string{"30 t|tonnes"}},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			var got []string
			for _, f := range extractText(tt.text, "2014-10-20").Figures {
				got = append(got, f.Text+"|"+string(f.Counted))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("%q: figures %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
