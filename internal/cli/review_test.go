package cli

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// TestReviewCommands: the queue lists consequential items first; confirm,
// correct and reject by the listed ref; the log exports each action once
// in text, JSON and CSV; export carries the review; eval corrections
// counts the corrected fields; bad input exits 2.
func TestReviewCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "review.db")
	ingestSeeds(t, db)

	code, out, stderr := run(t, db, "review", "--format", "json", "--limit", "10")
	if code != 0 {
		t.Fatalf("review: exit %d: %s", code, stderr)
	}
	var items []ledger.QueueItem
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) == 0 {
		t.Fatalf("queue %q: %v", out, err)
	}
	for i := 1; i < len(items); i++ {
		if items[i].Score > items[i-1].Score {
			t.Errorf("queue not ordered by consequence: %+v before %+v", items[i-1], items[i])
		}
	}
	var figRef, stmtRef string
	for _, it := range items {
		if it.Kind == "figure" && figRef == "" {
			figRef = it.Ref
		}
		if it.Kind == "statement" && stmtRef == "" {
			stmtRef = it.Ref
		}
	}
	if figRef == "" || !strings.Contains(strings.Join(items[0].Why, " "), "dispute") {
		t.Fatalf("queue top %+v: want figures behind disputes first", items[:min(3, len(items))])
	}

	// By subject: only that subject's items.
	var subj string
	for _, it := range items {
		if it.Subject != "" {
			subj = it.Subject
			break
		}
	}
	_, out, _ = run(t, db, "review", "--format", "json", "--subject", subj)
	var only []ledger.QueueItem
	if err := json.Unmarshal([]byte(out), &only); err != nil || len(only) == 0 {
		t.Fatalf("queue of %q: %q %v", subj, out, err)
	}
	for _, it := range only {
		if it.Subject != subj {
			t.Errorf("queue of %q lists %+v", subj, it)
		}
	}

	steps := [][]string{
		{"review", "confirm", figRef, "--who", "ana", "--note", "checked"},
		{"review", "correct", figRef, "--field", "value", "--value", "600", "--who", "ana"},
		{"review", "correct", figRef, "--field", "place", "--value", "Iraq", "--who", "ben"},
	}
	if stmtRef != "" {
		steps = append(steps, []string{"review", "correct", stmtRef, "--field", "speaker", "--value", "A Spokesman", "--who", "ben"})
	}
	for _, s := range steps {
		if code, out, stderr := run(t, db, s...); code != 0 || !strings.Contains(out, "review ") {
			t.Fatalf("%v: exit %d: %s%s", s, code, out, stderr)
		}
	}
	// The reviewed figure leaves the queue.
	_, out, _ = run(t, db, "review", "--format", "json", "--limit", "100")
	if strings.Contains(out, `"ref": "`+figRef+`"`) {
		t.Errorf("%s is still in the queue after review", figRef)
	}
	for _, bad := range [][]string{
		{"review", "correct", figRef, "--field", "colour", "--value", "red", "--who", "x"},
		{"review", "correct", figRef, "--value", "1", "--who", "x"},
		{"review", "confirm", "figure:notanumber", "--who", "x"},
		{"review", "reject", "--who", "x"},
		{"review", "bogus"},
		{"review", "log", "--format", "xml"},
	} {
		if code, _, _ := run(t, db, bad...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	if code, _, _ := run(t, db, "review", "confirm", "figure:999999", "--who", "x"); code != 1 {
		t.Errorf("unknown figure: exit %d, want 1", code)
	}
	for _, h := range [][]string{{"review", "--help"}, {"review", "correct", "--help"}, {"review", "log", "--help"}} {
		if code, out, _ := run(t, db, h...); code != 0 || !strings.Contains(out, "usage") {
			t.Errorf("%v: exit %d %q", h, code, out)
		}
	}

	code, out, stderr = run(t, db, "review", "log", "--format", "json")
	if code != 0 {
		t.Fatalf("review log: %d %s", code, stderr)
	}
	var log []store.Review
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log) != len(steps) {
		t.Fatalf("log %d entries, want %d: %v", len(log), len(steps), err)
	}
	if log[0].Who != "ana" || log[0].Action != "confirm" || log[0].Note != "checked" || log[2].Field != "place" || log[2].Value != "Iraq" {
		t.Errorf("log %+v", log)
	}
	_, out, _ = run(t, db, "review", "log", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != len(steps)+1 || rows[0][0] != "id" || rows[1][2] != "ana" {
		t.Errorf("csv log %v %v", rows, err)
	}
	_, out, _ = run(t, db, "review", "log")
	if strings.Count(out, "\n") != len(steps) || !strings.Contains(out, `place="Iraq"`) {
		t.Errorf("text log %q", out)
	}

	// Export: the corrected value, the extracted one, who and the note.
	_, out, _ = run(t, db, "export", "--format", "csv")
	rows, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	id := strings.TrimPrefix(figRef, "figure:")
	found := false
	for _, r := range rows[1:] {
		if r[0] == "figure" && r[1] == id {
			found = true
			if _, tl, _ := run(t, db, "timeline", r[col["subject"]]); !strings.Contains(tl, "[corrected by ben]") {
				t.Errorf("timeline of %q does not mark the corrected figure:\n%s", r[col["subject"]], tl)
			}
			if r[col["value"]] != "600" || r[col["review"]] != "corrected" || r[col["reviewed_by"]] != "ben" ||
				!strings.Contains(r[col["extracted_values"]], "value=") || !strings.Contains(r[col["extracted_values"]], "place=") {
				t.Errorf("exported figure %v", r)
			}
		}
	}
	if !found {
		t.Errorf("figure %s not exported", id)
	}
	_, out, _ = run(t, db, "export")
	if !strings.Contains(out, `"review":{"state":"corrected"`) {
		t.Errorf("jsonl export has no review state")
	}

	code, out, _ = run(t, db, "eval", "corrections", "--format", "json")
	var rep struct {
		Reviews int                 `json:"reviews"`
		Fields  []ledger.FieldCount `json:"fields"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.Reviews != len(steps) || len(rep.Fields) < 2 {
		t.Errorf("eval corrections: exit %d %q", code, out)
	}
}
