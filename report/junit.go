package report

import (
	"errors"
	"io"

	"github.com/denylint/denylint/finding"
)

// JUnit prints the junit format.
type JUnit struct{}

// Format is not written yet.
func (JUnit) Format(w io.Writer, res *finding.Result, opts Options) error {
	return errors.New("junit format: not implemented")
}
