// Command denylint finds the S3 403 Access Denied before deployment.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/denylint/denylint/cli"
)

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// tuneGC trades memory the run has to spare for collector time: a lint run
// allocates much short-lived data, and with Go's defaults the collector
// took a quarter of the CPU on large estates. The memory limit keeps the
// peak bounded all the same. GOGC and GOMEMLIMIT still win when set.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(450 << 20)
	}
}
