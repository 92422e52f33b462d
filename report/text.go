package report

import (
	"errors"
	"io"

	"github.com/denylint/denylint/finding"
)

// Text prints the text format.
type Text struct{}

// Format is not written yet.
func (Text) Format(w io.Writer, res *finding.Result, opts Options) error {
	return errors.New("text format: not implemented")
}
