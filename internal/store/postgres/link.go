package postgres

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/ledger"
)

// ftsWords splits free text into at most max distinct words (compared
// case-insensitively) of letters and digits, the words the SQLite store
// quotes for FTS5. Nothing else survives, so no user text is query syntax.
func ftsWords(text string, max int) []string {
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
		words = append(words, w)
	}
	for _, r := range text {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80 && isWordRune(r) {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return words
}

func isWordRune(r rune) bool {
	return strings.ToLower(string(r)) != strings.ToUpper(string(r)) || (r >= 0x660 && r <= 0x669)
}

// anyOf is a tsquery matching any of the word groups in the text[]
// parameter p, each group matching when all its words occur: the OR of
// plainto_tsquery of each group. plainto_tsquery reads its text as words
// only, and its output is canonical tsquery text, safe to combine.
func anyOf(p string) string {
	return `(SELECT COALESCE(string_agg('(' || q::text || ')', ' | '), '')::tsquery
		FROM (SELECT plainto_tsquery('` + ftsConfig + `', g) AS q FROM unnest(` + p + `::text[]) g) x WHERE q::text <> '')`
}

// recentClaims is how many of the newest claims nearQuery reads before it
// turns to the full-text index.
const recentClaims = 1024

// nearWhere is the condition of nearQuery's and indexQuery's matches: a
// latest claim matching the word groups $1, published between $2 and $3
// (or undated; no bound when $2 is empty). The query is a scalar subquery
// (an init plan), not a join with the CTE, so that the planner may serve
// it from the GIN index.
const nearWhere = `c.tsv @@ (SELECT q FROM q) AND c.latest AND ($2='' OR c.published='' OR c.published BETWEEN $2 AND $3)`

// nearIndex is the full-text index search of nearQuery and indexQuery: the
// newest $4 matches. "c.id + 0" keeps the planner off the backward walk
// of the primary key that it otherwise picks for ORDER BY id LIMIT: that
// walk reads every claim newer than the $4-th match, all of them when
// the words are rare (0.4–0.7 s per search at 8,500 articles, growing
// with the store), where the index reads only the words' posting lists.
const nearIndex = `SELECT c.id FROM claims c WHERE ` + nearWhere + ` ORDER BY c.id + 0 DESC LIMIT $4`

// nearQuery returns the newest latest claims ($4 of them) matching any of
// the word groups $1, published between $2 and $3 (or undated; no bound
// when $2 is empty). A GIN index reads a word's whole posting list before
// anything can be sorted, which grows with the store for a common word (an
// outlet's name); so the newest recentClaims claims are tried first, and
// only when they hold fewer than $4 matches is the index asked. Either way
// the answer is the same: the newest matches.
var nearQuery = `WITH q AS (SELECT ` + anyOf("$1") + ` AS q),
	recent AS (SELECT c.id FROM (SELECT id, tsv, latest, published FROM claims ORDER BY id DESC LIMIT ` + fmt.Sprint(recentClaims) + `) c
		WHERE ` + nearWhere + ` ORDER BY c.id DESC LIMIT $4)
	SELECT id FROM recent
	UNION ALL
	SELECT id FROM (` + nearIndex + `) x WHERE (SELECT COUNT(*) FROM recent) < $4`

// middleClaims are the ranges of newest claims stagedQuery searches
// through the full-text index, restricted to their ids, before it asks
// the index for all claims: each stage is tried when the ones before it
// held too few matches, and only on a store holding more claims than the
// range and recentClaims together.
var middleClaims = []int64{4096, 16384}

// stagedQuery is nearQuery with middle stages ($5, $6, … as many as
// middle: when the newest recentClaims claims hold fewer than $4 matches,
// the index's matches among the claims with ids above $5 (the planner ANDs
// the index's bitmap with the primary key's range) are read, then above
// $6, …, before all of them. The full index search reads every match
// (posting lists of words in thousands of claims: 10-20k rows at 100k
// articles, most of a store's ingest time) to keep the newest few; a
// middle stage reads the matches of the newest few thousand claims, which
// hold $4 matches whenever the words recur every few hundred claims. The
// answer is the same: the newest matches (each part's are the newest of
// all when it has $4, and hold the parts before it).
func stagedQuery(middle int) string {
	q := `WITH q AS (SELECT ` + anyOf("$1") + ` AS q),
	s0 AS (SELECT c.id FROM (SELECT id, tsv, latest, published FROM claims ORDER BY id DESC LIMIT ` + fmt.Sprint(recentClaims) + `) c
		WHERE ` + nearWhere + ` ORDER BY c.id DESC LIMIT $4)`
	for i := 1; i <= middle; i++ {
		q += fmt.Sprintf(",\n\ts%d AS (SELECT c.id FROM claims c WHERE "+nearWhere+" AND c.id > $%d ORDER BY c.id + 0 DESC LIMIT $4)", i, 4+i)
	}
	// A part runs only when every part before it held fewer than $4.
	q += "\n\tSELECT id FROM s0"
	few := "(SELECT COUNT(*) FROM s0) < $4"
	for i := 1; i <= middle; i++ {
		q += fmt.Sprintf("\n\tUNION ALL\n\tSELECT id FROM s%d WHERE %s", i, few)
		few += fmt.Sprintf(" AND (SELECT COUNT(*) FROM s%d) < $4", i)
	}
	return q + "\n\tUNION ALL\n\tSELECT id FROM (" + nearIndex + ") x WHERE " + few
}

// stagedQueries are stagedQuery with one and with two middle stages.
var stagedQueries = [...]string{1: stagedQuery(1), 2: stagedQuery(2)}

// indexQuery is nearQuery without the newest claims first, for words
// known to be rare (each in fewer than rareDocs claims): their posting
// lists are short, and reading the newest claims would cost more than
// the index search it rarely saves. Same answer.
var indexQuery = `WITH q AS (SELECT ` + anyOf("$1") + ` AS q) ` + nearIndex

// linkStatement finds what a denial or confirmation is about and records
// the links that pass ledger.LinkThreshold; maxClaim is the largest claim
// id when the batch began (it places the searches' middle stage).
func (s *DB) linkStatement(ctx context.Context, tx pgx.Tx, p *newStatement, maxClaim int64, found *[]string) error {
	st := p.st
	target := string(st.Target)
	if target == "" {
		target = st.TargetSpan.Of(p.text)
	}
	from := &ledger.LinkFrom{Statement: st, Article: p.article, Group: p.group, Published: p.pub,
		Target: target, Content: st.Content, Sentence: st.Sentence.Of(p.text)}
	// The candidate searches are pipelined: the same article's claims,
	// those naming the outlet the target names, and the term counts
	// in one round trip; the rare-word search in a second.
	ids := map[int64]bool{}
	var order []int64
	b := &pgx.Batch{}
	addRows := func(q string, args ...any) {
		b.Queue(q, args...).Query(func(rows pgx.Rows) error {
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
			if err := rows.Err(); err != nil {
				return fmt.Errorf("postgres: link candidates: %w", err)
			}
			return nil
		})
	}
	// Same article.
	addRows(`SELECT id FROM claims WHERE article=$1 AND NOT (kind='statement' AND ref=$2) ORDER BY id LIMIT $3`, p.article, p.id, maxLinkCandidates)
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
	near := func(q string, groups []string, days, limit int) {
		lo, hi := window(days)
		args := []any{groups, lo, hi, limit}
		if q == nearQuery {
			for _, m := range middleClaims {
				if maxClaim-m > recentClaims {
					args = append(args, maxClaim-m)
				}
			}
			if n := len(args) - 4; n > 0 {
				q = stagedQueries[n]
			}
		}
		addRows(q, args...)
	}
	var phrases []string
	seenPh := map[string]bool{}
	for _, o := range ledger.Outlets(target + " " + from.Sentence) {
		for _, name := range ledger.OutletNames(o) {
			// Without function words: "the" would make the search read
			// the longest posting list of the index.
			w := ftsWords(strings.Join(ledger.ContentWords(name), " "), 8)
			if ph := clean(strings.Join(w, " ")); ph != "" && !seenPh[ph] {
				seenPh[ph] = true
				phrases = append(phrases, ph)
			}
		}
	}
	if len(phrases) > 0 {
		near(nearQuery, phrases, linkWindowDays, 20)
	}
	var rare []string
	var allRare bool
	s.queueRareTerms(b, "claims", ledger.ContentWords(target+" "+st.Content), rareKeep, &rare, &allRare, found)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("postgres: link candidates: %w", err)
	}
	if w := ftsWords(strings.Join(rare, " "), maxSearchFTSWords); len(w) > 0 {
		b = &pgx.Batch{}
		q := nearQuery
		if allRare {
			q = indexQuery
		}
		near(q, w, 365, maxLinkCandidates)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("postgres: link candidates: %w", err)
		}
	}
	cands, err := loadCandidates(ctx, tx, order)
	if err != nil {
		return err
	}
	best := ledger.BestLinks(from, s.judge, cands, p.id)
	if len(best) == 0 {
		return nil
	}
	b = &pgx.Batch{}
	for _, x := range best {
		var toS, toF *int64
		id := x.Candidate.ID
		if x.Candidate.Kind == "statement" {
			toS = &id
		} else {
			toF = &id
		}
		reasons := x.Reasons
		if reasons == nil {
			reasons = []string{}
		}
		b.Queue(`INSERT INTO links(kind,confidence,reasons,from_statement,to_statement,to_figure) VALUES ($1,$2,$3,$4,$5,$6)`,
			st.Stance, x.Confidence, reasons, p.id, toS, toF)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("postgres: insert link: %w", err)
	}
	return nil
}

// loadCandidates reads claims rows as link candidates, in the order of ids.
func loadCandidates(ctx context.Context, tx pgx.Tx, ids []int64) ([]ledger.LinkCandidate, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, `SELECT c.id, c.kind, c.ref, c.article, a.grp, c.published, c.outlet, c.speaker, c.text, c.stance,
			f.value, s.holder, s.thing, s.location, COALESCE(f.sent_s, st.sent_s, 0), COALESCE(f.sent_e, st.sent_e, 0), COALESCE(st.cue, '')
		FROM claims c JOIN articles a ON a.id=c.article
		LEFT JOIN figures f ON c.kind='figure' AND f.id=c.ref
		LEFT JOIN statements st ON c.kind='statement' AND st.id=c.ref
		LEFT JOIN subjects s ON s.key=f.subject
		WHERE c.id = ANY($1::bigint[])`, ids)
	if err != nil {
		return nil, fmt.Errorf("postgres: candidates: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]ledger.LinkCandidate, len(ids))
	for rows.Next() {
		var c ledger.LinkCandidate
		var id int64
		var pub string
		var holder, thing, loc *string
		if err := rows.Scan(&id, &c.Kind, &c.ID, &c.Article, &c.Group, &pub, &c.Outlet, &c.Speaker, &c.Text, &c.Stance, &c.Value, &holder, &thing, &loc, &c.Sentence.Start, &c.Sentence.End, &c.Cue); err != nil {
			return nil, err
		}
		c.Published, _ = document.ParseDate(pub)
		c.Subject = ledger.Subject{Holder: deref(holder), Thing: deref(thing), Location: deref(loc)}
		byID[id] = c
	}
	if err := rows.Err(); err != nil {
		return nil, err
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

// queueRareTerms queues the lookup of the rarest of words in table's
// full-text index ("claims" or "articles"; at most keep, rarest first, ties
// in term order) into *out, as the SQLite store's rareTerms: the words are
// looked up as they are (not stemmed) among the index's stemmed terms, and
// words absent from it are dropped. A word's count is its rows, up to
// rareDocs, read from the index (claimtrack_claim_docs, _article_docs:
// rows of the transaction's own batch included); a claims term known to
// be common (claims_common, or this process's cache) is not counted again.
// Claims terms newly found common are appended to *found, for the caller
// to record once its transaction commits (recordCommon). When allRare is
// not nil it is set to whether every term kept is in fewer than rareDocs
// rows.
func (s *DB) queueRareTerms(b *pgx.Batch, table string, words []string, keep int, out *[]string, allRare *bool, found *[]string) {
	seen := map[string]bool{}
	type term struct {
		w   string
		doc int64
	}
	var known []term // common, from the cache
	var ask []string
	for _, w := range words {
		if len(w) < 3 || seen[w] || len(seen) == vocabLookup {
			continue
		}
		seen[w] = true
		w = clean(w)
		switch {
		case strings.ContainsAny(w, "'\\ \t\n\r\f\v"):
			// Not a term of the index, whose terms are words of letters
			// and digits; nor safe to quote as one.
		case s.isCommon(table, w):
			known = append(known, term{w, rareDocs})
		default:
			ask = append(ask, w)
		}
	}
	finish := func(terms []term) {
		sort.SliceStable(terms, func(i, j int) bool {
			if terms[i].doc != terms[j].doc {
				return terms[i].doc < terms[j].doc
			}
			return terms[i].w < terms[j].w
		})
		terms = terms[:min(keep, len(terms))]
		var ws []string
		rare := true
		for _, t := range terms {
			ws = append(ws, t.w)
			rare = rare && t.doc < rareDocs
		}
		*out = ws
		if allRare != nil {
			*allRare = rare && len(ws) > 0
		}
	}
	if len(ask) == 0 {
		finish(known)
		return
	}
	q := `SELECT u.w, claimtrack_article_docs(('''' || u.w || '''')::tsquery), FALSE FROM unnest($1::text[]) u(w)`
	if table == "claims" {
		q = `SELECT u.w, CASE WHEN k.term IS NULL THEN claimtrack_claim_docs(('''' || u.w || '''')::tsquery) ELSE ` + fmt.Sprint(rareDocs) + ` END, k.term IS NOT NULL
			FROM unnest($1::text[]) u(w) LEFT JOIN claims_common k ON k.term = u.w`
	}
	b.Queue(q, ask).Query(func(rows pgx.Rows) error {
		terms := known
		for rows.Next() {
			var t term
			var stored bool
			if err := rows.Scan(&t.w, &t.doc, &stored); err != nil {
				return fmt.Errorf("postgres: term counts: %w", err)
			}
			if t.doc >= rareDocs {
				s.common.Store(table+"\x00"+t.w, true)
				if !stored && found != nil && table == "claims" {
					*found = append(*found, t.w)
				}
			}
			if t.doc > 0 {
				terms = append(terms, t)
			}
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("postgres: term counts: %w", err)
		}
		finish(terms)
		return nil
	})
}

// isCommon reports whether this process has seen term in at least
// rareDocs rows of table: a count that never falls (rows are not deleted).
func (s *DB) isCommon(table, term string) bool {
	_, ok := s.common.Load(table + "\x00" + term)
	return ok
}

// recordCommon stores claims terms found common (queueRareTerms) after
// the transaction that counted them committed: outside it, so that
// concurrent batches never wait on each other's new rows there. An error
// only leaves them to be counted again.
func (s *DB) recordCommon(ctx context.Context, terms []string) {
	if len(terms) == 0 {
		return
	}
	sort.Strings(terms)
	s.pool.Exec(context.WithoutCancel(ctx), `INSERT INTO claims_common(term) SELECT DISTINCT t FROM unnest($1::text[]) t ORDER BY 1 ON CONFLICT DO NOTHING`, terms)
}

// rareTerms runs queueRareTerms on its own.
func (s *DB) rareTerms(ctx context.Context, table string, words []string, keep int) ([]string, error) {
	var out []string
	b := &pgx.Batch{}
	s.queueRareTerms(b, table, words, keep, &out, nil, nil)
	if b.Len() == 0 {
		return out, nil
	}
	return out, s.pool.SendBatch(ctx, b).Close()
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Relink recomputes the ledger from the stored facts, in one transaction
// holding the write locks of every subject: every figure's subject and
// date, every subject's statistics, discrepancies and revisions, and every
// link from the denials and confirmations of the current article versions
// (see the SQLite store's Relink). It returns the number of links.
func (s *DB) Relink(ctx context.Context) (int, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// Concurrent writers wait: relink rewrites every subject.
	if _, err := tx.Exec(ctx, `LOCK TABLE subjects, discrepancies, links IN EXCLUSIVE MODE`); err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	ov, err := overrides(ctx, tx)
	if err != nil {
		return 0, err
	}
	if _, err := refile(ctx, tx, ov, `TRUE`); err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	var keys []string
	rows, err := tx.Query(ctx, `SELECT key FROM subjects ORDER BY key`)
	if err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return 0, err
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if err := ledger.UpdateSubjects(ctx, ledgerTx{tx: tx, all: true}, keys); err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM links`); err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	var last, maxClaim int64
	var common []string
	if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(id),0) FROM claims`).Scan(&maxClaim); err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	texts := map[int64]string{}
	for {
		sts, err := loadStatements(ctx, tx, `t.id > $1 AND t.stance IN ('denies','confirms') AND a.latest ORDER BY t.id LIMIT 256`, last)
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
				if err := tx.QueryRow(ctx, `SELECT text FROM articles WHERE id=$1`, r.Article).Scan(&text); err != nil {
					return 0, fmt.Errorf("postgres: relink: %w", err)
				}
				if len(texts) > 1024 {
					clear(texts)
				}
				texts[int64(r.Article)] = text
			}
			p := newStatement{id: r.ID, article: int64(r.Article), group: r.Group, pub: r.Published, st: &r.Statement, text: text}
			if err := s.linkStatement(ctx, tx, &p, maxClaim, &common); err != nil {
				return 0, err
			}
		}
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM links`).Scan(&n); err != nil {
		return 0, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("postgres: relink: %w", err)
	}
	s.recordCommon(ctx, common)
	s.bumpVersion(ctx)
	return n, nil
}
