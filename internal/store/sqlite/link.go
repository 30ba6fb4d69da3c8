package sqlite

import (
	"context"
	"database/sql"
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
func (s *DB) linkStatement(ctx context.Context, tx *sql.Tx, p *newStatement) error {
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
	// Claims naming or published by the outlet the target names, near in time.
	for _, o := range ledger.Outlets(target + " " + from.Sentence) {
		for _, name := range ledger.OutletNames(o) {
			like := "%" + likeEscape(name) + "%"
			if err := addRows(`SELECT id FROM claims WHERE latest=1 AND (speaker LIKE ? ESCAPE '\' OR outlet LIKE ? ESCAPE '\' OR text LIKE ? ESCAPE '\')
				AND (published='' OR ?='' OR abs(julianday(published)-julianday(?)) <= ?) LIMIT 20`,
				like, like, like, p.pub.String(), p.pub.String(), linkWindowDays); err != nil {
				return err
			}
		}
	}
	// Text similarity.
	if q := ftsWords(strings.Join(ledger.ContentWords(target+" "+st.Content), " "), "OR", maxSearchFTSWords); q != "" {
		if err := addRows(`SELECT c.id FROM claims_fts JOIN claims c ON c.id=claims_fts.rowid WHERE claims_fts MATCH ? AND c.latest=1 ORDER BY rank LIMIT ?`, q, maxLinkCandidates); err != nil {
			return err
		}
	}
	type scored struct {
		c       ledger.LinkCandidate
		conf    float64
		reasons []string
	}
	var best []scored
	for _, id := range order {
		c, err := loadCandidate(ctx, tx, id)
		if err != nil {
			return err
		}
		if c.Kind == "statement" && c.ID == p.id {
			continue
		}
		conf, reasons := ledger.ScoreLink(from, &c, s.judge)
		if conf >= ledger.LinkThreshold {
			best = append(best, scored{c, conf, reasons})
		}
	}
	sort.SliceStable(best, func(i, j int) bool { return best[i].conf > best[j].conf })
	if len(best) > ledger.MaxLinks {
		best = best[:ledger.MaxLinks]
	}
	for _, b := range best {
		var toS, toF any
		if b.c.Kind == "statement" {
			toS = b.c.ID
		} else {
			toF = b.c.ID
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO links(kind,confidence,reasons,from_statement,to_statement,to_figure) VALUES (?,?,?,?,?,?)`,
			st.Stance, b.conf, strings.Join(b.reasons, ","), p.id, toS, toF); err != nil {
			return fmt.Errorf("sqlite: insert link: %w", err)
		}
	}
	return nil
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// loadCandidate reads one claims row as a link candidate.
func loadCandidate(ctx context.Context, tx *sql.Tx, id int64) (ledger.LinkCandidate, error) {
	var c ledger.LinkCandidate
	var pub string
	var v sql.NullFloat64
	var holder, thing, loc sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT c.kind, c.ref, c.article, a.grp, c.published, c.outlet, c.speaker, c.text, c.stance,
			f.value, s.holder, s.thing, s.location
		FROM claims c JOIN articles a ON a.id=c.article
		LEFT JOIN figures f ON c.kind='figure' AND f.id=c.ref
		LEFT JOIN subjects s ON s.key=f.subject
		WHERE c.id=?`, id).Scan(&c.Kind, &c.ID, &c.Article, &c.Group, &pub, &c.Outlet, &c.Speaker, &c.Text, &c.Stance, &v, &holder, &thing, &loc)
	if err != nil {
		return c, fmt.Errorf("sqlite: candidate %d: %w", id, err)
	}
	c.Published, _ = document.ParseDate(pub)
	if v.Valid {
		c.Value = &v.Float64
	}
	c.Subject = ledger.Subject{Holder: holder.String, Thing: thing.String, Location: loc.String}
	return c, nil
}
