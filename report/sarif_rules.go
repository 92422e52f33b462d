package report

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// ruleIndex holds the reporting descriptors of a run and the position of
// each, which results cite as ruleIndex.
type ruleIndex struct {
	descriptors []*sarif.ReportingDescriptor
	index       map[string]int
}

// newRuleIndex lists the catalog in its own order, then any rule a finding
// names that the catalog lacks, so that every result has its descriptor.
func newRuleIndex(res *finding.Result, opts Options) ruleIndex {
	// An empty catalog is still written as [], which GitHub wants present.
	ri := ruleIndex{descriptors: []*sarif.ReportingDescriptor{}, index: map[string]int{}}
	for _, r := range res.Rules {
		ri.add(r, opts)
	}
	for _, f := range res.Findings {
		id := ruleID(f.RuleID)
		ri.add(finding.Rule{ID: id, Title: "Rule " + id, Severity: f.Severity, RootCause: f.RootCause}, opts)
	}
	return ri
}

func (ri *ruleIndex) add(r finding.Rule, opts Options) {
	if _, seen := ri.index[r.ID]; seen {
		return
	}
	ri.index[r.ID] = len(ri.descriptors)
	ri.descriptors = append(ri.descriptors, descriptor(r, opts))
}

func descriptor(r finding.Rule, opts Options) *sarif.ReportingDescriptor {
	if r.Title == "" {
		r.Title = "Rule " + r.ID
	}
	d := sarif.NewRule(r.ID).
		WithName(ruleName(r)).
		WithShortDescription(sarif.NewMultiformatMessageString(r.Title)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity))).
		WithProperties(sarif.Properties{
			"tags":              ruleTags(r),
			"security-severity": securitySeverity(r.Severity),
		})
	// GitHub code scanning refuses rules without a full description.
	full := r.Description
	if full == "" {
		full = r.Title
	}
	d.WithFullDescription(sarif.NewMultiformatMessageString(full))
	uri := helpURI(r, opts)
	if uri != "" {
		d.WithHelpURI(uri)
	}
	text, markdown := ruleHelp(r, uri)
	return d.WithTextHelp(text).WithMarkdownHelp(markdown)
}

// ruleName turns the title into the PascalCase identifier SARIF viewers
// show next to the id; acronyms become words ("ACLs" gives "Acls"), as
// Pascal case wants.
func ruleName(r finding.Rule) string {
	var b strings.Builder
	for _, word := range strings.FieldsFunc(r.Title, func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c)
	}) {
		runes := []rune(word)
		b.WriteRune(unicode.ToUpper(runes[0]))
		b.WriteString(strings.ToLower(string(runes[1:])))
	}
	if b.Len() == 0 {
		return r.ID
	}
	return b.String()
}

func ruleTags(r finding.Rule) []string {
	tags := []string{"security"}
	if r.RootCause != "" {
		tags = append(tags, r.RootCause)
	}
	return tags
}

// securitySeverity is the CVSS-like score GitHub code scanning uses to
// rank alerts as high, medium or low.
func securitySeverity(s source.Severity) string {
	switch s {
	case source.Error:
		return "8.0"
	case source.Warning:
		return "5.0"
	}
	return "2.0"
}

func helpURI(r finding.Rule, opts Options) string {
	if r.HelpURI != "" {
		return r.HelpURI
	}
	if opts.HelpURIBase == "" || r.ID == "" {
		return ""
	}
	return opts.HelpURIBase + r.ID + ".md"
}

// ruleHelp is the help text and markdown: what the rule is about, how to
// fix it, and where to read more.
func ruleHelp(r finding.Rule, uri string) (text, markdown string) {
	var t, m []string
	if r.Description != "" {
		t = append(t, r.Description)
		m = append(m, r.Description)
	}
	if r.Remediation != "" {
		t = append(t, "Fix: "+r.Remediation)
		m = append(m, "**Fix:** "+r.Remediation)
	}
	var links []string
	if uri != "" {
		links = append(links, fmt.Sprintf("- [%s documentation](%s)", r.ID, uri))
	}
	for _, rel := range r.Related {
		t = append(t, "See "+rel)
		links = append(links, fmt.Sprintf("- <%s>", rel))
	}
	if len(links) > 0 {
		m = append(m, strings.Join(links, "\n"))
	}
	if len(t) == 0 {
		t = append(t, r.Title)
		m = append(m, r.Title)
	}
	return strings.Join(t, "\n\n"), strings.Join(m, "\n\n")
}
