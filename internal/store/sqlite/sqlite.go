// Package sqlite is the default claim-ledger store: one SQLite file (pure Go
// driver modernc.org/sqlite, FTS5), WAL mode, foreign keys on, a busy
// timeout, and schema migrations applied on open.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"

	_ "modernc.org/sqlite" // driver "sqlite"
)

// Options tune a store.
type Options struct {
	// Judge, when set, adds the stance model's opinion to link scores.
	Judge ledger.Judge
	// ReadOnly opens the file for queries only.
	ReadOnly bool
}

// DB is a SQLite store. It implements store.Store.
type DB struct {
	db    *sql.DB
	judge ledger.Judge
	path  string
	figs  figureCache
	// lshRecent is lshRecentArticles (tests lower it).
	lshRecent int64
}

var (
	_ store.Store     = (*DB)(nil)
	_ store.Versioned = (*DB)(nil)
)

// migrations is the versioned schema: step i brings the schema to version
// i+1. Steps are only ever appended.
var migrations = []string{
	// 1: articles, facts, ledger tables, full-text indexes.
	`CREATE TABLE articles (
		id INTEGER PRIMARY KEY,
		doc_id TEXT NOT NULL UNIQUE,
		url TEXT NOT NULL DEFAULT '',
		path TEXT NOT NULL DEFAULT '',
		title TEXT NOT NULL DEFAULT '',
		source TEXT NOT NULL DEFAULT '',
		author TEXT NOT NULL DEFAULT '',
		published TEXT NOT NULL DEFAULT '',
		version INTEGER NOT NULL DEFAULT 1,
		previous INTEGER REFERENCES articles(id),
		latest INTEGER NOT NULL DEFAULT 1,
		grp INTEGER NOT NULL DEFAULT 0,
		words INTEGER NOT NULL DEFAULT 0,
		nfigures INTEGER NOT NULL DEFAULT 0,
		nstatements INTEGER NOT NULL DEFAULT 0,
		ingested TEXT NOT NULL,
		text TEXT NOT NULL,
		sentences BLOB
	);
	CREATE INDEX articles_url ON articles(url) WHERE url != '';
	CREATE INDEX articles_pub ON articles(latest, published, id);
	CREATE INDEX articles_grp ON articles(grp);
	CREATE TABLE minhash (
		article INTEGER PRIMARY KEY REFERENCES articles(id),
		sig BLOB NOT NULL
	);
	CREATE TABLE lsh (
		hash INTEGER NOT NULL,
		article INTEGER NOT NULL REFERENCES articles(id),
		PRIMARY KEY (hash, article)
	) WITHOUT ROWID;
	CREATE TABLE subjects (
		key TEXT PRIMARY KEY,
		label TEXT NOT NULL,
		holder TEXT NOT NULL,
		thing TEXT NOT NULL,
		location TEXT NOT NULL
	) WITHOUT ROWID;
	CREATE TABLE figures (
		id INTEGER PRIMARY KEY,
		article INTEGER NOT NULL REFERENCES articles(id),
		subject TEXT REFERENCES subjects(key),
		day TEXT NOT NULL DEFAULT '',
		text TEXT NOT NULL,
		value REAL, low REAL, high REAL,
		approx TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
		holder TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
		as_of TEXT NOT NULL DEFAULT '', basis TEXT NOT NULL DEFAULT '',
		source TEXT NOT NULL DEFAULT '', anonymous INTEGER NOT NULL DEFAULT 0,
		span_s INTEGER NOT NULL, span_e INTEGER NOT NULL,
		sent_s INTEGER NOT NULL, sent_e INTEGER NOT NULL
	);
	CREATE INDEX figures_article ON figures(article);
	CREATE INDEX figures_subject ON figures(subject, day);
	CREATE TABLE statements (
		id INTEGER PRIMARY KEY,
		article INTEGER NOT NULL REFERENCES articles(id),
		speaker TEXT NOT NULL DEFAULT '', speaker_role TEXT NOT NULL DEFAULT '',
		speaker_type TEXT NOT NULL DEFAULT '', anonymous INTEGER NOT NULL DEFAULT 0,
		speaker_s INTEGER NOT NULL, speaker_e INTEGER NOT NULL,
		cue TEXT NOT NULL DEFAULT '', cue_s INTEGER NOT NULL, cue_e INTEGER NOT NULL,
		content TEXT NOT NULL DEFAULT '', content_s INTEGER NOT NULL, content_e INTEGER NOT NULL,
		direct INTEGER NOT NULL DEFAULT 0, stance TEXT NOT NULL DEFAULT '',
		target TEXT NOT NULL DEFAULT '', target_s INTEGER NOT NULL, target_e INTEGER NOT NULL,
		span_s INTEGER NOT NULL, span_e INTEGER NOT NULL,
		sent_s INTEGER NOT NULL, sent_e INTEGER NOT NULL
	);
	CREATE INDEX statements_article ON statements(article);
	CREATE TABLE claims (
		id INTEGER PRIMARY KEY,
		kind TEXT NOT NULL,
		ref INTEGER NOT NULL,
		article INTEGER NOT NULL REFERENCES articles(id),
		latest INTEGER NOT NULL DEFAULT 1,
		published TEXT NOT NULL DEFAULT '',
		speaker TEXT NOT NULL DEFAULT '',
		outlet TEXT NOT NULL DEFAULT '',
		stance TEXT NOT NULL DEFAULT '',
		anonymous INTEGER NOT NULL DEFAULT 0,
		subject TEXT NOT NULL DEFAULT '',
		text TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX claims_pub ON claims(latest, published, id);
	CREATE INDEX claims_article ON claims(article);
	CREATE UNIQUE INDEX claims_ref ON claims(kind, ref);
	CREATE VIRTUAL TABLE claims_fts USING fts5(text, speaker, outlet, content='claims', content_rowid='id', tokenize='porter unicode61');
	CREATE VIRTUAL TABLE claims_vocab USING fts5vocab(claims_fts, 'row');
	CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='porter unicode61');
	CREATE TABLE links (
		id INTEGER PRIMARY KEY,
		kind TEXT NOT NULL,
		confidence REAL NOT NULL,
		reasons TEXT NOT NULL,
		from_statement INTEGER NOT NULL REFERENCES statements(id),
		to_statement INTEGER REFERENCES statements(id),
		to_figure INTEGER REFERENCES figures(id),
		CHECK ((to_statement IS NULL) != (to_figure IS NULL))
	);
	CREATE INDEX links_from ON links(from_statement);
	CREATE INDEX links_to_statement ON links(to_statement) WHERE to_statement IS NOT NULL;
	CREATE INDEX links_to_figure ON links(to_figure) WHERE to_figure IS NOT NULL;
	CREATE TABLE discrepancies (
		id INTEGER PRIMARY KEY,
		kind TEXT NOT NULL,
		subject TEXT NOT NULL REFERENCES subjects(key),
		a INTEGER NOT NULL REFERENCES figures(id),
		b INTEGER NOT NULL REFERENCES figures(id),
		day TEXT NOT NULL DEFAULT '',
		note TEXT NOT NULL DEFAULT '',
		sig TEXT NOT NULL UNIQUE
	);
	CREATE INDEX discrepancies_day ON discrepancies(day, id);`,
	// 2: per-subject statistics kept current at save time (Subjects would
	// otherwise aggregate every figure), and the articles' vocabulary.
	`ALTER TABLE subjects ADD COLUMN nfigures INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subjects ADD COLUMN narticles INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subjects ADD COLUMN ngroups INTEGER NOT NULL DEFAULT 0;
	ALTER TABLE subjects ADD COLUMN first TEXT NOT NULL DEFAULT '';
	ALTER TABLE subjects ADD COLUMN last TEXT NOT NULL DEFAULT '';
	UPDATE subjects SET nfigures=s.n, narticles=s.na, ngroups=s.ng, first=s.f, last=s.l
	FROM (SELECT f.subject AS k, COUNT(*) AS n, COUNT(DISTINCT f.article) AS na, COUNT(DISTINCT a.grp) AS ng,
		COALESCE(MIN(NULLIF(f.day,'')),'') AS f, COALESCE(MAX(f.day),'') AS l
		FROM figures f JOIN articles a ON a.id=f.article AND a.latest=1 WHERE f.subject IS NOT NULL GROUP BY f.subject) s
	WHERE subjects.key=s.k;
	CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row');`,
	// 3: what a figure's number means (store.EncodeMeaning), a statement's
	// source type, and the ledger's ranking of discrepancies; revisions
	// share the discrepancies table (kind 'revision').
	`ALTER TABLE figures ADD COLUMN meaning TEXT NOT NULL DEFAULT '';
	ALTER TABLE statements ADD COLUMN source_type TEXT NOT NULL DEFAULT '';
	ALTER TABLE discrepancies ADD COLUMN score REAL NOT NULL DEFAULT 0;
	ALTER TABLE discrepancies ADD COLUMN reports INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX discrepancies_subject ON discrepancies(subject);
	CREATE INDEX discrepancies_score ON discrepancies(score DESC, id);`,
	// 4: the reviewers' append-only audit log (store.Review); the ledger
	// applies it as overrides every time it computes.
	`CREATE TABLE reviews (
		id INTEGER PRIMARY KEY,
		kind TEXT NOT NULL,
		key TEXT NOT NULL,
		article TEXT NOT NULL DEFAULT '',
		span_s INTEGER NOT NULL DEFAULT 0, span_e INTEGER NOT NULL DEFAULT 0,
		snippet TEXT NOT NULL DEFAULT '',
		sent_offset INTEGER NOT NULL DEFAULT 0,
		action TEXT NOT NULL,
		field TEXT NOT NULL DEFAULT '',
		value TEXT NOT NULL DEFAULT '',
		who TEXT NOT NULL,
		at TEXT NOT NULL,
		note TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX reviews_key ON reviews(kind, key);
	CREATE TRIGGER reviews_append_only_u BEFORE UPDATE ON reviews BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
	CREATE TRIGGER reviews_append_only_d BEFORE DELETE ON reviews BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;`,
	// 5: what keeps a save's cost flat as the ledger grows. Subject
	// statistics become counters updated by each new article (subject_groups
	// holds which dup groups a subject's latest figures come from, so a new
	// independent report is known without counting), and meta holds the data
	// version: a counter every write transaction bumps, by which readers
	// (the server's cache) know that nothing changed. The instance
	// vocabularies let rareTerms count a word's documents only up to a
	// bound.
	`CREATE TABLE subject_groups (
		subject TEXT NOT NULL,
		grp INTEGER NOT NULL,
		PRIMARY KEY (subject, grp)
	) WITHOUT ROWID;
	INSERT INTO subject_groups(subject, grp) SELECT DISTINCT f.subject, a.grp
		FROM figures f JOIN articles a ON a.id=f.article AND a.latest=1 WHERE f.subject IS NOT NULL;
	CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
	INSERT INTO meta(key, value) VALUES ('data_version', 1);
	CREATE VIRTUAL TABLE claims_vocab_i USING fts5vocab(claims_fts, 'instance');
	CREATE VIRTUAL TABLE articles_vocab_i USING fts5vocab(articles_fts, 'instance');`,
	// 6: figures by their printed text and sentence length, so that a
	// line an outlet repeats (ledger.Repeat) is found without scanning.
	`CREATE INDEX figures_line ON figures(text, sent_e-sent_s);`,
	// 7: the document counts of common words (rareTerms): a vocabulary
	// lists a word's instances in document order and new documents come
	// last, so once a word has rareDocs instances its count is final; it
	// is kept here instead of being counted again by every link search.
	// Rewriting stored full-text rows (corrected metadata) empties it.
	`CREATE TABLE word_docs (
		vocab TEXT NOT NULL,
		term TEXT NOT NULL,
		docs INTEGER NOT NULL,
		PRIMARY KEY (vocab, term)
	) WITHOUT ROWID;`,
	// 8: lsh without its foreign key. The key made every article's
	// 16-row insert a statement that may abort, so SQLite copied each page
	// it touched into a statement journal and freed it again: 15% of a
	// save's CPU at 10k articles, growing with the table. Only SaveBatch
	// writes lsh, with the article in the same transaction; Check reports
	// rows without an article.
	`CREATE TABLE lsh_new (
		hash INTEGER NOT NULL,
		article INTEGER NOT NULL,
		PRIMARY KEY (hash, article)
	) WITHOUT ROWID;
	INSERT INTO lsh_new(hash, article) SELECT hash, article FROM lsh ORDER BY hash, article;
	DROP TABLE lsh;
	ALTER TABLE lsh_new RENAME TO lsh;`,
	// 9: a repeated line (priorLines) is looked up in indexes only. Each
	// earlier printing of a line costs a figure row and an article row
	// (which holds the whole text, so a page of its own) otherwise: in a
	// ledger where a line recurs with every copy of a story that read grew
	// to 45 rows per figure at 100k articles and was the largest cost of a
	// save. figures_line now carries the article; articles_outlet gives an
	// article's outlet and group.
	`DROP INDEX figures_line;
	CREATE INDEX figures_line ON figures(text, sent_e-sent_s, article);
	CREATE INDEX articles_outlet ON articles(id, source, grp);`,
	// 10: figures carry their outlet's case-folded key (outletKey), filled
	// in by migrationHooks from the articles' outlets. A line repeats only
	// a printing by its own outlet (ledger.Repeat), but figures_line found
	// every printing of the line by any outlet, and each cost a probe into
	// articles: in a ledger where a story runs in many outlets that read
	// grew with the ledger (45 probes per figure at 100k articles here).
	`ALTER TABLE figures ADD COLUMN outlet_key TEXT NOT NULL DEFAULT '';
	DROP INDEX figures_line;`,
	// 11: the line index with the outlet key, after the keys are filled in.
	`CREATE INDEX figures_line ON figures(text, sent_e-sent_s, outlet_key, article);`,
	// 12: new articles' band rows go to lsh_recent, moved into lsh in
	// bulk every lshRecentArticles articles (findGroup reads both). Each
	// band row is a random key: in a large ledger each of a batch's 1,024
	// inserts into lsh dirtied a page of its own, to be written to the log
	// and checkpointed at every batch; the small table's pages stay few,
	// and a bulk move writes each page of lsh once for thousands of rows.
	// lsh_merged is the last article whose rows are in lsh.
	`CREATE TABLE lsh_recent (
		hash INTEGER NOT NULL,
		article INTEGER NOT NULL,
		PRIMARY KEY (hash, article)
	) WITHOUT ROWID;
	INSERT INTO meta(key, value) VALUES ('lsh_merged', (SELECT COALESCE(MAX(id), 0) FROM articles));`,
	// 13: the articles' full-text index merges its segments 16 at a time
	// instead of 4. FTS5 rewrites every indexed page once per level it
	// climbs, and the levels grow with the log of the ledger: merging was
	// a third of the cost of indexing a batch's articles at 100k. Only
	// searches read this index (a save never does), and 16 segments a
	// level still answer them with a few seeks each.
	`INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);`,
	// 14: the document counts of the claims' full-text terms as link
	// search ranks them (rareTerms: documents among a term's first
	// rareDocs instances), kept current by every save (countClaimTerms)
	// instead of being counted again at every search: each count was a
	// seek in every full-text segment and up to 256 rows, both growing
	// with the ledger. A term without a row is counted from the index
	// when first looked up. A term with fewer than 256 instances has them
	// all in the count; the others are counted by fillClaimTerms. It
	// replaces word_docs, which kept only the counts that had become final.
	`CREATE TABLE claim_terms (
		term TEXT PRIMARY KEY,
		docs INTEGER NOT NULL,
		inst INTEGER NOT NULL
	) WITHOUT ROWID;
	INSERT INTO claim_terms(term, docs, inst) SELECT term, doc, cnt FROM claims_vocab WHERE cnt < 256;
	DROP TABLE word_docs;`,
	// 15: the article columns a figure row carries (loadFiguresLight), in
	// an index: the ledger's read of a subject's newest figures probed
	// each figure's article row, whose page also holds the start of its
	// text, so every figure cost a page of its own once the ledger
	// outgrew what a save had just written (a cold process at 100k
	// articles: 0.4 CPU-s more per 2,225 articles than at an empty store,
	// plus the parsing of those pages). The index's entries are small and
	// in id order, so a subject's figures read a few compact pages.
	`CREATE INDEX articles_figcols ON articles(id, latest, doc_id, url, grp, published, source, title);`,
}

// lshRecentArticles is how many articles' band rows lsh_recent gathers
// before they move into lsh: about 32,000 rows, a few hundred pages.
const lshRecentArticles = 2048

// migrationHooks run in Go after the SQL of a migration (by index into
// migrations), in its transaction: what SQL cannot compute.
var migrationHooks = map[int]func(context.Context, *sql.Tx) error{
	9:  fillOutletKeys,
	13: fillClaimTerms,
}

// fillClaimTerms counts the terms of 256 instances or more for
// claim_terms, as rareTerms would when first looking them up.
func fillClaimTerms(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT term FROM claims_vocab WHERE cnt >= ?`, rareDocs)
	if err != nil {
		return err
	}
	var terms []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			rows.Close()
			return err
		}
		terms = append(terms, w)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, w := range terms {
		n, d, err := countDocs(ctx, tx, "claims_vocab", w)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claim_terms(term, docs, inst) VALUES (?, ?, ?)`, w, d, n); err != nil {
			return err
		}
	}
	return nil
}

// fillOutletKeys sets every figure's outlet_key from its article's
// outlet, one outlet at a time.
func fillOutletKeys(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT source FROM articles`)
	if err != nil {
		return err
	}
	var outlets []string
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			rows.Close()
			return err
		}
		outlets = append(outlets, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, o := range outlets {
		if k := outletKey(o); k != "" {
			if _, err := tx.ExecContext(ctx, `UPDATE figures SET outlet_key=? WHERE article IN (SELECT id FROM articles WHERE source=?)`, k, o); err != nil {
				return err
			}
		}
	}
	return nil
}

// Open opens (creating if needed) the store at path and migrates it.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty database path")
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-32768)") // 32 MiB page cache per connection
	// Read the whole file through mmap (SQLite caps the size at its
	// compile-time maximum, 2 GB): beyond the map, every page read is a
	// pread into the page cache, so a 256 MB map made saves slower as the
	// ledger grew past it (1.2 GB at 100k articles).
	q.Add("_pragma", "mmap_size(2147418112)")
	q.Add("_pragma", "temp_store(MEMORY)")
	// Checkpoint every 8,192 WAL pages (32 MiB) rather than SQLite's 1,000:
	// a save into a large ledger dirties a page per index insert, more than
	// 1,000 per batch at 100k articles, so every commit was followed by a
	// checkpoint (page writes and an fsync). With the larger log a page
	// that several batches dirty is copied back once.
	q.Add("_pragma", "wal_autocheckpoint(8192)")
	q.Add("_txlock", "immediate")
	if opt.ReadOnly {
		q.Add("mode", "ro")
	}
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(time.Minute)
	s := &DB{db: db, judge: opt.Judge, path: path, lshRecent: lshRecentArticles}
	s.figs.min = figureCacheMin
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if !opt.ReadOnly {
		if err := s.migrate(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	return s, nil
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) }

func (s *DB) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("sqlite: migrate: %w", err)
	}
	var have int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version),0) FROM schema_migrations`).Scan(&have); err != nil {
		return fmt.Errorf("sqlite: migrate: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("sqlite: %s has schema version %d, newer than this program's %d", s.path, have, len(migrations))
	}
	for v := have; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("sqlite: migration %d: %w", v+1, err)
		}
		if h := migrationHooks[v]; h != nil {
			if err := h(ctx, tx); err != nil {
				return fmt.Errorf("sqlite: migration %d: %w", v+1, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied) VALUES (?, ?)`, v+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("sqlite: migration %d: %w", v+1, err)
		}
	}
	return tx.Commit()
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// SQL exposes the underlying handle for maintenance commands and tests.
func (s *DB) SQL() *sql.DB { return s.db }

// Check runs PRAGMA integrity_check and the ledger's invariants: every
// article has all of its facts or none (counts match), no fact, claim, link
// or discrepancy points at a missing row. It returns the problems found.
func (s *DB) Check(ctx context.Context) ([]string, error) {
	var problems []string
	rows, err := s.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			rows.Close()
			return nil, err
		}
		if r != "ok" {
			problems = append(problems, "integrity: "+r)
		}
	}
	rows.Close()
	checks := []struct{ name, q string }{
		{"foreign keys", `SELECT COUNT(*) FROM pragma_foreign_key_check`},
		{"articles whose figure count differs", `SELECT COUNT(*) FROM articles a WHERE a.nfigures != (SELECT COUNT(*) FROM figures f WHERE f.article=a.id)`},
		{"articles whose statement count differs", `SELECT COUNT(*) FROM articles a WHERE a.nstatements != (SELECT COUNT(*) FROM statements t WHERE t.article=a.id)`},
		{"figures without claim row", `SELECT COUNT(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.kind='figure' AND c.ref=f.id)`},
		{"statements without claim row", `SELECT COUNT(*) FROM statements t WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.kind='statement' AND c.ref=t.id)`},
		{"claims without fact", `SELECT COUNT(*) FROM claims c WHERE (c.kind='figure' AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.id=c.ref)) OR (c.kind='statement' AND NOT EXISTS (SELECT 1 FROM statements t WHERE t.id=c.ref))`},
		{"lsh rows without article", `SELECT COUNT(*) FROM (SELECT article FROM lsh UNION ALL SELECT article FROM lsh_recent) l WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id=l.article)`},
		{"articles without signature", `SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM minhash m WHERE m.article=a.id)`},
		{"articles without group", `SELECT COUNT(*) FROM articles a WHERE a.grp NOT IN (SELECT id FROM articles)`},
		{"spans outside text", `SELECT COUNT(*) FROM figures f JOIN articles a ON a.id=f.article WHERE f.span_e > length(CAST(a.text AS BLOB)) OR f.span_s < 0 OR f.span_s > f.span_e`},
	}
	for _, c := range checks {
		var n int
		if err := s.db.QueryRowContext(ctx, c.q).Scan(&n); err != nil {
			return nil, fmt.Errorf("check %s: %w", c.name, err)
		}
		if n != 0 {
			problems = append(problems, fmt.Sprintf("%s: %d", c.name, n))
		}
	}
	if err := s.db.QueryRowContext(ctx, `SELECT 1 FROM claims_fts WHERE claims_fts MATCH 'x' LIMIT 1`).Err(); err != nil && !strings.Contains(err.Error(), "no rows") {
		problems = append(problems, "claims_fts: "+err.Error())
	}
	return problems, nil
}
