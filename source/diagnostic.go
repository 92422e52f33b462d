package source

import "fmt"

// Severity orders findings and diagnostics.
type Severity string

// Severities, most severe first.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Note    Severity = "note"
)

// Rank is larger for more severe levels; unknown levels rank lowest.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Note:
		return 1
	}
	return 0
}

// Diagnostic is a problem with the input itself (not a finding about access):
// a file that does not parse, a reference to nothing, a limit hit.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Summary  string   `json:"summary"`
	Detail   string   `json:"detail,omitempty"`
	Range    Range    `json:"-"`
}

func (d Diagnostic) Error() string {
	if d.Detail == "" {
		return fmt.Sprintf("%s: %s: %s", d.Range, d.Severity, d.Summary)
	}
	return fmt.Sprintf("%s: %s: %s; %s", d.Range, d.Severity, d.Summary, d.Detail)
}
