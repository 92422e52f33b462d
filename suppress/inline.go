package suppress

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// InSource is the SARIF suppression kind of an inline ignore.
const InSource = "inSource"

// Inline marks the findings that an ignore comment or an env.Ignores entry
// covers. A comment counts on the finding's first line, on the comment
// lines right above it, and on the comment lines right above the block of
// the finding's resource. An ignore without a reason suppresses nothing
// and is reported as a warning.
func Inline(findings []finding.Finding, env *model.Env, read func(string) ([]byte, error)) []source.Diagnostic {
	s := &scanner{files: newFiles(read), warned: map[string]bool{}}
	s.warnData(env.Ignores)
	for i := range findings {
		f := &findings[i]
		if f.Suppression != nil {
			continue
		}
		if reason, ok := s.fromData(f, env.Ignores); ok {
			f.Suppression = &finding.Suppression{Kind: InSource, Justification: reason}
			continue
		}
		if reason, ok := s.fromComments(f, env.Sources); ok {
			f.Suppression = &finding.Suppression{Kind: InSource, Justification: reason}
		}
	}
	return s.diags
}

type scanner struct {
	files  *files
	diags  []source.Diagnostic
	warned map[string]bool
}

func (s *scanner) fromData(f *finding.Finding, ignores []*model.Ignore) (string, bool) {
	for _, ig := range ignores {
		if ig.Address == f.Address && strings.EqualFold(ig.RuleID, f.RuleID) && strings.TrimSpace(ig.Reason) != "" {
			return ig.Reason, true
		}
	}
	return "", false
}

func (s *scanner) warnData(ignores []*model.Ignore) {
	for _, ig := range ignores {
		if strings.TrimSpace(ig.Reason) == "" {
			s.warn(ig.Range, fmt.Sprintf("ignore of %s has no reason", ig.RuleID))
		}
	}
}

// fromComments looks at the finding's line and above it, then above its
// resource's block.
func (s *scanner) fromComments(f *finding.Finding, sources *model.Sources) (string, bool) {
	if reason, ok := s.near(f.Location.Path, f.Location.StartLine, f.RuleID, true); ok {
		return reason, true
	}
	if f.Address == "" || sources == nil {
		return "", false
	}
	block, ok := sources.Lookup(f.Address, "")
	if !ok || block.File == "" {
		return "", false
	}
	return s.near(block.File, block.Start.Line, f.RuleID, false)
}

// near checks the comment lines right above line, and line itself when
// withLine is set (a trailing comment on the finding's line).
func (s *scanner) near(file string, line int, rule string, withLine bool) (string, bool) {
	lines := s.files.lines(file)
	if line < 1 || line > len(lines) {
		return "", false
	}
	var candidates []int
	if withLine {
		candidates = append(candidates, line)
	}
	for l := line - 1; l >= 1 && isComment(lines[l-1]); l-- {
		candidates = append(candidates, l)
	}
	for _, l := range candidates {
		d := parseDirective(lines[l-1], l)
		if d == nil || !d.covers(rule) {
			continue
		}
		if d.reason == "" {
			at := source.Pos{Line: l, Column: d.column}
			s.warn(source.Range{File: file, Start: at, End: at}, fmt.Sprintf("ignore of %s has no reason", rule))
			continue
		}
		return d.reason, true
	}
	return "", false
}

func (s *scanner) warn(r source.Range, summary string) {
	key := r.String() + summary
	if s.warned[key] {
		return
	}
	s.warned[key] = true
	s.diags = append(s.diags, source.Diagnostic{Severity: source.Warning, Summary: summary,
		Detail: "an ignore needs a reason after the rule id, e.g. `denylint:ignore DL001 recordings are read through the CCP only`; this one suppresses nothing",
		Range:  r})
}
