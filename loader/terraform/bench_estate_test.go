package terraform

import (
	"os"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/denylint/denylint/internal/gctune"
	"github.com/denylint/denylint/model"
)

// BenchmarkLoadEstate loads the Terraform tree at DENYLINT_BENCH_DIR (a
// generated estate: bash bench/run.sh writes them under bench/.cache)
// with the roots evaluated one after another and side by side, with the
// collector tuned as the binary tunes it.
func BenchmarkLoadEstate(b *testing.B) {
	gctune.Apply()
	dir := os.Getenv("DENYLINT_BENCH_DIR")
	if dir == "" {
		b.Skip("DENYLINT_BENCH_DIR is not set")
	}
	paths := terraformFiles(b, dir)
	for _, workers := range []int{1, runtime.GOMAXPROCS(0)} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			c0 := cpuTime()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			for b.Loop() {
				env := model.New()
				load(env, paths, Options{}, workers)
				if len(env.Buckets) == 0 {
					b.Fatal("no buckets loaded")
				}
			}
			b.ReportMetric(float64((cpuTime()-c0).Milliseconds())/float64(b.N), "cpu-ms/op")
			runtime.ReadMemStats(&m1)
			b.ReportMetric(float64(m1.NumGC-m0.NumGC)/float64(b.N), "gcs/op")
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
