package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

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
	tx := newTxc(sqltx)
	defer tx.Close()
	// Full-text rows are added in one statement per batch: FTS5 flushes
	// its pending index at every statement, so per-row inserts cost more.
	var maxArticle, maxClaim int64
	if err := tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(MAX(id),0) FROM articles), (SELECT COALESCE(MAX(id),0) FROM claims)`).Scan(&maxArticle, &maxClaim); err != nil {
		return nil, fmt.Errorf("sqlite: begin: %w", err)
	}
	out := make([]store.Saved, 0, len(results))
	var pending []newStatement
	var newFigures []int64
	for _, r := range results {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		sv, ps, nf, err := s.saveOne(ctx, tx, r)
		if err != nil {
			return nil, err
		}
		out = append(out, sv)
		pending = append(pending, ps...)
		newFigures = append(newFigures, nf...)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid,title,text) SELECT id,title,text FROM articles WHERE id > ?`, maxArticle); err != nil {
		return nil, fmt.Errorf("sqlite: index articles: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO claims_fts(rowid,text,speaker,outlet) SELECT id,text,speaker,outlet FROM claims WHERE id > ?`, maxClaim); err != nil {
		return nil, fmt.Errorf("sqlite: index claims: %w", err)
	}
	for _, id := range newFigures {
		if err := compareFigure(ctx, tx, id); err != nil {
			return nil, err
		}
	}
	for i := range pending {
		if err := s.linkStatement(ctx, tx, &pending[i]); err != nil {
			return nil, err
		}
	}
	if err := updateSubjectStats(ctx, tx, maxArticle); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tx.Close()
	if err := sqltx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: commit: %w", err)
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

// saveOne inserts one article with its facts; it returns the denials and
// confirmations to link and the figures to compare once the batch is in.
func (s *DB) saveOne(ctx context.Context, tx *txc, r *extract.Result) (store.Saved, []newStatement, []int64, error) {
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
		return sv, nil, nil, nil // the same text again
	}
	if err != sql.ErrNoRows {
		return sv, nil, nil, fmt.Errorf("sqlite: lookup: %w", err)
	}
	sv.Created, sv.Version = true, 1
	var prevID, prevGroup int64
	if d.URL != "" {
		err := tx.QueryRowContext(ctx, `SELECT id, version, grp FROM articles WHERE url=? AND latest=1 ORDER BY id DESC LIMIT 1`, string(d.URL)).Scan(&prevID, &sv.Version, &prevGroup)
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
	if _, err := tx.ExecContext(ctx, `INSERT INTO minhash(article,sig) VALUES (?,?)`, aid, sig.Encode()); err != nil {
		return sv, nil, nil, err
	}
	lshArgs := make([]any, 0, 2*ledger.Bands)
	for _, h := range bands {
		lshArgs = append(lshArgs, h, aid)
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO lsh(hash,article) VALUES (?,?)`+strings.Repeat(",(?,?)", ledger.Bands-1), lshArgs...); err != nil {
		return sv, nil, nil, err
	}
	text := d.Text
	outlet := string(d.Source)
	var figs []int64
	for i := range r.Figures {
		f := &r.Figures[i]
		subj := ledger.SubjectOf(f)
		var sk any
		if subj.Key != "" {
			sk = subj.Key
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO subjects(key,label,holder,thing,location) VALUES (?,?,?,?,?)`,
				subj.Key, subj.Label, subj.Holder, subj.Thing, subj.Location); err != nil {
				return sv, nil, nil, err
			}
		}
		day := ledger.When(f, d.Published).String()
		sp, se := clampSpan(f.Span, len(text)), clampSpan(f.Sentence, len(text))
		res, err := tx.ExecContext(ctx, `INSERT INTO figures(article,subject,day,text,value,low,high,approx,unit,holder,location,country,as_of,basis,source,anonymous,span_s,span_e,sent_s,sent_e)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			aid, sk, day, f.Text, nullFloat(f.Value), nullFloat(f.Low), nullFloat(f.High), string(f.Approx), string(f.Unit),
			string(f.Holder), string(f.Location), string(f.Country), string(f.AsOf), string(f.Basis), string(f.Source), b2i(f.Anonymous),
			sp.Start, sp.End, se.Start, se.End)
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
		if subj.Key != "" && (f.Value != nil || f.Low != nil || f.High != nil) {
			figs = append(figs, fid)
		}
	}
	var pend []newStatement
	for i := range r.Statements {
		st := &r.Statements[i]
		spk, cue, con, tgt := clampSpan(st.SpeakerSpan, len(text)), clampSpan(st.CueSpan, len(text)), clampSpan(st.ContentSpan, len(text)), clampSpan(st.TargetSpan, len(text))
		sp, se := clampSpan(st.Span, len(text)), clampSpan(st.Sentence, len(text))
		res, err := tx.ExecContext(ctx, `INSERT INTO statements(article,speaker,speaker_role,speaker_type,anonymous,speaker_s,speaker_e,cue,cue_s,cue_e,content,content_s,content_e,direct,stance,target,target_s,target_e,span_s,span_e,sent_s,sent_e)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			aid, string(st.Speaker), string(st.SpeakerRole), string(st.SpeakerType), b2i(st.Anonymous), spk.Start, spk.End,
			string(st.Cue), cue.Start, cue.End, st.Content, con.Start, con.End, b2i(st.Direct), st.Stance,
			string(st.Target), tgt.Start, tgt.End, sp.Start, sp.End, se.Start, se.End)
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
	return sv, pend, figs, nil
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

// findGroup returns the dup group of the most similar stored copy of the
// story, or 0 when there is none.
func findGroup(ctx context.Context, tx *txc, sig *ledger.Signature, bands *[ledger.Bands]int64) (int64, error) {
	args := make([]any, 0, ledger.Bands)
	for _, h := range bands {
		args = append(args, h)
	}
	q := `SELECT a.id, a.grp, m.sig FROM (SELECT DISTINCT article FROM lsh WHERE hash IN (?` + strings.Repeat(",?", ledger.Bands-1) +
		`) LIMIT ` + fmt.Sprint(maxDupCandidates) + `) c JOIN articles a ON a.id=c.article JOIN minhash m ON m.article=a.id`
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return 0, fmt.Errorf("sqlite: dup candidates: %w", err)
	}
	defer rows.Close()
	var best int64
	bestJ := -1.0
	for rows.Next() {
		var id, grp int64
		var b []byte
		if err := rows.Scan(&id, &grp, &b); err != nil {
			return 0, err
		}
		o, ok := ledger.DecodeSignature(b)
		if !ok || !ledger.SameStory(sig, &o) {
			continue
		}
		if j := ledger.Jaccard(sig, &o); j > bestJ {
			bestJ, best = j, grp
		}
	}
	return best, rows.Err()
}

// figSide loads what the discrepancy rule needs about a figure.
type figSide struct {
	id, group int64
	article   int64
	subject   string
	day       string
	fig       extract.Figure
	pub       document.Date
}

const figSideCols = `f.id, a.grp, f.article, COALESCE(f.subject,''), f.day, f.value, f.low, f.high, f.approx, f.as_of, f.basis, a.published`

func scanFigSide(sc interface{ Scan(...any) error }) (figSide, error) {
	var x figSide
	var v, lo, hi sql.NullFloat64
	var approx, asOf, basis, pub string
	if err := sc.Scan(&x.id, &x.group, &x.article, &x.subject, &x.day, &v, &lo, &hi, &approx, &asOf, &basis, &pub); err != nil {
		return x, err
	}
	if v.Valid {
		x.fig.Value = &v.Float64
	}
	if lo.Valid {
		x.fig.Low = &lo.Float64
	}
	if hi.Valid {
		x.fig.High = &hi.Float64
	}
	x.fig.Approx, x.fig.AsOf, x.fig.Basis = document.Str(approx), document.Str(asOf), document.Str(basis)
	x.pub, _ = document.ParseDate(pub)
	return x, nil
}

// compareFigure flags discrepancies between a new figure and the figures of
// its subject nearest in time. A pair is recorded once per subject and
// value pair, however many copies repeat it.
func compareFigure(ctx context.Context, tx *txc, id int64) error {
	me, err := scanFigSide(tx.QueryRowContext(ctx, `SELECT `+figSideCols+` FROM figures f JOIN articles a ON a.id=f.article WHERE f.id=?`, id))
	if err != nil {
		return fmt.Errorf("sqlite: compare: %w", err)
	}
	if me.subject == "" || me.day == "" {
		return nil
	}
	// The figures of the subject nearest in time on either side (within
	// compareWindowDays: as-of ranges span at most a year, plus the
	// ledger's slack), and those of the same article.
	var others []figSide
	seen := map[int64]bool{id: true}
	half := fmt.Sprint(maxCompareFigures / 2)
	win := fmt.Sprint(compareWindowDays)
	queries := []string{
		`SELECT ` + figSideCols + ` FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.subject=?2 AND f.day <= ?1 AND f.day >= date(?1, '-` + win + ` days') AND a.latest=1 ORDER BY f.day DESC LIMIT ` + half,
		`SELECT ` + figSideCols + ` FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.subject=?2 AND f.day > ?1 AND f.day <= date(?1, '+` + win + ` days') AND a.latest=1 ORDER BY f.day LIMIT ` + half,
		`SELECT ` + figSideCols + ` FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.article=(SELECT article FROM figures WHERE id=?1) AND f.subject=?2`,
	}
	for qi, q := range queries {
		args := []any{me.day, me.subject}
		if qi == 2 {
			args = []any{id, me.subject}
		}
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return fmt.Errorf("sqlite: compare: %w", err)
		}
		for rows.Next() {
			o, err := scanFigSide(rows)
			if err != nil {
				rows.Close()
				return err
			}
			if !seen[o.id] {
				seen[o.id] = true
				others = append(others, o)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	// Nearest first: the same article, then by distance in days.
	myDay, _ := time.Parse("2006-01-02", me.day)
	dist := func(o *figSide) float64 {
		if o.article == me.article {
			return -1
		}
		d, _ := time.Parse("2006-01-02", o.day)
		return math.Abs(d.Sub(myDay).Hours())
	}
	sort.SliceStable(others, func(i, j int) bool { return dist(&others[i]) < dist(&others[j]) })
	recorded := 0
	for i := range others {
		o := &others[i]
		kind, note := ledger.Compare(ledger.Side{Figure: &me.fig, Published: me.pub}, ledger.Side{Figure: &o.fig, Published: o.pub})
		if kind == "" {
			continue
		}
		a, b := o, &me
		if a.id > b.id {
			a, b = b, a
		}
		day := a.day
		if b.day > day {
			day = b.day
		}
		sig := pairSig(kind, me.subject, &me.fig, &o.fig)
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO discrepancies(kind,subject,a,b,day,note,sig) VALUES (?,?,?,?,?,?,?)`,
			kind, me.subject, a.id, b.id, day, note, sig); err != nil {
			return fmt.Errorf("sqlite: discrepancy: %w", err)
		}
		// A figure is set against its nearest disagreeing neighbours only,
		// so a subject reported a thousand times does not yield a million
		// pairs.
		if recorded++; recorded == maxDiscrepanciesPerFigure {
			break
		}
	}
	return nil
}

func pairSig(kind, subject string, x, y *extract.Figure) string {
	f := func(g *extract.Figure) string {
		lo, hi, _ := ledger.Interval(g)
		return fmt.Sprintf("%g:%g:%s", lo, hi, strings.ToLower(string(g.Basis)))
	}
	p := []string{f(x), f(y)}
	sort.Strings(p)
	return kind + "|" + subject + "|" + p[0] + "|" + p[1]
}

// updateSubjectStats recomputes the statistics of every subject that the
// articles saved after maxArticle (or the versions they replace) touch.
func updateSubjectStats(ctx context.Context, tx *txc, maxArticle int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT subject FROM figures WHERE subject IS NOT NULL
		AND (article > ?1 OR article IN (SELECT previous FROM articles WHERE id > ?1 AND previous IS NOT NULL))`, maxArticle)
	if err != nil {
		return fmt.Errorf("sqlite: subjects touched: %w", err)
	}
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return err
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `UPDATE subjects SET nfigures=s.n, narticles=s.na, ngroups=s.ng, first=s.f, last=s.l
			FROM (SELECT COUNT(*) AS n, COUNT(DISTINCT f.article) AS na, COUNT(DISTINCT a.grp) AS ng,
				COALESCE(MIN(NULLIF(f.day,'')),'') AS f, COALESCE(MAX(f.day),'') AS l
				FROM figures f JOIN articles a ON a.id=f.article AND a.latest=1 WHERE f.subject=?1) s
			WHERE subjects.key=?1`, k); err != nil {
			return fmt.Errorf("sqlite: subject stats: %w", err)
		}
	}
	return nil
}
