package report

import (
	"errors"
	"io"

	"github.com/denylint/denylint/finding"
)

// GitHub prints the github format.
type GitHub struct{}

// Format is not written yet.
func (GitHub) Format(w io.Writer, res *finding.Result, opts Options) error {
	return errors.New("github format: not implemented")
}
