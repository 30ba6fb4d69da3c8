package server

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Default histogram buckets, in seconds.
var (
	requestBuckets = []float64{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}
	extractBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}
)

// histogram is a cumulative Prometheus histogram. Callers hold Metrics.mu.
type histogram struct {
	bounds []float64
	counts []uint64 // per bucket, not cumulative; last is +Inf
	sum    float64
	n      uint64
}

func newHistogram(bounds []float64) *histogram {
	return &histogram{bounds: bounds, counts: make([]uint64, len(bounds)+1)}
}

func (h *histogram) observe(v float64) {
	i := sort.SearchFloat64s(h.bounds, v) // first bound >= v
	h.counts[i]++
	h.sum += v
	h.n++
}

// write prints the histogram's series with the given label pairs
// (already formatted as `k="v"`, comma-separated, possibly empty).
func (h *histogram) write(w io.Writer, name, labels string) {
	var cum uint64
	sep := ""
	if labels != "" {
		sep = ","
	}
	for i, b := range h.bounds {
		cum += h.counts[i]
		fmt.Fprintf(w, "%s_bucket{%s%sle=\"%s\"} %d\n", name, labels, sep, formatFloat(b), cum)
	}
	cum += h.counts[len(h.bounds)]
	fmt.Fprintf(w, "%s_bucket{%s%sle=\"+Inf\"} %d\n", name, labels, sep, cum)
	if labels == "" {
		fmt.Fprintf(w, "%s_sum %s\n%s_count %d\n", name, formatFloat(h.sum), name, h.n)
		return
	}
	fmt.Fprintf(w, "%s_sum{%s} %s\n%s_count{%s} %d\n", name, labels, formatFloat(h.sum), name, labels, h.n)
}

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

type reqKey struct {
	route, method string
	code          int
}

// Metrics collects the server's counters and histograms and writes them in
// the Prometheus text exposition format (version 0.0.4).
type Metrics struct {
	mu       sync.Mutex
	requests map[reqKey]*histogram
	ingested map[string]uint64 // by result: stored, duplicate, failed
	extract  *histogram
	figures  uint64
	stmts    uint64
}

// NewMetrics returns empty metrics.
func NewMetrics() *Metrics {
	return &Metrics{
		requests: map[reqKey]*histogram{},
		ingested: map[string]uint64{},
		extract:  newHistogram(extractBuckets),
	}
}

// ObserveRequest records one served request.
func (m *Metrics) ObserveRequest(route, method string, code int, seconds float64) {
	k := reqKey{route, method, code}
	m.mu.Lock()
	h := m.requests[k]
	if h == nil {
		h = newHistogram(requestBuckets)
		m.requests[k] = h
	}
	h.observe(seconds)
	m.mu.Unlock()
}

// ObserveExtract records one extraction's duration and output size.
func (m *Metrics) ObserveExtract(seconds float64, figures, statements int) {
	m.mu.Lock()
	m.extract.observe(seconds)
	m.figures += uint64(figures)
	m.stmts += uint64(statements)
	m.mu.Unlock()
}

// CountIngest counts one ingested article by result.
func (m *Metrics) CountIngest(result string) {
	m.mu.Lock()
	m.ingested[result]++
	m.mu.Unlock()
}

// Write writes the exposition.
func (m *Metrics) Write(w io.Writer) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP claimtrack_http_request_duration_seconds Time to serve HTTP requests, by route pattern, method and status code.")
	fmt.Fprintln(w, "# TYPE claimtrack_http_request_duration_seconds histogram")
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.route != b.route {
			return a.route < b.route
		}
		if a.method != b.method {
			return a.method < b.method
		}
		return a.code < b.code
	})
	for _, k := range keys {
		labels := fmt.Sprintf(`route="%s",method="%s",code="%d"`, escapeLabel(k.route), escapeLabel(k.method), k.code)
		m.requests[k].write(w, "claimtrack_http_request_duration_seconds", labels)
	}
	fmt.Fprintln(w, "# HELP claimtrack_ingest_articles_total Articles received for ingestion, by result.")
	fmt.Fprintln(w, "# TYPE claimtrack_ingest_articles_total counter")
	results := []string{"stored", "failed"}
	for r := range m.ingested {
		if r != "stored" && r != "failed" {
			results = append(results, r)
		}
	}
	sort.Strings(results[2:])
	for _, r := range results {
		fmt.Fprintf(w, "claimtrack_ingest_articles_total{result=\"%s\"} %d\n", escapeLabel(r), m.ingested[r])
	}
	fmt.Fprintln(w, "# HELP claimtrack_extract_duration_seconds Time to annotate and extract one article.")
	fmt.Fprintln(w, "# TYPE claimtrack_extract_duration_seconds histogram")
	m.extract.write(w, "claimtrack_extract_duration_seconds", "")
	fmt.Fprintln(w, "# HELP claimtrack_extracted_figures_total Figures extracted from ingested articles.")
	fmt.Fprintln(w, "# TYPE claimtrack_extracted_figures_total counter")
	fmt.Fprintf(w, "claimtrack_extracted_figures_total %d\n", m.figures)
	fmt.Fprintln(w, "# HELP claimtrack_extracted_statements_total Statements extracted from ingested articles.")
	fmt.Fprintln(w, "# TYPE claimtrack_extracted_statements_total counter")
	fmt.Fprintf(w, "claimtrack_extracted_statements_total %d\n", m.stmts)
}

var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

func escapeLabel(s string) string { return labelEscaper.Replace(s) }
