package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ledger"
)

// ftsWords turns free text into an FTS5 query of quoted words, joined by
// op ("" for AND, "OR"). Only letters and digits survive, so no user text
// can be read as FTS syntax. It returns "" when no word is left.
func ftsWords(text string, op string, max int) string {
	var words []string
	seen := map[string]bool{}
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		lw := strings.ToLower(w)
		if seen[lw] || len(words) >= max {
			return
		}
		seen[lw] = true
		words = append(words, `"`+w+`"`)
	}
	for _, r := range text {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80 && isWordRune(r) {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	sep := " "
	if op != "" {
		sep = " " + op + " "
	}
	return strings.Join(words, sep)
}

func isWordRune(r rune) bool {
	return strings.ToLower(string(r)) != strings.ToUpper(string(r)) || (r >= 0x660 && r <= 0x669)
}

// linkStatement finds what a denial or confirmation is about and records
// the links that pass ledger.LinkThreshold.
func (s *DB) linkStatement(ctx context.Context, tx *txc, p *newStatement) error {
	st := p.st
	target := string(st.Target)
	if target == "" {
		target = st.TargetSpan.Of(p.text)
	}
	from := &ledger.LinkFrom{Statement: st, Article: p.article, Group: p.group, Published: p.pub,
		Target: target, Content: st.Content, Sentence: st.Sentence.Of(p.text)}
	ids := map[int64]bool{}
	var order []int64
	addRows := func(q string, args ...any) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("sqlite: link candidates: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				return err
			}
			if !ids[id] {
				ids[id] = true
				order = append(order, id)
			}
		}
		return rows.Err()
	}
	// Same article.
	if err := addRows(`SELECT id FROM claims WHERE article=? AND NOT (kind='statement' AND ref=?) LIMIT ?`, p.article, p.id, maxLinkCandidates); err != nil {
		return err
	}
	// Claims naming or published by the outlet the target names, near in
	// time; then claims sharing the rarest words of the target and content
	// (see rareTerms), newest first.
	pub := p.pub.String()
	window := func(days int) (string, string) {
		if pub == "" {
			return "", ""
		}
		t := p.pub.Time()
		return t.AddDate(0, 0, -days).Format("2006-01-02"), t.AddDate(0, 0, days).Format("2006-01-02")
	}
	near := func(match string, days, limit int) error {
		lo, hi := window(days)
		return addRows(`SELECT c.id FROM claims_fts JOIN claims c ON c.id=claims_fts.rowid
			WHERE claims_fts MATCH ? AND c.latest=1 AND (?='' OR c.published='' OR c.published BETWEEN ? AND ?)
			ORDER BY claims_fts.rowid DESC LIMIT ?`,
			match, lo, lo, hi, limit)
	}
	var phrases []string
	seenPh := map[string]bool{}
	for _, o := range ledger.Outlets(target + " " + from.Sentence) {
		for _, name := range ledger.OutletNames(o) {
			// Without function words: "the" would make the search read
			// the longest posting list of the index.
			if ph := ftsWords(strings.Join(ledger.ContentWords(name), " "), "", 8); ph != "" && !seenPh[ph] {
				seenPh[ph] = true
				phrases = append(phrases, "("+ph+")")
			}
		}
	}
	if len(phrases) > 0 {
		if err := near(strings.Join(phrases, " OR "), linkWindowDays, 20); err != nil {
			return err
		}
	}
	rare, err := rareTerms(ctx, tx, "claims_vocab", ledger.ContentWords(target+" "+st.Content), rareKeep)
	if err != nil {
		return err
	}
	if q := ftsWords(strings.Join(rare, " "), "OR", maxSearchFTSWords); q != "" {
		if err := near(q, 365, maxLinkCandidates); err != nil {
			return err
		}
	}
	cands, err := loadCandidates(ctx, tx, order)
	if err != nil {
		return err
	}
	best := ledger.BestLinks(from, s.judge, cands, p.id)
	for _, b := range best {
		var toS, toF any
		if b.Candidate.Kind == "statement" {
			toS = b.Candidate.ID
		} else {
			toF = b.Candidate.ID
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO links(kind,confidence,reasons,from_statement,to_statement,to_figure) VALUES (?,?,?,?,?,?)`,
			st.Stance, b.Confidence, strings.Join(b.Reasons, ","), p.id, toS, toF); err != nil {
			return fmt.Errorf("sqlite: insert link: %w", err)
		}
	}
	return nil
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// loadCandidates reads claims rows as link candidates, in the order of ids.
// The ids come from json_each, not an IN (...) list, which SQLite would
// copy into a temporary b-tree first.
func loadCandidates(ctx context.Context, tx *txc, ids []int64) ([]ledger.LinkCandidate, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	b, _ := json.Marshal(ids) // integers always encode
	rows, err := tx.QueryContext(ctx, `SELECT c.id, c.kind, c.ref, c.article, a.grp, c.published, c.outlet, c.speaker, c.text, c.stance,
			f.value, s.holder, s.thing, s.location, COALESCE(f.sent_s, st.sent_s, 0), COALESCE(f.sent_e, st.sent_e, 0), COALESCE(st.cue, '')
		FROM json_each(?) j JOIN claims c ON c.id=j.value JOIN articles a ON a.id=c.article
		LEFT JOIN figures f ON c.kind='figure' AND f.id=c.ref
		LEFT JOIN statements st ON c.kind='statement' AND st.id=c.ref
		LEFT JOIN subjects s ON s.key=f.subject`, string(b))
	if err != nil {
		return nil, fmt.Errorf("sqlite: candidates: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]ledger.LinkCandidate, len(ids))
	for rows.Next() {
		var c ledger.LinkCandidate
		var id int64
		var pub string
		var v sql.NullFloat64
		var holder, thing, loc sql.NullString
		if err := rows.Scan(&id, &c.Kind, &c.ID, &c.Article, &c.Group, &pub, &c.Outlet, &c.Speaker, &c.Text, &c.Stance, &v, &holder, &thing, &loc, &c.Sentence.Start, &c.Sentence.End, &c.Cue); err != nil {
			return nil, err
		}
		c.Published, _ = document.ParseDate(pub)
		if v.Valid {
			x := v.Float64
			c.Value = &x
		}
		c.Subject = ledger.Subject{Holder: holder.String, Thing: thing.String, Location: loc.String}
		byID[id] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: candidates: %w", err)
	}
	out := make([]ledger.LinkCandidate, 0, len(ids))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// Words looked up per link search, and how many of the rarest are kept.
const (
	vocabLookup = 16
	rareKeep    = 5
)

// rareDocs is where counting a word's documents stops: a word in more
// claims than this is common, and which common word is searched matters
// little.
const rareDocs = 256

// rareTerms returns the rarest of words in a full-text index (vocab names
// its fts5vocab table; its instance twin, vocab+"_i", is what is read): at
// most keep, rarest first, ties in word order. Searching only rare words
// keeps the cost of a link search bounded by short posting lists however
// large the store is; words absent from the index are dropped. A word's
// count is the number of documents among its first rareDocs instances
// (the row vocabulary would read its whole posting list, which grows with
// the store). In a write transaction the claims' counts are read from
// claim_terms, and a word's count found missing there is kept.
func rareTerms(ctx context.Context, tx querier, vocab string, words []string, keep int) ([]string, error) {
	seen := map[string]bool{}
	type term struct {
		w    string
		docs int
	}
	var terms []term
	c, kept := tx.(*txc)
	kept = kept && vocab == "claims_vocab"
	for _, w := range words {
		if len(w) < 3 || seen[w] || len(seen) == vocabLookup {
			continue
		}
		seen[w] = true
		d, n := 0, 0
		err := sql.ErrNoRows
		if kept {
			err = c.QueryRowContext(ctx, `SELECT docs FROM claim_terms WHERE term=?`, w).Scan(&d)
			if err != nil && err != sql.ErrNoRows {
				return nil, fmt.Errorf("sqlite: term counts: %w", err)
			}
		}
		if err == sql.ErrNoRows {
			if n, d, err = countDocs(ctx, tx, vocab, w); err != nil {
				return nil, err
			}
			if kept {
				if _, err := c.ExecContext(ctx, `INSERT INTO claim_terms(term, docs, inst) VALUES (?, ?, ?)`, w, d, n); err != nil {
					return nil, fmt.Errorf("sqlite: term counts: %w", err)
				}
			}
		}
		if d > 0 {
			terms = append(terms, term{w, d})
		}
	}
	sort.SliceStable(terms, func(i, j int) bool {
		if terms[i].docs != terms[j].docs {
			return terms[i].docs < terms[j].docs
		}
		return terms[i].w < terms[j].w
	})
	var out []string
	for _, t := range terms[:min(keep, len(terms))] {
		out = append(out, t.w)
	}
	return out, nil
}

// countDocs counts the first rareDocs instances of a word in vocab's
// instance table (n) and the documents they are in (d), here rather than
// by COUNT(DISTINCT doc), which builds a temporary b-tree for every word
// looked up.
func countDocs(ctx context.Context, q querier, vocab, w string) (n, d int, err error) {
	rows, err := q.QueryContext(ctx, `SELECT doc FROM `+vocab+`_i WHERE term=? LIMIT `+fmt.Sprint(rareDocs), w)
	if err != nil {
		return 0, 0, fmt.Errorf("sqlite: vocabulary: %w", err)
	}
	defer rows.Close()
	last := int64(-1)
	for rows.Next() {
		var doc int64
		if err := rows.Scan(&doc); err != nil {
			return 0, 0, fmt.Errorf("sqlite: vocabulary: %w", err)
		}
		n++
		if doc != last { // instances come in document order
			last = doc
			d++
		}
	}
	if err := rows.Err(); err != nil {
		return 0, 0, fmt.Errorf("sqlite: vocabulary: %w", err)
	}
	return n, d, nil
}

// batchTerms fills the connection's own contentless full-text table
// (temp, tokenized as claims_fts is) with the claims selected by where
// (over claims), for its row vocabulary: per term, the claims holding it
// (doc) and its instances (cnt).
func batchTerms(ctx context.Context, tx *txc, where string, args ...any) error {
	steps := []struct {
		q    string
		args []any
	}{
		{`CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_terms_fts USING fts5(text, speaker, outlet, content='', tokenize='porter unicode61')`, nil},
		{`CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_terms_vocab USING fts5vocab(temp, claim_terms_fts, 'row')`, nil},
		{`INSERT INTO temp.claim_terms_fts(claim_terms_fts) VALUES ('delete-all')`, nil},
		{`INSERT INTO temp.claim_terms_fts(rowid, text, speaker, outlet) SELECT id, text, speaker, outlet FROM claims WHERE ` + where, args},
	}
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
			return fmt.Errorf("sqlite: term counts: %w", err)
		}
	}
	return nil
}

// addClaimTermsQueries drop the counts a batch takes over the bound and
// add the batch to the other open ones. CROSS JOIN: the batch's terms
// lead and each probes claim_terms by its key; the other way round reads
// every kept count at every batch.
var addClaimTermsQueries = [...]string{
	`DELETE FROM claim_terms WHERE term IN (SELECT v.term FROM temp.claim_terms_vocab v CROSS JOIN claim_terms c ON c.term=v.term
		WHERE c.inst < ?1 AND c.inst + v.cnt > ?1)`,
	`INSERT INTO claim_terms(term, docs, inst) SELECT v.term, c.docs + v.doc, c.inst + v.cnt FROM temp.claim_terms_vocab v CROSS JOIN claim_terms c ON c.term=v.term
		WHERE c.inst < ?1 ON CONFLICT(term) DO UPDATE SET docs=excluded.docs, inst=excluded.inst`,
}

// addClaimTerms brings claim_terms up to date with claims stored after
// every claim indexed before (id > after): their instances come last in
// each term's list, so a count still open (fewer than rareDocs instances)
// adds theirs while the total stays within the bound, and is dropped (to
// be counted again from the index) when they cross it; a full count is
// final.
func addClaimTerms(ctx context.Context, tx *txc, after int64) error {
	if err := batchTerms(ctx, tx, `id > ?`, after); err != nil {
		return err
	}
	for _, q := range addClaimTermsQueries {
		if _, err := tx.ExecContext(ctx, q, rareDocs); err != nil {
			return fmt.Errorf("sqlite: term counts: %w", err)
		}
	}
	return nil
}

// dropClaimTerms drops the kept counts of every term of the claims of an
// article, to be counted again from the index: rewriting its full-text
// rows moves its instances within the terms' lists.
func dropClaimTerms(ctx context.Context, tx *txc, article int64) error {
	if err := batchTerms(ctx, tx, `article=?`, article); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM claim_terms WHERE term IN (SELECT term FROM temp.claim_terms_vocab)`); err != nil {
		return fmt.Errorf("sqlite: term counts: %w", err)
	}
	return nil
}

// Relink recomputes the ledger from the stored facts, in one transaction:
// every figure's subject and date, every subject's statistics,
// discrepancies and revisions, and every link from the denials and
// confirmations of the current article versions. Saving links a new denial
// to the claims already stored; a claim stored after the denial of it is
// linked by Relink (run after loading a corpus out of date order). It
// returns the number of links.
func (s *DB) Relink(ctx context.Context) (int, error) {
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("sqlite: relink: %w", err)
	}
	defer sqltx.Rollback()
	defer restoreLabels(ctx)
	tx := newTxc(sqltx)
	defer tx.Close()
	if err := resubject(ctx, tx); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM links`); err != nil {
		return 0, fmt.Errorf("sqlite: relink: %w", err)
	}
	var last int64
	texts := map[int64]string{}
	for {
		sts, err := loadStatements(ctx, tx, `t.id > ? AND t.stance IN ('denies','confirms') AND a.latest=1 ORDER BY t.id LIMIT 256`, last)
		if err != nil {
			return 0, err
		}
		if len(sts) == 0 {
			break
		}
		for i := range sts {
			r := &sts[i]
			last = r.ID
			text, ok := texts[int64(r.Article)]
			if !ok {
				if err := tx.QueryRowContext(ctx, `SELECT text FROM articles WHERE id=?`, r.Article).Scan(&text); err != nil {
					return 0, fmt.Errorf("sqlite: relink: %w", err)
				}
				if len(texts) > 1024 {
					clear(texts)
				}
				texts[int64(r.Article)] = text
			}
			p := newStatement{id: r.ID, article: int64(r.Article), group: r.Group, pub: r.Published, st: &r.Statement, text: text}
			if err := s.linkStatement(ctx, tx, &p); err != nil {
				return 0, err
			}
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM links`).Scan(&n); err != nil {
		return 0, err
	}
	if err := bumpVersion(ctx, tx); err != nil {
		return 0, err
	}
	s.figs.clear()
	tx.Close()
	if err := sqltx.Commit(); err != nil {
		return 0, fmt.Errorf("sqlite: relink: %w", err)
	}
	return n, nil
}

// resubject files every figure again (ledger.Overrides.Filed: the
// subject and date extraction gives, with the reviews applied) and
// recomputes every subject.
func resubject(ctx context.Context, tx *txc) error {
	ov, err := overrides(ctx, tx)
	if err != nil {
		return err
	}
	if _, err := refile(ctx, tx, ov, `1=1`); err != nil {
		return fmt.Errorf("sqlite: relink: %w", err)
	}
	var keys []string
	if err := collect(ctx, tx, &keys, `SELECT key FROM subjects`); err != nil {
		return err
	}
	if err := ledger.UpdateSubjects(ctx, ledgerTx{tx: tx, all: true}, keys); err != nil {
		return fmt.Errorf("sqlite: relink: %w", err)
	}
	return nil
}
