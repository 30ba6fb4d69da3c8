package extract_test

import "testing"

// A pronoun after a quote ("…,' he said") does not stand for a person the
// quote speaks of: people rarely name themselves in the third person.
// Sentences written for these tests.
func TestSource12PronounNotInOwnQuote(t *testing.T) {
	lead := "The woman, named as Lina Sarrouf, was travelling with two sons, Interior Minister Karim Haddad told a TV channel late Wednesday. He said tests showed the girl was her child. "
	runSourceCases(t, []sourceCase{
		{name: "person named in the quote is not its speaker",
			text: lead + "'Sarrouf is not his wife now. She has been married three times,' he said.",
			num:  "three", source: "Karim Haddad", typ: "government"},
		{name: "double quotes, count later in the quote",
			text: lead + "\"Sarrouf is not his wife now. She had four children with her first husband,\" he said.",
			num:  "four", source: "Karim Haddad"},
	})
}

// "It states that …" after a sentence opening with a document by its
// author: the author speaks, nearer than any body named earlier; "states"
// is a verb after a pronoun subject with a content clause. Sentences
// written for these tests.
func TestSource12DocumentPronoun(t *testing.T) {
	runSourceCases(t, []sourceCase{
		{name: "it states after a report by inspectors",
			text: "Officials toured the site on Sunday. The last report by UN inspectors on the depot was released in 2004. It states that the depot contained 1,400 chemical rockets.",
			num:  "1,400", source: "UN inspectors"},
		{name: "it says after a report from an institute",
			text: "The Red Cross visited the camp in May. A report from the Dunmore Institute came out on Monday. It says 300 people were detained in the raids.",
			num:  "300", source: "Dunmore Institute"},
		{name: "a document without its author leaves it alone",
			text: "The report came out on Monday. It says 300 people were detained in the raids.",
			num:  "300", null: true},
	})
}
