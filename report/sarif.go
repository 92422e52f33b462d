package report

import (
	"errors"
	"io"

	"github.com/denylint/denylint/finding"
)

// SARIF prints the sarif format.
type SARIF struct{}

// Format is not written yet.
func (SARIF) Format(w io.Writer, res *finding.Result, opts Options) error {
	return errors.New("sarif format: not implemented")
}
