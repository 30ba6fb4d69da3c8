package entity

// Capitalized words that do not start a name: function words, pronouns,
// sentence adverbs, calendar words and common sentence openers.
const stopWords = `
The A An This That These Those There Here It Its It's He She They We I You His Her Their Our My Your Him Them Us Me
And But Or Nor So Yet For If When While Where Why How What Which Who Whom Whose Whether Although Though Because Since As After Before Until Unless Once Then Than
In On At By To From With Without Of Off Over Under Into Onto About Above Below Across Along Among Around Against Between Beyond During Despite Except Inside Outside Through Throughout Toward Towards Upon Via Within Amid Amidst Per Like Near
However Meanwhile Moreover Furthermore Additionally Also Still Instead Indeed Nevertheless Nonetheless Otherwise Thus Therefore Hence Accordingly Consequently Finally Further Besides Similarly Likewise Overall Separately Earlier Later Recently Currently Previously Now Today Tonight Yesterday Tomorrow Already Even Just Only Not No Yes Nor Perhaps Maybe Almost Often Sometimes Always Never Ever Again Soon Last Next First Second Third Fourth Fifth Final Last Early Late
All Any Both Each Every Few Many Most Much More Less Least Several Some Such Other Another Own Same Various Numerous Certain Half None Neither Either One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Hundreds Thousands Millions Dozens Scores Tens
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Spring Summer Autumn Winter Fall
Is Are Was Were Be Been Being Has Have Had Do Does Did Will Would Shall Should Can Could May Might Must
Internet Web Please Thanks Thank Sorry Hello Dear Okay OK Ok Well Oh Period Note Update Editor Photo Image Video Source Sources Related Read Click Share Follow Subscribe Advertisement Copyright Reporting Writing Editing Additional
Officials Official Authorities Residents People Police Troops Forces Soldiers Militants Fighters Rebels Protesters Witnesses Analysts Experts Critics Supporters Observers Lawmakers Leaders Members Citizens Workers Students Children Women Men Families Civilians Refugees Migrants Some Others Many
According Asked Speaking Citing Addressing Responding Despite Following Given Including Regarding Unlike Based Due Although Amid
Report Reports Statement Letter
`

// Reporting verbs: a capitalized sequence before one of these is a speaker.
const reportVerbs = `said says say told tells added adds stated states announced announces warned warns noted notes explained explains wrote writes asked asks argued argues claimed claims insisted insists denied denies confirmed confirms acknowledged acknowledges tweeted tweets posted replied replies responded responds declared declares urged urges reported reports testified testifies recalled recalls suggested suggests admitted admits predicted predicts estimated estimates believes believed thinks thought described describes called calls vowed vows pledged pledges promised promises agreed agrees disputed disputes rejected rejects dismissed dismisses accused accuses cautioned cautions stressed stresses emphasized emphasizes observed observes conceded concedes countered counters contended contends maintained maintains remarked remarks commented comments announced wrote continued continues concluded concludes mentioned mentions revealed reveals disclosed discloses indicated indicates signaled signals hinted hints`

// Words that end an organization name ("... Forces", "... Ministry").
const orgSuffixes = `Executive Team Teams Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. LLC PLC plc AG SA GmbH Group Holdings Partners Ministry Department Council Party Forces Force Army Navy Agency University College Bank Committee Commission Association Institute Institution Organization Organisation Union Front Movement Brigade Brigades Division Regiment Battalion Corps Command Court Parliament Assembly Congress Senate Police Guard Guards Service Services Authority Board Fund Foundation Center Centre Office Bureau Network News Times Post Journal Press Herald Tribune Gazette Airlines Airways Motors Systems Technologies Technology Federation League Club Alliance Coalition Administration Staff Cabinet Embassy Consulate Academy School Hospital Church Society Trust Energy Petroleum Oil Telecom Media Radio Television TV Studios Exchange Reserve Directorate Secretariat Tribunal Caucus Militia Militias Mission Program Programme Project Initiative Bloc Council Commission Watch Observatory Institute Laboratories Labs Industries Enterprises Pharmaceuticals Capital Securities Insurance Investments Bancorp Airline Railways Group Unit Units Squadron Wing Fleet Battalions Regiments Divisions Coalition Committee`

// Words that start an organization name before "of"/"for" ("Ministry of
// Defense", "University of Baghdad").
const orgHeads = `Ministry Department University Bank Bureau Office Institute Council Committee Commission Court Academy Church Federation Association Organization Organisation Union League Board Agency Center Centre Party Army Society Coalition Government House Chamber Embassy Consulate Directorate Secretariat College School Museum Friends Alliance Movement Front`

// Words that end a place name ("Euphrates River", "Anbar Province") or start
// one ("Mount Sinjar", "Camp Taji").
const placeSuffixes = `City River Valley Province Region Governorate District County Island Islands Mountains Mountain Hills Sea Ocean Lake Gulf Bay Strait Straits Peninsula Desert Street Avenue Road Square Airport Airbase Base Border Crossing Canal Coast Heights Plains Plateau Delta Basin Village Town Camp Port Harbor Harbour Dam Bridge Park Oblast Prefecture Territory Territories State Republic Kingdom Emirate Municipality`
const placePrefixes = `Mount Mt. Lake Camp Fort Port Cape Saint St. San Santa Lake Gulf Bay Isle`

// Lower-case words that may join capitalized words inside a name.
const connectors = `of for the de del della da di du des la le van von der den al el bin ibn bint ben abu y e & and`

// Prepositions after which an unknown capitalized word is likely a place.
const locPreps = `in at near from to into across outside throughout toward towards around inside via through`

// Name suffixes that follow a surname.
const nameSuffixes = `Jr. Jr Sr. Sr II III IV`

// Words that begin a role phrase in apposition after a name:
// ", chairman of the Joint Chiefs of Staff,".
const roleWords = `treasurer coach striker midfielder defender goalkeeper actor actress singer star rapper producer writer novelist poet artist designer photographer playwright comedian presenter broadcaster host journalist columnist chancellor chairman chairwoman chair president vice head director deputy minister secretary spokesman spokeswoman spokesperson commander commanding general chief leader founder executive ceo cfo coo editor correspondent reporter analyst professor researcher fellow expert adviser advisor ambassador envoy representative senator governor mayor official officer member lawyer attorney prosecutor judge justice manager partner owner author economist strategist historian scientist candidate nominee speaker administrator coordinator inspector superintendent sergeant colonel captain lieutenant major admiral former acting senior top retired then assistant associate special co-founder cofounder`

// Words that end the name of an event, operation or other named thing
// tagged MISC ("Munich Security Conference", "World Cup").
const miscSuffixes = `Conference Summit Games Olympics Olympic Cup Championship Championships War Festival Awards Award Prize Forum Agreement Accord Accords Treaty Act Declaration Convention Protocol Plan Doctrine Storm Shield Freedom Resolve Operation Expo Marathon Open Series Revolution Uprising Crisis Massacre`

// Upper-case abbreviations that are common nouns, not organizations.
const commonCaps = `GDP GNP CEO CFO COO CTO AIDS HIV DNA RNA TV PM AM OK FM GMT UTC EST EDT PST USD EUR GBP ID IT PC SUV VIP ATM IED IEDs RPG RPGs HQ NGO NGOs WMD MP MPs UAV UAVs PhD MD SMS GPS PR ID IDs IQ UFO LNG LPG CPI VAT IPO IPOs FAQ USB PDF URL HTML AI VR AR OPEC+ COVID SARS MERS BSE TB CO2 QE ETF ETFs ISP ISPs KG KM MW GW MPH NB PS RIP TBA TBD LOL BBQ DIY`

// Words that start a named event ("Hurricane Katrina", "Operation Inherent
// Resolve").
const miscPrefixes = `Hurricane Typhoon Cyclone Tropical Operation Storm`

// Named events, holidays and other things tagged MISC.
const miscData = `
World War II|World War I|World War Two|World War One|Second World War|First World War|Cold War|Gulf War|Iraq War|Vietnam War|Korean War|Six-Day War|Yom Kippur War|Holocaust|Arab Spring|Intifada
Olympics|Olympic Games|Winter Olympics|Summer Olympics|Paralympics|World Cup|Super Bowl|Tour de France|Wimbledon|Nobel Peace Prize|Nobel Prize|Oscar|Oscars|Grammy|Grammys
Ramadan|Eid|Eid al-Fitr|Eid al-Adha|Christmas|Easter|Hanukkah|Passover|Yom Kippur|Diwali|Hajj|Lent|Thanksgiving|New Year|Lunar New Year|Nowruz|Ashura
Koran|Quran|Qur'an|Bible|Torah|Islam|Christianity|Judaism|Hinduism|Buddhism

Brexit|Obamacare|Medicare|Medicaid|Social Security
Geneva Conventions|Paris Agreement|Kyoto Protocol|Oslo Accords|Camp David Accords|Minsk agreements|Dayton Accords|Good Friday Agreement
Joint Comprehensive Plan of Action|JCPOA|Iran nuclear deal
New START|START|Patriot|Tomahawk|Scud|Stinger|Javelin|Reaper|Predator|Black Hawk|Apache|Chinook|F-16|F-35|F-15|B-52|MiG|Sukhoi|S-400|THAAD
COVID-19|Covid-19|coronavirus|Ebola|Zika
`
