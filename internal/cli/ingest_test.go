package cli

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ingest reports what it repaired and what it refused, one line each, and
// stores the rest.
func TestIngestWarningsAndLimits(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	latin := write("latin1.txt", []byte("The council paid \xa3400 for 12 new benches on Monday.\n"))
	good := write("good.txt", []byte("The ministry said 30 soldiers were deployed to the border.\n"))
	// A WARC whose header line is 1 MB: it must fail at once with a short
	// message, not be read whole.
	f, err := os.Create(filepath.Join(dir, "long.warc.gz"))
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: "))
	zw.Write([]byte(strings.Repeat("a", 1<<20)))
	zw.Write([]byte("\r\nContent-Length: 0\r\n\r\n"))
	zw.Close()
	f.Close()
	db := filepath.Join(dir, "t.db")
	code, _, stderr := run(t, db, "ingest", latin, good, f.Name())
	if code != 1 {
		t.Errorf("exit %d, want 1 (one input failed)", code)
	}
	for _, want := range []string{
		"claimtrack ingest: warning: " + latin + ": 1 invalid UTF-8 byte(s), first at offset 17, decoded as Windows-1252\n",
		`claimtrack ingest: ` + f.Name() + `: warc: at offset 0: header: line longer than 65536 bytes: header too large: "WARC-Target-URI: aaaaaaaaaaaaaaaaaaaaaaa…"` + "\n",
		"ingest: 2 articles (2 new, 0 new versions, 0 updated, 0 unchanged), 1 failed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, line := range strings.Split(stderr, "\n") {
		if len(line) > 300 {
			t.Errorf("stderr line of %d bytes", len(line))
		}
	}
}
