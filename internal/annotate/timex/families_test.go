package timex

import (
	"testing"

	"github.com/claimtrack/claimtrack/internal/annotate/segment"
	"github.com/claimtrack/claimtrack/internal/document"
)

// TestFamilies covers the date and time forms added for spoken and
// informal English: lower-case names, days in words, short numeric dates,
// clock times in words, a day with its time, anchored periods, day
// ranges, plural weekdays and more holidays.
func TestFamilies(t *testing.T) {
	r := date("2021-03-10") // a Wednesday
	tests := []struct {
		name string
		text string
		ref  document.Date
		want []want
	}{
		// lower-case and abbreviated names
		{"lower weekday", "the board meets on thursday", r, []want{{"thursday", "DATE", "2021-03-11", ""}}},
		{"weekday abbr", "Results come out Thurs. and again next tues", r, []want{{"Thurs", "DATE", "2021-03-11", ""}, {"next tues", "DATE", "2021-03-16", ""}}},
		{"abbr words", "he sat in the sun on wed evenings", r, nil},
		{"lower may with day", "the vote is set for may 14", r, []want{{"may 14", "DATE", "2021-05-14", ""}}},
		{"may verb", "they may 2x their output and may go", r, nil},
		{"lower abbr", "filed jan 5 and dec 2019", r, []want{{"jan 5", "DATE", "2021-01-05", ""}, {"dec 2019", "DATE", "2019-12", ""}}},
		{"abbr after in", "Sales slowed in Feb and rose last sept", r, []want{{"Feb", "DATE", "2021-02", ""}, {"last sept", "DATE", "2020-09", ""}}},
		{"month of", "during the month of June", r, []want{{"the month of June", "DATE", "2020-06", ""}}},

		// days in words
		{"ordinal of month", "It opened on the fourth of July and closed the 3rd of August 2019.", r, []want{
			{"the fourth of July", "DATE", "2020-07-04", ""}, {"the 3rd of August 2019", "DATE", "2019-08-03", ""}}},
		{"month then ordinal", "due March the ninth or March twenty-first", r, []want{{"March the ninth", "DATE", "2021-03-09", ""}, {"March twenty-first", "DATE", "2021-03-21", ""}}},
		{"month cardinal", "signed June twenty two, 2018", r, []want{{"June twenty two, 2018", "DATE", "2018-06-22", ""}}},
		{"day of rel month", "by the 15th of next month", r, []want{{"the 15th of next month", "DATE", "2021-04-15", ""}}},
		{"bare ordinal day", "The deadline passed on the 28th.", r, []want{{"the 28th", "DATE", "2021-02-28", ""}}},
		{"weekday the ordinal", "It fell on Friday the 12th", r, []want{{"Friday the 12th", "DATE", "2021-03-12", ""}}},
		{"not the ordinal", "the 5th amendment", r, nil},

		// short numeric dates
		{"month day slash", "The hearing moved to Friday 3/19.", r, []want{{"Friday 3/19", "DATE", "2021-03-19", ""}}},
		{"day month slash", "shipped on 25/12", r, []want{{"25/12", "DATE", "2020-12-25", ""}}},
		{"fraction", "rose 1/2 point and 3/4 of them", r, nil},
		{"year month", "data for 2020-11 and 7/2019", r, []want{{"2020-11", "DATE", "2020-11", ""}, {"7/2019", "DATE", "2019-07", ""}}},
		{"season span", "the 2019-20 season and 2011-12 budget", r, []want{{"2019", "DATE", "2019", ""}, {"2011", "DATE", "2011", ""}}},
		{"d/m/y", "born 23/04/1990", r, []want{{"23/04/1990", "DATE", "1990-04-23", ""}}},
		{"glued", "from feb14 to 2020-mar-02", r, []want{{"feb14", "DATE", "2021-02-14", ""}, {"2020-mar-02", "DATE", "2020-03-02", ""}}},
		{"decade apostrophe", "music of the 1980's", r, []want{{"1980's", "DATE", "198", ""}}},

		// times
		{"seconds", "logged at 14:05:09", r, []want{{"14:05:09", "TIME", "2021-03-10T14:05:09", ""}}},
		{"decimal pm", "doors open 7.45pm", r, []want{{"7.45pm", "TIME", "2021-03-10T19:45", ""}}},
		{"half past", "the bell rang at half past nine", r, []want{{"half past nine", "TIME", "2021-03-10T09:30", ""}}},
		{"quarter to", "a quarter to six in the evening", r, []want{{"a quarter to six in the evening", "TIME", "2021-03-10T17:45", ""}}},
		{"words pm", "closing at eleven fifteen p.m.", r, []want{{"eleven fifteen p.m.", "TIME", "2021-03-10T23:15", ""}}},
		{"not a time", "two to three weeks", r, []want{{"three weeks", "DURATION", "P3W", ""}}},
		{"part of day", "at 6 in the morning", r, []want{{"6 in the morning", "TIME", "2021-03-10T06:00", ""}}},
		{"noon 12", "lunch at 12 noon", r, []want{{"12 noon", "TIME", "2021-03-10T12:00", ""}}},
		{"zero ref time", "at 7:30 p.m.", document.Date{}, []want{{"7:30 p.m.", "TIME", "XXXX-XX-XXT19:30", ""}}},

		{"time weekday", "at 8pm next Sunday or 7:00 on Friday evening", r, []want{
			{"8pm next Sunday", "TIME", "2021-03-14T20:00", ""}, {"7:00 on Friday evening", "TIME", "2021-03-12T19:00", ""}}},
		{"oclock pm", "at one o'clock pm", r, []want{{"one o'clock pm", "TIME", "2021-03-10T13:00", ""}}},
		{"mid part", "It ended mid-afternoon yesterday.", r, []want{{"mid-afternoon yesterday", "TIME", "2021-03-09TAF", "MID"}}},

		// weeks and decades
		{"week of day", "booked for the week of the 15th and the week starting March 22", r, []want{
			{"the week of the 15th", "DATE", "2021-W11", ""}, {"the week starting March 22", "DATE", "2021-W12", ""}}},
		{"short decade", "hits of the 70's", r, []want{{"70's", "DATE", "197", ""}}},

		// a day with its time
		{"day at time", "The launch is tomorrow at 9am.", r, []want{{"tomorrow at 9am", "TIME", "2021-03-11T09:00", ""}}},
		{"date comma time", "on March 2, 4:15 p.m.", r, []want{{"March 2, 4:15 p.m.", "TIME", "2021-03-02T16:15", ""}}},
		{"part then hour", "this evening at 8", r, []want{{"this evening at 8", "TIME", "2021-03-10T20:00", ""}}},
		{"time this morning", "It began 5am this morning", r, []want{{"5am this morning", "TIME", "2021-03-10T05:00", ""}}},

		// weeks, codes, bounds
		{"week weekday", "We meet next week Thursday or on Monday of last week.", r, []want{
			{"next week Thursday", "DATE", "2021-03-18", ""}, {"Monday of last week", "DATE", "2021-03-01", ""}}},
		{"week of year", "during the second week of 2020 and the week after next", r, []want{
			{"the second week of 2020", "DATE", "2020-W02", ""}, {"the week after next", "DATE", "2021-W12", ""}}},
		{"year quarter", "in 2019 Q4, Q1-2020 and Q3 this year", r, []want{
			{"2019 Q4", "DATE", "2019-Q4", ""}, {"Q1-2020", "DATE", "2020-Q1", ""}, {"Q3 this year", "DATE", "2021-Q3", ""}}},
		{"later than", "not in May but later than 5/1/2020", r, []want{{"May", "DATE", "2021-05", ""}, {"later than 5/1/2020", "DATE", "2020-05-01", "AFTER"}}},
		{"month of spoken year", "in March of nineteen eighty", r, []want{{"March of nineteen eighty", "DATE", "1980-03", ""}}},
		{"code not year", "call 555-2010-2015 now", r, []want{{"now", "DATE", "PRESENT_REF", ""}}},

		// compound and shifted durations
		{"compound", "It took 2 years 3 months. It lasted one hour and a half.", r, []want{{"2 years 3 months", "DURATION", "P2Y3M", ""}, {"one hour and a half", "DURATION", "PT1H30M", ""}}},
		{"compound ago", "It began one year, two months ago.", r, []want{{"one year, two months ago", "DATE", "2020-01-10", ""}}},
		{"from today", "due three weeks from tomorrow", r, []want{{"three weeks from tomorrow", "DATE", "2021-04-01", ""}}},
		{"another", "They asked for another week and the whole day.", r, []want{{"another week", "DURATION", "P1W", ""}, {"the whole day", "DURATION", "P1D", ""}}},
		{"half hour", "a half hour and half day", r, []want{{"a half hour", "DURATION", "PT30M", ""}, {"half day", "DURATION", "PT12H", ""}}},

		{"weekday ordinal", "The fair opens Sat 13th.", r, []want{{"Sat 13th", "DATE", "2021-03-13", ""}}},
		{"circa", "circa 5 in the morning", r, []want{{"circa 5 in the morning", "TIME", "2021-03-10T05:00", "APPROX"}}},

		// not dates or times
		{"odds and scores", "He moved from 4/1 to 5/2 and won 4-2, then from 3-3 in the set; 8/13 odds", r, nil},
		{"year spans", "the 2005-6 budget and 1998/9 figures", r, []want{{"2005", "DATE", "2005", ""}, {"1998", "DATE", "1998", ""}}},
		{"race time", "a record of 2:17:18 in Chicago", r, nil},
		{"titles", "He told The Sun. Die Another Day opened; an 18th-century play", r, nil},
		{"growth range", "growth of 10-15% over the next 12-18 months", r, []want{{"18 months", "DURATION", "P18M", ""}}},
		{"news day ranges", "The fair runs from 10-20 February and between 24 and 26 December.", r, []want{
			{"10-20 February", "DATE", "2021-02", ""}, {"24 and 26 December", "DATE", "2020-12", ""}}},

		// sets and holidays
		{"weekday nights", "Shows run Friday nights.", r, []want{{"Friday nights", "SET", "XXXX-WXX-5TNI", ""}}},
		{"every day at", "It airs every day at 7:15 p.m.", r, []want{{"every day at 7:15 p.m.", "SET", "T19:15", ""}}},
		{"set time", "every evening at 6 and each Friday 5pm and 8am on Sundays", r, []want{
			{"every evening at 6", "SET", "T18:00", ""}, {"each Friday 5pm", "SET", "XXXX-WXX-5T17:00", ""}, {"8am on Sundays", "SET", "XXXX-WXX-7T08:00", ""}}},
		{"plural weekday", "The market opens on Saturdays.", r, []want{{"Saturdays", "SET", "XXXX-WXX-6", ""}}},
		{"lower holiday", "until christmas and after easter sunday", r, []want{{"christmas", "DATE", "2020-12-25", ""}, {"easter sunday", "DATE", "2021-04-04", ""}}},
		{"new holidays", "Black Friday 2020, Independence Day and Earth Day", r, []want{
			{"Black Friday 2020", "DATE", "2020-11-27", ""}, {"Independence Day", "DATE", "2020-07-04", ""}, {"Earth Day", "DATE", "2021-04-22", ""}}},
		{"black not holiday", "a black Friday mood and black day", r, []want{{"Friday", "DATE", "2021-03-12", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.ref, tc.want) })
	}
}

// TestPeriods checks the Begin and End bounds of anchored periods and day
// ranges; Value keeps its TIMEX3 meaning.
func TestPeriods(t *testing.T) {
	r := date("2021-03-10")
	tests := []struct {
		text, span, typ, value, begin, end string
	}{
		{"over the next three days", "the next three days", "DURATION", "P3D", "2021-03-11", "2021-03-13"},
		{"in the past two weeks", "the past two weeks", "DURATION", "P2W", "2021-02-24", "2021-03-09"},
		{"for the last 2 years", "the last 2 years", "DURATION", "P2Y", "2019-03-10", "2021-03-09"},
		{"talks on November 18-19, 2020", "November 18-19, 2020", "DATE", "2020-11", "2020-11-18", "2020-11-19"},
		{"open from 3 to 7 of May", "3 to 7 of May", "DATE", "2021-05", "2021-05-03", "2021-05-07"},
		{"for three days", "three days", "DURATION", "P3D", "", ""},
		{"closed for the rest of the month", "the rest of the month", "DATE", "2021-03", "2021-03-10", "2021-03-31"},
		{"off April 9th through 17th", "April 9th through 17th", "DATE", "2021-04", "2021-04-09", "2021-04-17"},
		{"in the previous three quarters", "the previous three quarters", "DURATION", "P3Q", "2020-Q2", "2020-Q4"},
		{"done within 6 months", "6 months", "DURATION", "P6M", "2021-03-10", "2021-09-09"},
		{"over the past two decades", "the past two decades", "DURATION", "P20Y", "200", "201"},
		{"APEC met Nov-Feb 2017", "Nov-Feb 2017", "DURATION", "P4M", "2016-11", "2017-02"},
		{"the 2014-2018 plan", "2014-2018", "DURATION", "P5Y", "2014", "2018"},
		{"shut Dec 24-Jan 2, 2021", "Dec 24-Jan 2, 2021", "DURATION", "P10D", "2020-12-24", "2021-01-02"},
		{"the next few days", "the next few days", "DURATION", "PXD", "", ""},
	}
	for _, tc := range tests {
		es := Find(tc.text, segment.Tokenize(tc.text, nil), r, nil)
		if len(es) != 1 {
			t.Errorf("%q: %d expressions %+v", tc.text, len(es), es)
			continue
		}
		e := es[0]
		if e.Span.Of(tc.text) != tc.span || e.Type != tc.typ || e.Value != tc.value || e.Begin != tc.begin || e.End != tc.end {
			t.Errorf("%q: got %q %s %s [%s, %s], want %q %s %s [%s, %s]", tc.text, e.Span.Of(tc.text), e.Type, e.Value, e.Begin, e.End,
				tc.span, tc.typ, tc.value, tc.begin, tc.end)
		}
	}
}
