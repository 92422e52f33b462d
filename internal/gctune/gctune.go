// Package gctune sets the collector for a process that lives seconds and
// allocates much short-lived data: a lint run.
//
// With Go's defaults the collector took a quarter of the CPU on large
// estates, so the heap may grow to five times what is live (GOGC 400),
// bounded by a memory limit. A fixed limit alone turns into a trap once
// the live heap nears it: the collector then runs back to back, assists
// every allocation, and a run takes two or three times as long. So after
// every cycle, once the live heap passes 70 % of the floor, the limit is
// raised to three times the live heap (twice the live heap of room for new
// objects, at most 1 GiB of it): a monorepo's run keeps the room a small
// one has, at the price of memory. The limit follows the live heap
// only from one cycle to the next, and while an estate loads the heap
// grows fast, hence the generous factor: at two and a half times less
// what the floor already covers, loading 5,000 files was 60 % slower.
package gctune

import (
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
	// limit follows it, and factor the limit past the bend, in live heaps.
	bend    = 0.7
	factor  = 3
	maxRoom = 1 << 30
)

var tuned atomic.Bool

// Apply sets GOGC and the memory limit unless GOGC or GOMEMLIMIT is set in
// the environment, which then wins, and keeps the limit clear of the live
// heap for the rest of the process. It is meant for main; calling it again
// does nothing.
func Apply() {
	if !tuned.CompareAndSwap(false, true) {
		return
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(Floor)
	samples := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	afterEachCycle(func() {
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		if want := Limit(samples[0].Value.Uint64(), Floor); want > debug.SetMemoryLimit(-1) {
			debug.SetMemoryLimit(want)
		}
	})
}

// Limit is the memory limit for a live heap of live bytes: the floor, or
// past the bend, enough above the live heap that the collector does not
// run back to back: twice the live heap for new objects, as with GOGC 200,
// but no more than maxRoom.
func Limit(live uint64, floor int64) int64 {
	if float64(live) <= bend*float64(floor) {
		return floor
	}
	return max(floor, min(int64(factor*float64(live)), int64(live)+maxRoom))
}

// afterEachCycle runs f after every garbage collection, from the
// finalizer goroutine: an object that is unreachable is finalized once the
// cycle that found it ends, and the finalizer makes the next such object.
func afterEachCycle(f func()) {
	type sentinel struct{ _ [16]byte }
	var arm func()
	arm = func() {
		s := new(sentinel)
		runtime.SetFinalizer(s, func(*sentinel) {
			f()
			arm()
		})
	}
	arm()
}
