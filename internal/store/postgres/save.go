package postgres

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
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
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, writeLockKey); err != nil {
		return nil, fmt.Errorf("postgres: write lock: %w", err)
	}
	// The batch's first round trip: the claims already indexed, which of
	// its texts are stored, and the first article's URL and dup lookups.
	// Each article's round trip then carries the next one's lookups.
	var maxArticle, maxClaim int64
	known := map[string]store.Saved{}
	b := &pgx.Batch{}
	b.Queue(`SELECT (SELECT COALESCE(MAX(id),0) FROM articles), (SELECT COALESCE(MAX(id),0) FROM claims)`).QueryRow(func(row pgx.Row) error {
		return row.Scan(&maxArticle, &maxClaim)
	})
	queueKnownDocs(b, results, known)
	var next *lookup
	if len(results) > 0 {
		next = queueLookup(b, results[0].Doc)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: lookup: %w", err)
	}
	out := make([]store.Saved, 0, len(results))
	var pending []newStatement
	var newFigures []figSide
	for i, r := range results {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var follow *document.Document
		if i+1 < len(results) {
			follow = results[i+1].Doc
		}
		sv, ps, nf, nxt, err := s.saveOne(ctx, tx, r, known, next, follow)
		if err != nil {
			return nil, err
		}
		next = nxt
		out = append(out, sv)
		pending = append(pending, ps...)
		newFigures = append(newFigures, nf...)
	}
	// The vocabularies count the batch's new rows.
	b = &pgx.Batch{}
	b.Queue(`INSERT INTO claims_vocab(term, doc) SELECT u.lexeme, COUNT(*) FROM claims c, unnest(c.tsv) u WHERE c.id > $1 GROUP BY u.lexeme
		ON CONFLICT (term) DO UPDATE SET doc = claims_vocab.doc + EXCLUDED.doc`, maxClaim)
	b.Queue(`INSERT INTO articles_vocab(term, doc) SELECT u.lexeme, COUNT(*) FROM articles a, unnest(a.tsv) u WHERE a.id > $1 GROUP BY u.lexeme
		ON CONFLICT (term) DO UPDATE SET doc = articles_vocab.doc + EXCLUDED.doc`, maxArticle)
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, fmt.Errorf("postgres: vocabulary: %w", err)
	}
	for i := range newFigures {
		if err := compareFigure(ctx, tx, &newFigures[i]); err != nil {
			return nil, err
		}
	}
	for i := range pending {
		if err := s.linkStatement(ctx, tx, &pending[i]); err != nil {
			return nil, err
		}
	}
	// Statistics of every subject the new articles (or the versions they
	// replace) touch; a subject left without a latest figure gets zeros.
	if _, err := tx.Exec(ctx, `WITH touched AS (SELECT DISTINCT subject AS k FROM figures WHERE subject IS NOT NULL
			AND (article > $1 OR article IN (SELECT previous FROM articles WHERE id > $1 AND previous IS NOT NULL))),
		s AS (SELECT t.k, COUNT(f.id) AS n, COUNT(DISTINCT f.article) AS na, COUNT(DISTINCT a.grp) AS ng,
			COALESCE(MIN(NULLIF(f.day,'')),'') AS fst, COALESCE(MAX(f.day),'') AS lst
			FROM touched t LEFT JOIN (figures f JOIN articles a ON a.id=f.article AND a.latest) ON f.subject=t.k GROUP BY t.k)
		UPDATE subjects SET nfigures=s.n, narticles=s.na, ngroups=s.ng, first=s.fst, last=s.lst FROM s WHERE subjects.key=s.k`, maxArticle); err != nil {
		return nil, fmt.Errorf("postgres: subject stats: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("postgres: commit: %w", err)
	}
	return out, nil
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

const insertArticle = `WITH n AS (SELECT nextval(pg_get_serial_sequence('articles','id')) AS id)
	INSERT INTO articles(id,doc_id,url,path,title,source,author,published,version,previous,latest,grp,words,nfigures,nstatements,ingested,text,sentences)
	SELECT n.id,$1,$2,$3,$4,$5,$6,$7,$8,$9,TRUE,CASE WHEN $10::bigint = 0 THEN n.id ELSE $10::bigint END,$11,$12,$13,$14,$15,$16 FROM n
	RETURNING id, grp`

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

var insertFigure = currentArticle(`WITH f AS (INSERT INTO figures(article,subject,day,text,value,low,high,approx,unit,holder,location,country,as_of,basis,source,anonymous,span_s,span_e,sent_s,sent_e,evidence)
	VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21) RETURNING id)
	INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
	SELECT 'figure', f.id, $1, TRUE, $22, $15, $23, '', $16, COALESCE($2,''), $24 FROM f RETURNING ref`)

var insertStatement = currentArticle(`WITH t AS (INSERT INTO statements(article,speaker,speaker_role,speaker_type,anonymous,speaker_s,speaker_e,cue,cue_s,cue_e,content,content_s,content_e,direct,stance,target,target_s,target_e,span_s,span_e,sent_s,sent_e,evidence)
	VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23) RETURNING id)
	INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
	SELECT 'statement', t.id, $1, TRUE, $24, $2, $25, $15, $5, '', $26 FROM t RETURNING ref`)

// saveOne inserts one article with its facts in one round trip, which
// also carries the lookups for the article that follows (follow, nil for
// none). pre holds this article's lookups. It returns the denials and
// confirmations to link and the figures to compare once the batch is in.
func (s *DB) saveOne(ctx context.Context, tx pgx.Tx, r *extract.Result, known map[string]store.Saved, pre *lookup, follow *document.Document) (store.Saved, []newStatement, []figSide, *lookup, error) {
	d := r.Doc
	docID := d.ID
	if docID == "" {
		docID = document.ID(d.Text)
	}
	if sv, ok := known[docID]; ok {
		// The same text again: nothing to write, but the next article's
		// lookups still need a round trip.
		var nxt *lookup
		if follow != nil {
			b := &pgx.Batch{}
			nxt = queueLookup(b, follow)
			if err := tx.SendBatch(ctx, b).Close(); err != nil {
				return sv, nil, nil, nil, fmt.Errorf("postgres: lookup: %w", err)
			}
		}
		return sv, nil, nil, nxt, nil
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
		group, store.CountWords(d.Text), len(r.Figures), len(r.Statements), now(), text, store.EncodeSpans(r.Sentences)).QueryRow(func(row pgx.Row) error {
		if err := row.Scan(&aid, &group); err != nil {
			return fmt.Errorf("postgres: insert article: %w", err)
		}
		return nil
	})
	// Everything else of the article goes in the same round trip.
	if prevID != 0 {
		b.Queue(`UPDATE articles SET latest=FALSE WHERE id=$1`, prevID)
		b.Queue(`UPDATE claims SET latest=FALSE WHERE article=$1`, prevID)
	}
	b.Queue(`INSERT INTO minhash(article,sig) VALUES (currval('articles_id_seq'),$1)`, sig.Encode())
	b.Queue(`INSERT INTO lsh(hash,article) SELECT DISTINCT h, currval('articles_id_seq') FROM unnest($1::bigint[]) h ON CONFLICT DO NOTHING`, bands[:])
	outlet := clean(string(d.Source))
	var figs []figSide
	for i := range r.Figures {
		f := &r.Figures[i]
		subj := ledger.SubjectOf(f)
		var sk *string
		if subj.Key != "" {
			key := clean(subj.Key)
			sk = &key
			b.Queue(`INSERT INTO subjects(key,label,holder,thing,location) VALUES ($1,$2,$3,$4,$5) ON CONFLICT DO NOTHING`,
				key, clean(subj.Label), clean(subj.Holder), clean(subj.Thing), clean(subj.Location))
		}
		day := ledger.When(f, d.Published).String()
		sp, se := clampSpan(f.Span, len(d.Text)), clampSpan(f.Sentence, len(d.Text))
		ev := se.Of(text)
		ctext := ev
		if ctext == "" {
			ctext = clean(f.Text)
		}
		value, low, high := finite(f.Value), finite(f.Low), finite(f.High)
		side := figSide{subject: subj.Key, day: day, pub: pub}
		side.fig.Value, side.fig.Low, side.fig.High = value, low, high
		side.fig.Approx, side.fig.AsOf, side.fig.Basis = document.Str(clean(string(f.Approx))), document.Str(clean(string(f.AsOf))), document.Str(clean(string(f.Basis)))
		keep := subj.Key != "" && (f.Value != nil || f.Low != nil || f.High != nil)
		b.Queue(insertFigure,
			sk, day, clean(f.Text), value, low, high, string(side.fig.Approx), clean(string(f.Unit)),
			clean(string(f.Holder)), clean(string(f.Location)), clean(string(f.Country)), string(side.fig.AsOf), string(side.fig.Basis),
			clean(string(f.Source)), f.Anonymous, sp.Start, sp.End, se.Start, se.End, ev,
			pub, outlet, ctext).QueryRow(func(row pgx.Row) error {
			var id int64
			if err := row.Scan(&id); err != nil {
				return fmt.Errorf("postgres: insert figure: %w", err)
			}
			if keep {
				side.id, side.article, side.group = id, aid, group
				figs = append(figs, side)
			}
			return nil
		})
	}
	var pend []newStatement
	for i := range r.Statements {
		st := &r.Statements[i]
		n := len(d.Text)
		spk, cue, con, tgt := clampSpan(st.SpeakerSpan, n), clampSpan(st.CueSpan, n), clampSpan(st.ContentSpan, n), clampSpan(st.TargetSpan, n)
		sp, se := clampSpan(st.Span, n), clampSpan(st.Sentence, n)
		ctext := st.Content
		if st.Target != "" {
			ctext += " " + string(st.Target)
		}
		b.Queue(insertStatement,
			clean(string(st.Speaker)), clean(string(st.SpeakerRole)), clean(string(st.SpeakerType)), st.Anonymous, spk.Start, spk.End,
			clean(string(st.Cue)), cue.Start, cue.End, clean(st.Content), con.Start, con.End, st.Direct, clean(st.Stance),
			clean(string(st.Target)), tgt.Start, tgt.End, sp.Start, sp.End, se.Start, se.End, se.Of(text),
			pub, outlet, clean(ctext)).QueryRow(func(row pgx.Row) error {
			var id int64
			if err := row.Scan(&id); err != nil {
				return fmt.Errorf("postgres: insert statement: %w", err)
			}
			if st.Stance == extract.Denies || st.Stance == extract.Confirms {
				pend = append(pend, newStatement{id: id, article: aid, group: group, pub: d.Published, st: st, text: d.Text})
			}
			return nil
		})
	}
	var nxt *lookup
	if follow != nil {
		nxt = queueLookup(b, follow)
	}
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return sv, nil, nil, nil, fmt.Errorf("postgres: save article: %w", err)
	}
	sv.ID, sv.Group = store.ArticleID(aid), group
	known[docID] = store.Saved{ID: sv.ID, DocID: docID, Version: sv.Version, Group: group}
	return sv, pend, figs, nxt, nil
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
}

// queueLookup queues the lookups for d; the lookup is filled when the
// batch's results are read.
func queueLookup(b *pgx.Batch, d *document.Document) *lookup {
	l := &lookup{version: 1, sig: ledger.MinHash(d.Text)}
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
	b.Queue(`SELECT a.grp, m.sig FROM (SELECT DISTINCT article FROM lsh WHERE hash = ANY($1::bigint[]) ORDER BY article LIMIT `+fmt.Sprint(maxDupCandidates)+`) c
		JOIN articles a ON a.id=c.article JOIN minhash m ON m.article=a.id ORDER BY a.id`, l.bands[:]).Query(func(rows pgx.Rows) error {
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

// figSide is what the discrepancy rule needs about a figure.
type figSide struct {
	id, group int64
	article   int64
	subject   string
	day       string
	fig       extract.Figure
	pub       string
}

const figSideCols = `f.id, a.grp, f.article, COALESCE(f.subject,''), f.day, f.value, f.low, f.high, f.approx, f.as_of, f.basis, a.published`

func scanFigSide(sc pgx.Row) (figSide, error) {
	var x figSide
	var approx, asOf, basis string
	if err := sc.Scan(&x.id, &x.group, &x.article, &x.subject, &x.day, &x.fig.Value, &x.fig.Low, &x.fig.High, &approx, &asOf, &basis, &x.pub); err != nil {
		return x, err
	}
	x.fig.Approx, x.fig.AsOf, x.fig.Basis = document.Str(approx), document.Str(asOf), document.Str(basis)
	return x, nil
}

// windowDay shifts a YYYY-MM-DD day by days (SQLite's date(day, '±N days')).
func windowDay(day string, days int) string {
	d, err := document.ParseDate(day)
	if err != nil {
		return day
	}
	return d.Time().AddDate(0, 0, days).Format("2006-01-02")
}

// compareFigure flags discrepancies between a new figure and the figures of
// its subject nearest in time: those of its own article first, then by
// distance in days, at most maxDiscrepanciesPerFigure. A pair is recorded
// once per subject and value pair, however many copies repeat it.
func compareFigure(ctx context.Context, tx pgx.Tx, me *figSide) error {
	if me.subject == "" || me.day == "" {
		return nil
	}
	// The figures of the subject nearest in time on either side (within
	// compareWindowDays: as-of ranges span at most a year, plus the
	// ledger's slack), and those of the same article. The first query
	// finds the new figure itself too, as the SQLite store's does.
	half := fmt.Sprint(maxCompareFigures / 2)
	queries := []string{
		`SELECT ` + figSideCols + ` FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.subject=$2 AND f.day <= $1 AND f.day >= $3 AND a.latest ORDER BY f.day DESC, f.id DESC LIMIT ` + half,
		`SELECT ` + figSideCols + ` FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.subject=$2 AND f.day > $1 AND f.day <= $3 AND a.latest ORDER BY f.day, f.id LIMIT ` + half,
		`SELECT ` + figSideCols + ` FROM figures f JOIN articles a ON a.id=f.article
		WHERE f.article=$1 AND f.subject=$2 ORDER BY f.id`,
	}
	args := [][]any{
		{me.day, me.subject, windowDay(me.day, -compareWindowDays)},
		{me.day, me.subject, windowDay(me.day, compareWindowDays)},
		{me.article, me.subject},
	}
	// The three queries go in one round trip.
	var others []figSide
	seen := map[int64]bool{me.id: true}
	qb := &pgx.Batch{}
	for qi, q := range queries {
		qb.Queue(q, args[qi]...).Query(func(rows pgx.Rows) error {
			for rows.Next() {
				o, err := scanFigSide(rows)
				if err != nil {
					return err
				}
				if !seen[o.id] {
					seen[o.id] = true
					others = append(others, o)
				}
			}
			return rows.Err()
		})
	}
	if err := tx.SendBatch(ctx, qb).Close(); err != nil {
		return fmt.Errorf("postgres: compare: %w", err)
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
	mePub, _ := document.ParseDate(me.pub)
	ib := &pgx.Batch{}
	recorded := 0
	for i := range others {
		o := &others[i]
		oPub, _ := document.ParseDate(o.pub)
		kind, note := ledger.Compare(ledger.Side{Figure: &me.fig, Published: mePub}, ledger.Side{Figure: &o.fig, Published: oPub})
		if kind == "" {
			continue
		}
		x, y := o, me
		if x.id > y.id {
			x, y = y, x
		}
		day := x.day
		if y.day > day {
			day = y.day
		}
		// NOT EXISTS first: a conflicting insert would still use up an id,
		// and ids order disputes of one day as in the SQLite store.
		// The inserts run in order in one round trip, each seeing those
		// before it.
		ib.Queue(`INSERT INTO discrepancies(kind,subject,a,b,day,note,sig) SELECT $1,$2,$3,$4,$5,$6,$7::text
			WHERE NOT EXISTS (SELECT 1 FROM discrepancies WHERE sig=$7::text) ON CONFLICT (sig) DO NOTHING`,
			kind, me.subject, x.id, y.id, day, note, pairSig(kind, me.subject, &me.fig, &o.fig))
		// A figure is set against its nearest disagreeing neighbours only,
		// so a subject reported a thousand times does not yield a million
		// pairs.
		if recorded++; recorded == maxDiscrepanciesPerFigure {
			break
		}
	}
	if ib.Len() == 0 {
		return nil
	}
	if err := tx.SendBatch(ctx, ib).Close(); err != nil {
		return fmt.Errorf("postgres: discrepancy: %w", err)
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
