package stance

import "testing"

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
