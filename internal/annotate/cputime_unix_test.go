//go:build unix

package annotate_test

import "syscall"

// cpuNanos is the process's user+system CPU time, so that benchmarks can
// report CPU cost per word even on a machine shared with other work.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
