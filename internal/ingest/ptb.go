package ingest

import (
	"strings"
)

// Penn-Treebank tokenized text (as in Timeline17 and other research corpora)
// splits punctuation and clitics off words ("Haiti 's", "do n't", "5 %")
// and writes brackets and quotes as -LRB- -RRB- `` ''. Readers, and the
// annotators downstream, expect ordinary text, so DetokenizePTB undoes it.
// Number tokens are never altered: only the spaces around them and the
// bracket/quote tokens change, so a number's occurrences in a line survive.

// ptbBrackets maps the treebank's escaped brackets to the characters.
var ptbBrackets = map[string]string{
	"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
	"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}",
}

// DetokenizePTB turns one Penn-Treebank tokenized line into plain text:
// brackets and quotes restored, punctuation and clitics reattached, runs of
// white space collapsed and the ends trimmed.
func DetokenizePTB(line string) string {
	toks := strings.Fields(line)
	if len(toks) == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(len(line))
	glueNext := true // no space before the first token
	dquoteOpen := false
	for i, t := range toks {
		out, left, right := t, false, false
		switch {
		case ptbBrackets[t] != "":
			out = ptbBrackets[t]
			left = out == ")" || out == "]" || out == "}"
			right = !left
		case t == "``":
			out, right = `"`, true
			dquoteOpen = true
		case t == "''":
			out, left = `"`, true
			dquoteOpen = false
		case t == `"`:
			// A raw double quote alternates: opening, then closing.
			if dquoteOpen {
				left = true
			} else {
				right = true
			}
			dquoteOpen = !dquoteOpen
		case t == "`" || t == "(" || t == "[" || t == "{":
			right = true
		case t == "'":
			left = true // closing single quote or a plural possessive ("parents '")
		case isClitic(t):
			left = true
		case isCloser(t):
			left = true
		case len(t) > 1 && (t[0] == ',' || t[0] == '.') && startsDigit(t[1:]) && i > 0 && endsDigit(toks[i-1]):
			// The tokenizer splits "35,000-60,000" into "35,000-60 ,000".
			left = true
		case t == "#" && i+1 < len(toks) && startsDigit(toks[i+1]):
			// The treebank writes the pound sign as #.
			out, right = "£", true
		case t == "$" || strings.HasSuffix(t, "$") && len(t) <= 3:
			right = i+1 < len(toks) && startsDigit(toks[i+1])
		case isScaleSuffix(t) && i >= 1 && (isDecimal(toks[i-1]) || i >= 2 && startsDigit(toks[i-1]) && isCurrency(toks[i-2])):
			// The tokenizer splits a decimal from its suffix ("3.3m barrels"
			// → "3.3 m", "# 5.6 m") but leaves "38m" whole.
			left = true
		}
		if !glueNext && !left && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(out)
		glueNext = right
	}
	return b.String()
}

// isClitic reports the contractions the treebank splits off their word.
func isClitic(t string) bool {
	switch strings.ToLower(t) {
	case "'s", "'re", "'ve", "'m", "'ll", "'d", "n't":
		return true
	}
	return false
}

// isCloser reports punctuation written against the word before it.
func isCloser(t string) bool {
	switch t {
	case ",", ".", ";", ":", "!", "?", "%", "?!", "!!", ")", "]", "}":
		return true
	}
	return false
}

// isScaleSuffix reports the unit and scale suffixes written against a number.
func isScaleSuffix(t string) bool {
	switch t {
	case "m", "bn", "km", "cm", "mm", "kg", "p":
		return true
	}
	return false
}

// isDecimal reports a number with a decimal point ("3.3", "1,200.5").
func isDecimal(t string) bool {
	dot := strings.IndexByte(t, '.')
	if dot <= 0 || dot == len(t)-1 || !startsDigit(t) || !endsDigit(t) {
		return false
	}
	return strings.Trim(t, "0123456789,.") == ""
}

func isCurrency(t string) bool {
	return t == "#" || t == "£" || t == "€" || strings.HasSuffix(t, "$")
}

func endsDigit(t string) bool { return t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' }

func startsDigit(t string) bool { return t != "" && t[0] >= '0' && t[0] <= '9' }

// LooksPTB reports whether text reads as Penn-Treebank tokenized: its
// tell-tale tokens (" , ", " 's ", -LRB-, doubled backquotes) are frequent and
// punctuation written the ordinary way (",  " after a word) is rare. It looks
// at the first 16 KB only.
func LooksPTB(text string) bool {
	if len(text) > 16<<10 {
		text = text[:16<<10]
	}
	ptb, plain := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case ',', ';', ':':
			if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
				continue // "1,000", "10:30"
			}
			if i > 0 && text[i-1] == ' ' {
				ptb++
			} else if i > 0 && isWordByte(text[i-1]) {
				plain++
			}
		case '\'':
			if i > 0 && text[i-1] == ' ' && i+1 < len(text) && (text[i+1] == 's' || text[i+1] == '\'') &&
				(i+2 >= len(text) || text[i+2] == ' ' || text[i+2] == '\n') {
				ptb++ // " 's " or " '' "
			} else if i > 0 && isWordByte(text[i-1]) && i+1 < len(text) && text[i+1] == 's' {
				plain++ // "Haiti's"
			}
		case '-':
			if strings.HasPrefix(text[i:], "-LRB-") || strings.HasPrefix(text[i:], "-RRB-") {
				ptb += 2
			}
		case '`':
			if i+1 < len(text) && text[i+1] == '`' {
				ptb += 2
				i++
			}
		}
	}
	return ptb >= 3 && ptb > 4*plain
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// detokenizePTBText detokenizes every line of text, keeping line breaks (so
// that line numbers stay those of the input).
func detokenizePTBText(text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = DetokenizePTB(l)
	}
	return strings.Join(lines, "\n")
}
