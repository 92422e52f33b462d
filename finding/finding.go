// Package finding holds what a lint run produces: findings about access that
// AWS would refuse, the diagnostics of the input, and the rule catalog that
// explains them. Rules fill it; report formats print it.
package finding

import "github.com/denylint/denylint/source"

// Location is a span of a file, with the path relative to the working
// directory.
type Location struct {
	Path        string `json:"path"`
	StartLine   int    `json:"start_line"`
	StartColumn int    `json:"start_column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
	// StartByte and EndByte are offsets into the file, for tools that
	// slice it.
	StartByte int `json:"start_byte"`
	EndByte   int `json:"end_byte"`
}

// LocationOf converts a source range.
func LocationOf(r source.Range) Location {
	return Location{
		Path:        r.File,
		StartLine:   r.Start.Line,
		StartColumn: r.Start.Column,
		EndLine:     r.End.Line,
		EndColumn:   r.End.Column,
		StartByte:   r.Start.Byte,
		EndByte:     r.End.Byte,
	}
}

// Related is a secondary location: the grant a denial defeated, what made
// the request, a module call.
type Related struct {
	Location
	Message string `json:"message"`
}

// Finding is one access that the configuration intends and AWS would refuse,
// or one hardening gap.
type Finding struct {
	RuleID    string          `json:"rule_id"`
	RootCause string          `json:"root_cause"`
	Severity  source.Severity `json:"severity"`
	Message   string          `json:"message"`
	Principal string          `json:"principal"`
	Action    string          `json:"action"`
	Resource  string          `json:"resource"`
	DeniedBy  string          `json:"denied_by"`
	Fix       string          `json:"fix"`
	// Address is the resource the location belongs to.
	Address  string    `json:"address,omitempty"`
	Location Location  `json:"location"`
	Related  []Related `json:"related_locations"`
	// Unknowns names what a lowered severity depends on.
	Unknowns []string `json:"unknowns,omitempty"`
	// Note carries extra context for the location, such as a CDK construct
	// path.
	Note string `json:"note,omitempty"`
	// Fingerprint identifies the finding across line moves.
	Fingerprint string `json:"fingerprint"`
	// Suppression is set when an inline ignore or a baseline matched.
	Suppression *Suppression `json:"suppression,omitempty"`
}

// Suppression says why a finding is not counted.
type Suppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

// Diagnostic is a problem with the input, located.
type Diagnostic struct {
	Severity source.Severity `json:"severity"`
	Summary  string          `json:"summary"`
	Detail   string          `json:"detail,omitempty"`
	Location Location        `json:"location"`
}

// Rule is a catalog entry, from the rule's Rego metadata.
type Rule struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Description string          `json:"description"`
	Severity    source.Severity `json:"severity"`
	RootCause   string          `json:"root_cause"`
	Remediation string          `json:"remediation"`
	HelpURI     string          `json:"help_uri,omitempty"`
	Related     []string        `json:"related_resources,omitempty"`
}

// Result is the whole outcome of a run.
type Result struct {
	Findings    []Finding    `json:"findings"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	// Rules is the catalog of the rules that ran.
	Rules []Rule `json:"-"`
	// FilesScanned counts the input files read.
	FilesScanned int `json:"-"`
}
