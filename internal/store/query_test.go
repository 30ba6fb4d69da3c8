package store

import (
	"errors"
	"testing"
)

func TestCursor(t *testing.T) {
	for _, c := range []struct {
		pub string
		id  int64
	}{{"2019-02-18", 42}, {"", 7}} {
		pub, id, err := DecodeCursor(EncodeCursor(c.pub, c.id))
		if err != nil || pub != c.pub || id != c.id {
			t.Errorf("round trip %v: got %q %d %v", c, pub, id, err)
		}
	}
	for _, bad := range []string{"", "!!", "bm9waXBl", EncodeCursor("2019-13-45", 1), EncodeCursor("2019-01-01", 0), "MjAxOS0wMS0wMXx4"} {
		if _, _, err := DecodeCursor(bad); !errors.Is(err, ErrBadQuery) {
			t.Errorf("cursor %q: want ErrBadQuery, got %v", bad, err)
		}
	}
}

func TestClampLimit(t *testing.T) {
	for _, c := range [][4]int{{0, 50, 1000, 50}, {-3, 50, 1000, 50}, {20, 50, 1000, 20}, {5000, 50, 1000, 1000}} {
		if got := ClampLimit(c[0], c[1], c[2]); got != c[3] {
			t.Errorf("ClampLimit(%d, %d, %d) = %d, want %d", c[0], c[1], c[2], got, c[3])
		}
	}
}
