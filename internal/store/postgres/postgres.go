// Package postgres is the claim-ledger store on PostgreSQL (12 or newer),
// selected by a postgres:// or postgresql:// URL. It implements store.Store
// with the same results as internal/store/sqlite on the same input: the
// ledger derivations (subjects, dup groups, discrepancies, links) are
// internal/ledger's, and ordering, cursors and filters mirror the SQLite
// queries (dates are TEXT "YYYY-MM-DD" or "" compared bytewise, COLLATE "C").
//
// Driver: pgx v5 with pgxpool, used natively rather than through
// database/sql. Nothing of the SQLite package's SQL could be shared anyway
// (placeholders, FTS5, byte substrings differ), and the native API lets
// SaveBatch pipeline every fact of an article in one round trip (pgx.Batch),
// which is what loopback latency costs most.
//
// Concurrency: SaveBatch runs in one READ COMMITTED transaction that first
// takes transaction-scoped advisory locks per key, in sorted order: each
// text (doc id), URL, LSH band (so near-duplicates of one story join one
// group) and printed line (an outlet's figure text and sentence length,
// so that of two batches printing one line the later sees the earlier's
// and files its own as a repeat, ledger.Repeat). Its last step locks the subjects its
// figures file under (sorted, in one round), adds the new articles to
// their counters, and has internal/ledger recompute each touched subject
// from its stored figures (ledger.UpdateSubjects through ledgerTx):
// batches about other stories never wait on each other, and batches
// sharing a subject wait only for that last step. Readers never wait.
// Unique constraints (doc_id; url+version; subject keys; discrepancy
// signatures) back this up, and a batch that still hits a deadlock or
// serialization failure is retried whole. A denial saved concurrently with
// the claim it denies may miss it; `claimtrack db relink` recomputes
// everything.
//
// Full text: tsvector columns generated from the stored text with the
// claimtrack_porter configuration (words split at every character that is
// not a letter or digit, lowercased, Porter-stemmed, no stop words: what
// FTS5's 'porter unicode61' tokenizer does for the SQLite store), GIN
// indexes, and queries built with plainto_tsquery from words already
// reduced to letters and digits: user text never becomes query syntax.
// A term's row count, up to 256 (the SQLite store's rare-word counts stop
// there too), for the rarest-words rules of link search and Search, is
// read from the GIN index when needed (termDocs), with the terms of claims
// known to be common kept in claims_common.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/claimtrack/claimtrack/internal/ledger"
	"github.com/claimtrack/claimtrack/internal/store"
)

// Options tune a store.
type Options struct {
	// Judge, when set, adds the stance model's opinion to link scores.
	Judge ledger.Judge
	// ReadOnly opens for queries only: no migration, and every session is
	// read-only (default_transaction_read_only).
	ReadOnly bool
	// MaxConns caps the pool (default: pgxpool's, max(4, CPUs)).
	MaxConns int32
}

// DB is a PostgreSQL store. It implements store.Store.
type DB struct {
	pool  *pgxpool.Pool
	judge ledger.Judge
	// common holds "table\x00term" for the terms this process has found in
	// at least rareDocs rows of a full-text index (queueRareTerms).
	common sync.Map
}

var (
	_ store.Store     = (*DB)(nil)
	_ store.Versioned = (*DB)(nil)
)

// Advisory lock keys (pg_advisory_xact_lock's bigint space, per database).
const (
	migrateLockKey int64 = 0x636c61696d740001 // "claimt" 1
	analyzeLockKey int64 = 0x636c61696d740002 // "claimt" 2
)

// ftsConfig is the text search configuration of every full-text column
// and query: the default parser, each word lowercased and reduced by the
// original Porter stemmer (Snowball's "porter"), no stop words: FTS5's
// 'porter unicode61' tokenizer, which the SQLite store uses.
const ftsConfig = "claimtrack_porter"

// textVector is the tsvector expression over a text expression. Words are
// first split at every character that is not a letter or digit, as
// unicode61 does (the default parser keeps "2.5", "al-Assad" and
// "reuters.com" whole).
func textVector(expr string) string {
	return `to_tsvector('` + ftsConfig + `', regexp_replace(` + expr + `, '[^[:alnum:]]+', ' ', 'g'))`
}

// maxIndexedChars bounds the article text indexed for Search: a tsvector
// holds at most 1 MB, and positions stop at 16383 anyway.
const maxIndexedChars = 300000

// migrations is the versioned schema: step i brings the schema to version
// i+1. Steps are only ever appended.
var migrations = []string{
	// 1: articles, facts, ledger tables, full-text indexes.
	`CREATE TEXT SEARCH DICTIONARY ` + ftsConfig + ` (TEMPLATE = snowball, Language = porter);
	CREATE TEXT SEARCH CONFIGURATION ` + ftsConfig + ` (COPY = simple);
	ALTER TEXT SEARCH CONFIGURATION ` + ftsConfig + ` ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword,
		hword_asciipart, hword_part, hword_numpart WITH ` + ftsConfig + `;
	CREATE TABLE articles (
		id BIGSERIAL PRIMARY KEY,
		doc_id TEXT NOT NULL UNIQUE,
		url TEXT NOT NULL DEFAULT '',
		path TEXT NOT NULL DEFAULT '',
		title TEXT NOT NULL DEFAULT '',
		source TEXT NOT NULL DEFAULT '',
		author TEXT NOT NULL DEFAULT '',
		published TEXT COLLATE "C" NOT NULL DEFAULT '' CHECK (published = '' OR published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
		version INTEGER NOT NULL DEFAULT 1,
		previous BIGINT REFERENCES articles(id),
		latest BOOLEAN NOT NULL DEFAULT TRUE,
		grp BIGINT NOT NULL,
		words INTEGER NOT NULL DEFAULT 0,
		nfigures INTEGER NOT NULL DEFAULT 0,
		nstatements INTEGER NOT NULL DEFAULT 0,
		ingested TIMESTAMPTZ NOT NULL,
		text TEXT NOT NULL,
		sentences BYTEA,
		tsv tsvector GENERATED ALWAYS AS (` + textVector(`left(title || ' ' || text, `+fmt.Sprint(maxIndexedChars)+`)`) + `) STORED
	);
	CREATE UNIQUE INDEX articles_url_version ON articles(url, version) WHERE url <> '';
	CREATE INDEX articles_pub ON articles(published, id) WHERE latest;
	CREATE INDEX articles_grp ON articles(grp);
	CREATE INDEX articles_tsv ON articles USING GIN (tsv);
	CREATE TABLE minhash (
		article BIGINT PRIMARY KEY REFERENCES articles(id),
		sig BYTEA NOT NULL
	);
	CREATE TABLE lsh (
		hash BIGINT NOT NULL,
		article BIGINT NOT NULL REFERENCES articles(id),
		PRIMARY KEY (hash, article)
	);
	-- Subjects carry their statistics over the latest versions, kept
	-- current at save time (Subjects and every Timeline read them).
	CREATE TABLE subjects (
		key TEXT COLLATE "C" PRIMARY KEY,
		label TEXT NOT NULL,
		holder TEXT NOT NULL,
		thing TEXT NOT NULL,
		location TEXT NOT NULL,
		nfigures INTEGER NOT NULL DEFAULT 0,
		narticles INTEGER NOT NULL DEFAULT 0,
		ngroups INTEGER NOT NULL DEFAULT 0,
		first TEXT COLLATE "C" NOT NULL DEFAULT '',
		last TEXT COLLATE "C" NOT NULL DEFAULT ''
	);
	CREATE INDEX subjects_nfigures ON subjects(nfigures DESC, key) WHERE nfigures > 0;
	CREATE TABLE figures (
		id BIGSERIAL PRIMARY KEY,
		article BIGINT NOT NULL REFERENCES articles(id),
		subject TEXT COLLATE "C" REFERENCES subjects(key),
		day TEXT COLLATE "C" NOT NULL DEFAULT '',
		text TEXT NOT NULL,
		value DOUBLE PRECISION, low DOUBLE PRECISION, high DOUBLE PRECISION,
		approx TEXT NOT NULL DEFAULT '', unit TEXT NOT NULL DEFAULT '',
		holder TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT '',
		as_of TEXT NOT NULL DEFAULT '', basis TEXT NOT NULL DEFAULT '',
		source TEXT NOT NULL DEFAULT '', anonymous BOOLEAN NOT NULL DEFAULT FALSE,
		span_s INTEGER NOT NULL, span_e INTEGER NOT NULL,
		sent_s INTEGER NOT NULL, sent_e INTEGER NOT NULL,
		evidence TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX figures_article ON figures(article);
	CREATE INDEX figures_subject ON figures(subject, day, id);
	CREATE TABLE statements (
		id BIGSERIAL PRIMARY KEY,
		article BIGINT NOT NULL REFERENCES articles(id),
		speaker TEXT NOT NULL DEFAULT '', speaker_role TEXT NOT NULL DEFAULT '',
		speaker_type TEXT NOT NULL DEFAULT '', anonymous BOOLEAN NOT NULL DEFAULT FALSE,
		speaker_s INTEGER NOT NULL, speaker_e INTEGER NOT NULL,
		cue TEXT NOT NULL DEFAULT '', cue_s INTEGER NOT NULL, cue_e INTEGER NOT NULL,
		content TEXT NOT NULL DEFAULT '', content_s INTEGER NOT NULL, content_e INTEGER NOT NULL,
		direct BOOLEAN NOT NULL DEFAULT FALSE, stance TEXT NOT NULL DEFAULT '',
		target TEXT NOT NULL DEFAULT '', target_s INTEGER NOT NULL, target_e INTEGER NOT NULL,
		span_s INTEGER NOT NULL, span_e INTEGER NOT NULL,
		sent_s INTEGER NOT NULL, sent_e INTEGER NOT NULL,
		evidence TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX statements_article ON statements(article);
	CREATE TABLE claims (
		id BIGSERIAL PRIMARY KEY,
		kind TEXT NOT NULL CHECK (kind IN ('statement', 'figure')),
		ref BIGINT NOT NULL,
		article BIGINT NOT NULL REFERENCES articles(id),
		latest BOOLEAN NOT NULL DEFAULT TRUE,
		published TEXT COLLATE "C" NOT NULL DEFAULT '',
		speaker TEXT NOT NULL DEFAULT '',
		outlet TEXT NOT NULL DEFAULT '',
		stance TEXT NOT NULL DEFAULT '',
		anonymous BOOLEAN NOT NULL DEFAULT FALSE,
		subject TEXT NOT NULL DEFAULT '',
		text TEXT NOT NULL DEFAULT '',
		tsv tsvector GENERATED ALWAYS AS (` + textVector(`text || ' ' || speaker || ' ' || outlet`) + `) STORED
	);
	CREATE INDEX claims_pub ON claims(published, id) WHERE latest;
	CREATE INDEX claims_article ON claims(article, id);
	CREATE UNIQUE INDEX claims_ref ON claims(kind, ref);
	CREATE INDEX claims_tsv ON claims USING GIN (tsv);
	-- How many claims hold each term (as FTS5's fts5vocab 'row' table):
	-- link searches keep only the rarest words of a denial.
	CREATE TABLE claims_vocab (
		term TEXT COLLATE "C" PRIMARY KEY,
		doc BIGINT NOT NULL
	);
	CREATE TABLE articles_vocab (
		term TEXT COLLATE "C" PRIMARY KEY,
		doc BIGINT NOT NULL
	);
	CREATE TABLE links (
		id BIGSERIAL PRIMARY KEY,
		kind TEXT NOT NULL,
		confidence DOUBLE PRECISION NOT NULL,
		reasons TEXT[] NOT NULL,
		from_statement BIGINT NOT NULL REFERENCES statements(id),
		to_statement BIGINT REFERENCES statements(id),
		to_figure BIGINT REFERENCES figures(id),
		CHECK ((to_statement IS NULL) <> (to_figure IS NULL))
	);
	CREATE INDEX links_from ON links(from_statement);
	CREATE INDEX links_to_statement ON links(to_statement) WHERE to_statement IS NOT NULL;
	CREATE INDEX links_to_figure ON links(to_figure) WHERE to_figure IS NOT NULL;
	CREATE TABLE discrepancies (
		id BIGSERIAL PRIMARY KEY,
		kind TEXT NOT NULL,
		subject TEXT COLLATE "C" NOT NULL REFERENCES subjects(key),
		a BIGINT NOT NULL REFERENCES figures(id),
		b BIGINT NOT NULL REFERENCES figures(id),
		day TEXT COLLATE "C" NOT NULL DEFAULT '',
		note TEXT NOT NULL DEFAULT '',
		sig TEXT NOT NULL UNIQUE
	);
	CREATE INDEX discrepancies_day ON discrepancies(day, id);`,
	// 2: what a figure's number means (store.EncodeMeaning), a statement's
	// source type, and the ledger's ranking of discrepancies; revisions
	// share the discrepancies table (kind 'revision').
	`ALTER TABLE figures ADD COLUMN meaning TEXT NOT NULL DEFAULT '';
	ALTER TABLE statements ADD COLUMN source_type TEXT NOT NULL DEFAULT '';
	ALTER TABLE discrepancies ADD COLUMN score DOUBLE PRECISION NOT NULL DEFAULT 0;
	ALTER TABLE discrepancies ADD COLUMN reports INTEGER NOT NULL DEFAULT 0;
	CREATE INDEX discrepancies_subject ON discrepancies(subject);
	CREATE INDEX discrepancies_score ON discrepancies(score DESC, id);`,
	// 3: the reviewers' append-only audit log (store.Review); the ledger
	// applies it as overrides every time it computes.
	`CREATE TABLE reviews (
		id BIGSERIAL PRIMARY KEY,
		kind TEXT NOT NULL,
		key TEXT COLLATE "C" NOT NULL,
		article TEXT NOT NULL DEFAULT '',
		span_s INTEGER NOT NULL DEFAULT 0, span_e INTEGER NOT NULL DEFAULT 0,
		snippet TEXT NOT NULL DEFAULT '',
		sent_offset INTEGER NOT NULL DEFAULT 0,
		action TEXT NOT NULL,
		field TEXT NOT NULL DEFAULT '',
		value TEXT NOT NULL DEFAULT '',
		who TEXT NOT NULL,
		at TIMESTAMPTZ NOT NULL,
		note TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX reviews_key ON reviews(kind, key);
	CREATE FUNCTION reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN RAISE EXCEPTION 'the review log is append-only'; END $$;
	CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION reviews_append_only();`,
	// 4: the data version (DataVersion): a sequence, advanced after every
	// commit that changed data, so that concurrent writers never wait on
	// one counter row.
	`CREATE SEQUENCE data_version;`,
	// 5: figures by their printed text and sentence length, so that a
	// line an outlet repeats (ledger.Repeat) is found without scanning.
	`CREATE INDEX figures_line ON figures(text, (sent_e-sent_s));`,
	// 6: what cuts a save's database work (issue 13). Subject statistics
	// become counters updated by each new article, as in the SQLite store:
	// subject_groups holds which dup groups a subject's latest figures come
	// from, so a new independent report is known without counting. The
	// per-row foreign keys of the fact tables go: every fact row is
	// inserted by SaveBatch in the transaction, and the pipeline, that
	// inserts its article, and each checked row cost the server a
	// locking lookup of the article (a fifth of its save work); Check
	// reports facts without an article. The vocabularies count a term
	// only up to 256 rows (rareDocs), as the SQLite store's rare-word
	// counts do.
	`CREATE TABLE subject_groups (
		subject TEXT COLLATE "C" NOT NULL,
		grp BIGINT NOT NULL,
		PRIMARY KEY (subject, grp)
	);
	INSERT INTO subject_groups(subject, grp) SELECT DISTINCT f.subject, a.grp
		FROM figures f JOIN articles a ON a.id=f.article AND a.latest WHERE f.subject IS NOT NULL;
	ALTER TABLE figures DROP CONSTRAINT figures_article_fkey, DROP CONSTRAINT figures_subject_fkey;
	ALTER TABLE statements DROP CONSTRAINT statements_article_fkey;
	ALTER TABLE claims DROP CONSTRAINT claims_article_fkey;
	ALTER TABLE minhash DROP CONSTRAINT minhash_article_fkey;
	ALTER TABLE lsh DROP CONSTRAINT lsh_article_fkey;
	UPDATE claims_vocab SET doc = 256 WHERE doc > 256;
	UPDATE articles_vocab SET doc = 256 WHERE doc > 256;`,
	// 7: figures carry their article's outlet, folded (outletKey), and
	// the line index ends with it: an earlier printing of a line
	// (ledger.Repeat) is looked up among the outlet's own figures, not
	// among every outlet's printings of the text (which grow with the
	// store: 240 rows per article at 100k articles of copied stories).
	`ALTER TABLE figures ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
	UPDATE figures f SET outlet = upper(lower(a.source)) FROM articles a WHERE a.id = f.article;
	DROP INDEX figures_line;
	CREATE INDEX figures_line ON figures(text, (sent_e-sent_s), outlet);`,
	// 8: the full-text columns keep the default statistics target when
	// the store analyses at a smaller one (DB.analyze): their lexeme
	// frequencies decide how link searches and Search read the GIN
	// indexes; the other columns are read by key.
	`ALTER TABLE claims ALTER COLUMN tsv SET STATISTICS 100;
	ALTER TABLE articles ALTER COLUMN tsv SET STATISTICS 100;`,
	// 9: the vocabularies go (issue 13): upserting every batch's terms was
	// a third of the server's statement time at the empty store. A term's
	// row count is read from the full-text index when a search needs it,
	// up to rareDocs (termDocs: an index search that stops there);
	// claims_common remembers the terms of claims found in at least
	// rareDocs rows, which stay so (claims are never deleted), so that a
	// common term's long posting list is read once per store, not per
	// search. The full-text columns get no statistics: every query
	// matches them against a computed tsquery, whose selectivity the
	// planner cannot estimate from them, and their lexeme statistics
	// were most of an ANALYZE run's time. The claims' GIN index keeps a
	// pending list of 128 kB, not 4 MB: every search of it reads the
	// whole list (link searches and term counts took 4-5 ms each, most of
	// the server's time, with 4 MB), while inserts still go to the list
	// and are merged in bulk (with no list at all, claim inserts cost
	// twice as much).
	`CREATE TABLE claims_common (term TEXT COLLATE "C" PRIMARY KEY);
	INSERT INTO claims_common(term) SELECT term FROM claims_vocab WHERE doc >= 256 ORDER BY term;
	DROP TABLE claims_vocab, articles_vocab;
	CREATE FUNCTION claimtrack_claim_docs(q tsquery) RETURNS bigint LANGUAGE sql STABLE SET enable_seqscan = off
		AS $$ SELECT COUNT(*) FROM (SELECT 1 FROM claims WHERE tsv @@ q LIMIT 256) x $$;
	CREATE FUNCTION claimtrack_article_docs(q tsquery) RETURNS bigint LANGUAGE sql STABLE SET enable_seqscan = off
		AS $$ SELECT COUNT(*) FROM (SELECT 1 FROM articles WHERE tsv @@ q LIMIT 256) x $$;
	ALTER TABLE claims ALTER COLUMN tsv SET STATISTICS 0;
	ALTER TABLE articles ALTER COLUMN tsv SET STATISTICS 0;
	ALTER INDEX claims_tsv SET (gin_pending_list_limit = 128);`,
	// 10: a signature row carries its article's dup group (which never
	// changes), so that an article's dup lookup reads its candidates'
	// groups from the small minhash table and not from one page of
	// articles each (an article's row shares its page with its text):
	// at 100k articles, 46 candidates per article, mostly read from disk.
	`ALTER TABLE minhash ADD COLUMN grp BIGINT;
	UPDATE minhash m SET grp = a.grp FROM articles a WHERE a.id = m.article;
	ALTER TABLE minhash ALTER COLUMN grp SET NOT NULL;`,
	// 11: nothing in the schema; it vacuums minhash (vacuumAfter) on
	// stores that went through 10 already.
	`SELECT 1`,
}

// vacuumAfter lists, by migration number, the tables a migration rewrote
// row by row: Open vacuums them once it has applied the migration (VACUUM
// cannot run in the migrations' transaction). Migration 10's UPDATE left
// every signature row's old version behind, the table at twice its size:
// with autovacuum off (the shared server's setting) for good. At 96k
// articles each of an article's 46 dup candidates then cost six buffer
// reads, not four, and the lookup's candidate rows 23 µs each, not 4.
var vacuumAfter = map[int][]string{
	10: {"minhash"},
	11: {"minhash"},
}

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int { return len(migrations) }

// Open connects to the database at url (postgres://…) and migrates it.
func Open(ctx context.Context, url string, opt Options) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if opt.MaxConns > 0 {
		cfg.MaxConns = opt.MaxConns
	}
	if opt.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}

	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: connect %s@%s/%s: %w", cfg.ConnConfig.User, cfg.ConnConfig.Host, cfg.ConnConfig.Database, err)
	}
	s := &DB{pool: pool, judge: opt.Judge}
	if opt.ReadOnly {
		err = s.checkSchema(ctx)
	} else {
		err = s.migrate(ctx)
	}
	if err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// migrate applies the missing migrations in one transaction; the advisory
// lock makes workers that open at once wait for the first one, after which
// they find nothing left to do.
func (s *DB) migrate(ctx context.Context) error {
	vacuum := map[string]bool{}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLockKey); err != nil {
			return fmt.Errorf("postgres: migrate: lock: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
			return fmt.Errorf("postgres: migrate: %w", err)
		}
		var have int
		if err := tx.QueryRow(ctx, `SELECT COALESCE(MAX(version),0) FROM schema_migrations`).Scan(&have); err != nil {
			return fmt.Errorf("postgres: migrate: %w", err)
		}
		if have > len(migrations) {
			return fmt.Errorf("postgres: database has schema version %d, newer than this program's %d", have, len(migrations))
		}
		for v := have; v < len(migrations); v++ {
			if _, err := tx.Exec(ctx, migrations[v]); err != nil {
				return fmt.Errorf("postgres: migration %d: %w", v+1, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version) VALUES ($1)`, v+1); err != nil {
				return fmt.Errorf("postgres: migration %d: %w", v+1, err)
			}
			for _, t := range vacuumAfter[v+1] {
				vacuum[t] = true
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	tables := make([]string, 0, len(vacuum))
	for t := range vacuum {
		tables = append(tables, t)
	}
	sort.Strings(tables)
	for _, t := range tables {
		if _, err := s.pool.Exec(ctx, `VACUUM (ANALYZE) `+t); err != nil {
			return fmt.Errorf("postgres: vacuum %s after migrating: %w", t, err)
		}
	}
	return nil
}

// checkSchema verifies, for a read-only store, that the schema is the one
// this program knows.
func (s *DB) checkSchema(ctx context.Context) error {
	var have int
	err := s.pool.QueryRow(ctx, `SELECT COALESCE(MAX(version),0) FROM schema_migrations`).Scan(&have)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42P01" {
		return fmt.Errorf("postgres: no claimtrack schema in this database (run 'claimtrack ingest' first)")
	}
	if err != nil {
		return fmt.Errorf("postgres: schema: %w", err)
	}
	if have != len(migrations) {
		return fmt.Errorf("postgres: database has schema version %d, this program needs %d", have, len(migrations))
	}
	return nil
}

// Close closes the pool.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// Pool exposes the connection pool for maintenance commands and tests.
func (s *DB) Pool() *pgxpool.Pool { return s.pool }

// Check verifies the ledger's invariants, as sqlite.DB.Check does: every
// article has all of its facts or none, no fact, claim or group points at
// a missing row, and every span lies within its article's text.
func (s *DB) Check(ctx context.Context) ([]string, error) {
	checks := []struct{ name, q string }{
		{"articles whose figure count differs", `SELECT COUNT(*) FROM articles a WHERE a.nfigures <> (SELECT COUNT(*) FROM figures f WHERE f.article=a.id)`},
		{"articles whose statement count differs", `SELECT COUNT(*) FROM articles a WHERE a.nstatements <> (SELECT COUNT(*) FROM statements t WHERE t.article=a.id)`},
		{"figures without claim row", `SELECT COUNT(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.kind='figure' AND c.ref=f.id)`},
		{"statements without claim row", `SELECT COUNT(*) FROM statements t WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.kind='statement' AND c.ref=t.id)`},
		{"claims without fact", `SELECT COUNT(*) FROM claims c WHERE (c.kind='figure' AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.id=c.ref)) OR (c.kind='statement' AND NOT EXISTS (SELECT 1 FROM statements t WHERE t.id=c.ref))`},
		{"facts without article", `SELECT (SELECT COUNT(*) FROM figures f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id=f.article))
			+ (SELECT COUNT(*) FROM statements t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id=t.article))
			+ (SELECT COUNT(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id=c.article))
			+ (SELECT COUNT(*) FROM lsh l WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id=l.article))`},
		{"figures filed under a missing subject", `SELECT COUNT(*) FROM figures f WHERE f.subject IS NOT NULL AND NOT EXISTS (SELECT 1 FROM subjects s WHERE s.key=f.subject)`},
		{"articles without signature", `SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM minhash m WHERE m.article=a.id)`},
		{"signatures of another group than their article's", `SELECT COUNT(*) FROM minhash m JOIN articles a ON a.id=m.article WHERE m.grp <> a.grp`},
		{"articles without group", `SELECT COUNT(*) FROM articles a WHERE a.grp NOT IN (SELECT id FROM articles)`},
		{"spans outside text", `SELECT COUNT(*) FROM figures f JOIN articles a ON a.id=f.article WHERE f.span_e > octet_length(a.text) OR f.span_s < 0 OR f.span_s > f.span_e`},
		{"urls with a version gap", `SELECT COUNT(*) FROM (SELECT url, COUNT(*) n, MAX(version) v FROM articles WHERE url <> '' GROUP BY url) x WHERE n <> v`},
	}
	var problems []string
	for _, c := range checks {
		var n int64
		if err := s.pool.QueryRow(ctx, c.q).Scan(&n); err != nil {
			return nil, fmt.Errorf("postgres: check %s: %w", c.name, err)
		}
		if n != 0 {
			problems = append(problems, fmt.Sprintf("%s: %d", c.name, n))
		}
	}
	return problems, nil
}

// retryable reports whether a failed transaction may succeed when run
// again: a deadlock or a serialization failure.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// now is the ingestion time, in whole seconds as SQLite keeps it.
func now() time.Time { return time.Now().UTC().Truncate(time.Second) }
