package postgres

import (
	"regexp"
	"strings"
	"testing"
)

// TestVacuumAfterNamesMigrationsAndTables checks that every entry of
// vacuumAfter is a migration this build has and names tables that
// migration or an earlier one creates (Open runs VACUUM on them by name).
func TestVacuumAfterNamesMigrationsAndTables(t *testing.T) {
	ident := regexp.MustCompile(`^[a-z_]+$`)
	for _, tc := range []struct {
		migration int
		tables    []string
	}{
		{10, []string{"minhash"}},
		{11, []string{"minhash"}},
	} {
		got := vacuumAfter[tc.migration]
		if strings.Join(got, ",") != strings.Join(tc.tables, ",") {
			t.Errorf("vacuumAfter[%d] = %v, want %v", tc.migration, got, tc.tables)
		}
	}
	for m, tables := range vacuumAfter {
		if m < 1 || m > len(migrations) {
			t.Errorf("vacuumAfter names migration %d; this build has 1..%d", m, len(migrations))
			continue
		}
		schema := strings.Join(migrations[:m], "\n")
		for _, tb := range tables {
			if !ident.MatchString(tb) || !strings.Contains(schema, "CREATE TABLE "+tb+" (") {
				t.Errorf("vacuumAfter[%d]: %q is not a table created by migrations 1..%d", m, tb, m)
			}
		}
	}
}
