// Package parallel runs independent, indexed pieces of work on every core.
// Callers write results into slots by index, so output order never depends
// on scheduling.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls fn(i) for every i in [0, n), spread over GOMAXPROCS goroutines,
// and returns when all calls have returned.
func Each(n int, fn func(i int)) {
	EachWith(n, func() struct{} { return struct{}{} }, func(_ struct{}, i int) { fn(i) })
}

// EachWith is Each for work that needs scratch space: every goroutine makes
// its own with scratch() once and passes it to each of its calls, so the
// space is reused without locking.
func EachWith[S any](n int, scratch func() S, fn func(s S, i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		if n > 0 {
			s := scratch()
			for i := 0; i < n; i++ {
				fn(s, i)
			}
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := scratch()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(s, i)
			}
		}()
	}
	wg.Wait()
}
