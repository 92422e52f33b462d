package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/denylint/denylint/finding"
)

// jsonVersion numbers the shape of the JSON output; CI scripts parse it, so
// fields are only ever added.
const jsonVersion = 1

// JSON prints {"version": 1, "findings": [...], "diagnostics": [...]} with
// the fields of finding.Finding and finding.Diagnostic, suppressed findings
// included with their suppression. The shape is described by
// schemas/denylint-output.schema.json.
type JSON struct{}

type jsonReport struct {
	Version     int                  `json:"version"`
	Findings    []finding.Finding    `json:"findings"`
	Diagnostics []finding.Diagnostic `json:"diagnostics"`
}

// Format writes res as indented JSON with a trailing newline.
func (JSON) Format(w io.Writer, res *finding.Result, _ Options) error {
	out := jsonReport{
		Version:     jsonVersion,
		Findings:    displayedAll(res.Findings),
		Diagnostics: displayedDiags(res.Diagnostics),
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// Messages show unknown values as <name>; escaping them as \u003c
	// would only make the file harder to read.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode json report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write json report: %w", err)
	}
	return nil
}
