package cli

import (
	"bytes"
	"context"
	"io"

	"github.com/denylint/denylint/finding"
)

// lintWithin runs lint under ctx's deadline. Loading takes no context, so
// the run goes on in its own goroutine and is abandoned when the deadline
// passes; its messages are held back until it finishes, so an abandoned
// run never writes.
func lintWithin(ctx context.Context, paths []string, s *settings, stderr io.Writer) (*finding.Result, error) {
	type outcome struct {
		res *finding.Result
		msg bytes.Buffer
		err error
	}
	done := make(chan *outcome, 1)
	go func() {
		o := &outcome{}
		o.res, o.err = lint(ctx, paths, s, &o.msg)
		done <- o
	}()
	select {
	case o := <-done:
		if _, err := io.Copy(stderr, &o.msg); err != nil {
			return nil, err
		}
		return o.res, o.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
