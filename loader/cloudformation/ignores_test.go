package cloudformation

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/model"
)

func TestIgnores(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, file, text string
		want, diags      []string
	}{
		{name: "JSON metadata", file: "t.json", text: `{"Resources": {"Key": {"Type": "AWS::KMS::Key",
  "Metadata": {"denylint": {"ignore": [{"id": "DL002", "reason": "rotated elsewhere"}]}}}}}`,
			want: []string{"t.json#Key DL002 \"rotated elsewhere\" at 2:40"}},
		{name: "YAML metadata, reason left out", file: "t.yaml", text: "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n      denylint:\n        ignore:\n          - id: DL001\n",
			want: []string{"t.yaml#B DL001 \"\" at 7:13"}},
		{name: "not a list", file: "t.yaml", text: "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: {denylint: {ignore: DL001}}\n",
			diags: []string{"4:35 denylint ignore is not a list"}},
		{name: "entry without id", file: "t.yaml", text: "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: {denylint: {ignore: [{reason: x}]}}\n",
			diags: []string{"4:36 denylint ignore without a rule id"}},
		{name: "other metadata", file: "t.yaml", text: "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: {cfn-lint: {config: {}}}\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			env := model.New()
			var diags []string
			for _, d := range Load(env, tc.file, []byte(tc.text), Options{}) {
				diags = append(diags, fmt.Sprintf("%d:%d %s", d.Range.Start.Line, d.Range.Start.Column, d.Summary))
			}
			var got []string
			for _, ig := range env.Ignores {
				got = append(got, fmt.Sprintf("%s %s %q at %d:%d", ig.Address, ig.RuleID, ig.Reason, ig.Range.Start.Line, ig.Range.Start.Column))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ignores (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.diags, diags); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}
