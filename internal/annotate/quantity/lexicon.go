package quantity

import "github.com/claimtrack/claimtrack/internal/annotate/segment"

// Static word tables. They are built once at package initialization and
// never written afterwards.

// word classes (bit set: a word can be several things, "third" is both an
// ordinal and a fraction denominator)
const (
	wCard       uint16 = 1 << iota // cardinal: zero..nineteen, twenty..ninety
	wScale                         // hundred, thousand, million, bn, k, dozen
	wVague                         // hundreds, thousands, dozens, scores
	wOrd                           // first, second, twentieth, hundredth
	wDenom                         // half, third(s), quarter(s), fifth(s)
	wApprox                        // first word of an approximation phrase
	wMonth                         // month name or abbreviation
	wUnit                          // first word of a unit phrase
	wNeg                           // minus, negative
	wRangeStart                    // between, from
	wArticle                       // a, an
	wAgePre                        // aged, age

	// wStart: classes that can begin a quantity
	wStart = wCard | wScale | wVague | wOrd | wDenom | wApprox | wNeg | wRangeStart | wArticle | wAgePre
)

type lexEntry struct {
	class uint16
	val   float64 // cardinal / scale / ordinal value
	den   float64 // fraction denominator for wDenom
	// plural marks "thirds", "millions": a plural form.
	plural bool
}

// lex is the word table of the hot path; lexWords, the same as a map, only
// builds it and the filters below.
var lex = segment.LexiconOf(lexWords)

var lexWords = func() map[string]lexEntry {
	m := make(map[string]lexEntry, 256)
	add := func(w string, class uint16, val float64) {
		e := m[w]
		e.class |= class
		if class&(wCard|wScale|wOrd|wVague) != 0 {
			e.val = val
		}
		m[w] = e
	}
	cards := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range cards {
		add(w, wCard, float64(i))
	}
	add("nought", wCard, 0)
	add("naught", wCard, 0)
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(w, wCard, float64(20+10*i))
	}
	ords := []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}
	for i, w := range ords[1:] {
		add(w, wOrd, float64(i+1))
	}
	add("nineth", wOrd, 9)
	tenOrds := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range tenOrds {
		add(w, wOrd, float64(20+10*i))
	}
	scales := map[string]float64{
		"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
		"mil": 1e6, "k": 1e3, "lakh": 1e5, "crore": 1e7, "dozen": 12, "dz": 12, "doz": 12,
	}
	for w, v := range scales {
		add(w, wScale, v)
	}
	// plural scales: "3 dozens", "five hundreds" multiply; alone they are vague
	for w, v := range map[string]float64{"hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
		"billions": 1e9, "trillions": 1e12, "dozens": 12, "dzs": 12, "dozs": 12, "tens": 10, "scores": 20, "lakhs": 1e5, "crores": 1e7} {
		add(w, wVague, v)
	}
	for w, v := range map[string]float64{"hundredth": 1e2, "thousandth": 1e3, "millionth": 1e6,
		"billionth": 1e9, "trillionth": 1e12} {
		add(w, wOrd, v)
	}
	// fraction denominators ("second" is left out: "a second" is time)
	dens := map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
		"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7,
		"sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
		"hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
		"millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9,
		"trillionth": 1e12, "trillionths": 1e12}
	for w, d := range dens {
		e := m[w]
		e.class |= wDenom
		e.den = d
		n := len(w)
		e.plural = w[n-1] == 's'
		m[w] = e
	}
	for _, p := range approxPhrases {
		e := m[p.words[0]]
		e.class |= wApprox
		m[p.words[0]] = e
	}
	for _, w := range []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec"} {
		add(w, wMonth, 0)
	}
	for _, u := range unitPhrases {
		add(u.words[0], wUnit, 0)
	}
	add("minus", wNeg, 0)
	add("negative", wNeg, 0)
	add("aged", wAgePre, 0)
	add("age", wAgePre, 0)
	add("a", wArticle, 0)
	add("an", wArticle, 0)
	add("between", wRangeStart, 0)
	add("from", wRangeStart, 0)
	return m
}()

type phrase struct {
	words []string
	norm  string
}

func ph(s, norm string) phrase {
	var words []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if i > start {
				words = append(words, s[start:i])
			}
			start = i + 1
		}
	}
	return phrase{words, norm}
}

// Normalized approximation values.
const (
	About     = "about"
	Nearly    = "nearly"
	MoreThan  = "more than"
	LessThan  = "less than"
	AtLeast   = "at least"
	AtMost    = "at most"
	UpTo      = "up to"
	Estimated = "estimated"
	Exactly   = "exactly"
)

// approxPhrases precede a number. Longer phrases come first so that the
// first match is the longest.
var approxPhrases = []phrase{
	ph("greater than or equal to", AtLeast), ph("more than or equal to", AtLeast),
	ph("less than or equal to", AtMost), ph("fewer than or equal to", AtMost),
	ph("equal to or more than", AtLeast), ph("equal to or greater than", AtLeast),
	ph("equal to or less than", AtMost), ph("equal to or fewer than", AtMost),
	ph("at least or equal to", AtLeast), ph("at most or equal to", AtMost),
	ph("bigger or equal than", AtLeast), ph("larger or equal than", AtLeast), ph("higher or equal than", AtLeast),
	ph("greater or equal than", AtLeast), ph("more or equal than", AtLeast),
	ph("smaller or equal than", AtMost), ph("less or equal than", AtMost), ph("lower or equal than", AtMost),
	ph("just over", MoreThan), ph("just above", MoreThan), ph("slightly more than", MoreThan),
	ph("just under", Nearly), ph("just below", Nearly), ph("slightly less than", Nearly),
	ph("a little more than", MoreThan), ph("a little less than", Nearly), ph("a little over", MoreThan),
	ph("a little under", Nearly),
	ph("an estimated", Estimated), ph("estimated", Estimated), ph("est .", Estimated),
	ph("roughly", About), ph("about", About), ph("around", About), ph("approximately", About),
	ph("approx .", About), ph("circa", About), ph("some", About), ph("an average of", About),
	ph("nearly", Nearly), ph("almost", Nearly), ph("close to", Nearly), ph("closer to", Nearly),
	ph("more than", MoreThan), ph("over", MoreThan), ph("upwards of", MoreThan), ph("upward of", MoreThan),
	ph("in excess of", MoreThan), ph("greater than", MoreThan), ph("higher than", MoreThan),
	ph("larger than", MoreThan), ph("bigger than", MoreThan), ph("above", MoreThan),
	ph("exceeding", MoreThan), ph("exceeds", MoreThan), ph("exceed", MoreThan), ph("surpass", MoreThan),
	ph("surpassing", MoreThan), ph("well over", MoreThan), ph("well above", MoreThan),
	ph("no fewer than", AtLeast), ph("no less than", AtLeast), ph("not less than", AtLeast),
	ph("not fewer than", AtLeast), ph("at least", AtLeast), ph("a minimum of", AtLeast),
	ph("fewer than", LessThan), ph("less than", LessThan), ph("under", LessThan), ph("below", LessThan),
	ph("smaller than", LessThan), ph("lower than", LessThan), ph("well under", LessThan),
	ph("well below", LessThan),
	ph("no more than", AtMost), ph("not more than", AtMost), ph("at most", AtMost),
	ph("a maximum of", AtMost),
	ph("up to", UpTo), ph("as many as", UpTo), ph("as much as", UpTo), ph("as high as", UpTo),
	ph("> =", AtLeast), ph(">", MoreThan), ph("≥", AtLeast), ph("< =", AtMost), ph("<", LessThan),
	ph("≤", AtMost),
	ph("exactly", Exactly), ph("precisely", Exactly), ph("equal to", Exactly), ph("equals to", Exactly),
	ph("equals", Exactly), ph("equaling to", Exactly), ph("equalling", Exactly), ph("equaling", Exactly),
}

// unit phrases follow the number; the longest match wins. Codes: "%" and
// "pp" (percentage points), ISO 4217 currency codes, "cent" and "GBX"
// (pence), SI-style measure symbols, "years old" (age).
var unitPhrases = []phrase{
	ph("percentage points", "pp"), ph("percentage point", "pp"), ph("per cent", "%"), ph("percent", "%"),
	ph("percents", "%"), ph("percentage", "%"), ph("pct", "%"), ph("pc", "%"),
	ph("basis points", "bp"), ph("basis point", "bp"), ph("bps", "bp"),
	// currencies (adjective + noun first)
	ph("us dollars", "USD"), ph("us dollar", "USD"), ph("u.s. dollars", "USD"), ph("u.s. dollar", "USD"),
	ph("american dollars", "USD"), ph("australian dollars", "AUD"), ph("australian dollar", "AUD"),
	ph("canadian dollars", "CAD"), ph("canadian dollar", "CAD"), ph("hong kong dollars", "HKD"),
	ph("hk dollars", "HKD"), ph("new zealand dollars", "NZD"), ph("singapore dollars", "SGD"),
	ph("taiwan dollars", "TWD"), ph("chinese yuan", "CNY"), ph("japanese yen", "JPY"),
	ph("swiss francs", "CHF"), ph("swiss franc", "CHF"), ph("french francs", "FRF"),
	ph("belgian francs", "BEF"), ph("dutch guilders", "NLG"), ph("finnish markka", "FIM"),
	ph("indian rupees", "INR"), ph("pakistani rupees", "PKR"), ph("russian roubles", "RUB"),
	ph("russian rubles", "RUB"), ph("mexican pesos", "MXN"), ph("south african rand", "ZAR"),
	ph("pounds sterling", "GBP"), ph("british pounds", "GBP"), ph("egyptian pounds", "EGP"),
	ph("dollars", "USD"), ph("dollar", "USD"), ph("euros", "EUR"), ph("euro", "EUR"),
	ph("pounds", "GBP"), ph("pound", "GBP"), ph("sterling", "GBP"), ph("yen", "JPY"), ph("yuan", "CNY"),
	ph("renminbi", "CNY"), ph("rupees", "INR"), ph("rupee", "INR"), ph("roubles", "RUB"),
	ph("rubles", "RUB"), ph("francs", "FRF"), ph("pesetas", "ESP"), ph("guilders", "NLG"),
	ph("markka", "FIM"), ph("pesos", "MXN"), ph("rand", "ZAR"), ph("shekels", "ILS"), ph("naira", "NGN"),
	ph("usd", "USD"), ph("eur", "EUR"), ph("gbp", "GBP"), ph("jpy", "JPY"), ph("cny", "CNY"),
	ph("rmb", "CNY"), ph("chf", "CHF"), ph("cad", "CAD"), ph("aud", "AUD"), ph("inr", "INR"),
	ph("turkish lira", "TRY"), ph("lira", "TRY"), ph("liras", "TRY"), ph("bitcoins", "BTC"), ph("bitcoin", "BTC"),
	ph("btc", "BTC"), ph("元", "CNY"), ph("ரூ", "LKR"), ph("hryvnias", "UAH"), ph("dinars", "DZD"),
	ph("rupiah", "IDR"), ph("ringgit", "MYR"), ph("baht", "THB"), ph("krona", "SEK"), ph("kronor", "SEK"),
	ph("swedish kronor", "SEK"), ph("norwegian kroner", "NOK"), ph("danish kroner", "DKK"), ph("kroner", "NOK"),
	ph("zloty", "PLN"), ph("zlotys", "PLN"), ph("forint", "HUF"), ph("reais", "BRL"), ph("brazilian reais", "BRL"),
	ph("dirhams", "AED"), ph("riyals", "SAR"), ph("saudi riyals", "SAR"), ph("shillings", "KES"),
	ph("kenyan shillings", "KES"), ph("hryvnia", "UAH"), ph("won", "KRW"), ph("pesos", "MXN"),
	ph("cents", "cent"), ph("cent", "cent"), ph("pence", "GBX"), ph("penny", "GBX"), ph("pennies", "GBX"),
	// measures
	ph("square kilometres", "km2"), ph("square kilometers", "km2"), ph("square kilometre", "km2"),
	ph("square kilometer", "km2"), ph("sq km", "km2"), ph("km2", "km2"), ph("square miles", "mi2"),
	ph("square mile", "mi2"), ph("square metres", "m2"), ph("square meters", "m2"), ph("square metre", "m2"),
	ph("square meter", "m2"), ph("square feet", "ft2"), ph("square foot", "ft2"), ph("sq ft", "ft2"),
	ph("m2", "m2"), ph("cubic metres", "m3"), ph("cubic meters", "m3"), ph("cubic feet", "ft3"),
	ph("cubic foot", "ft3"), ph("metric tons", "t"), ph("metric tonnes", "t"), ph("metric ton", "t"),
	ph("kilometres per hour", "km/h"), ph("kilometers per hour", "km/h"), ph("km per hour", "km/h"),
	ph("km / h", "km/h"), ph("km / hr", "km/h"), ph("kph", "km/h"), ph("kmph", "km/h"), ph("miles per hour", "mph"),
	ph("miles an hour", "mph"), ph("mph", "mph"),
	ph("kilometres", "km"), ph("kilometers", "km"), ph("kilometre", "km"), ph("kilometer", "km"),
	ph("km", "km"), ph("metres", "m"), ph("meters", "m"), ph("metre", "m"), ph("meter", "m"),
	ph("centimetres", "cm"), ph("centimeters", "cm"), ph("cm", "cm"), ph("millimetres", "mm"),
	ph("millimeters", "mm"), ph("mm", "mm"), ph("millilitres", "ml"), ph("milliliters", "ml"), ph("ml", "ml"), ph("miles", "mi"), ph("mile", "mi"), ph("feet", "ft"),
	ph("foot", "ft"), ph("ft", "ft"), ph("inches", "in"), ph("inch", "in"), ph("yards", "yd"),
	ph("yard", "yd"), ph("nautical miles", "nmi"),
	ph("kilograms", "kg"), ph("kilogram", "kg"), ph("kilogrammes", "kg"), ph("kilos", "kg"), ph("kg", "kg"),
	ph("grams", "g"), ph("gram", "g"), ph("grammes", "g"), ph("milligrams", "mg"), ph("mg", "mg"),
	ph("micrograms", "ug"), ph("microgram", "ug"), ph("tonnes", "t"), ph("tonne", "t"), ph("tons", "t"),
	ph("ton", "t"), ph("lbs", "lb"), ph("lb", "lb"), ph("ounces", "oz"), ph("ounce", "oz"), ph("oz", "oz"),
	ph("litres", "l"), ph("liters", "l"), ph("litre", "l"), ph("liter", "l"), ph("gallons", "gal"),
	ph("gallon", "gal"), ph("barrels", "bbl"), ph("barrel", "bbl"), ph("hectares", "ha"), ph("hectare", "ha"),
	ph("acres", "acre"), ph("acre", "acre"), ph("m", "m"), ph("t", "t"),
	ph("decimetres", "dm"), ph("decimeters", "dm"), ph("dm", "dm"),
	ph("micrograms", "ug"), ph("microgrammes", "ug"), ph("μg", "ug"), ph("mcg", "ug"),
	ph("milligrammes", "mg"), ph("kilobytes", "kB"), ph("kb", "kB"), ph("megabytes", "MB"), ph("mb", "MB"),
	ph("gigabytes", "GB"), ph("gb", "GB"), ph("terabytes", "TB"), ph("tb", "TB"), ph("bits", "bit"),
	ph("bit", "bit"), ph("cups", "cup"), ph("cup", "cup"), ph("tablespoons", "tbsp"), ph("tablespoon", "tbsp"),
	ph("tbsp", "tbsp"), ph("teaspoons", "tsp"), ph("teaspoon", "tsp"), ph("tsp", "tsp"),
	ph("radians", "rad"), ph("radian", "rad"), ph("rad", "rad"),
	ph("degrees celsius", "°C"), ph("degree celsius", "°C"), ph("degrees centigrade", "°C"),
	ph("degrees fahrenheit", "°F"), ph("degree fahrenheit", "°F"), ph("degrees farenheit", "°F"),
	ph("degrees c", "°C"), ph("degrees f", "°F"), ph("deg celsius", "°C"), ph("deg c", "°C"),
	ph("deg f", "°F"), ph("deg fahrenheit", "°F"), ph("celsius", "°C"), ph("celcius", "°C"),
	ph("centigrade", "°C"), ph("centigrate", "°C"), ph("fahrenheit", "°F"), ph("farenheit", "°F"),
	ph("degrees", "°"), ph("degree", "°"), ph("deg .", "°"), ph("deg", "°"),
	ph("megawatts", "MW"), ph("megawatt", "MW"), ph("mw", "MW"), ph("gigawatts", "GW"), ph("gw", "GW"),
	ph("kilowatt hours", "kWh"), ph("kwh", "kWh"),
	// age
	ph("years old", "years old"), ph("year old", "years old"), ph("years of age", "years old"),
	ph("year - old", "years old"), ph("months old", "months old"), ph("month old", "months old"),
	ph("months of age", "months old"), ph("month - old", "months old"), ph("weeks old", "weeks old"),
	ph("week old", "weeks old"), ph("weeks of age", "weeks old"), ph("week - old", "weeks old"),
	ph("days old", "days old"), ph("day old", "days old"), ph("day - old", "days old"),
	ph("yo", "years old"),
}

// currency symbols before a number
func currencySymbol(s string) string {
	switch s {
	case "$":
		return "USD"
	case "£":
		return "GBP"
	case "€":
		return "EUR"
	case "¥":
		return "JPY"
	case "₹":
		return "INR"
	case "₽":
		return "RUB"
	case "₩":
		return "KRW"
	case "₦":
		return "NGN"
	case "₪":
		return "ILS"
	case "元":
		return "CNY"
	case "₡":
		return "CRC"
	case "₾":
		return "GEL"
	case "₭":
		return "LAK"
	case "₿":
		return "BTC"
	case "₺":
		return "TRY"
	case "₴":
		return "UAH"
	case "₱":
		return "PHP"
	case "฿":
		return "THB"
	case "₫":
		return "VND"
	}
	return ""
}

// isoCode accepts a common ISO 4217 code written before a number.
func isoCode(s string) string {
	switch s {
	case "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "INR", "RUB", "NZD", "HKD", "SEK",
		"NOK", "DKK", "BRL", "MXN", "ZAR", "KRW", "SGD", "TRY", "PLN", "ILS", "NGN", "KES", "EGP":
		return s
	}
	return ""
}

// dollarPrefix qualifies a "$": "US$", "C$", "HK$", "A$".
func dollarPrefix(lower string) string {
	switch lower {
	case "us", "u.s.", "u.s", "usd":
		return "USD"
	case "cad":
		return "CAD"
	case "aud":
		return "AUD"
	case "nzd":
		return "NZD"
	case "mxn", "mex":
		return "MXN"
	case "c", "ca", "can":
		return "CAD"
	case "hk":
		return "HKD"
	case "a", "au", "aus":
		return "AUD"
	case "nz":
		return "NZD"
	case "s":
		return "SGD"
	case "nt":
		return "TWD"
	case "r":
		return "BRL"
	case "mx":
		return "MXN"
	}
	return ""
}

// digitSuffixScale is the scale of a letter suffix glued to digits
// ("5bn", "10K", "1.2b", "3MM"). Lower-case "m" is decided by context.
func digitSuffixScale(s string) float64 {
	switch s {
	case "k", "K":
		return 1e3
	case "M", "MM", "mn", "Mn", "mln", "mil", "MN", "million":
		return 1e6 // "$7million": the scale word glued to the digits
	case "b", "B", "bn", "Bn", "BN", "bln", "G", "billion":
		return 1e9
	case "T", "tn", "Tn", "trn", "tln", "trillion":
		return 1e12
	}
	return 0
}

// lexFilter is a cheap pre-check before a lex lookup: bit n of
// lexFilter[first][last] is set when some entry of length n starts and
// ends with those letters (index 26 for any other byte).
var lexFilter, lexFilter2 = lexFilters(func(lexEntry) bool { return true })

// startBits is a one-hash filter of the words that can begin a quantity
// (class wStart): bit startHash of each is set. mayStart asks it before it
// looks a word up; keyed on the length and the first two and last two
// bytes, it turns away nearly every word of no class wStart.
var startBits = func() (t [1 << startHashBits / 64]uint64) {
	for w, e := range lexWords {
		if e.class&wStart == 0 || w == "" || len(w) >= 32 {
			continue
		}
		h := startHashOf(w)
		t[h>>6] |= 1 << (h & 63)
	}
	return
}()

const startHashBits = 16

// startHashOf is the filter's hash of word w, its ASCII capitals lowered.
func startHashOf(w string) uint32 {
	c1, cp := byte(0), byte(0)
	if len(w) > 1 {
		c1, cp = lowerASCII(w[1]), lowerASCII(w[len(w)-2])
	}
	return startHash(len(w), lowerASCII(w[0]), c1, cp, lowerASCII(w[len(w)-1]))
}

func startHash(n int, c0, c1, cp, last byte) uint32 {
	x := uint64(c0) | uint64(c1)<<8 | uint64(cp)<<16 | uint64(last)<<24 | uint64(n)<<32
	return uint32((x * 0x9E3779B97F4A7C15) >> (64 - startHashBits))
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lexFilters builds the two pre-check tables over the entries keep
// accepts: by first and last letter, and by first and second letter.
func lexFilters(keep func(lexEntry) bool) (f, g [27][27]uint32) {
	for w, e := range lexWords {
		if len(w) < 32 && keep(e) {
			f[letterIndex(w[0])][letterIndex(w[len(w)-1])] |= 1 << len(w)
			second := byte(' ')
			if len(w) > 1 {
				second = w[1]
			}
			g[letterIndex(w[0])][letterIndex(second)] |= 1 << len(w)
		}
	}
	return
}

func letterIndex(c byte) int {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}
