package report

import "github.com/denylint/denylint/source"

// palette colours text output; the zero palette leaves text alone, so pipes
// and files never receive escape codes.
type palette struct{ on bool }

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiCyan   = "\x1b[1;36m"
	ansiGreen  = "\x1b[32m"
	ansiBlue   = "\x1b[34m"
)

func (p palette) wrap(code, s string) string {
	if !p.on || s == "" {
		return s
	}
	return code + s + ansiReset
}

// severityCode picks the colour of a level the way compilers do: red,
// yellow, cyan.
func severityCode(s source.Severity) string {
	switch s {
	case source.Error:
		return ansiRed
	case source.Warning:
		return ansiYellow
	}
	return ansiCyan
}

func (p palette) severity(s source.Severity) string { return p.wrap(severityCode(s), string(s)) }

// mark colours a span marker like the level it belongs to.
func (p palette) mark(s source.Severity, m string) string { return p.wrap(severityCode(s), m) }

func (p palette) place(s string) string  { return p.wrap(ansiBold, s) }
func (p palette) ruleID(s string) string { return p.wrap(ansiDim, s) }
func (p palette) gutter(s string) string { return p.wrap(ansiBlue, s) }
func (p palette) fix(s string) string    { return p.wrap(ansiGreen, s) }
