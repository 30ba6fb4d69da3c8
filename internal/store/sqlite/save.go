package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimtrack/claimtrack/internal/document"
	"github.com/claimtrack/claimtrack/internal/extract"
	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Limits on the work one new fact may cause.
const (
	maxDupCandidates          = 64 // articles sharing an LSH band examined per new article
	maxCompareFigures         = 50 // same-subject figures compared with a new figure
	maxDiscrepanciesPerFigure = 3
	maxLinkCandidates         = 60 // claims scored per denial or confirmation
	linkWindowDays            = 45 // cross-article candidates named by source: ± days
	maxSearchFTSWords         = 12
	maxQueryTextLength        = 2000
	compareWindowDays         = 400
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
	sqltx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	defer sqltx.Rollback()
	defer restoreLabels(ctx)
	tx := newTxc(sqltx)
	defer tx.Close()
	// Full-text rows are added in one statement per batch: FTS5 flushes
	// its pending index at every statement, so per-row inserts cost more.
	var maxArticle, maxClaim, maxFigure, version, lshMerged int64
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(id),0) FROM articles), (SELECT COALESCE(MAX(id),0) FROM claims),
		(SELECT COALESCE(MAX(id),0) FROM figures), (SELECT value FROM meta WHERE key='data_version'), (SELECT value FROM meta WHERE key='lsh_merged')`).Scan(&maxArticle, &maxClaim, &maxFigure, &version, &lshMerged); err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	s.figs.begin(version)
	ov, err := overrides(ctx, tx)
	if err != nil {
		return nil, err
	}
	out := make([]store.Saved, 0, len(results))
	var pending []newStatement
	var touched []string
	recount := map[string]bool{}
	changed := false
	for _, r := range results {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sv, ps, nf, err := s.saveOne(ctx, tx, ov, r, recount)
		if err != nil {
			return nil, err
		}
		changed = changed || sv.Created || sv.Updated
		out = append(out, sv)
		pending = append(pending, ps...)
		touched = append(touched, nf...)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid,title,text) SELECT id,title,text FROM articles WHERE id > ?`, maxArticle); err != nil {
		return nil, fmt.Errorf("sqlite: index articles: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts(rowid,text,speaker,outlet) SELECT id,text,speaker,outlet FROM claims WHERE id > ?`, maxClaim); err != nil {
		return nil, fmt.Errorf("sqlite: index claims: %w", err)
	}
	if err := addClaimTerms(ctx, tx, maxClaim); err != nil {
		return nil, err
	}
	for i := range pending {
		if err := s.linkStatement(ctx, tx, &pending[i]); err != nil {
			return nil, err
		}
	}
	lt := ledgerTx{tx: tx, recount: recount, cache: &s.figs, batch: &batchFigures{after: maxFigure, staged: map[string]cachedSubject{}, memos: map[string]*ledger.PairMemo{}}}
	if err := ledger.UpdateSubjects(ctx, lt, touched); err != nil {
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	if changed {
		if err := bumpVersion(ctx, tx); err != nil {
			return nil, err
		}
	}
	if err := s.mergeBands(ctx, tx, lshMerged); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tx.Close()
	label(ctx, "COMMIT")
	if err := sqltx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: commit: %w", err)
	}
	if changed {
		s.figs.commit(version+1, lt.batch.staged)
	}
	return out, nil
}

func nullFloat(p *float64) any {
	if p == nil || math.IsNaN(*p) || math.IsInf(*p, 0) {
		return nil
	}
	return *p
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// bumpVersion counts one more change of the data (DataVersion).
func bumpVersion(ctx context.Context, tx *txc) error {
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value=value+1 WHERE key='data_version'`); err != nil {
		return fmt.Errorf("sqlite: data version: %w", err)
	}
	return nil
}

// DataVersion returns a number that changes whenever a write transaction
// changes the data (every SaveBatch that stores or updates an article,
// every Relink), so that results computed from the store can be kept
// until it moves.
func (s *DB) DataVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key='data_version'`).Scan(&v); err != nil {
		return 0, fmt.Errorf("sqlite: data version: %w", err)
	}
	return v, nil
}

// saveOne inserts one article with its facts; it returns the denials and
// confirmations to link and the subjects it touches (its own and those of
// the version it replaces) once the batch is in. A new article adds to the
// statistics of its subjects; subjects whose figures change otherwise (a
// replaced version, corrected metadata) go into recount.
func (s *DB) saveOne(ctx context.Context, tx *txc, ov *ledger.Overrides, r *extract.Result, recount map[string]bool) (store.Saved, []newStatement, []string, error) {
	d := r.Doc
	if d == nil {
		return store.Saved{}, nil, nil, fmt.Errorf("sqlite: result without document")
	}
	docID := d.ID
	if docID == "" {
		docID = document.ID(d.Text)
	}
	var sv store.Saved
	sv.DocID = docID
	err := tx.QueryRowContext(ctx, `SELECT id, version, grp FROM articles WHERE doc_id=?`, docID).Scan(&sv.ID, &sv.Version, &sv.Group)
	if err == nil {
		// The same text again: only corrected metadata changes anything.
		touched, err := updateMeta(ctx, tx, ov, &sv, r)
		for _, k := range touched {
			recount[k] = true
		}
		return sv, nil, touched, err
	}
	if err != sql.ErrNoRows {
		return sv, nil, nil, fmt.Errorf("sqlite: lookup: %w", err)
	}
	sv.Created, sv.Version = true, 1
	var prevID, prevGroup int64
	if d.URL != "" {
		// url != '' lets the partial index articles_url serve the lookup.
		err := tx.QueryRowContext(ctx, `SELECT id, version, grp FROM articles WHERE url=? AND url!='' AND latest=1 ORDER BY id DESC LIMIT 1`, string(d.URL)).Scan(&prevID, &sv.Version, &prevGroup)
		switch {
		case err == nil:
			sv.Version++
		case err != sql.ErrNoRows:
			return sv, nil, nil, fmt.Errorf("sqlite: lookup url: %w", err)
		}
	}
	sig := ledger.MinHash(d.Text)
	bands := sig.BandHashes()
	group := prevGroup
	if group == 0 {
		group, err = findGroup(ctx, tx, &sig, &bands)
		if err != nil {
			return sv, nil, nil, err
		}
	}
	pub := d.Published.String()
	var prev any
	if prevID != 0 {
		prev = prevID
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(doc_id,url,path,title,source,author,published,version,previous,latest,grp,words,nfigures,nstatements,ingested,text,sentences)
		VALUES (?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,?,?)`,
		docID, string(d.URL), string(d.Path), string(d.Title), string(d.Source), string(d.Author), pub, sv.Version, prev,
		group, store.CountWords(d.Text), len(r.Figures), len(r.Statements), time.Now().UTC().Format(time.RFC3339), d.Text, store.EncodeSpans(r.Sentences))
	if err != nil {
		return sv, nil, nil, fmt.Errorf("sqlite: insert article: %w", err)
	}
	sv.ID = store.ArticleID(mustID(res))
	aid := int64(sv.ID)
	if group == 0 {
		group = aid
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET grp=? WHERE id=?`, group, aid); err != nil {
			return sv, nil, nil, fmt.Errorf("sqlite: group: %w", err)
		}
	}
	sv.Group = group
	if prevID != 0 {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET latest=0 WHERE id=?`, prevID); err != nil {
			return sv, nil, nil, err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET latest=0 WHERE article=?`, prevID); err != nil {
			return sv, nil, nil, err
		}
	}
	var touched []string
	if prevID != 0 {
		if err := collect(ctx, tx, &touched, `SELECT DISTINCT subject FROM figures WHERE article=? AND subject IS NOT NULL`, prevID); err != nil {
			return sv, nil, nil, err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO minhash(article,sig) VALUES (?,?)`, aid, sig.Encode()); err != nil {
		return sv, nil, nil, err
	}
	lshArgs := make([]any, 0, 2*ledger.Bands)
	for _, h := range bands {
		lshArgs = append(lshArgs, h, aid)
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lsh_recent(hash,article) VALUES (?,?)`+strings.Repeat(",(?,?)", ledger.Bands-1), lshArgs...); err != nil {
		return sv, nil, nil, err
	}
	text := d.Text
	outlet := string(d.Source)
	okey := outletKey(outlet)
	deltas := map[string]*ledger.SubjectDelta{}
	prior, err := priorLines(ctx, tx, r.Figures, []string{outlet}, len(text), group, math.MaxInt64)
	if err != nil {
		return sv, nil, nil, err
	}
	for i := range r.Figures {
		f := &r.Figures[i]
		line := ledger.NewLine(outlet, group, f)
		line.SentLen = clampSpan(f.Sentence, len(text)).Len()
		subj, when := ov.FiledLine(string(d.URL), docID, f, d.Published, ledger.Repeat(line, prior))
		var sk any
		if subj.Key != "" {
			sk = subj.Key
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO subjects(key,label,holder,thing,location) VALUES (?,?,?,?,?)`,
				subj.Key, subj.Label, subj.Holder, subj.Thing, subj.Location); err != nil {
				return sv, nil, nil, err
			}
		}
		day := when.String()
		sp, se := clampSpan(f.Span, len(text)), clampSpan(f.Sentence, len(text))
		res, err := tx.ExecContext(ctx, `INSERT INTO figures(article,subject,day,text,value,low,high,approx,unit,holder,location,country,as_of,basis,source,anonymous,span_s,span_e,sent_s,sent_e,meaning,outlet_key)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			aid, sk, day, f.Text, nullFloat(f.Value), nullFloat(f.Low), nullFloat(f.High), string(f.Approx), string(f.Unit),
			string(f.Holder), string(f.Location), string(f.Country), string(f.AsOf), string(f.Basis), string(f.Source), b2i(f.Anonymous),
			sp.Start, sp.End, se.Start, se.End, store.EncodeMeaning(f), okey)
		if err != nil {
			return sv, nil, nil, fmt.Errorf("sqlite: insert figure: %w", err)
		}
		fid := mustID(res)
		ctext := se.Of(text)
		if ctext == "" {
			ctext = f.Text
		}
		if err := insertClaim(ctx, tx, "figure", fid, aid, pub, string(f.Source), outlet, "", f.Anonymous, subj.Key, ctext); err != nil {
			return sv, nil, nil, err
		}
		if subj.Key != "" {
			touched = append(touched, subj.Key)
			dl := deltas[subj.Key]
			if dl == nil {
				dl = &ledger.SubjectDelta{}
				deltas[subj.Key] = dl
			}
			dl.Add(day)
		}
	}
	if prevID != 0 {
		for _, k := range touched {
			recount[k] = true
		}
	} else if err := addSubjectDeltas(ctx, tx, group, deltas); err != nil {
		return sv, nil, nil, err
	}
	var pend []newStatement
	for i := range r.Statements {
		st := &r.Statements[i]
		spk, cue, con, tgt := clampSpan(st.SpeakerSpan, len(text)), clampSpan(st.CueSpan, len(text)), clampSpan(st.ContentSpan, len(text)), clampSpan(st.TargetSpan, len(text))
		sp, se := clampSpan(st.Span, len(text)), clampSpan(st.Sentence, len(text))
		res, err := tx.ExecContext(ctx, `INSERT INTO statements(article,speaker,speaker_role,speaker_type,anonymous,speaker_s,speaker_e,cue,cue_s,cue_e,content,content_s,content_e,direct,stance,target,target_s,target_e,span_s,span_e,sent_s,sent_e,source_type)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			aid, string(st.Speaker), string(st.SpeakerRole), string(st.SpeakerType), b2i(st.Anonymous), spk.Start, spk.End,
			string(st.Cue), cue.Start, cue.End, st.Content, con.Start, con.End, b2i(st.Direct), st.Stance,
			string(st.Target), tgt.Start, tgt.End, sp.Start, sp.End, se.Start, se.End, string(st.SourceType))
		if err != nil {
			return sv, nil, nil, fmt.Errorf("sqlite: insert statement: %w", err)
		}
		sid := mustID(res)
		ctext := st.Content
		if st.Target != "" {
			ctext += " " + string(st.Target)
		}
		if err := insertClaim(ctx, tx, "statement", sid, aid, pub, string(st.Speaker), outlet, st.Stance, st.Anonymous, "", ctext); err != nil {
			return sv, nil, nil, err
		}
		if st.Stance == extract.Denies || st.Stance == extract.Confirms {
			pend = append(pend, newStatement{id: sid, article: aid, group: group, pub: d.Published, st: st, text: text})
		}
	}
	return sv, pend, touched, nil
}

func clampSpan(s document.Span, n int) document.Span {
	if s.Start < 0 || s.End > n || s.Start > s.End {
		return document.Span{}
	}
	return s
}

func mustID(res sql.Result) int64 {
	id, _ := res.LastInsertId()
	return id
}

func insertClaim(ctx context.Context, tx *txc, kind string, ref, article int64, pub, speaker, outlet, stance string, anon bool, subject, text string) error {
	// SaveBatch indexes the row for full text once the batch is in.
	if _, err := tx.ExecContext(ctx, `INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text) VALUES (?,?,?,1,?,?,?,?,?,?,?)`,
		kind, ref, article, pub, speaker, outlet, stance, b2i(anon), subject, text); err != nil {
		return fmt.Errorf("sqlite: insert claim: %w", err)
	}
	return nil
}

// mergeBands moves the band rows of lsh_recent into lsh once they cover
// s.lshRecent articles or more (merged is the last article moved before),
// in key order, so that each page of lsh is written once per move.
func (s *DB) mergeBands(ctx context.Context, tx *txc, merged int64) error {
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id),0) FROM articles`).Scan(&last); err != nil {
		return fmt.Errorf("sqlite: bands: %w", err)
	}
	if last-merged < s.lshRecent {
		return nil
	}
	for _, q := range []string{
		`INSERT OR IGNORE INTO lsh(hash, article) SELECT hash, article FROM lsh_recent`,
		`DELETE FROM lsh_recent`,
		`UPDATE meta SET value=? WHERE key='lsh_merged'`,
	} {
		if _, err := tx.ExecContext(ctx, q, last); err != nil {
			return fmt.Errorf("sqlite: bands: %w", err)
		}
	}
	return nil
}

// dupCandidatesQuery reads the articles sharing one of the bands (a
// sorted JSON array) in a band table, bands in the array's order, articles
// in id order within a band. The bands are joined from json_each rather
// than an IN (...) list under DISTINCT: each of those builds a temporary
// b-tree, whose page buffers the pure-Go allocator maps and unmaps per
// statement.
const dupCandidatesQuery = `SELECT l.hash, l.article, a.grp, m.sig FROM json_each(?) j JOIN %s l ON l.hash=j.value
		JOIN articles a ON a.id=l.article JOIN minhash m ON m.article=l.article`

// findGroup returns the dup group of the most similar stored copy of the
// story, or 0 when there is none.
//
// The candidates are the first maxDupCandidates distinct articles sharing a
// band, bands in ascending order, articles in id order within a band; the
// first of the most similar wins. A band's articles are those of lsh, then
// those of lsh_recent (all later: see mergeBands), so the two tables are
// read as one list, the small one only when the search gets that far.
// Rows come as the join finds them, so the search stops at an identical
// signature (Jaccard 1: no later candidate can be more similar), which a
// reprinted story has with every earlier copy.
func findGroup(ctx context.Context, tx *txc, sig *ledger.Signature, bands *[ledger.Bands]int64) (int64, error) {
	hs := append([]int64(nil), bands[:]...)
	slices.Sort(hs)
	hs = slices.Compact(hs)
	seen := make(map[int64]bool, maxDupCandidates)
	var best int64
	bestJ := -1.0
	err := dupCandidates(ctx, tx, hs, func(id, grp int64, b []byte) bool {
		if seen[id] {
			return true
		}
		seen[id] = true
		if o, ok := ledger.DecodeSignature(b); ok && ledger.SameStory(sig, &o) {
			if j := ledger.Jaccard(sig, &o); j > bestJ {
				bestJ, best = j, grp
			}
		}
		return len(seen) < maxDupCandidates && bestJ < 1
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: dup candidates: %w", err)
	}
	return best, nil
}

// dupCandidates calls visit with each article sharing one of the bands hs
// (sorted, distinct), with its group and signature, bands in order,
// articles in id order within a band (an article sharing two bands comes
// twice), until visit returns false. A band's articles are those of lsh,
// then those of lsh_recent (all later: see mergeBands); the small table is
// read only when the walk gets that far.
func dupCandidates(ctx context.Context, tx *txc, hs []int64, visit func(id, grp int64, sig []byte) bool) error {
	hb, _ := json.Marshal(hs) // integers always encode
	type cand struct {
		id, grp int64
		sig     []byte
	}
	var recent map[int64][]cand
	loadRecent := func() error {
		recent = map[int64][]cand{}
		rows, err := tx.QueryContext(ctx, fmt.Sprintf(dupCandidatesQuery, "lsh_recent"), string(hb))
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h int64
			var c cand
			if err := rows.Scan(&h, &c.id, &c.grp, &c.sig); err != nil {
				return err
			}
			recent[h] = append(recent[h], c)
		}
		return rows.Err()
	}
	// next is the first band whose recent rows are still to be visited:
	// they come after the band's rows in lsh, before the next band's.
	next := 0
	visitRecent := func(h int64, all bool) (more bool, err error) {
		for ; next < len(hs) && (all || hs[next] < h); next++ {
			if recent == nil {
				if err := loadRecent(); err != nil {
					return false, err
				}
			}
			for _, c := range recent[hs[next]] {
				if !visit(c.id, c.grp, c.sig) {
					return false, nil
				}
			}
		}
		return true, nil
	}
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(dupCandidatesQuery, "lsh"), string(hb))
	if err != nil {
		return err
	}
	defer rows.Close()
	more := true
	for more && rows.Next() {
		var h, id, grp int64
		var b sql.RawBytes
		if err := rows.Scan(&h, &id, &grp, &b); err != nil {
			return err
		}
		if more, err = visitRecent(h, false); err != nil {
			return err
		}
		if more {
			more = visit(id, grp, b)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	if more {
		_, err = visitRecent(0, true)
	}
	return err
}

// collect appends the strings a one-column query returns to out.
func collect(ctx context.Context, q querier, out *[]string, query string, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return err
		}
		*out = append(*out, k)
	}
	return rows.Err()
}

// addSubjectDeltas adds one new article (of dup group grp) to the counters
// of its subjects: its figures, one article, one independent report when
// no earlier latest article of its group was filed under the subject, and
// the date range. Only the rows of these subjects are touched.
func addSubjectDeltas(ctx context.Context, tx *txc, grp int64, deltas map[string]*ledger.SubjectDelta) error {
	for k, dl := range deltas {
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO subject_groups(subject, grp) VALUES (?, ?)`, k, grp)
		if err != nil {
			return fmt.Errorf("sqlite: subject groups: %w", err)
		}
		newGroup, _ := res.RowsAffected()
		if _, err := tx.ExecContext(ctx, `UPDATE subjects SET nfigures=nfigures+?1, narticles=narticles+1, ngroups=ngroups+?2,
				first=CASE WHEN ?3!='' AND (first='' OR ?3<first) THEN ?3 ELSE first END, last=max(last, ?4)
			WHERE key=?5`, dl.Figures, newGroup, dl.First, dl.Last, k); err != nil {
			return fmt.Errorf("sqlite: subject counts: %w", err)
		}
	}
	return nil
}

// ledgerTx is the ledger's view of a write transaction (ledger.Tx).
// Subjects in recount (or all, when all is set) have their statistics and
// groups counted again from their figures; the others' are the counters
// that new articles keep current.
type ledgerTx struct {
	tx      *txc
	recount map[string]bool
	all     bool
	// cache, when set, serves SubjectFigures for subjects not in recount:
	// the cached newest figures merged with the batch's own (batch).
	cache *figureCache
	batch *batchFigures
}

// batchFigures are the figures a save adds (ids above after), read once,
// and the subjects' newest figures to cache once the save commits.
type batchFigures struct {
	after  int64
	loaded bool
	fresh  map[string][]store.FigureRow
	staged map[string]cachedSubject
	// memos are the ledger's memos of the cached figures served.
	memos map[string]*ledger.PairMemo
}

// PairMemo implements ledger.PairMemos: the memo kept with the cached
// figures this transaction served for the subject.
func (l ledgerTx) PairMemo(key string) *ledger.PairMemo {
	if l.batch == nil {
		return nil
	}
	return l.batch.memos[key]
}

// PutPairMemo implements ledger.PairMemos: kept with the subject's figures
// when they go into the cache.
func (l ledgerTx) PutPairMemo(key string, m *ledger.PairMemo) {
	if l.batch == nil {
		return
	}
	if c, ok := l.batch.staged[key]; ok {
		c.memo = m
		l.batch.staged[key] = c
	}
}

// SubjectFigures implements ledger.Tx.
func (l ledgerTx) SubjectFigures(ctx context.Context, keys []string, limit int) (map[string][]store.FigureRow, error) {
	out := make(map[string][]store.FigureRow, len(keys))
	if l.cache != nil && !l.batch.loaded {
		l.batch.loaded = true
		// +a.latest: with the index articles_pub the planner walked every
		// current article to find the batch's few figures.
		fs, err := loadFiguresLight(ctx, l.tx, `f.id > ? AND f.subject IS NOT NULL AND +a.latest=1`, l.batch.after)
		if err != nil {
			return nil, err
		}
		l.batch.fresh = map[string][]store.FigureRow{}
		for _, f := range fs {
			l.batch.fresh[f.Subject] = append(l.batch.fresh[f.Subject], f)
		}
	}
	for _, k := range keys {
		if l.cache != nil && !l.all && !l.recount[k] {
			if old, ok := l.cache.get(k); ok {
				fs := mergeNewest(l.batch.fresh[k], old.figs, limit)
				l.batch.staged[k] = cachedSubject{figs: fs}
				l.batch.memos[k] = old.memo
				// The ledger gets its own copy: the cached rows are shared.
				out[k] = append([]store.FigureRow(nil), fs...)
				continue
			}
		}
		fs, err := loadFiguresLight(ctx, l.tx, subjectWindow, k, limit)
		if err != nil {
			return nil, err
		}
		out[k] = fs
		if l.cache != nil && len(fs) >= l.cache.min {
			l.batch.staged[k] = cachedSubject{figs: append([]store.FigureRow(nil), fs...)}
		} else if l.cache != nil {
			if _, ok := l.cache.get(k); ok {
				// Read again and now too small to keep (a replaced
				// version took figures out): what is kept is stale.
				l.batch.staged[k] = cachedSubject{}
			}
		}
	}
	return out, nil
}

// SubjectStats implements ledger.Tx.
func (l ledgerTx) SubjectStats(ctx context.Context, keys []string) (map[string]store.Subject, error) {
	out := make(map[string]store.Subject, len(keys))
	for _, k := range keys {
		x := store.Subject{Key: k}
		var first, last string
		if !l.all && !l.recount[k] {
			err := l.tx.QueryRowContext(ctx, `SELECT nfigures, narticles, ngroups, first, last FROM subjects WHERE key=?`, k).Scan(&x.Figures, &x.Articles, &x.Groups, &first, &last)
			if err != nil && err != sql.ErrNoRows {
				return nil, fmt.Errorf("sqlite: subject stats: %w", err)
			}
			x.First, _ = document.ParseDate(first)
			x.Last, _ = document.ParseDate(last)
			out[k] = x
			continue
		}
		if err := l.tx.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT f.article), COUNT(DISTINCT a.grp), COALESCE(MIN(NULLIF(f.day,'')),''), COALESCE(MAX(f.day),'')
			FROM figures f JOIN articles a ON a.id=f.article AND a.latest=1 WHERE f.subject=?`, k).Scan(&x.Figures, &x.Articles, &x.Groups, &first, &last); err != nil {
			return nil, fmt.Errorf("sqlite: subject stats: %w", err)
		}
		if _, err := l.tx.ExecContext(ctx, `DELETE FROM subject_groups WHERE subject=?`, k); err != nil {
			return nil, fmt.Errorf("sqlite: subject groups: %w", err)
		}
		if _, err := l.tx.ExecContext(ctx, `INSERT INTO subject_groups(subject, grp) SELECT DISTINCT f.subject, a.grp
			FROM figures f JOIN articles a ON a.id=f.article AND a.latest=1 WHERE f.subject=?`, k); err != nil {
			return nil, fmt.Errorf("sqlite: subject groups: %w", err)
		}
		x.First, _ = document.ParseDate(first)
		x.Last, _ = document.ParseDate(last)
		out[k] = x
	}
	return out, nil
}

// PutSubjects implements ledger.Tx.
func (l ledgerTx) PutSubjects(ctx context.Context, states []ledger.SubjectState) error {
	for _, st := range states {
		s := &st.Subject
		if _, err := l.tx.ExecContext(ctx, `UPDATE subjects SET nfigures=?, narticles=?, ngroups=?, first=?, last=? WHERE key=?`,
			s.Figures, s.Articles, s.Groups, s.First.String(), s.Last.String(), s.Key); err != nil {
			return fmt.Errorf("sqlite: subject stats: %w", err)
		}
		// Only what changed is written: pairs no longer derived go, new
		// ones come, a kept pair is rewritten only when it differs.
		have := map[string]ledger.Pair{}
		rows, err := l.tx.QueryContext(ctx, `SELECT sig, kind, a, b, day, note, score, reports FROM discrepancies WHERE subject=?`, s.Key)
		if err != nil {
			return fmt.Errorf("sqlite: discrepancies: %w", err)
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
		for _, p := range st.Pairs {
			old, ok := have[p.Sig]
			delete(have, p.Sig)
			switch {
			case ok && old == p:
				continue
			case ok:
				_, err = l.tx.ExecContext(ctx, `UPDATE discrepancies SET kind=?, a=?, b=?, day=?, note=?, score=?, reports=? WHERE sig=?`,
					p.Kind, p.A, p.B, p.Day, p.Note, p.Score, p.Reports, p.Sig)
			default:
				_, err = l.tx.ExecContext(ctx, `INSERT INTO discrepancies(kind,subject,a,b,day,note,sig,score,reports) VALUES (?,?,?,?,?,?,?,?,?)
					ON CONFLICT(sig) DO UPDATE SET subject=excluded.subject, kind=excluded.kind, a=excluded.a, b=excluded.b, day=excluded.day,
						note=excluded.note, score=excluded.score, reports=excluded.reports`,
					p.Kind, s.Key, p.A, p.B, p.Day, p.Note, p.Sig, p.Score, p.Reports)
			}
			if err != nil {
				return fmt.Errorf("sqlite: discrepancy: %w", err)
			}
		}
		for sig := range have {
			if _, err := l.tx.ExecContext(ctx, `DELETE FROM discrepancies WHERE sig=?`, sig); err != nil {
				return fmt.Errorf("sqlite: discrepancies: %w", err)
			}
		}
	}
	return nil
}

// updateMeta applies corrected metadata of a text already stored: every
// non-empty value of r.Doc that differs replaces the stored one, and the
// article's figures take the dates and meanings extracted with it (matched
// by span). It returns the subjects to recompute.
func updateMeta(ctx context.Context, tx *txc, ov *ledger.Overrides, sv *store.Saved, r *extract.Result) ([]string, error) {
	d := r.Doc
	var url, title, source, author, pub, text string
	if err := tx.QueryRowContext(ctx, `SELECT url, title, source, author, published, text FROM articles WHERE id=?`, sv.ID).Scan(&url, &title, &source, &author, &pub, &text); err != nil {
		return nil, fmt.Errorf("sqlite: metadata: %w", err)
	}
	pick := func(old, new string) string {
		if new != "" {
			return new
		}
		return old
	}
	nurl, ntitle, nsource, nauthor, npub := pick(url, string(d.URL)), pick(title, string(d.Title)), pick(source, string(d.Source)), pick(author, string(d.Author)), pick(pub, d.Published.String())
	if nurl == url && ntitle == title && nsource == source && nauthor == author && npub == pub {
		return nil, nil
	}
	sv.Updated = true
	aid := int64(sv.ID)
	// The full-text rows hold the old title and outlet: out with them
	// first, and the kept counts of their terms (claim_terms) with them.
	if err := dropClaimTerms(ctx, tx, aid); err != nil {
		return nil, err
	}
	stmts := []struct {
		q    string
		args []any
	}{
		{`INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`, []any{aid, title, text}},
		{`INSERT INTO claims_fts(claims_fts, rowid, text, speaker, outlet) SELECT 'delete', id, text, speaker, outlet FROM claims WHERE article=?`, []any{aid}},
		{`UPDATE articles SET url=?, title=?, source=?, author=?, published=? WHERE id=?`, []any{nurl, ntitle, nsource, nauthor, npub, aid}},
		{`UPDATE claims SET published=?, outlet=? WHERE article=?`, []any{npub, nsource, aid}},
		{`UPDATE figures SET outlet_key=? WHERE article=?`, []any{outletKey(nsource), aid}},
		{`INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`, []any{aid, ntitle, text}},
		{`INSERT INTO claims_fts(rowid, text, speaker, outlet) SELECT id, text, speaker, outlet FROM claims WHERE article=?`, []any{aid}},
	}
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st.q, st.args...); err != nil {
			return nil, fmt.Errorf("sqlite: metadata: %w", err)
		}
	}
	if err := dropClaimTerms(ctx, tx, aid); err != nil {
		return nil, err
	}
	var touched []string
	if err := collect(ctx, tx, &touched, `SELECT DISTINCT subject FROM figures WHERE article=? AND subject IS NOT NULL`, aid); err != nil {
		return nil, err
	}
	published, _ := document.ParseDate(npub)
	var first int64 // the article's figures were stored together: their lines come after this one's predecessors
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MIN(id),0) FROM figures WHERE article=?`, aid).Scan(&first); err != nil {
		return nil, fmt.Errorf("sqlite: metadata: %w", err)
	}
	prior, err := priorLines(ctx, tx, r.Figures, []string{nsource}, len(text), sv.Group, first)
	if err != nil {
		return nil, err
	}
	for i := range r.Figures {
		f := &r.Figures[i]
		line := ledger.NewLine(nsource, int64(sv.Group), f)
		line.ID, line.SentLen = first, clampSpan(f.Sentence, len(text)).Len()
		subj, when := ov.FiledLine(nurl, sv.DocID, f, published, ledger.Repeat(line, prior))
		var sk any
		if subj.Key != "" {
			sk = subj.Key
			touched = append(touched, subj.Key)
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO subjects(key,label,holder,thing,location) VALUES (?,?,?,?,?)`,
				subj.Key, subj.Label, subj.Holder, subj.Thing, subj.Location); err != nil {
				return nil, err
			}
		}
		sp := clampSpan(f.Span, len(text))
		if _, err := tx.ExecContext(ctx, `UPDATE figures SET as_of=?, day=?, subject=?, meaning=? WHERE article=? AND span_s=? AND span_e=?`,
			string(f.AsOf), when.String(), sk, store.EncodeMeaning(f), aid, sp.Start, sp.End); err != nil {
			return nil, fmt.Errorf("sqlite: metadata: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE claims SET subject=COALESCE((SELECT f.subject FROM figures f WHERE f.id=claims.ref),'') WHERE article=? AND +kind='figure'`, aid); err != nil {
		return nil, fmt.Errorf("sqlite: metadata: %w", err)
	}
	return touched, nil
}

// priorLinesQuery reads the earlier printings of lines (priorLines).
const priorLinesQuery = `SELECT f.id, a.source, f.text, f.sent_e-f.sent_s, a.grp FROM json_each(?) j
		JOIN figures f ON f.text=json_extract(j.value,'$[0]') AND f.sent_e-f.sent_s=json_extract(j.value,'$[1]') AND f.outlet_key=json_extract(j.value,'$[2]')
		JOIN articles a INDEXED BY articles_outlet ON a.id=f.article
		WHERE f.id < ? AND (?=0 OR a.grp != ?)`

// outletKey folds an outlet name so that two names strings.EqualFold
// calls equal (as ledger.Repeat compares outlets) have the same key: each
// rune becomes the smallest rune of its simple case-folding orbit, which
// is what EqualFold compares rune by rune. Figures carry it (outlet_key)
// so that the lookup of a line's earlier printings reads only its own
// outlet's.
func outletKey(outlet string) string {
	var b strings.Builder
	b.Grow(len(outlet))
	for _, r := range outlet {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
	}
	return b.String()
}

// priorLines returns the stored figures printed with the text, in a
// sentence of the length and by the outlet of one of figs (ledger.Line),
// for ledger.Repeat; outlets holds the figures' outlets, or one outlet
// for all of them, and textLen clamps the sentences as stored. A line two
// of figs match comes twice (Repeat asks only whether one exists):
// DISTINCT would build a temporary b-tree per article. Both indexes cover
// the query (migrations 9 and 11): the rowid would otherwise win over
// articles_outlet. Lines of a blank outlet never repeat and are not
// looked up.
//
// A line of report group can repeat only lines of other reports printed
// before the line with id before (ledger.Repeat): with group (0 for lines of
// any report) and before, rows that cannot count stay in SQLite. A story
// copied many times repeats its lines in every copy of its own group.
func priorLines(ctx context.Context, tx querier, figs []extract.Figure, outlets []string, textLen int, group, before int64) ([]ledger.Line, error) {
	keys := make([][3]any, 0, len(figs))
	for i := range figs {
		o := outlets[0]
		if len(outlets) > 1 {
			o = outlets[i]
		}
		if strings.TrimSpace(o) == "" {
			continue
		}
		keys = append(keys, [3]any{figs[i].Text, clampSpan(figs[i].Sentence, textLen).Len(), outletKey(o)})
	}
	if len(keys) == 0 {
		return nil, nil
	}
	b, _ := json.Marshal(keys) // strings and ints always encode
	rows, err := tx.QueryContext(ctx, priorLinesQuery, string(b), before, group, group)
	if err != nil {
		return nil, fmt.Errorf("sqlite: prior lines: %w", err)
	}
	defer rows.Close()
	var out []ledger.Line
	for rows.Next() {
		var l ledger.Line
		if err := rows.Scan(&l.ID, &l.Outlet, &l.Text, &l.SentLen, &l.Group); err != nil {
			return nil, fmt.Errorf("sqlite: prior lines: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
