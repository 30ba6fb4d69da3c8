package extract_test

import "testing"

// Capture, harm and loss named by a gerund or a noun with "of" before the
// count, by a predicate noun after it, or by a verb of poisoning or burning;
// things that are released or stolen are not detainees.
func TestStatusWordingClasses(t *testing.T) {
	checkMeaning(t, []meaningCase{
		{"gerund of capture", "Gunmen stormed a college in Yobe on Monday, kidnapping 43 students.", "43", "detained", "students", "students detained"},
		{"abducting", "The group shocked the region by abducting 120 pupils from a school in Damasak.", "120", "detained", "pupils", "pupils detained"},
		{"kidnapping of", "The kidnapping of 57 villagers in Borno went unreported for days.", "57", "detained", "villagers", "villagers detained"},
		{"release of", "Talks in Niamey led to the release of 14 hostages on Friday.", "14", "detained", "hostages", "hostages detained"},
		{"release of things is none", "The militia released three videos of the raid on Sunday.", "three", "-", "videos", "videos"},
		{"disappearance of", "Parents marched over the disappearance of 31 trainee teachers in Oaxaca.", "31", "missing", "teachers", "teachers missing"},
		{"exodus of", "The offensive has caused the exodus of some 80,000 people toward the border.", "80,000", "displaced", "people", "people displaced"},
		{"predicate captives", "At least four other Canadians are thought to be captives in Yemen.", "four", "detained", "*", "*"},
		{"predicate hostages", "Officials said 9 engineers were hostages of the tribe until June.", "9", "detained", "engineers", "engineers detained"},
		{"registered as having disappeared", "Some 26,000 people are registered as having disappeared since 2006.", "26,000", "missing", "people", "people missing"},
		{"poisoned", "Doctors said 14 soldiers were poisoned by chlorine at the front.", "14", "wounded", "soldiers", "soldiers wounded"},
		{"sickened", "Nine guards were sickened by fumes from the shells.", "Nine", "wounded", "guards", "guards wounded"},
		{"burned or wounded, a list", "At least 12 U.S. troops and 5 Afghan soldiers were burned or wounded in the blast.", "12", "wounded", "troops", "troops wounded"},
		{"burned to death", "Witnesses said 7 villagers were burned to death in their homes.", "7", "killed", "villagers", "villagers killed"},
		{"burned before the count", "The shells burned three soldiers in his company.", "three", "wounded", "soldiers", "soldiers wounded"},
		{"assault", "He drove his car into a crowd to assault two police officers in Quebec.", "two", "wounded", "*", "*"},
		{"stolen things are missing", "Militants are said to have stolen nine armoured vehicles from the base.", "nine", "missing", "vehicles", "vehicles missing"},
		{"stolen before the noun", "Officials warned of attacks with 11 stolen cargo planes.", "11", "missing", "planes", "planes missing"},
		{"things burned are not hurt", "Gangs burned six trucks on the highway near Iguala.", "six", "-", "trucks", "trucks"},
		{"a temperature is not hurt", "Bones burned at more than 500 degrees cannot be identified.", "500", "-", "*", "*"},
		{"aircraft taken are missing", "Officials said 14 aircraft taken from the airport could be used in attacks.", "14", "missing", "aircraft", "aircraft missing"},
		{"took control of jetliners", "The militia took control of nearly a dozen commercial jetliners in August.", "dozen", "missing", "jetliners", "jetliners missing"},
		{"jets captured in battle are no event", "Having captured four fighter jets from the army, the group trained pilots.", "four", "-", "*", "*"},
		{"villages seized are no event", "Rebels seized 31 villages in the north last week.", "31", "-", "villages", "villages"},
		{"all but N of them, the part", "At least 40 reporters, all but 6 of them local, have been killed in the conflict.", "6", "killed", "*", "*"},
		{"the killings of a group, including", "The video shows the killings of other captives, including three other Europeans.", "three", "killed", "Europeans", "Europeans killed"},
		{"kidnappings as events", "Police recorded 48 kidnappings in the state last year.", "48", "detained", "kidnappings", "kidnappings"},
		{"a part in the next sentence", "The blast killed 25 people in Gombe. Nine of them were soldiers.", "Nine", "killed", "*", "*"},
		{"a share of them is no part", "There are 340 cases in Wales and officials said 30% of them were in children.", "30%", "-", "*", "*"},
		{"a part with no toll before", "The crowd grew to 400 people. Nine of them were soldiers.", "Nine", "-", "*", "*"},
		{"an aside before the verb", "So far, 61 people, mostly local police, have been arrested in the case.", "61", "detained", "people", "people detained"},
		{"joined to a named victim", "The raid killed Colonel Omar Saleh and four other officers.", "four", "killed", "officers", "officers killed"},
		{"joined to a named captive", "Gunmen abducted Maria Lopez and two colleagues near Kandahar.", "two", "detained", "colleagues", "colleagues detained"},
		{"joined to a name, no harm", "He met President Obama and two aides on Monday.", "two", "-", "aides", "aides"},
		{"a list of named victims after a harm noun", "The video shows the beheadings of reporter Tom Hale, aid worker Ann Roe and three Syrian soldiers.", "three", "killed", "soldiers", "soldiers killed"},
		{"a list of names after a plain noun", "The families of reporter Tom Hale, aid worker Ann Roe and three Syrian guards met on Monday.", "three", "-", "guards", "guards"},
		{"ran over", "A driver ran over three police officers at the gate.", "three", "wounded", "police officers", "police officers wounded"},
		{"arrested five times", "Court records show the man was arrested five times in Ottawa.", "five", "-", "times", "times"},
		{"formerly held", "Two of the six Yemeni men formerly held at the base have returned home.", "six", "detained", "men", "men detained"},
		{"all but N of them", "At least 40 reporters, all but 6 of them local, have been killed in the conflict.", "40", "killed", "reporters", "reporters killed"},
		{"a city with residents", "Militants shelled Tal Afar, a town with 80,000 residents, on Tuesday.", "80,000", "population", "people", "population"},
	})
}

// A group's members and fighters counted where they are are not a force
// deployed; members of armed or security forces and troops are.
func TestForcesPresentClasses(t *testing.T) {
	checkMeaning(t, []meaningCase{
		{"militant members attacked", "Eight heavily armed suspected Boko Haram members attacked the police post.", "Eight", "-", "members", "members"},
		{"our members", "Four of our members came to the town this morning.", "Four", "-", "members", "members"},
		{"members of the security forces", "Some 300 members of the security forces were in the square.", "300", "deployed", "members", "troops deployed"},
		{"fighters in a town", "There are no civilians left there, only around 3,000 fighters.", "3,000", "-", "fighters", "fighters"},
		{"fighters sent", "The group sent 500 fighters to the front near Aleppo.", "500", "deployed", "fighters", "troops deployed"},
		{"soldiers in a list of named people", "The videos show reporter Tom Hale, aid worker Ann Roe, 18 Syrian soldiers and pilot Omar Issa.", "18", "-", "soldiers", "soldiers"},
		{"bare vehicles are no force", "Witnesses saw 3 vehicles leave the compound at dawn.", "3", "-", "vehicles", "vehicles"},
		{"armoured vehicles are", "The army sent 30 armoured vehicles to the border town.", "30", "deployed", "vehicles", "vehicles deployed"},
		{"tanks are", "Residents counted 40 tanks on the road to Hama.", "40", "deployed", "tanks", "tanks deployed"},
		{"troops stay present", "Some 2,500 troops are in the province.", "2,500", "deployed", "troops", "troops deployed"},
		{"gunmen involved", "Police believed at least four gunmen could be involved in the attack.", "four", "-", "gunmen", "gunmen"},
		{"rescuers involved", "More than 1,200 people were involved in the rescue effort.", "1,200", "deployed", "people", "*"},
	})
}
