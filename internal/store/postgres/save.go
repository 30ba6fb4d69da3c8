package postgres

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Limits on the work one new fact may cause (the SQLite store's values).
const (
	maxDupCandidates          = 64 // articles sharing an LSH band examined per new article
	maxCompareFigures         = 50 // same-subject figures compared with a new figure
	maxDiscrepanciesPerFigure = 3
	maxLinkCandidates         = 60 // claims scored per denial or confirmation
	linkWindowDays            = 45 // cross-article candidates named by source: ± days
	maxSearchFTSWords         = 12
	maxQueryTextLength        = 2000
	compareWindowDays         = 400
	maxSaveAttempts           = 5
)

// newStatement remembers a denial or confirmation saved in this batch.
type newStatement struct {
	id      int64
	article int64
	group   int64
	pub     document.Date
	st      *extract.Statement
	text    string
}

// SaveBatch implements store.Store.
func (s *DB) SaveBatch(ctx context.Context, results []*extract.Result) ([]store.Saved, error) {
	for _, r := range results {
		if r == nil || r.Doc == nil {
			return nil, fmt.Errorf("postgres: result without document")
		}
	}
	for attempt := 1; ; attempt++ {
		out, err := s.saveBatch(ctx, results)
		if err == nil || !retryable(err) || attempt == maxSaveAttempts || ctx.Err() != nil {
			return out, err
		}
	}
}

func (s *DB) saveBatch(ctx context.Context, results []*extract.Result) ([]store.Saved, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	// Locks per key, not one global lock: the texts, URLs and LSH bands
	// (dup groups) this batch writes, taken in sorted order so that two
	// batches never wait on each other in a cycle. The subjects' locks
	// come last, for the subject work only (see below): batches about
	// other stories run side by side, and batches sharing a subject
	// overlap in everything but its update.
	// Each text's MinHash signature is computed once, here, for its LSH
	// bands' locks and for its dup lookup.
	sigs := make([]ledger.Signature, len(results))
	for i, r := range results {
		sigs[i] = ledger.MinHash(r.Doc.Text)
	}
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) k`, batchLocks(results, sigs)); err != nil {
		return nil, fmt.Errorf("postgres: write locks: %w", err)
	}
	// The batch's first round trip: the claims already indexed, which of
	// its texts are stored, and the first article's URL and dup lookups.
	// Each article's round trip then carries the next one's lookups.
	var maxArticle, maxClaim int64
	known := map[string]store.Saved{}
	b := &pgx.Batch{}
	// Generic plans while the articles go in: with the arrays' lengths
	// known, the planner costed a custom plan of the printed-lines lookup
	// below the generic one and planned it afresh at nearly every call
	// (planning took longer than running it: 7% of the server's CPU).
	// Every statement of this phase reads or writes by key. The link
	// searches and the ledger's reads, whose plans depend on the values
	// (id ranges, dates), go back to the default below.
	b.Queue(`SET LOCAL plan_cache_mode = force_generic_plan`)
	b.Queue(`SELECT (SELECT COALESCE(MAX(id),0) FROM articles), (SELECT COALESCE(MAX(id),0) FROM claims)`).QueryRow(func(row pgx.Row) error {
		return row.Scan(&maxArticle, &maxClaim)
	})
	queueKnownDocs(b, results, known)
	var next *lookup
	if len(results) > 0 {
		next = queueLookup(b, results[0], &sigs[0])
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: lookup: %w", err)
	}
	ov, err := overrides(ctx, tx)
	if err != nil {
		return nil, err
	}
	out := make([]store.Saved, 0, len(results))
	var pending []newStatement
	var touched []string
	var counts subjectCounts
	recount := map[string]bool{}
	for i, r := range results {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var follow *extract.Result
		var followSig *ledger.Signature
		if i+1 < len(results) {
			follow, followSig = results[i+1], &sigs[i+1]
		}
		sv, ps, nf, nxt, err := s.saveOne(ctx, tx, ov, r, known, next, follow, followSig, recount, &counts)
		if err != nil {
			return nil, err
		}
		next = nxt
		out = append(out, sv)
		pending = append(pending, ps...)
		touched = append(touched, nf...)
	}
	if _, err := tx.Exec(ctx, `SET LOCAL plan_cache_mode = auto`); err != nil {
		return nil, fmt.Errorf("postgres: plan mode: %w", err)
	}
	var common []string
	for i := range pending {
		if err := s.linkStatement(ctx, tx, &pending[i], maxClaim, &common); err != nil {
			return nil, err
		}
	}
	// The subject work, last: every subject the batch touches is locked
	// here, in one sorted round, so that a batch holds a subject (and its
	// counters' row) from this point to its commit only, not while its
	// articles are inserted and its denials linked (with four workers,
	// batches spent a third of their time waiting on each other's subject
	// locks and counter rows). Then the new articles' counters, in one
	// statement, and the ledger's update.
	if keys := uniqueKeys(touched); len(keys) > 0 {
		b = &pgx.Batch{}
		b.Queue(`SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) k`, subjectLocks(keys))
		if len(counts.key) > 0 {
			b.Queue(addSubjectCounts, counts.key, counts.n, counts.first, counts.last, counts.article)
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return nil, fmt.Errorf("postgres: subject counters: %w", err)
		}
	}
	if err := ledger.UpdateSubjects(ctx, ledgerTx{tx: tx, recount: recount}, touched); err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("postgres: commit: %w", err)
	}
	s.recordCommon(ctx, common)
	// One move of the data version per batch that changed anything (was
	// one statement and round trip per changed article): readers only
	// need to see that it moved.
	var top int64
	changed := false
	for _, sv := range out {
		changed = changed || sv.Created || sv.Updated
		top = max(top, int64(sv.ID))
	}
	if changed {
		s.bumpVersion(ctx)
	}
	if grown(maxArticle, top) {
		s.analyze(ctx, top)
	}
	return out, nil
}

// grown reports whether the articles went past a power of two (from 256
// on) between the largest id before a batch and after it.
func grown(before, after int64) bool {
	for p := int64(256); p > 0 && p <= after; p *= 2 {
		if before < p {
			return true
		}
	}
	return false
}

// analyze refreshes the planner's statistics of the tables a save reads.
// The plans of a connection's prepared statements are kept until the
// statistics of their tables change: without autovacuum (CI servers turn
// it off), plans made while the tables were nearly empty (reading all of
// lsh, or of minhash, per article) would stay for good. Run after every
// doubling of the articles, it costs a few ANALYZE runs over the life of
// a store. An error only leaves the old statistics. Concurrent writers
// (queue workers) each see the same doubling: one analyses, under a
// try-lock, and the others skip when the statistics already count at
// least three quarters of the articles (with 4 workers, 13 runs were the
// server's largest statement on an empty store).
func (s *DB) analyze(ctx context.Context, top int64) {
	ctx = context.WithoutCancel(ctx)
	pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var ok bool
		var counted float64
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1), (SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass)`, analyzeLockKey).Scan(&ok, &counted); err != nil || !ok {
			return err
		}
		if counted >= 0.75*float64(top) {
			return nil // another writer analysed at this doubling
		}
		// A tenth of the default statistics target for all but the
		// full-text columns (migration 8): these statistics are here to
		// give plans their tables' sizes and key ranges, which a 3,000-row
		// sample gives as well; the default's MCV lists and histograms of
		// every text column made these runs 14% of the server's CPU while
		// an empty store took its first 2,000 articles.
		if _, err := tx.Exec(ctx, `SET LOCAL default_statistics_target = 10`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `ANALYZE articles, lsh, minhash, figures, statements, claims, subjects, subject_groups, discrepancies, links, claims_common`)
		return err
	})
}

// rareDocs is where counting a term's rows stops: a term in more rows
// than this is common, and which common term is searched matters little
// (ties go in term order, as in the SQLite store).
const rareDocs = 256

// bumpVersion advances the data version after a commit. After, not
// inside: a sequence is not transactional, and a reader that saw the new
// number before the data would keep results computed from the old data.
// If it fails (or the process dies first) readers see the change at the
// next write.
func (s *DB) bumpVersion(ctx context.Context) {
	s.pool.Exec(context.WithoutCancel(ctx), `SELECT nextval('data_version')`)
}

// DataVersion implements store.Versioned: a number that moves after every
// write that changed data, whichever process made it.
func (s *DB) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.pool.QueryRow(ctx, `SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM data_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("postgres: data version: %w", err)
	}
	return v, nil
}

// clean makes s storable as PostgreSQL text without moving a byte: a NUL
// becomes a space and each byte of an invalid UTF-8 sequence a '?', so
// every span still points at the same bytes.
func clean(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, '?')
		case r == 0:
			b = append(b, ' ')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// finite is v, or nil for a missing, NaN or infinite value.
func finite(p *float64) *float64 {
	if p == nil || math.IsNaN(*p) || math.IsInf(*p, 0) {
		return nil
	}
	v := *p
	return &v
}

func clampSpan(s document.Span, n int) document.Span {
	if s.Start < 0 || s.End > n || s.Start > s.End {
		return document.Span{}
	}
	return s
}

// Its MinHash signature ($17) and LSH band hashes ($18) go in with it, in
// the same statement (were two more statements per article, each with its
// own executor start-up).
const insertArticle = `WITH n AS (SELECT nextval(pg_get_serial_sequence('articles','id')) AS id),
	a AS (INSERT INTO articles(id,doc_id,url,path,title,source,author,published,version,previous,latest,grp,words,nfigures,nstatements,ingested,text,sentences)
	SELECT n.id,$1,$2,$3,$4,$5,$6,$7,$8,$9,TRUE,CASE WHEN $10::bigint = 0 THEN n.id ELSE $10::bigint END,$11,$12,$13,$14,$15,$16 FROM n
	RETURNING id, grp),
	m AS (INSERT INTO minhash(article,sig,grp) SELECT id, $17, grp FROM a),
	l AS (INSERT INTO lsh(hash,article) SELECT DISTINCT h, a.id FROM a, unnest($18::bigint[]) h ON CONFLICT DO NOTHING)
	SELECT id, grp FROM a`

// currentArticle rewrites a statement whose $1 is the article id to use
// the id the batch's article insert just drew (currval), numbering the
// other parameters from $1: the facts are queued with the article in one
// pipelined round trip, before its id is known to the client.
func currentArticle(q string) string {
	return regexp.MustCompile(`\$(\d+)`).ReplaceAllStringFunc(q, func(m string) string {
		n, _ := strconv.Atoi(m[1:])
		if n == 1 {
			return "currval('articles_id_seq')"
		}
		return "$" + strconv.Itoa(n-1)
	})
}

// insertFigures inserts all figures of the article just inserted, and
// their claims, in one statement: one array parameter per column
// (unnest keeps them in order, so ids ascend as the figures come). A
// figure's claim text is its sentence, or its own text when the sentence
// is unknown.
var insertFigures = currentArticle(`WITH f AS (INSERT INTO figures(article,subject,day,text,value,low,high,approx,unit,holder,location,country,as_of,basis,source,anonymous,span_s,span_e,sent_s,sent_e,evidence,meaning,outlet)
	SELECT $1, u.*, ` + outletKey("$24::text") + ` FROM unnest($2::text[],$3::text[],$4::text[],$5::float8[],$6::float8[],$7::float8[],$8::text[],$9::text[],$10::text[],$11::text[],$12::text[],
		$13::text[],$14::text[],$15::text[],$16::bool[],$17::int[],$18::int[],$19::int[],$20::int[],$21::text[],$22::text[]) u
	RETURNING id, subject, source, anonymous, text, evidence)
	INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
	SELECT 'figure', f.id, $1, TRUE, $23, f.source, $24, '', f.anonymous, COALESCE(f.subject,''), CASE WHEN f.evidence <> '' THEN f.evidence ELSE f.text END
	FROM f ORDER BY f.id`)

// insertStatements inserts all statements of the article just inserted,
// and their claims (content, then the target when there is one), in one
// statement; it returns the statements' ids.
var insertStatements = currentArticle(`WITH t AS (INSERT INTO statements(article,speaker,speaker_role,speaker_type,anonymous,speaker_s,speaker_e,cue,cue_s,cue_e,content,content_s,content_e,direct,stance,target,target_s,target_e,span_s,span_e,sent_s,sent_e,evidence,source_type)
	SELECT $1, u.* FROM unnest($2::text[],$3::text[],$4::text[],$5::bool[],$6::int[],$7::int[],$8::text[],$9::int[],$10::int[],$11::text[],$12::int[],$13::int[],
		$14::bool[],$15::text[],$16::text[],$17::int[],$18::int[],$19::int[],$20::int[],$21::int[],$22::int[],$23::text[],$24::text[]) u
	RETURNING id, speaker, stance, anonymous, content, target)
	INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
	SELECT 'statement', t.id, $1, TRUE, $25, t.speaker, $26, t.stance, t.anonymous, '', CASE WHEN t.target <> '' THEN t.content || ' ' || t.target ELSE t.content END
	FROM t ORDER BY t.id RETURNING ref`)

// outletKey is the SQL expression of an outlet's name as figures.outlet
// holds it: folded (upper of lower: "BBC", "bbc" and "Bbc" are one
// outlet, as strings.EqualFold, which ledger.Repeat compares with, has
// them), so that an index finds an outlet's lines; Repeat still compares
// the names it is given.
func outletKey(expr string) string { return `upper(lower(` + expr + `))` }

// subjectCounts holds, per new article (not a new version) and subject,
// what the article adds to the subject's counters: its figures there and
// their first and last day. The batch applies them at its end.
type subjectCounts struct {
	key, first, last []string
	n                []int
	article          []int64
}

// addSubjectCounts adds the batch's new articles to the counters of their
// subjects, as the SQLite store's addSubjectDeltas: per subject the
// figures, one per article, one independent report per dup group that no
// earlier latest article filed under it (subject_groups; the batch's own
// articles of one group count once), and the date range. Rows are one
// per article and subject: $1 key, $2 figures, $3 first, $4 last day, $5
// article.
const addSubjectCounts = `WITH d AS (SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::bigint[]) AS d(key, n, first, last, article)),
	g AS (INSERT INTO subject_groups(subject, grp) SELECT DISTINCT d.key, a.grp FROM d JOIN articles a ON a.id = d.article ORDER BY 1, 2
		ON CONFLICT DO NOTHING RETURNING subject),
	x AS (SELECT key, SUM(n) AS n, COUNT(*) AS na, COALESCE(MIN(NULLIF(first, '')), '') AS first, MAX(last) AS last FROM d GROUP BY key)
	UPDATE subjects s SET nfigures = s.nfigures + x.n, narticles = s.narticles + x.na,
		ngroups = s.ngroups + (SELECT COUNT(*) FROM g WHERE g.subject = s.key),
		first = CASE WHEN x.first <> '' AND (s.first = '' OR x.first COLLATE "C" < s.first) THEN x.first COLLATE "C" ELSE s.first END,
		last = GREATEST(s.last, x.last COLLATE "C")
	FROM x WHERE s.key = x.key`

// saveOne inserts one article with its facts in one round trip, which
// also carries the lookups for the article that follows (follow, nil for
// none). pre holds this article's lookups. It returns the denials and
// confirmations to link and the subjects to update once the batch is in.
// A new article adds to the statistics of its subjects; subjects whose
// figures change otherwise (a replaced version, corrected metadata) go
// into recount.
func (s *DB) saveOne(ctx context.Context, tx pgx.Tx, ov *ledger.Overrides, r *extract.Result, known map[string]store.Saved, pre *lookup, follow *extract.Result, followSig *ledger.Signature, recount map[string]bool, counts *subjectCounts) (store.Saved, []newStatement, []string, *lookup, error) {
	d := r.Doc
	docID := d.ID
	if docID == "" {
		docID = document.ID(d.Text)
	}
	if sv, ok := known[docID]; ok {
		// The same text again: only corrected metadata changes anything,
		// and the next article's lookups still need a round trip.
		touched, err := updateMeta(ctx, tx, ov, &sv, r)
		if err != nil {
			return sv, nil, nil, nil, err
		}
		for _, k := range touched {
			recount[k] = true
		}
		var nxt *lookup
		if follow != nil {
			b := &pgx.Batch{}
			nxt = queueLookup(b, follow, followSig)
			if err := tx.SendBatch(ctx, b).Close(); err != nil {
				return sv, nil, nil, nil, fmt.Errorf("postgres: lookup: %w", err)
			}
		}
		return sv, nil, touched, nxt, nil
	}
	sv := store.Saved{DocID: docID, Created: true, Version: pre.version}
	prevID := pre.prevID
	group := pre.prevGroup
	if group == 0 {
		group = pre.group
	}
	sig := pre.sig
	bands := pre.bands
	url := clean(string(d.URL))
	pub := d.Published.String()
	var prev *int64
	if prevID != 0 {
		prev = &prevID
	}
	text := clean(d.Text)
	var aid int64
	b := &pgx.Batch{}
	b.Queue(insertArticle,
		docID, url, clean(string(d.Path)), clean(string(d.Title)), clean(string(d.Source)), clean(string(d.Author)), pub, sv.Version, prev,
		group, store.CountWords(d.Text), len(r.Figures), len(r.Statements), now(), text, store.EncodeSpans(r.Sentences), sig.Encode(), bands[:]).QueryRow(func(row pgx.Row) error {
		if err := row.Scan(&aid, &group); err != nil {
			return fmt.Errorf("postgres: insert article: %w", err)
		}
		return nil
	})
	// Everything else of the article goes in the same round trip.
	var touched []string
	var dkeys []string
	deltas := map[string]*ledger.SubjectDelta{}
	if prevID != 0 {
		b.Queue(`SELECT DISTINCT subject FROM figures WHERE article=$1 AND subject IS NOT NULL`, prevID).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				var k string
				if err := rows.Scan(&k); err != nil {
					return err
				}
				touched = append(touched, k)
			}
			return rows.Err()
		})
		b.Queue(`UPDATE articles SET latest=FALSE WHERE id=$1`, prevID)
		b.Queue(`UPDATE claims SET latest=FALSE WHERE article=$1`, prevID)
	}
	outlet := clean(string(d.Source))
	if len(r.Figures) > 0 {
		n := len(r.Figures)
		var (
			subject                                                             = make([]*string, 0, n)
			day, ftext, approx, unit, holder, loc, country, asOf, basis, source = make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n)
			evidence, meaning                                                   = make([]string, 0, n), make([]string, 0, n)
			value, low, high                                                    = make([]*float64, 0, n), make([]*float64, 0, n), make([]*float64, 0, n)
			anon                                                                = make([]bool, 0, n)
			spanS, spanE, sentS, sentE                                          = make([]int, 0, n), make([]int, 0, n), make([]int, 0, n), make([]int, 0, n)
		)
		var newSubjects [5][]string // key, label, holder, thing, location
		seenSubject := map[string]bool{}
		for i := range r.Figures {
			f := &r.Figures[i]
			line := ledger.NewLine(outlet, group, f)
			line.Text, line.SentLen = clean(f.Text), clampSpan(f.Sentence, len(d.Text)).Len()
			subj, when := ov.FiledLine(url, docID, f, d.Published, ledger.Repeat(line, pre.prior))
			var sk *string
			dayS := when.String()
			if subj.Key != "" {
				key := clean(subj.Key)
				sk = &key
				if !seenSubject[key] {
					seenSubject[key] = true
					for j, v := range []string{key, clean(subj.Label), clean(subj.Holder), clean(subj.Thing), clean(subj.Location)} {
						newSubjects[j] = append(newSubjects[j], v)
					}
				}
				touched = append(touched, key)
				dl := deltas[key]
				if dl == nil {
					dl = &ledger.SubjectDelta{}
					deltas[key] = dl
					dkeys = append(dkeys, key)
				}
				dl.Add(dayS)
			}
			sp, se := clampSpan(f.Span, len(d.Text)), clampSpan(f.Sentence, len(d.Text))
			subject = append(subject, sk)
			day = append(day, dayS)
			ftext = append(ftext, clean(f.Text))
			value, low, high = append(value, finite(f.Value)), append(low, finite(f.Low)), append(high, finite(f.High))
			approx, unit = append(approx, clean(string(f.Approx))), append(unit, clean(string(f.Unit)))
			holder, loc, country = append(holder, clean(string(f.Holder))), append(loc, clean(string(f.Location))), append(country, clean(string(f.Country)))
			asOf, basis, source = append(asOf, clean(string(f.AsOf))), append(basis, clean(string(f.Basis))), append(source, clean(string(f.Source)))
			anon = append(anon, f.Anonymous)
			spanS, spanE, sentS, sentE = append(spanS, sp.Start), append(spanE, sp.End), append(sentS, se.Start), append(sentE, se.End)
			evidence = append(evidence, se.Of(text))
			meaning = append(meaning, clean(store.EncodeMeaning(f)))
		}
		if len(newSubjects[0]) > 0 {
			// Sorted keys: concurrent batches insert in one order.
			sortSubjects(&newSubjects)
			b.Queue(`INSERT INTO subjects(key,label,holder,thing,location) SELECT * FROM unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::text[]) ON CONFLICT DO NOTHING`,
				newSubjects[0], newSubjects[1], newSubjects[2], newSubjects[3], newSubjects[4])
		}
		b.Queue(insertFigures, subject, day, ftext, value, low, high, approx, unit, holder, loc, country, asOf, basis, source, anon,
			spanS, spanE, sentS, sentE, evidence, meaning, pub, outlet)
	}
	var pend []newStatement
	if len(r.Statements) > 0 {
		n := len(r.Statements)
		var (
			speaker, role, stype, cue, content, stance, target, evidence, srcType = make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n), make([]string, 0, n)
			anon, direct                                                          = make([]bool, 0, n), make([]bool, 0, n)
			ints                                                                  [12][]int
		)
		for i := range r.Statements {
			st := &r.Statements[i]
			tl := len(d.Text)
			spk, cu, con, tgt := clampSpan(st.SpeakerSpan, tl), clampSpan(st.CueSpan, tl), clampSpan(st.ContentSpan, tl), clampSpan(st.TargetSpan, tl)
			sp, se := clampSpan(st.Span, tl), clampSpan(st.Sentence, tl)
			speaker, role, stype = append(speaker, clean(string(st.Speaker))), append(role, clean(string(st.SpeakerRole))), append(stype, clean(string(st.SpeakerType)))
			anon, direct = append(anon, st.Anonymous), append(direct, st.Direct)
			cue, content, stance, target = append(cue, clean(string(st.Cue))), append(content, clean(st.Content)), append(stance, clean(st.Stance)), append(target, clean(string(st.Target)))
			evidence, srcType = append(evidence, se.Of(text)), append(srcType, clean(string(st.SourceType)))
			for j, v := range []int{spk.Start, spk.End, cu.Start, cu.End, con.Start, con.End, tgt.Start, tgt.End, sp.Start, sp.End, se.Start, se.End} {
				ints[j] = append(ints[j], v)
			}
		}
		b.Queue(insertStatements, speaker, role, stype, anon, ints[0], ints[1], cue, ints[2], ints[3], content, ints[4], ints[5],
			direct, stance, target, ints[6], ints[7], ints[8], ints[9], ints[10], ints[11], evidence, srcType, pub, outlet).Query(func(rows pgx.Rows) error {
			ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
			if err != nil {
				return fmt.Errorf("postgres: insert statements: %w", err)
			}
			if len(ids) != len(r.Statements) {
				return fmt.Errorf("postgres: insert statements: %d ids for %d statements", len(ids), len(r.Statements))
			}
			// Ids ascend in the statements' order.
			sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
			for i, id := range ids {
				st := &r.Statements[i]
				if st.Stance == extract.Denies || st.Stance == extract.Confirms {
					pend = append(pend, newStatement{id: id, article: aid, group: group, pub: d.Published, st: st, text: d.Text})
				}
			}
			return nil
		})
	}
	var nxt *lookup
	if follow != nil {
		nxt = queueLookup(b, follow, followSig)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return sv, nil, nil, nil, fmt.Errorf("postgres: save article: %w", err)
	}
	if prevID != 0 {
		for _, k := range touched {
			recount[k] = true
		}
	} else {
		for _, k := range dkeys {
			dl := deltas[k]
			counts.key, counts.n, counts.first, counts.last = append(counts.key, k), append(counts.n, dl.Figures), append(counts.first, dl.First), append(counts.last, dl.Last)
			counts.article = append(counts.article, aid)
		}
	}
	sv.ID, sv.Group = store.ArticleID(aid), group
	known[docID] = store.Saved{ID: sv.ID, DocID: docID, Version: sv.Version, Group: group}
	return sv, pend, touched, nxt, nil
}

// sortSubjects sorts the columns of new subject rows by key.
func sortSubjects(cols *[5][]string) {
	idx := make([]int, len(cols[0]))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool { return cols[0][idx[i]] < cols[0][idx[j]] })
	var out [5][]string
	for c := range cols {
		out[c] = make([]string, len(idx))
		for i, k := range idx {
			out[c][i] = cols[c][k]
		}
	}
	*cols = out
}

// queueKnownDocs queues the lookup of the batch's texts already stored,
// by doc id, into known.
func queueKnownDocs(b *pgx.Batch, results []*extract.Result, known map[string]store.Saved) {
	ids := make([]string, 0, len(results))
	for _, r := range results {
		id := r.Doc.ID
		if id == "" {
			id = document.ID(r.Doc.Text)
		}
		ids = append(ids, clean(id))
	}
	b.Queue(`SELECT doc_id, id, version, grp FROM articles WHERE doc_id = ANY($1::text[])`, ids).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var sv store.Saved
			if err := rows.Scan(&sv.DocID, &sv.ID, &sv.Version, &sv.Group); err != nil {
				return err
			}
			known[sv.DocID] = sv
		}
		return rows.Err()
	})
}

// lookup is what saving an article needs to know first: the latest
// version at its URL, and the dup group of the most similar stored copy of
// the story (0 when none).
type lookup struct {
	prevID, prevGroup int64
	version           int // of the article to save: 1, or the URL's latest + 1
	group             int64
	sig               ledger.Signature
	bands             [ledger.Bands]int64
	prior             []ledger.Line // stored lines printed with one of the article's figure texts
}

// queueLookup queues the lookups for r's document, whose MinHash
// signature is sig; the lookup is filled when the batch's results are
// read.
func queueLookup(b *pgx.Batch, r *extract.Result, sig *ledger.Signature) *lookup {
	d := r.Doc
	l := &lookup{version: 1, sig: *sig}
	queuePriorLines(b, r.Figures, len(d.Text), []string{string(d.Source)}, &l.prior)
	l.bands = l.sig.BandHashes()
	if url := clean(string(d.URL)); url != "" {
		b.Queue(`SELECT id, version, grp FROM articles WHERE url=$1 AND latest ORDER BY id DESC LIMIT 1`, url).Query(func(rows pgx.Rows) error {
			if rows.Next() {
				if err := rows.Scan(&l.prevID, &l.version, &l.prevGroup); err != nil {
					return fmt.Errorf("postgres: lookup url: %w", err)
				}
				l.version++
			}
			return rows.Err()
		})
	}
	// The candidates' rows are read by key (OFFSET 0 keeps each lateral
	// lookup a lookup): without statistics, the planner joined them by
	// reading all of minhash.
	b.Queue(`SELECT m.grp, m.sig FROM (SELECT DISTINCT article FROM lsh WHERE hash = ANY($1::bigint[]) ORDER BY article LIMIT `+fmt.Sprint(maxDupCandidates)+`) c
		CROSS JOIN LATERAL (SELECT grp, sig FROM minhash WHERE article=c.article OFFSET 0) m
		ORDER BY c.article`, l.bands[:]).Query(func(rows pgx.Rows) error {
		bestJ := -1.0
		for rows.Next() {
			var grp int64
			var sb []byte
			if err := rows.Scan(&grp, &sb); err != nil {
				return fmt.Errorf("postgres: dup candidates: %w", err)
			}
			o, ok := ledger.DecodeSignature(sb)
			if !ok || !ledger.SameStory(&l.sig, &o) {
				continue
			}
			if j := ledger.Jaccard(&l.sig, &o); j > bestJ {
				bestJ, l.group = j, grp
			}
		}
		return rows.Err()
	})
	return l
}

// batchLocks returns the sorted advisory-lock keys a batch takes first:
// each text, URL, LSH band and printed line (subjects are locked later,
// subjectLocks);
// sigs are the texts' MinHash signatures.
func batchLocks(results []*extract.Result, sigs []ledger.Signature) []int64 {
	seen := map[int64]bool{}
	var keys []int64
	add := func(kind, v string) {
		h := fnv.New64a()
		h.Write([]byte(kind))
		h.Write([]byte{0})
		h.Write([]byte(v))
		k := int64(h.Sum64())
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for i, r := range results {
		d := r.Doc
		id := d.ID
		if id == "" {
			id = document.ID(d.Text)
		}
		add("doc", id)
		if d.URL != "" {
			add("url", clean(string(d.URL)))
		}
		for _, b := range sigs[i].BandHashes() {
			add("lsh", strconv.FormatInt(b, 10))
		}
		// Each printed line (the outlet, folded, and a figure's text in a
		// sentence of its length: what ledger.Repeat compares): of two
		// batches printing one line, the second waits for the first to
		// commit, then its lookup of earlier lines sees the first's, and
		// files its own as a repeat, as a relink does. Without it, both
		// filed the line. Without an outlet nothing is a repeat, and
		// nothing is locked.
		if outlet := clean(string(d.Source)); strings.TrimSpace(outlet) != "" {
			key := strings.ToUpper(strings.ToLower(outlet))
			for j := range r.Figures {
				f := &r.Figures[j]
				add("line", key+"\x00"+clean(f.Text)+"\x00"+strconv.Itoa(clampSpan(f.Sentence, len(d.Text)).Len()))
			}
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

// subjectLocks returns the sorted advisory-lock keys of subjects.
func subjectLocks(keys []string) []int64 {
	locks := make([]int64, len(keys))
	for i, k := range keys {
		locks[i] = subjectLock(k)
	}
	sort.Slice(locks, func(i, j int) bool { return locks[i] < locks[j] })
	return locks
}

// uniqueKeys returns the distinct non-empty keys.
func uniqueKeys(keys []string) []string {
	seen := make(map[string]bool, len(keys))
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// subjectLock is the advisory-lock key of a subject.
func subjectLock(key string) int64 {
	h := fnv.New64a()
	h.Write([]byte("subject"))
	h.Write([]byte{0})
	h.Write([]byte(key))
	return int64(h.Sum64())
}

// ledgerTx is the ledger's view of a write transaction (ledger.Tx).
// Subjects in recount (or all, when all is set) have their statistics and
// groups counted again from their figures; the others' are the counters
// that new articles keep current.
type ledgerTx struct {
	tx      pgx.Tx
	recount map[string]bool
	all     bool
}

// SubjectFigures implements ledger.Tx. It takes each subject's lock first
// (held already for the subjects of the batch's own figures; subjects of a
// replaced version may be new to the transaction).
func (l ledgerTx) SubjectFigures(ctx context.Context, keys []string, limit int) (map[string][]store.FigureRow, error) {
	out := make(map[string][]store.FigureRow, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	if _, err := l.tx.Exec(ctx, `SELECT pg_advisory_xact_lock(k) FROM unnest($1::bigint[]) k`, subjectLocks(keys)); err != nil {
		return nil, fmt.Errorf("postgres: subject locks: %w", err)
	}
	// Per subject, the newest figures by a backward walk of
	// figures_subject that stops at limit: bounded however many figures
	// the subject holds.
	fs, err := loadFiguresCols(ctx, l.tx, figureColsLight, `f.id IN (SELECT x.id FROM unnest($1::text[]) k(key), LATERAL (SELECT f2.id
		FROM figures f2 JOIN articles a2 ON a2.id=f2.article AND a2.latest WHERE f2.subject = k.key ORDER BY f2.day DESC, f2.id DESC LIMIT $2) x) ORDER BY f.id`, keys, limit)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		out[f.Subject] = append(out[f.Subject], f)
	}
	return out, nil
}

// SubjectStats implements ledger.Tx: the counters of the subjects new
// articles keep current, and a count from the figures (which also rebuilds
// their subject_groups rows) of those to recount, in one round trip.
func (l ledgerTx) SubjectStats(ctx context.Context, keys []string) (map[string]store.Subject, error) {
	out := make(map[string]store.Subject, len(keys))
	var kept, again []string
	for _, k := range keys {
		if l.all || l.recount[k] {
			again = append(again, k)
		} else {
			kept = append(kept, k)
		}
	}
	scan := func(rows pgx.Rows) error {
		for rows.Next() {
			var x store.Subject
			var first, last string
			if err := rows.Scan(&x.Key, &x.Figures, &x.Articles, &x.Groups, &first, &last); err != nil {
				return err
			}
			x.First, _ = document.ParseDate(first)
			x.Last, _ = document.ParseDate(last)
			out[x.Key] = x
		}
		return rows.Err()
	}
	b := &pgx.Batch{}
	if len(kept) > 0 {
		b.Queue(`SELECT key, nfigures, narticles, ngroups, first, last FROM subjects WHERE key = ANY($1::text[])`, kept).Query(scan)
	}
	if len(again) > 0 {
		b.Queue(`SELECT f.subject, COUNT(*), COUNT(DISTINCT f.article), COUNT(DISTINCT a.grp), COALESCE(MIN(NULLIF(f.day,'')),''), COALESCE(MAX(f.day),'')
			FROM figures f JOIN articles a ON a.id=f.article AND a.latest WHERE f.subject = ANY($1::text[]) GROUP BY f.subject`, again).Query(scan)
		b.Queue(`DELETE FROM subject_groups WHERE subject = ANY($1::text[])`, again)
		b.Queue(`INSERT INTO subject_groups(subject, grp) SELECT DISTINCT f.subject, a.grp
			FROM figures f JOIN articles a ON a.id=f.article AND a.latest WHERE f.subject = ANY($1::text[]) ORDER BY 1, 2`, again)
	}
	if err := l.tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: subject stats: %w", err)
	}
	return out, nil
}

// PutSubjects implements ledger.Tx: the existing pairs in one round trip,
// then only the changes (new, changed, gone) in another.
func (l ledgerTx) PutSubjects(ctx context.Context, states []ledger.SubjectState) error {
	keys := make([]string, len(states))
	for i, st := range states {
		keys[i] = st.Subject.Key
	}
	have := map[string]ledger.Pair{}
	rows, err := l.tx.Query(ctx, `SELECT sig, kind, a, b, day, note, score, reports FROM discrepancies WHERE subject = ANY($1::text[])`, keys)
	if err != nil {
		return fmt.Errorf("postgres: discrepancies: %w", err)
	}
	for rows.Next() {
		var p ledger.Pair
		if err := rows.Scan(&p.Sig, &p.Kind, &p.A, &p.B, &p.Day, &p.Note, &p.Score, &p.Reports); err != nil {
			rows.Close()
			return err
		}
		have[p.Sig] = p
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	b := &pgx.Batch{}
	for _, st := range states {
		s := &st.Subject
		if l.all || l.recount[s.Key] {
			// The others' statistics are the counters SubjectStats read:
			// rewriting them would change nothing.
			b.Queue(`UPDATE subjects SET nfigures=$1, narticles=$2, ngroups=$3, first=$4, last=$5 WHERE key=$6`,
				s.Figures, s.Articles, s.Groups, s.First.String(), s.Last.String(), s.Key)
		}
		for _, p := range st.Pairs {
			p.Sig, p.Note = clean(p.Sig), clean(p.Note)
			old, ok := have[p.Sig]
			delete(have, p.Sig)
			switch {
			case ok && old == p:
			case ok:
				b.Queue(`UPDATE discrepancies SET kind=$1, a=$2, b=$3, day=$4, note=$5, score=$6, reports=$7 WHERE sig=$8`,
					p.Kind, p.A, p.B, p.Day, p.Note, p.Score, p.Reports, p.Sig)
			default:
				b.Queue(`INSERT INTO discrepancies(kind,subject,a,b,day,note,sig,score,reports) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
					ON CONFLICT (sig) DO UPDATE SET subject=EXCLUDED.subject, kind=EXCLUDED.kind, a=EXCLUDED.a, b=EXCLUDED.b, day=EXCLUDED.day,
						note=EXCLUDED.note, score=EXCLUDED.score, reports=EXCLUDED.reports`,
					p.Kind, s.Key, p.A, p.B, p.Day, p.Note, p.Sig, p.Score, p.Reports)
			}
		}
	}
	gone := make([]string, 0, len(have))
	for sig := range have {
		gone = append(gone, sig)
	}
	sort.Strings(gone)
	b.Queue(`DELETE FROM discrepancies WHERE sig = ANY($1::text[])`, gone)
	if err := l.tx.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("postgres: subjects: %w", err)
	}
	return nil
}

// updateMeta applies corrected metadata of a text already stored (see the
// SQLite store's): non-empty new values replace the stored ones, and the
// article's figures take the dates and meanings extracted with them. It
// returns the subjects to recompute.
func updateMeta(ctx context.Context, tx pgx.Tx, ov *ledger.Overrides, sv *store.Saved, r *extract.Result) ([]string, error) {
	d := r.Doc
	var url, title, source, author, pub string
	var textLen int
	if err := tx.QueryRow(ctx, `SELECT url, title, source, author, published, octet_length(text) FROM articles WHERE id=$1`, sv.ID).Scan(&url, &title, &source, &author, &pub, &textLen); err != nil {
		return nil, fmt.Errorf("postgres: metadata: %w", err)
	}
	pick := func(old, new string) string {
		if new = clean(new); new != "" {
			return new
		}
		return old
	}
	nurl, ntitle, nsource, nauthor, npub := pick(url, string(d.URL)), pick(title, string(d.Title)), pick(source, string(d.Source)), pick(author, string(d.Author)), pick(pub, d.Published.String())
	if nurl == url && ntitle == title && nsource == source && nauthor == author && npub == pub {
		return nil, nil
	}
	sv.Updated = true
	var touched []string
	b := &pgx.Batch{}
	b.Queue(`SELECT DISTINCT subject FROM figures WHERE article=$1 AND subject IS NOT NULL`, sv.ID).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				return err
			}
			touched = append(touched, k)
		}
		return rows.Err()
	})
	b.Queue(`UPDATE articles SET url=$1, title=$2, source=$3, author=$4, published=$5 WHERE id=$6`, nurl, ntitle, nsource, nauthor, npub, sv.ID)
	b.Queue(`UPDATE claims SET published=$1, outlet=$2 WHERE article=$3`, npub, nsource, sv.ID)
	if nsource != source {
		b.Queue(`UPDATE figures SET outlet=`+outletKey("$1")+` WHERE article=$2`, nsource, sv.ID)
	}
	published, _ := document.ParseDate(npub)
	var prior []ledger.Line
	var first int64 // the article's figures were stored together: their lines come after this one's predecessors
	pb := &pgx.Batch{}
	queuePriorLines(pb, r.Figures, textLen, []string{nsource}, &prior)
	pb.Queue(`SELECT COALESCE(MIN(id),0) FROM figures WHERE article=$1`, sv.ID).QueryRow(func(row pgx.Row) error { return row.Scan(&first) })
	if err := tx.SendBatch(ctx, pb).Close(); err != nil {
		return nil, fmt.Errorf("postgres: metadata: %w", err)
	}
	for i := range r.Figures {
		f := &r.Figures[i]
		line := ledger.NewLine(nsource, int64(sv.Group), f)
		line.ID, line.Text, line.SentLen = first, clean(f.Text), clampSpan(f.Sentence, textLen).Len()
		subj, when := ov.FiledLine(nurl, sv.DocID, f, published, ledger.Repeat(line, prior))
		var sk *string
		if subj.Key != "" {
			k := clean(subj.Key)
			sk = &k
			touched = append(touched, k)
			b.Queue(`INSERT INTO subjects(key,label,holder,thing,location) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
				k, clean(subj.Label), clean(subj.Holder), clean(subj.Thing), clean(subj.Location))
		}
		sp := clampSpan(f.Span, textLen)
		b.Queue(`UPDATE figures SET as_of=$1, day=$2, subject=$3, meaning=$4 WHERE article=$5 AND span_s=$6 AND span_e=$7`,
			clean(string(f.AsOf)), when.String(), sk, clean(store.EncodeMeaning(f)), sv.ID, sp.Start, sp.End)
	}
	b.Queue(`UPDATE claims c SET subject=COALESCE(f.subject,'') FROM figures f WHERE c.article=$1 AND c.kind='figure' AND f.id=c.ref`, sv.ID)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: metadata: %w", err)
	}
	return touched, nil
}

// queuePriorLines queues the lookup of the stored figures printed with the
// text, in a sentence of the length, and by the outlet (outlets[i], or
// outlets[0] for all) of one of figs (ledger.Line, for ledger.Repeat) into
// *out; textLen clamps the sentences as stored. Figures carry their
// article's outlet folded (outletKey), so the lookup reads only the
// outlet's own printings of a line: by text alone it read every outlet's,
// 240 rows per article at 100k articles of copied stories.
func queuePriorLines(b *pgx.Batch, figs []extract.Figure, textLen int, outlets []string, out *[]ledger.Line) {
	if len(figs) == 0 {
		return
	}
	texts := make([]string, 0, len(figs))
	lens := make([]int32, 0, len(figs))
	outs := make([]string, 0, len(figs))
	for i := range figs {
		texts = append(texts, clean(figs[i].Text))
		lens = append(lens, int32(clampSpan(figs[i].Sentence, textLen).Len()))
		o := outlets[0]
		if len(outlets) == len(figs) {
			o = outlets[i]
		}
		outs = append(outs, clean(o))
	}
	b.Queue(`SELECT DISTINCT f.id, a.source, f.text, f.sent_e-f.sent_s, a.grp FROM unnest($1::text[], $2::int[], $3::text[]) AS j(t, l, o)
		JOIN figures f ON f.text=j.t AND f.sent_e-f.sent_s=j.l AND f.outlet=`+outletKey("j.o")+` JOIN articles a ON a.id=f.article`, texts, lens, outs).Query(func(rows pgx.Rows) error {
		for rows.Next() {
			var l ledger.Line
			if err := rows.Scan(&l.ID, &l.Outlet, &l.Text, &l.SentLen, &l.Group); err != nil {
				return fmt.Errorf("postgres: prior lines: %w", err)
			}
			*out = append(*out, l)
		}
		return rows.Err()
	})
}
