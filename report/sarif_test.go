package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
)

// TestSARIFInvariants checks what a golden file cannot show for inputs it
// does not hold: every result cites the descriptor of its own rule, has a
// message, and nothing anywhere is null.
func TestSARIFInvariants(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		res  *finding.Result
	}{
		{name: "fixture", res: fixture()},
		{name: "hostile", res: hostile()},
		{name: "empty", res: &finding.Result{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := (SARIF{}).Format(&buf, tt.res, goldenOptions()); err != nil {
				t.Fatal(err)
			}
			var log struct {
				Version string `json:"version"`
				Runs    []struct {
					Tool struct {
						Driver struct {
							Rules []struct{ ID string } `json:"rules"`
						} `json:"driver"`
					} `json:"tool"`
					Results []struct {
						RuleID    string `json:"ruleId"`
						RuleIndex int    `json:"ruleIndex"`
						Message   struct{ Text string }
					} `json:"results"`
				} `json:"runs"`
			}
			if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
				t.Fatal(err)
			}
			if log.Version != "2.1.0" || len(log.Runs) != 1 {
				t.Fatalf("version %q with %d runs, want 2.1.0 with 1", log.Version, len(log.Runs))
			}
			run := log.Runs[0]
			if len(run.Results) != len(tt.res.Findings) {
				t.Errorf("%d results for %d findings", len(run.Results), len(tt.res.Findings))
			}
			for i, r := range run.Results {
				if r.RuleIndex >= len(run.Tool.Driver.Rules) || run.Tool.Driver.Rules[r.RuleIndex].ID != r.RuleID {
					t.Errorf("result %d: ruleIndex %d does not name rule %q", i, r.RuleIndex, r.RuleID)
				}
				if r.Message.Text == "" {
					t.Errorf("result %d has no message", i)
				}
			}
			var doc any
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if at := findNull(doc, "$"); at != "" {
				t.Errorf("null at %s", at)
			}
		})
	}
}

// findNull returns the path of the first null member, or "".
func findNull(v any, at string) string {
	switch v := v.(type) {
	case nil:
		return at
	case map[string]any:
		for k, item := range v {
			if p := findNull(item, at+"."+k); p != "" {
				return p
			}
		}
	case []any:
		for i, item := range v {
			if p := findNull(item, fmt.Sprintf("%s[%d]", at, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

func TestArtifactURI(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path, uri, base string
	}{
		{name: "relative", path: "infra/s3.tf", uri: "infra/s3.tf", base: srcRoot},
		{name: "space", path: "templates/app stack.yaml", uri: "templates/app%20stack.yaml", base: srcRoot},
		{name: "reserved characters", path: "a#b?c.tf", uri: "a%23b%3Fc.tf", base: srcRoot},
		{name: "backslashes", path: `modules\vpc\main.tf`, uri: "modules/vpc/main.tf", base: srcRoot},
		{name: "absolute", path: "/srv/infra/main.tf", uri: "file:///srv/infra/main.tf"},
		{name: "windows drive", path: `C:\infra\main.tf`, uri: "file:///C:/infra/main.tf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := artifact(tt.path)
			got := []string{*a.URI, ""}
			if a.URIBaseId != nil {
				got[1] = *a.URIBaseId
			}
			if diff := cmp.Diff([]string{tt.uri, tt.base}, got); diff != "" {
				t.Errorf("artifact(%q) (-want +got):\n%s", tt.path, diff)
			}
		})
	}
}

func TestRuleName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, title, want string
	}{
		{name: "sentence", title: "Bucket policy denies the writer", want: "BucketPolicyDeniesTheWriter"},
		{name: "acronyms become words", title: "SCP blocks KMS decrypt", want: "ScpBlocksKmsDecrypt"},
		{name: "punctuation and digits", title: "s3:PutObject refused (VPC-endpoint v2)", want: "S3PutobjectRefusedVpcEndpointV2"},
		{name: "no words falls back to the id", title: "—", want: "DL001"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := ruleName(finding.Rule{ID: "DL001", Title: tt.title}); got != tt.want {
				t.Errorf("ruleName(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

// TestSARIFValidates runs Microsoft's SARIF validator, with GitHub's rules,
// over the golden SARIF file and the log of an empty run when it is
// installed (npm ci --prefix
// tools/sarif, or any run of scripts/validate-sarif.sh).
func TestSARIFValidates(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs an external validator")
	}
	if _, err := os.Stat("../tools/sarif/node_modules/@microsoft/sarif-multitool"); err != nil {
		t.Skip("sarif-multitool not installed; run npm ci --prefix tools/sarif")
	}
	golden, err := filepath.Abs("testdata/fixture.sarif")
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty.sarif")
	var buf bytes.Buffer
	if err := (SARIF{}).Format(&buf, &finding.Result{}, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(empty, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("../scripts/validate-sarif.sh", golden, empty).CombinedOutput()
	if err != nil {
		t.Errorf("validate-sarif.sh: %v\n%s", err, out)
	}
}
