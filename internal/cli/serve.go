package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/url"

	"github.com/claimtrack/claimtrack/internal/server"
)

func runServe(ctx context.Context, env *Env, args []string) int {
	fs := newFlagSet(env, "serve")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (host:port); non-loopback addresses need CLAIMTRACK_TOKEN for writes")
	db := dbFlag(fs, env)
	maxBody := fs.Int64("max-body", server.DefaultMaxBody, "largest ingest request body, in bytes")
	logJSON := fs.Bool("log-json", false, "write logs as JSON instead of text")
	create := fs.Bool("create", false, "create an empty database if --db does not exist")
	if code, done := parseFlags(env, fs, args); done {
		return code
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
	if !*create {
		if err := requireDB(path); err != nil {
			fmt.Fprintf(env.Stderr, "claimtrack serve: %v\n", err)
			return 1
		}
	}
	st, err := openStore(ctx, path, false)
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
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "db", redactDSN(path))
	if err := srv.Serve(ctx, ln); err != nil {
		fmt.Fprintf(env.Stderr, "claimtrack serve: %v\n", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// redactDSN hides the password of a database URL for logging.
func redactDSN(dsn string) string {
	if !isPostgresURL(dsn) {
		return dsn
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
