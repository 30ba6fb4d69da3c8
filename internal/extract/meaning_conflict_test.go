package extract_test

import "testing"

// What each wording class of conflict reporting counts: the event, the
// counted kind, the measure label and whether the text negates it. One row
// per class; the sentences are written for this test. "-" means empty.
func TestConflictWordingClasses(t *testing.T) {
	tests := []struct {
		class, text, num, event, counted, measure string
		negated                                   bool
	}{
		{"shot dead", "Security forces shot dead 14 protesters in Deraa on Friday, witnesses said.", "14", "killed", "protesters", "protesters killed", false},
		{"were shot dead", "At least 14 protesters were shot dead in Deraa on Friday.", "14", "killed", "protesters", "protesters killed", false},
		{"lost their lives", "More than 60 people lost their lives in the shelling of Idlib.", "60", "killed", "people", "people killed", false},
		{"bodies were found", "The bodies of 25 men were found in a field near Hama.", "25", "-", "men", "bodies found", false}, // the dead found are no toll (testdata/gold)
		{"bodies found, count first", "Residents said 18 bodies were found in an orchard outside Homs.", "18", "-", "bodies", "bodies found", false},
		{"the death toll rose to", "The death toll from the two days of fighting rose to 83, activists said.", "83", "killed", "people", "people killed", false},
		{"toll then a time", "The death toll rose to 83 after two days of fighting.", "83", "killed", "people", "people killed", false},
		{"martyrs", "Activists named 31 martyrs killed across the country on Friday.", "31", "killed", "people", "people killed", false},
		{"martyrs alone", "The local committee listed 27 martyrs in Douma.", "27", "killed", "people", "people killed", false},
		{"massacre of", "The opposition accused the army of the massacre of 40 people in Tremseh.", "40", "killed", "people", "people killed", false},
		{"killed, including children", "The shelling killed at least 12 people, including 3 children, in Rastan.", "12", "killed", "people", "people killed", false},
		{"including children", "The shelling killed at least 12 people, including 3 children, in Rastan.", "3 children", "killed", "children", "children killed", false},
		{"wounded", "Another 45 people were wounded in the blast.", "45", "wounded", "people", "people wounded", false},
		{"injured after a verb", "The explosion injured 90 people, the state news agency reported.", "90", "wounded", "people", "people wounded", false},
		{"went missing", "Twenty men went missing after the raid on the village, relatives said.", "Twenty", "missing", "men", "men missing", false},
		{"were arrested", "More than 300 people were arrested during the protests in Latakia.", "300", "detained", "people", "people detained", false},
		{"were rounded up", "About 200 young men were rounded up in house-to-house searches.", "200", "detained", "men", "men detained", false},
		{"detained by verb", "Security forces detained 150 activists in Damascus last week.", "150", "detained", "activists", "activists detained", false},
		{"taken prisoner", "Rebels said 16 soldiers were taken prisoner near the border.", "16", "detained", "soldiers", "soldiers detained", false},
		{"fled to Turkey", "Some 7,000 Syrians have fled to Turkey since June.", "7,000", "displaced", "Syrians", "refugees", false}, // a nationality keeps its name (testdata/gold)
		{"registered as refugees", "More than 25,000 people have registered as refugees in Jordan, the UNHCR said.", "25,000", "displaced", "people", "refugees", false},
		{"internally displaced", "The UN estimates that 1.2 million people are internally displaced inside Syria.", "1.2 million", "displaced", "people", "people displaced", false},
		{"need humanitarian aid", "The UN says 2.5 million people need humanitarian aid.", "2.5 million", "in need", "people", "people in need", false},
		{"protesters", "About 5,000 protesters gathered in the main square of Homs.", "5,000", "protesting", "protesters", "protesters", false},
		{"troops were deployed", "About 3,000 troops were deployed to the city on Sunday.", "3,000", "deployed", "troops", "troops deployed", false},
		{"troops withdrawn", "The army said 1,500 soldiers had been withdrawn from Deraa.", "1,500", "deployed", "soldiers", "troops deployed", false},
		{"tanks", "Witnesses saw at least 30 tanks on the road to Hama.", "30", "deployed", "tanks", "tanks deployed", false},
		{"defected", "Some 60 soldiers defected to the rebels on Thursday, activists said.", "60", "-", "soldiers", "soldiers defected", false},
		{"a country of 23 million", "Syria, a country of 23 million, has been in turmoil since March.", "23 million", "population", "people", "population", false},
		{"the 1982 massacre", "The 1982 massacre in Hama killed at least 10,000 people.", "10,000", "killed", "people", "people killed", false},
		{"no one was killed", "No one was killed in the explosion, officials said, but 12 people were hurt.", "12", "wounded", "people", "people wounded", false},
		{"could reach", "Aid agencies warned that the toll could reach 10,000.", "10,000", "killed", "people", "people killed", false},
		{"money for aid", "Washington pledged $300 million in aid for Syrians displaced by the fighting.", "$300 million", "money", "dollars", "dollars", false},
		{"took to the streets, a number", "About 20,000 people took to the streets of Hama on Friday.", "20,000", "protesting", "people", "protesters", false},
		{"have taken to the streets, not detained", "About 35,000 people have taken to the streets of Suez, an opposition spokesman said.", "35,000", "protesting", "people", "protesters", false},
		{"taken into custody", "Police said 40 people were taken into custody in Aleppo.", "40", "detained", "people", "people detained", false},
		{"massacre of soldiers", "Rebels were blamed for the massacre of 13 soldiers at a checkpoint.", "13", "killed", "soldiers", "soldiers killed", false},
		{"among them", "Forty people were killed, among them 9 women.", "9 women", "killed", "women", "women killed", false},
		{"gunned down", "Snipers gunned down 8 mourners at the funeral.", "8", "killed", "mourners", "mourners killed", false},
		{"disappeared", "Rights groups say 200 activists have disappeared since the spring.", "200", "missing", "activists", "activists missing", false},
		{"tortured to death", "Rights groups say 12 detainees were tortured to death in custody.", "12", "killed", "people", "people killed", false},
		{"beaten", "At least 10 journalists have been beaten by security forces.", "10", "-", "journalists", "journalists beaten", false},
		{"pulled alive", "Rescuers said 7 people were pulled alive from the rubble of the building.", "7", "-", "people", "people rescued", false},
		{"trapped", "The UN says 50,000 civilians are trapped in the besieged district.", "50,000", "-", "civilians", "civilians trapped", false},
		{"the number of displaced", "The number of displaced people has risen to 200,000, the UN said.", "200,000", "displaced", "people", "people displaced", false},
		{"water tanks are no armour", "Aid workers installed four water tanks in the camp.", "four", "-", "tanks", "tanks", false},
		{"armoured vehicles", "Witnesses counted 30 armoured vehicles entering the city.", "30", "deployed", "vehicles", "vehicles deployed", false},
		{"tested positive", "Three aid workers tested positive for cholera.", "Three", "cases", "cases", "cases", false},
		{"shot to death", "Seventeen people have been shot to death by police, witnesses said.", "Seventeen", "killed", "people", "people killed", false},
		{"took part in", "About 2,000 people took part in the demonstration in Latakia.", "2,000", "protesting", "people", "protesters", false},
		{"joined the protests", "More than 5,000 people joined the protests in Baniyas.", "5,000", "protesting", "people", "protesters", false},
		{"according to, aside", "More than 300 people, according to Human Rights Watch, were killed.", "300", "killed", "people", "people killed", false},
		{"of them, aside", "The police said 70 people, 40 of them students, were arrested.", "70 people", "detained", "people", "people detained", false},
		{"activists said, aside", "At least 50 people, activists said, were killed in the raid.", "50", "killed", "people", "people killed", false},
		{"pulled out alive", "Rescuers said 90 people had been pulled out alive since the bombing.", "90", "-", "people", "people rescued", false},
		{"involved in the relief effort", "The UN said 1,700 people were involved in the relief effort.", "1,700", "deployed", "people", "people deployed", false},
		{"involved in a protest", "About 3,000 people were involved in the protest in Hama.", "3,000", "protesting", "people", "protesters", false},
		{"a conversion counts the same substance", "The pipeline leaked 2,000 barrels of crude (84,000 gallons) near Homs.", "84,000", "amount", "gallons", "gallons of oil", false},
		{"civilians killed", "The Observatory said 70 civilians had been killed since Monday.", "70", "killed", "civilians", "civilians killed", false},
		{"deaths", "The group recorded 112 deaths on Tuesday alone.", "112", "killed", "people", "people killed", false},
		{"died", "Nine protesters died of their wounds in hospital.", "Nine", "killed", "protesters", "protesters killed", false},
		{"executed", "Rights groups say 20 prisoners were executed in the jail.", "20", "killed", "prisoners", "prisoners killed", false},
	}
	for _, tt := range tests {
		t.Run(tt.class, func(t *testing.T) {
			f := figureOf(t, tt.text, "2012-06-01", tt.num)
			if f == nil {
				return
			}
			for _, c := range []struct{ name, got, want string }{
				{"event", string(f.Event), tt.event}, {"counted", string(f.Counted), tt.counted},
				{"measure", string(f.Measure), tt.measure},
			} {
				if c.want == "-" {
					c.want = ""
				}
				if c.got != c.want {
					t.Errorf("%q: %s = %q, want %q", f.Text, c.name, c.got, c.want)
				}
			}
			if f.Negated != tt.negated {
				t.Errorf("%q: negated = %v, want %v", f.Text, f.Negated, tt.negated)
			}
		})
	}
}

// Sentences with no figure to ledger: a negated toll ("no one was
// killed") and vague plurals and fractions, which are orders of magnitude,
// not figures (testdata/gold/t17/README.md). If a figure is found there, it
// must not be a plain toll.
func TestConflictNoToll(t *testing.T) {
	for _, text := range []string{
		"No one was killed in the attack, the ministry said.",
		"The army said no soldiers had been killed in the clashes.",
		"Dozens of people were killed in the assault on the town.",
		"Hundreds of people were arrested after the Friday prayers.",
		"Tens of thousands of people took to the streets of Hama on Friday.",
		"Two-thirds of the dead were civilians, the group said.",
		"Most of the country's population is under 30.",
	} {
		res := extractText(text, "2012-06-01")
		for _, f := range res.Figures {
			if f.Event != "" && !f.Negated {
				t.Errorf("%q: figure %q (%s) is no figure to ledger", text, f.Text, f.Event)
			}
		}
	}
}
