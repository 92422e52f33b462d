package terraform

import (
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/denylint/denylint/model"
)

// BenchmarkLoadEstate loads the Terraform tree at DENYLINT_BENCH_DIR (a
// generated estate: bash bench/run.sh writes them under bench/.cache)
// with the roots evaluated one after another and side by side.
func BenchmarkLoadEstate(b *testing.B) {
	dir := os.Getenv("DENYLINT_BENCH_DIR")
	if dir == "" {
		b.Skip("DENYLINT_BENCH_DIR is not set")
	}
	paths := terraformFiles(b, dir)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			c0 := cpuTime()
			for b.Loop() {
				env := model.New()
				load(env, paths, Options{}, workers)
				if len(env.Buckets) == 0 {
					b.Fatal("no buckets loaded")
				}
			}
			b.ReportMetric(float64((cpuTime()-c0).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the process's user and system time so far: on a shared
// machine, wall time measures the other processes too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
