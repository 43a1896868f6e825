package parallel

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 2, 1000} {
		calls := make([]atomic.Int32, n)
		Each(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Fatalf("n=%d: index %d called %d times, want 1", n, i, c)
			}
		}
	}
}

// Scratch space is never shared by two goroutines at once: each call
// marks its scratch busy and would see another call's mark.
func TestEachWithScratchIsPerWorker(t *testing.T) {
	type scratch struct{ busy atomic.Bool }
	var made atomic.Int32
	var clash atomic.Bool
	EachWith(10000, func() *scratch { made.Add(1); return &scratch{} }, func(s *scratch, i int) {
		if !s.busy.CompareAndSwap(false, true) {
			clash.Store(true)
		}
		s.busy.Store(false)
	})
	if clash.Load() {
		t.Fatal("two calls used the same scratch at once")
	}
	if m := made.Load(); m < 1 || int(m) > runtime.GOMAXPROCS(0) {
		t.Fatalf("scratch made %d times for %d workers", m, runtime.GOMAXPROCS(0))
	}
}
