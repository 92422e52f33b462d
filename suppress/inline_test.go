package suppress

import (
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

const hcl = `resource "aws_s3_bucket_policy" "rec" {
  bucket = "x"
  policy = jsonencode({
    Statement = [
      # denylint:ignore DL001 supervisors listen through the CCP only
      {
        Effect = "Deny"
      },
      {
        Effect = "Deny" // denylint:ignore DL001 trailing comment on the line
      },
    ]
  })
}
`

const yml = `Resources:
  # denylint:ignore DL002 the key is rotated by another stack
  Key:
    Type: AWS::KMS::Key
`

func rangeAt(file string, line, col int) source.Range {
	p := source.Pos{Line: line, Column: col}
	return source.Range{File: file, Start: p, End: p}
}

func TestInline(t *testing.T) {
	t.Parallel()
	fs := map[string]string{"main.tf": hcl, "t.yaml": yml, "block.tf": "", "t.json": "{}"}
	tests := []struct {
		name, file, address, rule string
		line, blockLine           int
		ignores                   []*model.Ignore
		want                      string
		warnings                  []string
	}{
		{name: "HCL # on the line above the statement", file: "main.tf", line: 6, rule: "DL001",
			want: "inSource: supervisors listen through the CCP only"},
		{name: "HCL // trailing on the finding's line", file: "main.tf", line: 10, rule: "DL001",
			want: "inSource: trailing comment on the line"},
		{name: "another rule is not covered", file: "main.tf", line: 6, rule: "DL002"},
		{name: "a line further down is not covered", file: "main.tf", line: 7, rule: "DL001"},
		{name: "YAML # above the resource's block", file: "t.yaml", line: 4, address: "t.yaml#Key", blockLine: 3, rule: "DL002",
			want: "inSource: the key is rotated by another stack"},
		{name: "CloudFormation Metadata ignore", file: "t.json", line: 1, address: "t.json#Key", rule: "DL002",
			ignores: []*model.Ignore{{Address: "t.json#Key", RuleID: "DL002", Reason: "accepted in review 42"}},
			want:    "inSource: accepted in review 42"},
		{name: "Metadata ignore without a reason", file: "t.json", line: 1, address: "t.json#Key", rule: "DL002",
			ignores:  []*model.Ignore{{Address: "t.json#Key", RuleID: "DL002", Range: rangeAt("t.json", 9, 13)}},
			warnings: []string{"t.json:9:13: warning: ignore of DL002 has no reason"}},
		{name: "Metadata ignore of another resource", file: "t.json", line: 1, address: "t.json#Key", rule: "DL002",
			ignores: []*model.Ignore{{Address: "t.json#Other", RuleID: "DL002", Reason: "r"}}},
		{name: "unreadable file", file: "absent.tf", line: 3, rule: "DL001"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := model.New()
			env.Ignores = tc.ignores
			if tc.blockLine > 0 {
				env.Sources.Set(tc.address, "", rangeAt(tc.file, tc.blockLine, 3))
			}
			fds := []finding.Finding{{RuleID: tc.rule, Address: tc.address, Location: finding.Location{Path: tc.file, StartLine: tc.line}}}
			diags := Inline(fds, env, readMap(fs))
			if diff := cmp.Diff(tc.want, describe(fds[0].Suppression)); diff != "" {
				t.Errorf("suppression (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.warnings, strs(diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDirectives(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, line string
		want       *directive
	}{
		{"hash", "# denylint:ignore DL012 because", &directive{rules: []string{"DL012"}, reason: "because", line: 1, column: 1}},
		{"slashes after code", `  x = 1 // denylint:ignore DL001,DL002 two rules`, &directive{rules: []string{"DL001", "DL002"}, reason: "two rules", line: 1, column: 9}},
		{"block comment end is dropped", "/* // denylint:ignore DL001 reason */", &directive{rules: []string{"DL001"}, reason: "reason", line: 1, column: 4}},
		{"dash before the reason", "# denylint:ignore DL001 - reason", &directive{rules: []string{"DL001"}, reason: "reason", line: 1, column: 1}},
		{"no reason", "#denylint:ignore DL001", &directive{rules: []string{"DL001"}, line: 1, column: 1}},
		{"no rule", "# denylint:ignore", &directive{line: 1, column: 1}},
		{"not a comment", `name = "denylint:ignore DL001 x"`, nil},
		{"another word", "# denylint:ignored DL001 x", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := parseDirective(tc.line, 1)
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(directive{})); diff != "" {
				t.Errorf("directive (-want +got):\n%s", diff)
			}
		})
	}
}

func TestInlineWarnsWithoutReason(t *testing.T) {
	t.Parallel()
	fs := map[string]string{"a.tf": "# denylint:ignore DL001\nresource \"x\" \"y\" {\n}\n"}
	env := model.New()
	env.Sources.Set("x.y", "", rangeAt("a.tf", 2, 1))
	fds := []finding.Finding{
		{RuleID: "DL001", Address: "x.y", Location: finding.Location{Path: "a.tf", StartLine: 2}},
		{RuleID: "DL001", Address: "x.y", Location: finding.Location{Path: "a.tf", StartLine: 3}},
	}
	diags := Inline(fds, env, readMap(fs))
	if fds[0].Suppression != nil || fds[1].Suppression != nil {
		t.Errorf("an ignore without a reason suppressed %v, %v", fds[0].Suppression, fds[1].Suppression)
	}
	if diff := cmp.Diff([]string{"a.tf:1:1: warning: ignore of DL001 has no reason"}, strs(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func readMap(fs map[string]string) func(string) ([]byte, error) {
	return func(p string) ([]byte, error) {
		s, ok := fs[p]
		if !ok {
			return nil, os.ErrNotExist
		}
		return []byte(s), nil
	}
}

func describe(s *finding.Suppression) string {
	if s == nil {
		return ""
	}
	return s.Kind + ": " + s.Justification
}

func strs(diags []source.Diagnostic) []string {
	var out []string
	for _, d := range diags {
		out = append(out, fmt.Sprintf("%s: %s: %s", d.Range, d.Severity, d.Summary))
	}
	return out
}
