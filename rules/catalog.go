package rules

import (
	"fmt"
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// DocsBase is where the generated rule documentation lives.
const DocsBase = "https://github.com/denylint/denylint/blob/main/docs/rules/"

// catalogOf reads each rule package's METADATA. A package without a custom
// id is a library, not a rule.
func catalogOf(modules map[string]*ast.Module) ([]finding.Rule, error) {
	var out []finding.Rule
	seen := map[string]string{}
	for name, m := range modules {
		for _, a := range m.Annotations {
			if a.Scope != "package" || a.Custom["id"] == nil {
				continue
			}
			r, err := ruleOf(a)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if other, dup := seen[r.ID]; dup {
				return nil, fmt.Errorf("%s: rule id %s is also used by %s", name, r.ID, other)
			}
			seen[r.ID] = name
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func ruleOf(a *ast.Annotations) (finding.Rule, error) {
	str := func(k string) string { s, _ := a.Custom[k].(string); return s }
	r := finding.Rule{
		ID:          str("id"),
		Title:       a.Title,
		Description: a.Description,
		Severity:    source.Severity(str("severity")),
		RootCause:   str("root_cause"),
		Remediation: str("remediation"),
	}
	r.HelpURI = DocsBase + r.ID + ".md"
	for _, rr := range a.RelatedResources {
		if rr.Ref.String() != "" {
			r.Related = append(r.Related, rr.Ref.String())
		}
	}
	if r.Title == "" || r.Description == "" || r.Severity.Rank() == 0 || r.RootCause == "" || r.Remediation == "" {
		return r, fmt.Errorf("rule %s: METADATA needs title, description and custom severity, root_cause, remediation", r.ID)
	}
	return r, nil
}
