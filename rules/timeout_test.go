package rules

import (
	"context"
	"errors"
	"testing"
	"testing/fstest"
	"time"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/model"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// TestRunStopsWhenContextEnds: a user rule that would run for hours is
// interrupted once the context is cancelled, which is how --timeout bounds
// evaluation.
func TestRunStopsWhenContextEnds(t *testing.T) {
	t.Parallel()
	slow := "package rules.user.slow\n\ndeny contains x if {\n\tn := count([i | some i in numbers.range(1, 1000000000)])\n\tx := {\"n\": n}\n}\n"
	e, err := New(context.Background(), denylint.Rego(), fstest.MapFS{"slow.rego": {Data: []byte(slow)}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := e.Run(ctx, model.New())
		done <- err
	}()
	// Cancel only once evaluation is under way; a timer is only how long
	// the test waits, not what it asserts.
	time.Sleep(200 * time.Millisecond)
	cancel()
	err = <-done
	if err == nil {
		t.Fatal("Run finished without an error after its context was cancelled")
	}
	if !errors.Is(err, context.Canceled) && !topdown.IsCancel(err) {
		t.Fatalf("want a cancellation error, got %v", err)
	}
}
