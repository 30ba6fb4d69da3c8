package ledger

// Folding tables: facts about English surface forms, used to group figures
// into subjects. They are general (countries, demonyms, military personnel
// nouns, common counted nouns), not taken from any article.

// countries maps a lowercased name, abbreviation or demonym to the country's
// display name. Keys are written without dots ("u.s." folds to "us").
var countries = map[string]string{
	"us": "US", "usa": "US", "united states": "US", "united states of america": "US", "america": "US",
	"american": "US", "americans": "US", "the us": "US", "the united states": "US", "washington": "US",
	"uk": "UK", "united kingdom": "UK", "britain": "UK", "great britain": "UK", "british": "UK", "the uk": "UK",
	"iraq": "Iraq", "iraqi": "Iraq", "iraqis": "Iraq",
	"syria": "Syria", "syrian": "Syria", "syrians": "Syria",
	"afghanistan": "Afghanistan", "afghan": "Afghanistan", "afghans": "Afghanistan",
	"iran": "Iran", "iranian": "Iran", "iranians": "Iran",
	"turkey": "Turkey", "turkish": "Turkey", "turkiye": "Turkey",
	"russia": "Russia", "russian": "Russia", "russians": "Russia", "russian federation": "Russia",
	"china": "China", "chinese": "China", "prc": "China",
	"france": "France", "french": "France",
	"germany": "Germany", "german": "Germany", "germans": "Germany",
	"italy": "Italy", "italian": "Italy", "italians": "Italy",
	"spain": "Spain", "spanish": "Spain",
	"canada": "Canada", "canadian": "Canada", "canadians": "Canada",
	"australia": "Australia", "australian": "Australia", "australians": "Australia",
	"israel": "Israel", "israeli": "Israel", "israelis": "Israel",
	"saudi arabia": "Saudi Arabia", "saudi": "Saudi Arabia", "saudis": "Saudi Arabia",
	"jordan": "Jordan", "jordanian": "Jordan",
	"lebanon": "Lebanon", "lebanese": "Lebanon",
	"egypt": "Egypt", "egyptian": "Egypt", "egyptians": "Egypt",
	"libya": "Libya", "libyan": "Libya",
	"yemen": "Yemen", "yemeni": "Yemen",
	"qatar": "Qatar", "qatari": "Qatar",
	"kuwait": "Kuwait", "kuwaiti": "Kuwait",
	"pakistan": "Pakistan", "pakistani": "Pakistan",
	"india": "India", "indian": "India", "indians": "India",
	"japan": "Japan", "japanese": "Japan",
	"south korea": "South Korea", "south korean": "South Korea", "korea": "South Korea",
	"north korea": "North Korea", "north korean": "North Korea", "dprk": "North Korea",
	"ukraine": "Ukraine", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
	"poland": "Poland", "polish": "Poland",
	"mexico": "Mexico", "mexican": "Mexico", "mexicans": "Mexico",
	"brazil": "Brazil", "brazilian": "Brazil",
	"nigeria": "Nigeria", "nigerian": "Nigeria",
	"somalia": "Somalia", "somali": "Somalia",
	"mali": "Mali", "malian": "Mali",
	"niger": "Niger", "nigerien": "Niger",
	"sudan": "Sudan", "sudanese": "Sudan",
	"ethiopia": "Ethiopia", "ethiopian": "Ethiopia",
	"kenya": "Kenya", "kenyan": "Kenya",
	"south africa": "South Africa", "south african": "South Africa",
	"netherlands": "Netherlands", "dutch": "Netherlands",
	"belgium": "Belgium", "belgian": "Belgium",
	"sweden": "Sweden", "swedish": "Sweden",
	"norway": "Norway", "norwegian": "Norway",
	"denmark": "Denmark", "danish": "Denmark",
	"greece": "Greece", "greek": "Greece",
	"ireland": "Ireland", "irish": "Ireland",
	"venezuela": "Venezuela", "venezuelan": "Venezuela",
	"colombia": "Colombia", "colombian": "Colombia",
	"cuba": "Cuba", "cuban": "Cuba",
	"philippines": "Philippines", "filipino": "Philippines",
	"indonesia": "Indonesia", "indonesian": "Indonesia",
	"vietnam": "Vietnam", "vietnamese": "Vietnam",
	"taiwan": "Taiwan", "taiwanese": "Taiwan",
	"bahrain": "Bahrain", "bahraini": "Bahrain",
	"oman": "Oman", "omani": "Oman",
	"uae": "UAE", "united arab emirates": "UAE", "emirati": "UAE",
	"eu": "EU", "european union": "EU",
	"nato": "NATO",
}

// military nouns: a state's personnel of any service fold to "troops".
var militaryNouns = map[string]bool{
	"troops": true, "troop": true, "forces": true, "force": true, "soldiers": true, "soldier": true,
	"service members": true, "servicemembers": true, "service member": true, "servicemen": true,
	"military personnel": true, "personnel": true, "military": true, "marines": true, "marine": true,
	"sailors": true, "airmen": true, "service personnel": true, "military forces": true, "boots": true,
	"special forces": true, "commandos": true, "paratroopers": true, "army": true, "guardsmen": true,
	"servicewomen": true, "military members": true, "members of the military": true,
}

// thingFold folds counted nouns to one form (plural kept as the key).
var thingFold = map[string]string{
	"fighters": "fighters", "fighter": "fighters", "militants": "fighters", "militant": "fighters",
	"jihadists": "fighters", "insurgents": "fighters", "combatants": "fighters", "rebels": "fighters",
	"people": "people", "persons": "people", "person": "people", "individuals": "people",
	"deaths": "deaths", "dead": "deaths", "fatalities": "deaths", "killed": "deaths", "death": "deaths",
	"casualties": "casualties",
	"injured":    "injured", "wounded": "injured", "injuries": "injured",
	"civilians": "civilians", "civilian": "civilians",
	"refugees": "refugees", "refugee": "refugees", "displaced": "refugees",
	"migrants": "migrants", "migrant": "migrants", "asylum seekers": "migrants",
	"jobs": "jobs", "job": "jobs", "positions": "jobs", "workers": "workers", "employees": "workers", "staff": "workers",
	"cases": "cases", "infections": "cases", "case": "cases",
	"%": "percent", "percent": "percent", "per cent": "percent",
	"dollars": "USD", "usd": "USD", "$": "USD",
}

// outletAliases folds names of news organisations to one form, so that a
// denial of "a report by The Wall Street Journal" meets figures sourced to
// "WSJ".
var outletAliases = map[string]string{
	"wsj": "wall street journal", "the wall street journal": "wall street journal", "wall street journal": "wall street journal",
	"nyt": "new york times", "the new york times": "new york times", "new york times": "new york times", "the times": "times",
	"wapo": "washington post", "the washington post": "washington post", "washington post": "washington post",
	"ap": "associated press", "the associated press": "associated press", "associated press": "associated press",
	"afp": "agence france-presse", "agence france-presse": "agence france-presse", "agence france presse": "agence france-presse",
	"reuters": "reuters", "bbc": "bbc", "the bbc": "bbc", "cnn": "cnn", "nbc": "nbc", "nbc news": "nbc", "abc news": "abc news",
	"cbs": "cbs", "cbs news": "cbs", "fox news": "fox news", "bloomberg": "bloomberg", "politico": "politico",
	"the guardian": "guardian", "guardian": "guardian", "financial times": "financial times", "ft": "financial times",
	"al jazeera": "al jazeera", "rudaw": "rudaw", "the hill": "the hill", "axios": "axios", "npr": "npr",
}

// capitals: a figure placed in a capital is usually the country's (news
// reports national counts from there), so it stays on the country subject.
var capitals = map[string]bool{
	"washington": true, "london": true, "baghdad": true, "damascus": true, "kabul": true, "tehran": true, "ankara": true,
	"moscow": true, "beijing": true, "paris": true, "berlin": true, "rome": true, "madrid": true, "ottawa": true, "canberra": true,
	"jerusalem": true, "riyadh": true, "amman": true, "beirut": true, "cairo": true, "tripoli": true, "sanaa": true, "doha": true,
	"kuwait city": true, "islamabad": true, "new delhi": true, "tokyo": true, "seoul": true, "pyongyang": true, "kiev": true,
	"kyiv": true, "warsaw": true, "mexico city": true, "brasilia": true, "abuja": true, "mogadishu": true, "bamako": true,
	"niamey": true, "khartoum": true, "addis ababa": true, "nairobi": true, "pretoria": true, "amsterdam": true, "brussels": true,
	"stockholm": true, "oslo": true, "copenhagen": true, "athens": true, "dublin": true, "caracas": true, "bogota": true,
	"havana": true, "manila": true, "jakarta": true, "hanoi": true, "taipei": true, "manama": true, "muscat": true,
	"abu dhabi": true, "port-au-prince": true, "port au prince": true, "kathmandu": true, "dhaka": true, "colombo": true,
	"bangkok": true, "tunis": true, "algiers": true, "rabat": true, "harare": true, "kampala": true, "kinshasa": true,
}
