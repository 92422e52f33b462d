// Package suppress marks findings that the user has accepted: inline
// ignores written in the configuration (comments, or CloudFormation
// Metadata that a loader gathered) and baselines of known findings.
// Suppressed findings stay in the result, so that SARIF can show them as
// suppressions; they just stop counting.
package suppress

import (
	"regexp"
	"strings"
)

// directive is one `denylint:ignore` comment.
type directive struct {
	rules  []string
	reason string
	line   int
	column int
}

// ignoreComment matches the directive after a comment marker: # in HCL and
// YAML, // in HCL. The rule list is one or more ids separated by commas.
var ignoreComment = regexp.MustCompile(`(#|//)\s*denylint:ignore\b[ \t]*([A-Za-z0-9_,-]*)[ \t]*(.*)$`)

// parseDirective finds a directive on a line, or returns nil.
func parseDirective(text string, line int) *directive {
	m := ignoreComment.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	d := &directive{line: line, column: m[0] + 1}
	for _, id := range strings.Split(text[m[4]:m[5]], ",") {
		if id = strings.TrimSpace(id); id != "" {
			d.rules = append(d.rules, id)
		}
	}
	d.reason = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text[m[6]:m[7]]), "*/"))
	d.reason = strings.TrimLeft(d.reason, "-—: ")
	return d
}

func (d *directive) covers(rule string) bool {
	for _, r := range d.rules {
		if strings.EqualFold(r, rule) {
			return true
		}
	}
	return false
}

// isComment reports whether a whole line is a comment, so that a run of
// them above a block can hold several directives.
func isComment(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, "//")
}
