package terraform

import (
	"fmt"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
)

// fromHCL converts HCL diagnostics, keeping the range of each.
func fromHCL(diags hcl.Diagnostics) []source.Diagnostic {
	steadySuggestions(diags)
	out := make([]source.Diagnostic, 0, len(diags))
	for _, d := range diags {
		sev := source.Warning
		if d.Severity == hcl.DiagError {
			sev = source.Error
		}
		var r source.Range
		switch {
		case d.Subject != nil:
			r = source.FromHCL(*d.Subject)
		case d.Context != nil:
			r = source.FromHCL(*d.Context)
		}
		out = append(out, source.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail, Range: r})
	}
	return out
}

func diagAt(sev source.Severity, rng hcl.Range, summary, detail string) source.Diagnostic {
	return source.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Range: source.FromHCL(rng)}
}

func sprint(v any) string { return fmt.Sprint(v) }
