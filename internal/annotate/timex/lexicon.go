package timex

import "github.com/claimtrack/claimtrack/internal/annotate/segment"

// Word classes of the time-expression lexicon.
const (
	lxNone     uint8 = iota
	lxMonth          // v = 1..12; flag fAbbr for "Jan", fAmbig for "May", "March"
	lxWeekday        // v = time.Weekday
	lxNum            // cardinal word, v = value
	lxOrd            // ordinal word, v = value
	lxUnit           // v = unit; flag fPlural
	lxRel            // v = relation (relLast ...)
	lxDeictic        // v = deictic word (dToday ...)
	lxPart           // part of day, v = partMO ...
	lxSeason         // v = seasonSP ...; fAmbig for "fall"
	lxSetAdv         // "daily": v = unit
	lxMod            // "early", "late", "mid": v = mod
	lxApprox         // "nearly": v = mod; fAmbig when it needs a second word
	lxDet            // "the"
	lxEvery          // "every", "each", "per"
	lxFew            // "few", "several", "couple", "some", "many"
	lxAgo            // "ago", "earlier", "later", "before", "hence"
	lxFuture         // "will", "'ll", "shall", "next", "upcoming", "tomorrow"
	lxPast           // "was", "were", "had", "did", "ago", "last"
	lxClock          // "noon", "midnight"
	lxMeridian       // "a.m.", "p.m."
	lxFiscal         // "fiscal"
	lxHoliday        // v = holiday
	lxPrep           // a preposition that may introduce a time expression
	lxPoss           // "its", "his", "their": possessive determiners
	lxDecade         // "nineties": v = decade digit
)

// Lexeme flags.
const (
	fAbbr   uint8 = 1 << iota // abbreviation ("Feb", "Sept")
	fAmbig                    // also a common word ("May", "march", "fall")
	fPlural                   // plural unit ("years")
)

// Units.
const (
	uNone uint8 = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uHalf
	uYear
	uDecade
	uCentury
	uPeriod // "period": stands for the document's reporting period
)

// Relations.
const (
	relLast uint8 = iota + 1
	relPast       // "past", "previous", "preceding", "prior"
	relNext
	relComing // "coming", "upcoming"
	relThis
	relCurrent
	relFollowing
	relRecent
	relLatest
	relSame
	relThat
)

// Deictic words.
const (
	dToday uint8 = iota + 1
	dYesterday
	dTomorrow
	dTonight
	dNow       // PRESENT_REF
	dRecently  // PAST_REF
	dFuture    // FUTURE_REF ("soon", "future")
	dNowadays  // PRESENT_REF
	dFormerly  // PAST_REF
	dPresently // PRESENT_REF
)

// Parts of the day.
const (
	partMO uint8 = iota + 1
	partAF
	partEV
	partNI
)

var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

// Seasons.
const (
	seasonSP uint8 = iota + 1
	seasonSU
	seasonFA
	seasonWI
)

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// Mods carried by lexemes.
const (
	mNone uint8 = iota
	mStart
	mEnd
	mMid
	mApprox
	mLessThan
	mMoreThan
	mEqualOrLess
	mEqualOrMore
	mEarlier // "earlier" before a relative expression: START of it
	mBefore  // "earlier than"
	mAfter   // "later than"
)

var modName = [...]string{"", "START", "END", "MID", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "BEFORE", "AFTER"}

// Holidays: fixed month and day, or computed.
const (
	hChristmas uint8 = iota + 1
	hChristmasEve
	hNewYearsDay
	hNewYearsEve
	hHalloween
	hValentine
	hThanksgiving
	hLabor
	hMemorial
	hEaster
	hVeterans
	hElection
	hIndependence
	hEarth
	hBoxing
	hBlackFriday
	hCyberMonday
	hMother
	hFather
)

type lexeme struct {
	cls   uint8
	v     uint8
	flags uint8
}

// lexicon maps a lower-case word to its class. It is immutable package data.
var lexicon = map[string]lexeme{
	"january": {lxMonth, 1, 0}, "jan": {lxMonth, 1, fAbbr},
	"february": {lxMonth, 2, 0}, "feb": {lxMonth, 2, fAbbr},
	"march": {lxMonth, 3, fAmbig}, "mar": {lxMonth, 3, fAbbr},
	"april": {lxMonth, 4, 0}, "apr": {lxMonth, 4, fAbbr},
	"may":  {lxMonth, 5, fAmbig},
	"june": {lxMonth, 6, 0}, "jun": {lxMonth, 6, fAbbr},
	"july": {lxMonth, 7, 0}, "jul": {lxMonth, 7, fAbbr},
	"august": {lxMonth, 8, fAmbig}, "aug": {lxMonth, 8, fAbbr},
	"september": {lxMonth, 9, 0}, "sep": {lxMonth, 9, fAbbr}, "sept": {lxMonth, 9, fAbbr},
	"october": {lxMonth, 10, 0}, "oct": {lxMonth, 10, fAbbr},
	"november": {lxMonth, 11, 0}, "nov": {lxMonth, 11, fAbbr},
	"december": {lxMonth, 12, 0}, "dec": {lxMonth, 12, fAbbr},

	"sunday": {lxWeekday, 0, 0}, "monday": {lxWeekday, 1, 0}, "tuesday": {lxWeekday, 2, 0},
	"wednesday": {lxWeekday, 3, 0}, "thursday": {lxWeekday, 4, 0}, "friday": {lxWeekday, 5, 0},
	"saturday": {lxWeekday, 6, 0},
	// weekday abbreviations: see weekdayOK
	"sun": {lxWeekday, 0, fAbbr}, "mon": {lxWeekday, 1, fAbbr}, "tue": {lxWeekday, 2, fAbbr},
	"tues": {lxWeekday, 2, fAbbr}, "wed": {lxWeekday, 3, fAbbr}, "thu": {lxWeekday, 4, fAbbr},
	"thur": {lxWeekday, 4, fAbbr}, "thurs": {lxWeekday, 4, fAbbr}, "fri": {lxWeekday, 5, fAbbr},
	"sat": {lxWeekday, 6, fAbbr},
	// plural weekdays: a set ("on Mondays")
	"sundays": {lxWeekday, 0, fPlural}, "mondays": {lxWeekday, 1, fPlural}, "tuesdays": {lxWeekday, 2, fPlural},
	"wednesdays": {lxWeekday, 3, fPlural}, "thursdays": {lxWeekday, 4, fPlural}, "fridays": {lxWeekday, 5, fPlural},
	"saturdays": {lxWeekday, 6, fPlural},

	"a": {lxNum, 1, fAmbig}, "an": {lxNum, 1, fAmbig}, "one": {lxNum, 1, 0}, "two": {lxNum, 2, 0},
	"three": {lxNum, 3, 0}, "four": {lxNum, 4, 0}, "five": {lxNum, 5, 0}, "six": {lxNum, 6, 0},
	"seven": {lxNum, 7, 0}, "eight": {lxNum, 8, 0}, "nine": {lxNum, 9, 0}, "ten": {lxNum, 10, 0},
	"eleven": {lxNum, 11, 0}, "twelve": {lxNum, 12, 0}, "thirteen": {lxNum, 13, 0},
	"fourteen": {lxNum, 14, 0}, "fifteen": {lxNum, 15, 0}, "sixteen": {lxNum, 16, 0},
	"seventeen": {lxNum, 17, 0}, "eighteen": {lxNum, 18, 0}, "nineteen": {lxNum, 19, 0},
	"twenty": {lxNum, 20, 0}, "thirty": {lxNum, 30, 0}, "forty": {lxNum, 40, 0},
	"fifty": {lxNum, 50, 0}, "sixty": {lxNum, 60, 0}, "seventy": {lxNum, 70, 0},
	"eighty": {lxNum, 80, 0}, "ninety": {lxNum, 90, 0}, "hundred": {lxNum, 100, 0},
	"dozen": {lxNum, 12, 0}, "half": {lxNum, 0, fAmbig},

	"first": {lxOrd, 1, 0}, "second": {lxOrd, 2, fAmbig}, "third": {lxOrd, 3, 0},
	"fourth": {lxOrd, 4, 0}, "fifth": {lxOrd, 5, 0}, "sixth": {lxOrd, 6, 0},
	"seventh": {lxOrd, 7, 0}, "eighth": {lxOrd, 8, 0}, "ninth": {lxOrd, 9, 0},
	"tenth": {lxOrd, 10, 0}, "eleventh": {lxOrd, 11, 0}, "twelfth": {lxOrd, 12, 0},
	"thirteenth": {lxOrd, 13, 0}, "fourteenth": {lxOrd, 14, 0}, "fifteenth": {lxOrd, 15, 0},
	"sixteenth": {lxOrd, 16, 0}, "seventeenth": {lxOrd, 17, 0}, "eighteenth": {lxOrd, 18, 0},
	"nineteenth": {lxOrd, 19, 0}, "twentieth": {lxOrd, 20, 0}, "thirtieth": {lxOrd, 30, 0},
	"final": {lxOrd, 99, 0}, "last": {lxRel, relLast, 0},

	"seconds": {lxUnit, uSecond, fPlural},
	"minute":  {lxUnit, uMinute, 0}, "minutes": {lxUnit, uMinute, fPlural},
	"hour": {lxUnit, uHour, 0}, "hours": {lxUnit, uHour, fPlural},
	"day": {lxUnit, uDay, 0}, "days": {lxUnit, uDay, fPlural},
	"weekend": {lxUnit, uWeekend, 0}, "weekends": {lxUnit, uWeekend, fPlural},
	"week": {lxUnit, uWeek, 0}, "weeks": {lxUnit, uWeek, fPlural},
	"fortnight": {lxUnit, uFortnight, 0},
	"month":     {lxUnit, uMonth, 0}, "months": {lxUnit, uMonth, fPlural},
	"quarter": {lxUnit, uQuarter, 0}, "quarters": {lxUnit, uQuarter, fPlural},
	"year": {lxUnit, uYear, 0}, "years": {lxUnit, uYear, fPlural},
	"decade": {lxUnit, uDecade, 0}, "decades": {lxUnit, uDecade, fPlural},
	"century": {lxUnit, uCentury, 0}, "centuries": {lxUnit, uCentury, fPlural},
	"period": {lxUnit, uPeriod, 0},
	// abbreviations, only after a number ("24 hrs", "15 mins")
	"sec": {lxUnit, uSecond, fAbbr}, "secs": {lxUnit, uSecond, fAbbr | fPlural},
	"min": {lxUnit, uMinute, fAbbr}, "mins": {lxUnit, uMinute, fAbbr | fPlural},
	"hr": {lxUnit, uHour, fAbbr}, "hrs": {lxUnit, uHour, fAbbr | fPlural},
	"wk": {lxUnit, uWeek, fAbbr}, "wks": {lxUnit, uWeek, fAbbr | fPlural},
	"yr": {lxUnit, uYear, fAbbr}, "yrs": {lxUnit, uYear, fAbbr | fPlural},

	"past": {lxRel, relPast, 0}, "previous": {lxRel, relPast, 0}, "preceding": {lxRel, relPast, 0},
	"prior": {lxRel, relPast, 0},
	"next":  {lxRel, relNext, 0}, "coming": {lxRel, relComing, 0}, "upcoming": {lxRel, relComing, 0},
	"this": {lxRel, relThis, 0}, "following": {lxRel, relFollowing, 0},
	"recent": {lxRel, relRecent, 0}, "latest": {lxRel, relLatest, 0}, "same": {lxRel, relSame, 0},
	"that": {lxRel, relThat, fAmbig}, "current": {lxRel, relCurrent, 0}, "full": {lxRel, relThis, fAmbig},

	"today": {lxDeictic, dToday, 0}, "yesterday": {lxDeictic, dYesterday, 0},
	"tomorrow": {lxDeictic, dTomorrow, 0}, "tonight": {lxDeictic, dTonight, 0}, "tmrw": {lxDeictic, dTomorrow, 0},
	"now": {lxDeictic, dNow, 0}, "currently": {lxDeictic, dNow, 0},
	"recently": {lxDeictic, dRecently, 0}, "lately": {lxDeictic, dRecently, 0},

	"future":   {lxDeictic, dFuture, 0},
	"nowadays": {lxDeictic, dNowadays, 0}, "presently": {lxDeictic, dPresently, 0},

	"morning": {lxPart, partMO, 0}, "afternoon": {lxPart, partAF, 0},
	"evening": {lxPart, partEV, 0}, "night": {lxPart, partNI, 0}, "overnight": {lxPart, partNI, fAmbig},
	// plural parts of the day: only after a weekday ("Tuesday nights")
	"mornings": {lxPart, partMO, fPlural | fAmbig}, "afternoons": {lxPart, partAF, fPlural | fAmbig},
	"evenings": {lxPart, partEV, fPlural | fAmbig}, "nights": {lxPart, partNI, fPlural | fAmbig},

	"spring": {lxSeason, seasonSP, fAmbig}, "summer": {lxSeason, seasonSU, 0},
	"fall": {lxSeason, seasonFA, fAmbig}, "autumn": {lxSeason, seasonFA, 0},
	"winter": {lxSeason, seasonWI, 0},

	"daily": {lxSetAdv, uDay, 0}, "weekly": {lxSetAdv, uWeek, 0}, "monthly": {lxSetAdv, uMonth, 0},
	"annually": {lxSetAdv, uYear, 0}, "yearly": {lxSetAdv, uYear, 0},
	"hourly": {lxSetAdv, uHour, 0}, "nightly": {lxSetAdv, uDay, 0},
	"biweekly": {lxSetAdv, uFortnight, 0},

	"early": {lxMod, mStart, 0}, "late": {lxMod, mEnd, 0}, "mid": {lxMod, mMid, 0},
	"earlier": {lxAgo, mEarlier, 0}, "later": {lxAgo, 0, 0}, "ago": {lxAgo, 0, 0},
	"before": {lxAgo, 0, fAmbig}, "after": {lxAgo, 0, fAmbig}, "hence": {lxAgo, 0, 0},
	"beginning": {lxMod, mStart, fAmbig}, "start": {lxMod, mStart, fAmbig}, "end": {lxMod, mEnd, fAmbig},
	"middle": {lxMod, mMid, fAmbig},

	"nearly": {lxApprox, mLessThan, 0}, "almost": {lxApprox, mLessThan, 0},
	"approximately": {lxApprox, mApprox, 0}, "roughly": {lxApprox, mApprox, 0}, "circa": {lxApprox, mApprox, 0},
	"more": {lxApprox, mMoreThan, fAmbig}, "less": {lxApprox, mLessThan, fAmbig},
	"fewer": {lxApprox, mLessThan, fAmbig}, "least": {lxApprox, mEqualOrMore, fAmbig},
	"up": {lxApprox, mEqualOrLess, fAmbig}, "no": {lxApprox, mEqualOrLess, fAmbig}, "over": {lxPrep, 0, 0},

	"the":   {lxDet, 0, 0},
	"every": {lxEvery, 0, 0}, "each": {lxEvery, 0, 0}, "per": {lxEvery, 0, fAmbig},
	"few": {lxFew, 0, 0}, "several": {lxFew, 0, 0}, "couple": {lxFew, 2, 0},
	"some": {lxFew, 0, fAmbig}, "many": {lxFew, 0, fAmbig},

	"will": {lxFuture, 0, 0}, "'ll": {lxFuture, 0, 0}, "shall": {lxFuture, 0, 0},
	"tomorrow's": {lxFuture, 0, 0}, "scheduled": {lxFuture, 0, 0}, "expected": {lxFuture, 0, 0},
	"plans": {lxFuture, 0, 0}, "planned": {lxFuture, 0, 0}, "going": {lxFuture, 0, 0},
	"was": {lxPast, 0, 0}, "were": {lxPast, 0, 0}, "had": {lxPast, 0, 0}, "did": {lxPast, 0, 0},
	"said": {lxPast, 0, 0}, "told": {lxPast, 0, 0}, "met": {lxPast, 0, 0}, "began": {lxPast, 0, 0},
	"came": {lxPast, 0, 0}, "went": {lxPast, 0, 0}, "took": {lxPast, 0, 0}, "made": {lxPast, 0, 0},
	"won": {lxPast, 0, 0}, "lost": {lxPast, 0, 0}, "left": {lxPast, 0, 0}, "held": {lxPast, 0, 0},
	"fell": {lxPast, 0, 0}, "rose": {lxPast, 0, 0}, "saw": {lxPast, 0, 0}, "gave": {lxPast, 0, 0},
	// irregular pasts of news verbs ("the toll stood on Friday at 120")
	"stood": {lxPast, 0, 0}, "struck": {lxPast, 0, 0}, "fled": {lxPast, 0, 0}, "sent": {lxPast, 0, 0},
	"spoke": {lxPast, 0, 0}, "found": {lxPast, 0, 0}, "kept": {lxPast, 0, 0}, "wrote": {lxPast, 0, 0},
	"brought": {lxPast, 0, 0}, "sought": {lxPast, 0, 0}, "fought": {lxPast, 0, 0}, "caught": {lxPast, 0, 0},
	"broke": {lxPast, 0, 0}, "drove": {lxPast, 0, 0}, "grew": {lxPast, 0, 0}, "knew": {lxPast, 0, 0},
	"threw": {lxPast, 0, 0}, "shot": {lxPast, 0, 0}, "paid": {lxPast, 0, 0}, "sold": {lxPast, 0, 0},
	"spent": {lxPast, 0, 0}, "became": {lxPast, 0, 0}, "heard": {lxPast, 0, 0}, "withdrew": {lxPast, 0, 0},
	"flew": {lxPast, 0, 0}, "swept": {lxPast, 0, 0}, "sank": {lxPast, 0, 0}, "stole": {lxPast, 0, 0},

	"noon": {lxClock, 12, 0}, "midnight": {lxClock, 24, 0}, "midday": {lxClock, 12, 0},
	"a.m": {lxMeridian, 0, 0}, "p.m": {lxMeridian, 12, 0}, "am": {lxMeridian, 0, fAmbig},
	"pm": {lxMeridian, 12, fAmbig}, "a.m.": {lxMeridian, 0, 0}, "p.m.": {lxMeridian, 12, 0},

	"fiscal": {lxFiscal, 0, 0},

	"twenties": {lxDecade, 2, 0}, "thirties": {lxDecade, 3, 0}, "forties": {lxDecade, 4, 0},
	"fifties": {lxDecade, 5, 0}, "sixties": {lxDecade, 6, 0}, "seventies": {lxDecade, 7, 0},
	"eighties": {lxDecade, 8, 0}, "nineties": {lxDecade, 9, 0},

	"christmas": {lxHoliday, hChristmas, 0}, "thanksgiving": {lxHoliday, hThanksgiving, 0},
	"halloween": {lxHoliday, hHalloween, 0}, "easter": {lxHoliday, hEaster, 0},
	// US holidays named "X Day": only with "Day" after them
	"valentine": {lxHoliday, hValentine, fAmbig}, "labor": {lxHoliday, hLabor, fAmbig},
	"memorial": {lxHoliday, hMemorial, fAmbig}, "veterans": {lxHoliday, hVeterans, fAmbig},
	"election": {lxHoliday, hElection, fAmbig}, "independence": {lxHoliday, hIndependence, fAmbig},
	"earth": {lxHoliday, hEarth, fAmbig}, "boxing": {lxHoliday, hBoxing, fAmbig},
	"black": {lxHoliday, hBlackFriday, fAmbig}, "cyber": {lxHoliday, hCyberMonday, fAmbig},
	"mother": {lxHoliday, hMother, fAmbig}, "father": {lxHoliday, hFather, fAmbig},

	"since": {lxPrep, 0, 0}, "until": {lxPrep, 0, 0}, "till": {lxPrep, 0, 0},
	"by": {lxPrep, 0, 0}, "from": {lxPrep, 0, 0}, "through": {lxPrep, 0, 0},
	"in": {lxPrep, 0, 0}, "on": {lxPrep, 0, 0}, "at": {lxPrep, 0, 0}, "during": {lxPrep, 0, 0},
	"between": {lxPrep, 0, 0}, "within": {lxPrep, 0, 0}, "for": {lxPrep, 0, 0},
	"of": {lxPrep, 0, 0}, "as": {lxPrep, 0, 0}, "to": {lxPrep, 0, 0}, "throughout": {lxPrep, 0, 0},
	"into": {lxPrep, 0, 0}, "around": {lxPrep, 0, 0}, "about": {lxPrep, 0, 0},

	"its": {lxPoss, 0, 0}, "his": {lxPoss, 0, 0}, "her": {lxPoss, 0, 0}, "their": {lxPoss, 0, 0},
	"our": {lxPoss, 0, 0}, "my": {lxPoss, 0, 0}, "your": {lxPoss, 0, 0},
}

// lexTable is the lexicon as the hot path reads it: without hashing most
// absent words, and without allocation.
var lexTable = segment.LexiconOf(lexicon)

// lookup returns the entry for a lower-case word.
func lookup(b []byte) lexeme { return lexTable.AtBytes(b) }

// startTable holds the words canStart may accept without a digit: the
// lexicon's words of the classes that can begin an expression, "at" and
// "around", and the few words canStart tests by name. Only its filter is
// read (MayHave): it turns away, before lex copies, lower-cases and hashes
// them, most of the words that pass lexTable's filter but cannot start
// an expression (two words in three of those that pass it).
var startTable = func() *segment.Lexicon[struct{}] {
	var keys []string
	for k, l := range lexicon {
		switch l.cls {
		case lxNone, lxPast, lxFuture, lxPoss, lxMeridian:
			continue
		case lxPrep:
			if k != "at" && k != "around" {
				continue
			}
		}
		keys = append(keys, k)
	}
	keys = append(keys, startNamed...)
	return segment.NewLexicon(len(keys), func(i int) (string, struct{}) { return keys[i], struct{}{} })
}()

// startNamed are the words canStart tests by name.
var startNamed = []string{"rest", "new", "fy", "these", "whole", "another"}

// startBits is a one-hash filter over startTable's keys: bit
// startHash(key) is set for each. It keys on the length and four bytes
// (the first two and the last two), so that the frequent words that share
// a length and the first and last bytes with a key ("and", "for", "said",
// "have", "there" against "another", "fy", "saturday", "half", "these")
// are turned away before lex copies, lowers and hashes them.
var startBits = func() (t [1 << startHashBits / 64]uint64) {
	startTable.Each(func(k string, _ struct{}) {
		if len(k) == 0 || len(k) > 16 {
			return
		}
		c1, cp := byte(0), byte(0)
		if len(k) > 1 {
			c1, cp = k[1], k[len(k)-2]
		}
		h := startHash(len(k), k[0], c1, cp, k[len(k)-1])
		t[h>>6] |= 1 << (h & 63)
	})
	return
}()

const startHashBits = 16

func startHash(n int, c0, c1, cp, last byte) uint32 {
	x := uint64(c0) | uint64(c1)<<8 | uint64(cp)<<16 | uint64(last)<<24 | uint64(n)<<32
	return uint32((x * 0x9E3779B97F4A7C15) >> (64 - startHashBits))
}

// mayStart reports whether a word of n bytes without a digit, starting
// with bytes c0, c1 and ending with bytes cp, last (c1 and cp 0 when n is
// 1), all lowered as lex lowers them, may be a key of startTable; false is
// certain.
func mayStart(n int, c0, c1, cp, last byte) bool {
	if n > 16 {
		return false
	}
	h := startHash(n, c0, c1, cp, last)
	return startBits[h>>6]&(1<<(h&63)) != 0
}
