package loader

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/internal/gctune"
)

// BenchmarkLoad loads a generated CloudFormation estate of 200 templates,
// or the tree DENYLINT_BENCH_DIR names, and reports wall and CPU time: on
// a shared machine CPU time is the steadier of the two.
//
//	DENYLINT_BENCH_DIR=$PWD/bench/.cache/estates/cloudformation-2000 \
//	    go test ./loader -run '^$' -bench Load -benchtime 3x
func BenchmarkLoad(b *testing.B) {
	gctune.Apply() // as the binary does
	dir := os.Getenv("DENYLINT_BENCH_DIR")
	if dir == "" {
		e, err := gen.Generate("cloudformation", 200, 1, 0.03)
		if err != nil {
			b.Fatal(err)
		}
		dir = b.TempDir()
		if err := e.Write(dir); err != nil {
			b.Fatal(err)
		}
	}
	var cpu time.Duration
	for b.Loop() {
		c0 := cpuTime()
		if _, err := Load([]string{dir}, Options{}); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - c0
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
