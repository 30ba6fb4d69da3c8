package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
)

// fig is the expected form of one figure; "-" means "must be null".
type fig struct {
	text, unit, holder, location, asOf, basis, source, approx string
	value                                                     float64
	anonymous                                                 bool
}

func check(t *testing.T, text string, got extract.Figure, want fig) {
	t.Helper()
	field := func(name string, g document.Str, w string) {
		if w == "" {
			return
		}
		if w == "-" {
			w = ""
		}
		if string(g) != w {
			t.Errorf("%q: %s = %q, want %q", got.Text, name, g, w)
		}
	}
	if want.text != "" && got.Text != want.text {
		t.Errorf("text %q, want %q", got.Text, want.text)
	}
	if want.value != 0 && (got.Value == nil || *got.Value != want.value) {
		t.Errorf("%q: value %v, want %g", got.Text, got.Value, want.value)
	}
	field("unit", got.Unit, want.unit)
	field("holder", got.Holder, want.holder)
	field("location", got.Location, want.location)
	field("as_of", got.AsOf, want.asOf)
	field("basis", got.Basis, want.basis)
	field("source", got.Source, want.source)
	field("approx", got.Approx, want.approx)
	if want.anonymous && !got.Anonymous {
		t.Errorf("%q: want anonymous source", got.Text)
	}
	if got.Span.Of(text) != got.Text {
		t.Errorf("%q: span %v covers %q", got.Text, got.Span, got.Span.Of(text))
	}
	if !got.Sentence.Contains(got.Span) {
		t.Errorf("%q: sentence %v does not contain span %v", got.Text, got.Sentence, got.Span)
	}
}

func extractText(text, published string) *extract.Result {
	doc := document.New(text)
	if published != "" {
		doc.Published, _ = document.ParseDate(published)
	}
	return extract.Extract(doc)
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		published string
		want      []fig
	}{
		{
			name: "official count with ellipsis",
			text: "The ministry has officially acknowledged that France has 650 soldiers in Mali and 320 in Niger.",
			want: []fig{
				{text: "650 soldiers", value: 650, unit: "soldiers", holder: "France", location: "Mali", basis: "official"},
				{value: 320, unit: "soldiers", holder: "France", location: "Niger", basis: "official"},
			},
		},
		{
			name:      "statistics as of a date",
			text:      "As of June 30, there were 2,140 British troops in Estonia, according to quarterly defence statistics.",
			published: "2023-09-01",
			want:      []fig{{value: 2140, unit: "troops", location: "Estonia", asOf: "2023-06-30", basis: "statistics"}},
		},
		{
			name: "plan attributed to a newspaper citing anonymous officials",
			text: "Citing anonymous officials, The Times reported that Germany would keep 1,200 troops in Lithuania.",
			want: []fig{{value: 1200, unit: "troops", holder: "Germany", location: "Lithuania", basis: "planned", anonymous: true}},
		},
		{
			name: "approximation, range and estimate",
			text: "There are roughly 4,000 Italian troops in Lebanon. The group once had 12,000 to 15,000 fighters, but now has an estimated 900 fighters, officials said.",
			want: []fig{
				{value: 4000, unit: "troops", holder: "Italy", location: "Lebanon", approx: "about"},
				{text: "12,000 to 15,000 fighters", unit: "fighters"},
				{value: 900, unit: "fighters", approx: "estimated", basis: "estimate"},
			},
		},
		{
			name: "the number of X ... is estimated at N",
			text: "The number of militants in the province is estimated to have fallen from a peak of 7,000 to an estimated 2,500.",
			want: []fig{
				{value: 7000, unit: "militants", basis: "estimate"},
				{value: 2500, unit: "militants", approx: "estimated", basis: "estimate"},
			},
		},
		{
			name: "a rival count with its own source",
			text: "The police recorded 410 arrests in March, while a rights group puts the number at more than 600.",
			want: []fig{
				{value: 410, unit: "arrests"},
				{value: 600, unit: "arrests", approx: "more than", source: "rights group", basis: "estimate"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := extractText(tt.text, tt.published)
			if len(res.Figures) != len(tt.want) {
				var got []string
				for _, f := range res.Figures {
					got = append(got, fmt.Sprintf("%q", f.Text))
				}
				t.Fatalf("got %d figures [%s], want %d", len(res.Figures), strings.Join(got, ", "), len(tt.want))
			}
			for i, w := range tt.want {
				check(t, tt.text, res.Figures[i], w)
			}
		})
	}
}

// Numbers that are not counts must not become figures.
func TestNotFigures(t *testing.T) {
	for _, text := range []string{
		"Soldiers of the 3rd Battalion, 75th Ranger Regiment, and the 82nd Airborne Division arrived on March 29.",
		"The base has been used since 2014, when 14-year-old reforms began.",
		"We don't have one soldier more than we need, the general said.",
		"“We don’t have one troop more than is necessary,” the official said.",
		"The real number is believed to be hundreds more.",
		"He spoke at 10 a.m. on Tuesday, January 7.",
		"The list names the 20 highest spenders and the 10 largest corporations.",
		"A judge ordered that the suspect be held for eight more days.",
	} {
		res := extractText(text, "2020-01-08")
		for _, f := range res.Figures {
			t.Errorf("%q: unexpected figure %q", text, f.Text)
		}
	}
}

// Captions and site boilerplate give no figures.
func TestCaptionsGiveNoFigures(t *testing.T) {
	text := "Garrison shrinks\n\nKABUL, AFGHANISTAN - MAY 4: Soldiers with the 2nd Brigade keep watch during a patrol outside of …\n\n" +
		"KABUL — The alliance will send home 300 troops, an official said.\n\nPlease let us know if you're having issues with commenting."
	res := extractText(text, "2021-05-05")
	if len(res.Figures) != 1 || res.Figures[0].Value == nil || *res.Figures[0].Value != 300 {
		var got []string
		for _, f := range res.Figures {
			got = append(got, f.Text)
		}
		t.Fatalf("want only the 300 troops, got %q", got)
	}
}

// "dismissed as “premature” a report": the object follows the
// characterization.
func TestDenyAsCharacterization(t *testing.T) {
	res := extractText(`The admiral dismissed as "premature" a newspaper report that said the navy would keep 600 sailors at the base.`, "2024-03-12")
	for _, s := range res.Statements {
		if s.Stance == extract.Denies {
			if !strings.HasPrefix(string(s.Target), "a newspaper report") {
				t.Errorf("target %q, want the newspaper report", s.Target)
			}
			return
		}
	}
	t.Errorf("no denial in %+v", res.Statements)
}
