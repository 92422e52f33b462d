package gctune

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestOutgrown(t *testing.T) {
	t.Parallel()
	const mib = 1 << 20
	tests := []struct {
		name  string
		live  uint64
		floor int64
		want  bool
	}{
		{name: "small heap", live: 40 * mib, floor: 400 * mib, want: false},
		{name: "at the bend", live: 280 * mib, floor: 400 * mib, want: false},
		{name: "past the bend", live: 281 * mib, floor: 400 * mib, want: true},
		{name: "nothing live", live: 0, floor: 400 * mib, want: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Outgrown(tt.live, tt.floor); got != tt.want {
				t.Errorf("Outgrown(%d MiB, %d MiB) = %v, want %v", tt.live/mib, tt.floor/mib, got, tt.want)
			}
		})
	}
}

// TestAfterEachCycleRunsUntilDone: the hook runs after cycle upon cycle
// until it says it is done, and never after.
func TestAfterEachCycleRunsUntilDone(t *testing.T) {
	var n atomic.Int32
	afterEachCycle(func() bool { return n.Add(1) < 3 })
	deadline := time.Now().Add(10 * time.Second)
	for n.Load() < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("hook ran %d times after repeated collections, want 3", n.Load())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	for range 5 {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := n.Load(); got != 3 {
		t.Errorf("hook ran %d times, want 3: it should stop once it returns false", got)
	}
}
