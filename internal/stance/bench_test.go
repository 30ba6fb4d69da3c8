package stance

import (
	"strings"
	"testing"
)

func BenchmarkJudgeSentence(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Skip(err)
	}
	claim := "The mayor resigned after the audit found missing funds"
	text := "City officials denied reports that the mayor had resigned, calling the claim false."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		m.Judge(claim, text)
	}
}

func BenchmarkJudgeBody(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Skip(err)
	}
	claim := "The mayor resigned after the audit found missing funds"
	para := "City officials said on Tuesday that the audit of the parks budget was still under way. " +
		"A spokesman denied reports that the mayor had resigned, calling the claim false and unfounded. " +
		"Council members, who asked not to be named, said 1,200 documents had been sent to investigators. "
	text := strings.Repeat(para, 20) // about 1,000 words
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	words := len(strings.Fields(text))
	b.ResetTimer()
	for b.Loop() {
		m.Judge(claim, text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
