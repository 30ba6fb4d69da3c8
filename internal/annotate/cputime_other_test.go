//go:build !unix

package annotate_test

func cpuNanos() int64 { return 0 }
