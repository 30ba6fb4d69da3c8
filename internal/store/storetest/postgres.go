package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"
)

// The server tests use: CLAIMTRACK_TEST_POSTGRES, else the local one with
// trust auth as user postgres, else as root.
func adminURLs() []string {
	if u := os.Getenv("CLAIMTRACK_TEST_POSTGRES"); u != "" {
		return []string{u}
	}
	return []string{
		"postgres://postgres@127.0.0.1:5432/test?sslmode=disable&connect_timeout=5",
		"postgres://root@127.0.0.1:5432/test?sslmode=disable&connect_timeout=5",
	}
}

var (
	adminOnce sync.Once
	adminURL  string
	adminErr  error
)

// PostgresAdmin returns the URL of a PostgreSQL role that may create
// databases, or skips the test when none connects.
func PostgresAdmin(t testing.TB) string {
	adminOnce.Do(func() {
		for _, u := range adminURLs() {
			c, err := pgx.Connect(context.Background(), u)
			if err != nil {
				adminErr = err
				continue
			}
			c.Close(context.Background())
			adminURL, adminErr = u, nil
			return
		}
	})
	if adminURL == "" {
		t.Skipf("PostgreSQL not reachable (set CLAIMTRACK_TEST_POSTGRES to a postgres:// URL of a role that may CREATE DATABASE): %v", adminErr)
	}
	return adminURL
}

// FreshPostgres creates an empty PostgreSQL database for one test, dropped
// when the test ends, and returns its URL; it skips the test when no
// server is reachable.
func FreshPostgres(t testing.TB) string {
	t.Helper()
	base := PostgresAdmin(t)
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	name := "ct_" + hex.EncodeToString(b)
	c, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, `CREATE DATABASE `+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
