package postgres

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sort"
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
	var maxClaim int64
	if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(id),0) FROM claims`).Scan(&maxClaim); err != nil {
		return nil, fmt.Errorf("postgres: begin: %w", err)
	}
	out := make([]store.Saved, 0, len(results))
	var pending []newStatement
	var newFigures []figSide
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
	if _, err := tx.Exec(ctx, `INSERT INTO claims_vocab(term, doc) SELECT u.lexeme, COUNT(*) FROM claims c, unnest(c.tsv) u WHERE c.id > $1 GROUP BY u.lexeme
		ON CONFLICT (term) DO UPDATE SET doc = claims_vocab.doc + EXCLUDED.doc`, maxClaim); err != nil {
		return nil, fmt.Errorf("postgres: index claims: %w", err)
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

func encodeSpans(sp []document.Span) []byte {
	b := make([]byte, 0, len(sp)*4)
	prev := 0
	for _, s := range sp {
		b = binary.AppendUvarint(b, uint64(max(0, s.Start-prev)))
		b = binary.AppendUvarint(b, uint64(max(0, s.End-s.Start)))
		prev = s.End
	}
	return b
}

func decodeSpans(b []byte) []document.Span {
	var out []document.Span
	prev := 0
	for len(b) > 0 {
		a, n := binary.Uvarint(b)
		if n <= 0 {
			break
		}
		b = b[n:]
		l, m := binary.Uvarint(b)
		if m <= 0 {
			break
		}
		b = b[m:]
		st := prev + int(a)
		out = append(out, document.Span{Start: st, End: st + int(l)})
		prev = st + int(l)
	}
	return out
}

func countWords(text string) int {
	n, in := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		sp := c == ' ' || c == '\n' || c == '\t' || c == '\r'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
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

const insertFigure = `WITH f AS (INSERT INTO figures(article,subject,day,text,value,low,high,approx,unit,holder,location,country,as_of,basis,source,anonymous,span_s,span_e,sent_s,sent_e,evidence)
	VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21) RETURNING id)
	INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
	SELECT 'figure', f.id, $1, TRUE, $22, $15, $23, '', $16, COALESCE($2,''), $24 FROM f RETURNING ref`

const insertStatement = `WITH t AS (INSERT INTO statements(article,speaker,speaker_role,speaker_type,anonymous,speaker_s,speaker_e,cue,cue_s,cue_e,content,content_s,content_e,direct,stance,target,target_s,target_e,span_s,span_e,sent_s,sent_e,evidence)
	VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23) RETURNING id)
	INSERT INTO claims(kind,ref,article,latest,published,speaker,outlet,stance,anonymous,subject,text)
	SELECT 'statement', t.id, $1, TRUE, $24, $2, $25, $15, $5, '', $26 FROM t RETURNING ref`

// saveOne inserts one article with its facts; it returns the denials and
// confirmations to link and the figures to compare once the batch is in.
func (s *DB) saveOne(ctx context.Context, tx pgx.Tx, r *extract.Result) (store.Saved, []newStatement, []figSide, error) {
	d := r.Doc
	docID := d.ID
	if docID == "" {
		docID = document.ID(d.Text)
	}
	var sv store.Saved
	sv.DocID = docID
	err := tx.QueryRow(ctx, `SELECT id, version, grp FROM articles WHERE doc_id=$1`, docID).Scan(&sv.ID, &sv.Version, &sv.Group)
	if err == nil {
		return sv, nil, nil, nil // the same text again
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return sv, nil, nil, fmt.Errorf("postgres: lookup: %w", err)
	}
	sv.Created, sv.Version = true, 1
	var prevID, prevGroup int64
	url := clean(string(d.URL))
	if url != "" {
		err := tx.QueryRow(ctx, `SELECT id, version, grp FROM articles WHERE url=$1 AND latest ORDER BY id DESC LIMIT 1`, url).Scan(&prevID, &sv.Version, &prevGroup)
		switch {
		case err == nil:
			sv.Version++
		case !errors.Is(err, pgx.ErrNoRows):
			return sv, nil, nil, fmt.Errorf("postgres: lookup url: %w", err)
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
	var prev *int64
	if prevID != 0 {
		prev = &prevID
	}
	text := clean(d.Text)
	var aid int64
	if err := tx.QueryRow(ctx, insertArticle,
		docID, url, clean(string(d.Path)), clean(string(d.Title)), clean(string(d.Source)), clean(string(d.Author)), pub, sv.Version, prev,
		group, countWords(d.Text), len(r.Figures), len(r.Statements), now(), text, encodeSpans(r.Sentences)).Scan(&aid, &group); err != nil {
		return sv, nil, nil, fmt.Errorf("postgres: insert article: %w", err)
	}
	sv.ID, sv.Group = store.ArticleID(aid), group

	// Everything else of the article goes in one pipelined round trip.
	b := &pgx.Batch{}
	if prevID != 0 {
		b.Queue(`UPDATE articles SET latest=FALSE WHERE id=$1`, prevID)
		b.Queue(`UPDATE claims SET latest=FALSE WHERE article=$1`, prevID)
	}
	b.Queue(`INSERT INTO minhash(article,sig) VALUES ($1,$2)`, aid, sig.Encode())
	b.Queue(`INSERT INTO lsh(hash,article) SELECT DISTINCT h, $2::bigint FROM unnest($1::bigint[]) h ON CONFLICT DO NOTHING`, bands[:], aid)
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
		side := figSide{group: group, article: aid, subject: subj.Key, day: day, pub: pub}
		side.fig.Value, side.fig.Low, side.fig.High = value, low, high
		side.fig.Approx, side.fig.AsOf, side.fig.Basis = document.Str(clean(string(f.Approx))), document.Str(clean(string(f.AsOf))), document.Str(clean(string(f.Basis)))
		keep := subj.Key != "" && (f.Value != nil || f.Low != nil || f.High != nil)
		b.Queue(insertFigure,
			aid, sk, day, clean(f.Text), value, low, high, string(side.fig.Approx), clean(string(f.Unit)),
			clean(string(f.Holder)), clean(string(f.Location)), clean(string(f.Country)), string(side.fig.AsOf), string(side.fig.Basis),
			clean(string(f.Source)), f.Anonymous, sp.Start, sp.End, se.Start, se.End, ev,
			pub, outlet, ctext).QueryRow(func(row pgx.Row) error {
			var id int64
			if err := row.Scan(&id); err != nil {
				return fmt.Errorf("postgres: insert figure: %w", err)
			}
			if keep {
				side.id = id
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
			aid, clean(string(st.Speaker)), clean(string(st.SpeakerRole)), clean(string(st.SpeakerType)), st.Anonymous, spk.Start, spk.End,
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
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return sv, nil, nil, fmt.Errorf("postgres: save article: %w", err)
	}
	return sv, pend, figs, nil
}

// findGroup returns the dup group of the most similar stored copy of the
// story, or 0 when there is none.
func findGroup(ctx context.Context, tx pgx.Tx, sig *ledger.Signature, bands *[ledger.Bands]int64) (int64, error) {
	rows, err := tx.Query(ctx, `SELECT a.id, a.grp, m.sig FROM (SELECT DISTINCT article FROM lsh WHERE hash = ANY($1::bigint[]) ORDER BY article LIMIT `+fmt.Sprint(maxDupCandidates)+`) c
		JOIN articles a ON a.id=c.article JOIN minhash m ON m.article=a.id ORDER BY a.id`, bands[:])
	if err != nil {
		return 0, fmt.Errorf("postgres: dup candidates: %w", err)
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
	var others []figSide
	seen := map[int64]bool{me.id: true}
	for qi, q := range queries {
		rows, err := tx.Query(ctx, q, args[qi]...)
		if err != nil {
			return fmt.Errorf("postgres: compare: %w", err)
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
	mePub, _ := document.ParseDate(me.pub)
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
		if _, err := tx.Exec(ctx, `INSERT INTO discrepancies(kind,subject,a,b,day,note,sig) SELECT $1,$2,$3,$4,$5,$6,$7::text
			WHERE NOT EXISTS (SELECT 1 FROM discrepancies WHERE sig=$7::text) ON CONFLICT (sig) DO NOTHING`,
			kind, me.subject, x.id, y.id, day, note, pairSig(kind, me.subject, &me.fig, &o.fig)); err != nil {
			return fmt.Errorf("postgres: discrepancy: %w", err)
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
