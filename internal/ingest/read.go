package ingest

import (
	"context"
	"io"
)

// Read reads one input stream — plain text, HTML or JSON Lines, sniffed
// like a file — and calls emit for each document or failure. name labels
// the input in documents and errors (a path, a URL, "upload.html"). It is the
// entry point for inputs that do not come from the file system: queue
// messages, HTTP uploads, WARC records.
func Read(ctx context.Context, name string, r io.Reader, opt Options, emit func(Item) error) error {
	return readStream(ctx, name, r, opt, emit)
}
