package terraform

import (
	"strings"
	"testing"
)

// TestLimits: input that would exhaust the stack, memory or time is a
// located diagnostic for its file, and the other files still load.
func TestLimits(t *testing.T) {
	t.Parallel()
	ok := `resource "aws_s3_bucket" "ok" { bucket = "ok" }` + "\n"
	okFact := "bucket aws_s3_bucket.ok name=ok arn=arn:aws:s3:::ok own=BucketOwnerEnforced acl= ver= rp=false"
	runCases(t, []loadCase{
		{
			name: "nested brackets",
			files: map[string]string{"ok.tf": ok,
				"deep.tf": "locals {\n  x = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n}\n"},
			want: []string{"diag error deep.tf:2:506-2:507 expression nested too deeply", okFact},
		},
		{
			name: "operator chain over lines",
			files: map[string]string{"ok.tf": ok,
				"deep.tf": "locals {\n  x = (1" + strings.Repeat("\n+ 1", 100000) + ")\n}\n"},
			want: []string{"diag error deep.tf:501:1-501:2 expression nested too deeply", okFact},
		},
		{
			name: "nested interpolations in a heredoc",
			files: map[string]string{"ok.tf": ok,
				"deep.tf": "locals {\n  x = <<EOT\n" + strings.Repeat("${(", 1000) + "1" + strings.Repeat(")}", 1000) + "\nEOT\n}\n"},
			want: []string{"diag error deep.tf:3:749-3:750 expression nested too deeply", okFact},
		},
		{
			name: "nested JSON configuration",
			files: map[string]string{"ok.tf": ok,
				"deep.tf.json": `{"locals": {"x": ` + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + "}}"},
			want: []string{"diag error deep.tf.json:1:217-1:217 JSON nested deeper than 200 levels", okFact},
		},
		{
			name: "nested template in a JSON configuration",
			files: map[string]string{"ok.tf": ok,
				"deep.tf.json": `{"locals": {"x": "${` + strings.Repeat("(", 1000) + "1" + strings.Repeat(")", 1000) + `}"}}`},
			want: []string{"diag error deep.tf.json:1:18-1:2024 expression nested too deeply", okFact},
		},
		{
			name:  "ordinary nesting is fine",
			files: map[string]string{"ok.tf": ok + "locals {\n  x = [for a in [[1, 2]] : { for b in a : b => (b + 1) * 2 - -1 if !(b > 3 && b < 9 || b == 0) }]\n}\n"},
			want:  []string{okFact},
		},
	})
}
