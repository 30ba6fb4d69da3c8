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
