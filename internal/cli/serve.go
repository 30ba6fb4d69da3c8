package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"strings"

	"github.com/claimtrack/claimtrack/internal/server"
	"github.com/claimtrack/claimtrack/internal/store"
	"github.com/claimtrack/claimtrack/internal/store/sqlite"
)

func runServe(ctx context.Context, env *Env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port); non-loopback addresses need CLAIMTRACK_TOKEN for writes")
	db := dbFlag(fs, env)
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest ingest request body, in bytes")
	logJSON := fs.Bool("log-json", false, "write logs as JSON instead of text")
	fs.Usage = func() {
		fmt.Fprintln(env.Stderr, "usage: claimtrack serve [--addr 127.0.0.1:8080] [--db PATH]\n\nServes the web UI and the JSON API (/api/v1/, described at /api/v1/openapi.json).\nWrites (adding articles) need the token in CLAIMTRACK_TOKEN when it is set, and always\nwhen listening on a non-loopback address.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	var h slog.Handler = slog.NewTextHandler(env.Stderr, nil)
	if *logJSON {
		h = slog.NewJSONHandler(env.Stderr, nil)
	}
	log := slog.New(h)
	path := *db
	st, err := serveOpenStore(ctx, path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack serve: %v\n", err)
		return 1
	}
	defer st.Close()
	token := ""
	if env.Getenv != nil {
		token = env.Getenv("CLAIMTRACK_TOKEN")
	}
	srv, err := server.New(server.Config{Store: st, Addr: *addr, Token: token, MaxBody: *maxBody, Logger: log})
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack serve: %v\n", err)
		return 1
	}
	if !server.IsLoopbackAddr(*addr) && token == "" {
		log.Warn("listening on a non-loopback address without CLAIMTRACK_TOKEN: writes are disabled", "addr", ln.Addr().String())
	}
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "db", path)
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack serve: %v\n", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// serveOpenStore opens the store named by path.
// TODO(store owner): replace with the shared opener once the CLI has one
// (PostgreSQL URLs).
func serveOpenStore(ctx context.Context, path string) (store.Store, error) {
	if strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://") {
		return nil, fmt.Errorf("PostgreSQL stores are not wired into serve yet")
	}
	return sqlite.Open(ctx, path, sqlite.Options{})
}
