package report

import (
	"errors"
	"io"

	"github.com/denylint/denylint/finding"
)

// JSON prints the json format.
type JSON struct{}

// Format is not written yet.
func (JSON) Format(w io.Writer, res *finding.Result, opts Options) error {
	return errors.New("json format: not implemented")
}
