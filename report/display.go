package report

import (
	"strings"

	"github.com/denylint/denylint/finding"
)

// unknownDisplay renders the engine's unknown-value tokens (U+E000 name
// U+E001, see iam/unknown.go) as <name>, as iam.Display does. It is spelled
// out here so that printing a result does not need the policy engine to
// build.
var unknownDisplay = strings.NewReplacer("\uE000", "<", "\uE001", ">")

func display(s string) string { return unknownDisplay.Replace(s) }

// displayed returns a copy of f whose strings show unknown values as
// <name> instead of the private-use tokens the engine works with: no reader
// of any format should meet U+E000.
func displayed(f finding.Finding) finding.Finding {
	f.Message = display(f.Message)
	f.Principal = display(f.Principal)
	f.Action = display(f.Action)
	f.Resource = display(f.Resource)
	f.Fix = display(f.Fix)
	f.Address = display(f.Address)
	f.Note = display(f.Note)
	related := make([]finding.Related, len(f.Related))
	for i, r := range f.Related {
		r.Message = display(r.Message)
		related[i] = r
	}
	f.Related = related
	unknowns := make([]string, len(f.Unknowns))
	for i, u := range f.Unknowns {
		unknowns[i] = display(u)
	}
	if f.Unknowns == nil {
		unknowns = nil
	}
	f.Unknowns = unknowns
	if f.Suppression != nil {
		s := *f.Suppression
		s.Justification = display(s.Justification)
		f.Suppression = &s
	}
	return f
}

// displayedAll applies displayed to every finding, never returning nil.
func displayedAll(fs []finding.Finding) []finding.Finding {
	out := make([]finding.Finding, len(fs))
	for i, f := range fs {
		out[i] = displayed(f)
	}
	return out
}

// displayedDiag does for a diagnostic what displayed does for a finding.
func displayedDiag(d finding.Diagnostic) finding.Diagnostic {
	d.Summary = display(d.Summary)
	d.Detail = display(d.Detail)
	return d
}

// displayedDiags applies displayedDiag to every diagnostic, never returning
// nil.
func displayedDiags(ds []finding.Diagnostic) []finding.Diagnostic {
	out := make([]finding.Diagnostic, len(ds))
	for i, d := range ds {
		out[i] = displayedDiag(d)
	}
	return out
}
