//go:build !unix

package timex

func cpuNanos() int64 { return 0 }
