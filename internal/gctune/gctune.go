// Package gctune sets the collector for a process that lives seconds and
// allocates much short-lived data: a lint run.
//
// With Go's defaults the collector took a quarter of the CPU on large
// estates, so the heap may grow to five times what is live (GOGC 400),
// bounded by a memory limit that keeps a repository of a few thousand
// files within 400 MiB. A fixed limit turns into a trap once the live heap
// nears it: the collector then runs back to back and assists every
// allocation. A limit that followed the live heap from cycle to cycle
// still lagged behind a loading estate (5,000 Terraform files: 8.3 s
// against 5.6 s without a limit). So once the live heap passes 70 % of
// the floor the limit goes, and the heap may grow to three times what is
// live (GOGC 200): a monorepo's run costs memory, not time.
package gctune

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

const (
	// Percent is the GOGC value set when the environment sets none.
	Percent = 400
	// Floor is the memory limit set when the environment sets none.
	Floor = 400 << 20
	// bend is the share of the floor the live heap may reach before the
	// limit is lifted, and largePercent the GOGC value from then on.
	bend         = 0.7
	largePercent = 200
)

var tuned atomic.Bool

// Apply sets GOGC and the memory limit unless GOGC or GOMEMLIMIT is set in
// the environment, which then wins, and lifts the limit for the rest of
// the process once the live heap outgrows it. It is meant for main;
// calling it again does nothing.
func Apply() {
	if !tuned.CompareAndSwap(false, true) {
		return
	}
	userGOGC := os.Getenv("GOGC") != ""
	if !userGOGC {
		debug.SetGCPercent(Percent)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(Floor)
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	afterEachCycle(func() bool {
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 || !Outgrown(samples[0].Value.Uint64(), Floor) {
			return true
		}
		// The hook stops here, so the limit is lifted once.
		debug.SetMemoryLimit(math.MaxInt64)
		if !userGOGC {
			debug.SetGCPercent(largePercent)
		}
		return false
	})
}

// Outgrown reports whether a live heap of live bytes has outgrown a limit
// of floor bytes: past the bend, the collector would run ever more often
// to stay under it.
func Outgrown(live uint64, floor int64) bool {
	return float64(live) > bend*float64(floor)
}

// afterEachCycle runs f after every garbage collection, from the
// finalizer goroutine, for as long as f returns true: an object that is
// unreachable is finalized once the cycle that found it ends, and the
// finalizer makes the next such object.
func afterEachCycle(f func() bool) {
	type sentinel struct{ _ [16]byte }
	var arm func()
	arm = func() {
		s := new(sentinel)
		runtime.SetFinalizer(s, func(*sentinel) {
			if f() {
				arm()
			}
		})
	}
	arm()
}
