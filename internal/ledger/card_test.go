package ledger

import (
	"fmt"
	"testing"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/store"
)

func TestClaimCards(t *testing.T) {
	day, _ := document.ParseDate("2020-01-06")
	claim := func(id int64, speaker, text string, sent int) *store.Claim {
		return &store.Claim{Kind: "statement", ID: id, Speaker: speaker, Text: text,
			Origin: store.Origin{Article: 1, Group: 1, Published: day}, Sentence: document.Span{Start: sent * 100, End: sent*100 + 99}}
	}
	from := func(id int64, speaker string, sent int) store.StatementRow {
		r := store.StatementRow{ID: id, Origin: store.Origin{Article: 1, Group: 1, Published: day}}
		r.Speaker = document.Str(speaker)
		r.Sentence = document.Span{Start: sent * 100, End: sent*100 + 99}
		return r
	}
	link := func(id int64, kind string, f store.StatementRow, to *store.Claim, reasons ...string) store.Link {
		st := &store.StatementRow{ID: to.ID}
		return store.Link{ID: id, Kind: kind, From: f, ToKind: "statement", ToStatement: st, Reasons: reasons, Confidence: 0.7}
	}
	letter1 := claim(1, "letter seen by Reuters", "the coalition will reposition forces to leave Iraq", 1)
	letter2 := claim(2, "letter seen by Reuters", "forces will be repositioned over the coming days to leave Iraq", 2)
	un := claim(3, "United Nations", "there are about 5,000 troops in the country", 3)
	esper := from(10, "Mark Esper", 0)
	milley := from(11, "Mark Milley", 5)
	letterDenies := from(12, "letter seen by Reuters", 6) // a misread
	source := from(13, "Iraqi military source", 4)
	ds := []store.Dispute{
		{Kind: store.DisputeClaim, Claim: letter1, Links: []store.Link{link(1, store.LinkDenies, esper, letter1, "text"), link(2, store.LinkDenies, letterDenies, letter1, "text"),
			link(3, store.LinkConfirms, source, letter1, "source")}},
		{Kind: store.DisputeClaim, Claim: letter2, Links: []store.Link{link(4, store.LinkDenies, esper, letter2, "text"), link(5, store.LinkDenies, milley, letter2, "text")}},
		{Kind: store.DisputeClaim, Claim: un, Links: []store.Link{link(6, store.LinkDenies, milley, un, "text")}},
		{Kind: store.DisputeFigures, ID: 9},
	}
	out := ClaimCards(ds)
	if len(out) != 2 || out[0].Kind != store.DisputeFigures {
		t.Fatalf("cards = %+v, want the discrepancy and one card", out)
	}
	c := out[1]
	if c.Origin != "letter seen by Reuters" || fmt.Sprint(c.Deniers) != "[Mark Esper Mark Milley]" || fmt.Sprint(c.Confirmers) != "[Iraqi military source]" {
		t.Errorf("card origin %q deniers %v confirmers %v", c.Origin, c.Deniers, c.Confirmers)
	}
	if len(c.Claims) != 2 {
		t.Errorf("card claims = %+v: the UN's troop count is not the letter's claim", c.Claims)
	}
	for _, l := range c.Links {
		if l.From.ID == 12 || l.ToStatement.ID == 3 {
			t.Errorf("kept link %+v", l)
		}
	}
	if c.Score >= 2 || c.Score <= 1 {
		t.Errorf("card score %v: cards rank below discrepancies", c.Score)
	}
	// A person who states the claim only inside their own denial sentence
	// is the denier, not a source of the claim.
	dunford := from(20, "Joseph Dunford", 0)
	report := claim(21, "media report", "the US will keep 1,000 troops in Syria", 0)
	misread := claim(22, "Joseph Dunford", "the US will keep 1,000 troops in Syria", 0)
	out = ClaimCards([]store.Dispute{
		{Kind: store.DisputeClaim, Claim: report, Links: []store.Link{link(30, store.LinkDenies, dunford, report, "value")}},
		{Kind: store.DisputeClaim, Claim: misread, Links: []store.Link{link(31, store.LinkDenies, dunford, misread, "text")}},
	})
	if len(out) != 1 || len(out[0].Claims) != 1 || out[0].Claims[0].Speaker != "media report" || fmt.Sprint(out[0].Deniers) != "[Joseph Dunford]" {
		t.Errorf("Dunford card = %+v", out)
	}
}
