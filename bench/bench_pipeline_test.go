// Package bench measures denylint as the CLI runs it, in process, so that
// pprof sees the whole run: loading, compiling the rules, indexing the
// estate and evaluating the rules.
//
//	DENYLINT_BENCH_FILES=2000 go test ./bench -run '^$' -bench Pipeline/terraform \
//	    -benchtime 1x -cpuprofile cpu.out -memprofile mem.out
package bench

import (
	"context"
	"os"
	"strconv"
	"syscall"
	"testing"
	"time"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/internal/gctune"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/rules"
	"github.com/denylint/denylint/source"
)

// BenchmarkPipeline runs load, compile and evaluate on a generated estate
// of DENYLINT_BENCH_FILES files (200 by default) per format, and reports
// each stage's share as ms/op metrics.
func BenchmarkPipeline(b *testing.B) {
	gctune.Apply() // as the binary does
	n := 200
	if s := os.Getenv("DENYLINT_BENCH_FILES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("DENYLINT_BENCH_FILES: %v", err)
		}
		n = v
	}
	for _, format := range []string{"terraform", "cloudformation"} {
		b.Run(format, func(b *testing.B) {
			dir := estateDir(b, format, n)
			var st stages
			for b.Loop() {
				st.add(runOnce(b, dir))
			}
			st.report(b, n)
		})
	}
}

// estateDir writes the estate once, or uses DENYLINT_BENCH_DIR when set
// (to profile a tree of one's own).
func estateDir(b *testing.B, format string, n int) string {
	if d := os.Getenv("DENYLINT_BENCH_DIR"); d != "" {
		return d
	}
	e, err := gen.Generate(format, n, 1, 0.03)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := e.Write(dir); err != nil {
		b.Fatal(err)
	}
	return dir
}

// stages holds wall and CPU time (user and system, all threads, GC
// included) per stage. CPU time is what to compare on a loaded machine,
// where wall time mostly measures the other processes.
type stages struct {
	load, compile, run          time.Duration
	loadCPU, compileCPU, runCPU time.Duration
	runs, findings              int
}

func (s *stages) add(o stages) {
	s.load += o.load
	s.compile += o.compile
	s.run += o.run
	s.loadCPU += o.loadCPU
	s.compileCPU += o.compileCPU
	s.runCPU += o.runCPU
	s.findings = o.findings
	s.runs++
}

func (s *stages) report(b *testing.B, files int) {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(s.runs) }
	b.ReportMetric(ms(s.load), "load-ms/op")
	b.ReportMetric(ms(s.compile), "compile-ms/op")
	b.ReportMetric(ms(s.run), "rules-ms/op")
	b.ReportMetric(ms(s.loadCPU), "load-cpu-ms/op")
	b.ReportMetric(ms(s.compileCPU), "compile-cpu-ms/op")
	b.ReportMetric(ms(s.runCPU), "rules-cpu-ms/op")
	b.ReportMetric(float64(s.findings), "findings")
	b.ReportMetric(ms(s.load+s.compile+s.run)/float64(files), "ms/file")
}

// cpuTime is the process's user and system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runOnce is what cli.lint does, less reporting and suppressions.
func runOnce(b *testing.B, dir string) stages {
	ctx := context.Background()
	t0, c0 := time.Now(), cpuTime()
	res, err := loader.Load([]string{dir}, loader.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == source.Error {
			b.Fatalf("load: %s", d.Error())
		}
	}
	t1, c1 := time.Now(), cpuTime()
	engine, err := rules.New(ctx, denylint.Rego())
	if err != nil {
		b.Fatal(err)
	}
	t2, c2 := time.Now(), cpuTime()
	fs, err := engine.Run(ctx, res.Env)
	if err != nil {
		b.Fatal(err)
	}
	t3, c3 := time.Now(), cpuTime()
	return stages{load: t1.Sub(t0), compile: t2.Sub(t1), run: t3.Sub(t2),
		loadCPU: c1 - c0, compileCPU: c2 - c1, runCPU: c3 - c2, findings: len(fs)}
}
