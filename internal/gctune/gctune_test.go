package gctune

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestLimit(t *testing.T) {
	t.Parallel()
	const mib = 1 << 20
	tests := []struct {
		name  string
		live  uint64
		floor int64
		want  int64
	}{
		{name: "small heap keeps the floor", live: 40 * mib, floor: 400 * mib, want: 400 * mib},
		{name: "at the bend", live: 280 * mib, floor: 400 * mib, want: 400 * mib},
		{name: "past the bend", live: 300 * mib, floor: 400 * mib, want: 900 * mib},
		{name: "large heap gets headroom", live: 450 * mib, floor: 400 * mib, want: 1350 * mib},
		{name: "room past 1 GiB is capped", live: 600 * mib, floor: 400 * mib, want: 1624 * mib},
		{name: "nothing live", live: 0, floor: 400 * mib, want: 400 * mib},
		{name: "capped on a huge heap", live: 1200 * mib, floor: 400 * mib, want: 2224 * mib},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Limit(tt.live, tt.floor); got != tt.want {
				t.Errorf("Limit(%d MiB) = %d MiB, want %d MiB", tt.live/mib, got/mib, tt.want/mib)
			}
		})
	}
}

func TestAfterEachCycleRunsAgain(t *testing.T) {
	var n atomic.Int32
	afterEachCycle(func() { n.Add(1) })
	deadline := time.Now().Add(10 * time.Second)
	for n.Load() < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("hook ran %d times after repeated collections, want at least 3", n.Load())
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}
