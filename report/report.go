// Package report prints a finding.Result in the formats CI systems and people
// read: text, json, sarif, junit and github. One file per format.
package report

import (
	"io"
	"sort"

	"github.com/denylint/denylint/finding"
)

// Options tune a format; each format reads only the fields it needs.
type Options struct {
	// Color turns on ANSI colours in text output (the CLI sets it on a TTY).
	Color bool
	// Quiet leaves only the finding lines in text output.
	Quiet bool
	// ReadFile reads a source file for snippets; nil means no snippets.
	ReadFile func(path string) ([]byte, error)
	// ToolVersion is the denylint version named in SARIF.
	ToolVersion string
	// HelpURIBase prefixes a rule id to make its documentation URL when the
	// rule carries none.
	HelpURIBase string
}

// Formatter writes one Result in one format.
type Formatter interface {
	Format(w io.Writer, res *finding.Result, opts Options) error
}

var formats = map[string]Formatter{
	"text":   Text{},
	"json":   JSON{},
	"sarif":  SARIF{},
	"junit":  JUnit{},
	"github": GitHub{},
}

// Lookup returns the format called name.
func Lookup(name string) (Formatter, bool) {
	f, ok := formats[name]
	return f, ok
}

// Names lists the formats, sorted.
func Names() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
