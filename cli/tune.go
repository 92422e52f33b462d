package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/denylint/denylint/config"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// tune applies the config's rule selection and severity overrides to what
// the engine found, and to the catalog the reports describe. Rule ids the
// catalog does not know are warnings at the config line naming them.
func tune(res *finding.Result, rules config.Rules, cfg *config.File) []source.Diagnostic {
	known := map[string]bool{}
	for _, r := range res.Rules {
		known[r.ID] = true
	}
	diags := unknownRules(known, rules, cfg)
	keep := func(id string) bool {
		return (len(rules.Enabled) == 0 || contains(rules.Enabled, id)) && !contains(rules.Disabled, id)
	}
	var cat []finding.Rule
	for _, r := range res.Rules {
		if !keep(r.ID) {
			continue
		}
		if s, ok := rules.Severity[r.ID]; ok {
			r.Severity = source.Severity(s)
		}
		cat = append(cat, r)
	}
	res.Rules = cat
	fs := res.Findings[:0]
	for _, f := range res.Findings {
		if !keep(f.RuleID) {
			continue
		}
		if s, ok := rules.Severity[f.RuleID]; ok {
			f.Severity = source.Severity(s)
		}
		fs = append(fs, f)
	}
	res.Findings = fs
	return diags
}

func unknownRules(known map[string]bool, rules config.Rules, cfg *config.File) []source.Diagnostic {
	var diags []source.Diagnostic
	warn := func(id, path string) {
		if !known[id] {
			diags = append(diags, source.Diagnostic{Severity: source.Warning, Summary: "unknown rule " + id,
				Detail: "no rule has this id; `denylint rules` lists them", Range: cfg.Where(path)})
		}
	}
	for i, id := range rules.Enabled {
		warn(id, fmt.Sprintf("rules.enabled[%d]", i))
	}
	for i, id := range rules.Disabled {
		warn(id, fmt.Sprintf("rules.disabled[%d]", i))
	}
	ids := make([]string, 0, len(rules.Severity))
	for id := range rules.Severity {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		warn(id, "rules.severity."+id)
	}
	return diags
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if strings.EqualFold(x, id) {
			return true
		}
	}
	return false
}
