package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const fixtures = "../fixtures"

// copyFixture copies one fixture file into a fresh folder.
func copyFixture(t *testing.T, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(fixtures, rel))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, filepath.Base(rel)), string(data))
	return filepath.Join(dir, filepath.Base(rel))
}

// TestInlineIgnores runs each suppression syntax through the real loaders
// and rules: the finding stays in the report, marked, and stops counting.
func TestInlineIgnores(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		setup func(t *testing.T) string
		want  []string
		code  int
	}{
		{name: "HCL # above the resource block", code: ExitFindings, setup: func(t *testing.T) string {
			dir := copyExample(t)
			replace(t, filepath.Join(dir, "kms.tf"), `resource "aws_kms_key" "recordings" {`,
				"# denylint:ignore DL002 admins decrypt through the console role\nresource \"aws_kms_key\" \"recordings\" {")
			return dir
		}, want: []string{"DL002 error inSource: admins decrypt through the console role", "DL001 error"}},
		{name: "HCL // above the statement", code: ExitFindings, setup: func(t *testing.T) string {
			dir := copyExample(t)
			replace(t, filepath.Join(dir, "storage.tf"), "      {\n        Sid       = \"RecordingsOnlyForConnectAndAdmins\"",
				"      // denylint:ignore DL001 supervisors listen in the CCP\n      {\n        Sid       = \"RecordingsOnlyForConnectAndAdmins\"")
			return dir
		}, want: []string{"DL002 error", "DL001 error inSource: supervisors listen in the CCP"}},
		{name: "HCL without a reason suppresses nothing", code: ExitFindings, setup: func(t *testing.T) string {
			dir := copyExample(t)
			replace(t, filepath.Join(dir, "kms.tf"), `resource "aws_kms_key" "recordings" {`,
				"# denylint:ignore DL002\nresource \"aws_kms_key\" \"recordings\" {")
			return dir
		}, want: []string{"DL002 error", "DL001 error"}},
		{name: "both ignored: clean exit", code: ExitClean, setup: func(t *testing.T) string {
			dir := copyExample(t)
			replace(t, filepath.Join(dir, "kms.tf"), `resource "aws_kms_key" "recordings" {`,
				"# denylint:ignore DL002 r1\nresource \"aws_kms_key\" \"recordings\" {")
			replace(t, filepath.Join(dir, "storage.tf"), `resource "aws_s3_bucket_policy" "recordings" {`,
				"# denylint:ignore DL001 r2\nresource \"aws_s3_bucket_policy\" \"recordings\" {")
			return dir
		}, want: []string{"DL002 error inSource: r1", "DL001 error inSource: r2"}},
		{name: "YAML # above the resource", code: ExitClean, setup: func(t *testing.T) string {
			p := copyFixture(t, "DL001/cloudformation/fail/template.yaml")
			replace(t, p, "  RecordingsPolicy:\n", "  # denylint:ignore DL001 supervisors use the CCP\n  RecordingsPolicy:\n")
			return p
		}, want: []string{"DL001 error inSource: supervisors use the CCP"}},
		{name: "CloudFormation JSON Metadata", code: ExitClean, setup: func(t *testing.T) string {
			p := copyFixture(t, "DL002/cloudformation/fail/template.json")
			var doc map[string]any
			data, _ := os.ReadFile(p)
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			key := doc["Resources"].(map[string]any)["RecordingsKeyA1B2C3D4"].(map[string]any)
			key["Metadata"] = map[string]any{"denylint": map[string]any{"ignore": []any{map[string]any{"id": "DL002", "reason": "auditors read elsewhere"}}}}
			out, _ := json.MarshalIndent(doc, "", "  ")
			writeFile(t, p, string(out))
			return p
		}, want: []string{"DL002 error inSource: auditors read elsewhere"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			target := tc.setup(t)
			code, stdout, stderr := run(t, "--format", "json", target)
			if code != tc.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if diff := cmp.Diff(tc.want, outcome(t, stdout)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			_, audit, _ := run(t, "--format", "json", "--no-inline-ignores", target)
			for _, f := range outcome(t, audit) {
				if strings.Contains(f, "inSource") {
					t.Errorf("--no-inline-ignores still suppressed %s", f)
				}
			}
		})
	}
}

func TestIgnoreWithoutReasonWarns(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	replace(t, filepath.Join(dir, "kms.tf"), `resource "aws_kms_key" "recordings" {`,
		"# denylint:ignore DL002\nresource \"aws_kms_key\" \"recordings\" {")
	_, _, stderr := run(t, dir)
	if !strings.Contains(stderr, "kms.tf:1:1: warning: ignore of DL002 has no reason") {
		t.Errorf("stderr lacks the warning:\n%s", stderr)
	}
}

// TestSuppressedInReports: text hides suppressed findings and counts them,
// SARIF carries them with their justification.
func TestSuppressedInReports(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	replace(t, filepath.Join(dir, "kms.tf"), `resource "aws_kms_key" "recordings" {`,
		"# denylint:ignore DL002 admins decrypt through the console role\nresource \"aws_kms_key\" \"recordings\" {")
	_, text, _ := run(t, "--no-color", dir)
	if strings.Contains(text, "[DL002]") || !strings.Contains(text, "1 error in 5 files (1 suppressed)") {
		t.Errorf("text report:\n%s", text)
	}
	_, sarif, _ := run(t, "--format", "sarif", dir)
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID       string `json:"ruleId"`
				Suppressions []struct {
					Kind          string `json:"kind"`
					Status        string `json:"status"`
					Justification string `json:"justification"`
				} `json:"suppressions"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(sarif), &log); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		for _, s := range r.Suppressions {
			got = append(got, r.RuleID+" "+s.Kind+" "+s.Status+" "+s.Justification)
		}
	}
	if diff := cmp.Diff([]string{"DL002 inSource accepted admins decrypt through the console role"}, got); diff != "" {
		t.Errorf("SARIF suppressions (-want +got):\n%s", diff)
	}
}

// TestBaselineSurvivesLineMoves: a baseline written before the files move
// still matches after every finding has moved down.
func TestBaselineSurvivesLineMoves(t *testing.T) {
	t.Parallel()
	dir := copyExample(t)
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	code, _, stderr := run(t, "--write-baseline", baseline, dir)
	if code != ExitClean || !strings.Contains(stderr, "wrote 2 findings to baseline") {
		t.Fatalf("--write-baseline: exit %d:\n%s", code, stderr)
	}
	before := locations(t, dir)
	for _, f := range []string{"kms.tf", "storage.tf"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, f), "# moved\n\n\n"+string(data))
	}
	after := locations(t, dir)
	if cmp.Equal(before, after) {
		t.Fatalf("the findings did not move: %v", after)
	}
	code, stdout, stderr := run(t, "--format", "json", "--baseline", baseline, dir)
	if code != ExitClean {
		t.Errorf("exit code %d with the baseline, want %d:\n%s", code, ExitClean, stderr)
	}
	want := []string{"DL002 error external: known finding in baseline " + baseline, "DL001 error external: known finding in baseline " + baseline}
	if diff := cmp.Diff(want, outcome(t, stdout)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	// A finding the baseline does not know is still reported: a baseline
	// written where the key policy was right knows only DL001.
	fixed := copyExample(t)
	replace(t, filepath.Join(fixed, "kms.tf"), `"Principal": {"AWS": "${aws_iam_role.supervisor.arn}"}`,
		`"Principal": {"AWS": ["${aws_iam_role.supervisor.arn}", "${aws_iam_role.contact_centre_admin.arn}"]}`)
	partial := filepath.Join(t.TempDir(), "partial.json")
	run(t, "--write-baseline", partial, fixed)
	code, stdout, _ = run(t, "--format", "json", "--baseline", partial, dir)
	want = []string{"DL002 error", "DL001 error external: known finding in baseline " + partial}
	if diff := cmp.Diff(want, outcome(t, stdout)); code != ExitFindings || diff != "" {
		t.Errorf("exit %d, findings past a partial baseline (-want +got):\n%s", code, diff)
	}
}

func locations(t *testing.T, dir string) []string {
	t.Helper()
	_, stdout, _ := run(t, "--format", "json", dir)
	var doc struct {
		Findings []struct {
			Location struct {
				Line int `json:"start_line"`
			} `json:"location"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range doc.Findings {
		out = append(out, jsonInt(f.Location.Line))
	}
	return out
}

func TestBaselineErrors(t *testing.T) {
	t.Parallel()
	bad := filepath.Join(t.TempDir(), "bad.json")
	writeFile(t, bad, "{\"findings\": 3}")
	tests := []struct {
		name, path, stderr string
	}{
		{"absent", filepath.Join(t.TempDir(), "absent.json"), "read baseline"},
		{"not a baseline", bad, "bad.json:1:1: error: not a denylint baseline"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := run(t, "--baseline", tc.path, example)
			if code != ExitError || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stderr:\n%s", code, stderr)
			}
		})
	}
}

// TestBaselineFromConfig: the config names the baseline; writing it the
// first time must not need it to exist.
func TestBaselineFromConfig(t *testing.T) {
	t.Parallel()
	dir := repoWith(t, "baseline: known.json\n")
	if code, _, stderr := run(t, dir); code != ExitError || !strings.Contains(stderr, "known.json") {
		t.Errorf("an absent configured baseline: exit %d:\n%s", code, stderr)
	}
	if code, _, stderr := run(t, "--write-baseline", filepath.Join(dir, "known.json"), dir); code != ExitClean {
		t.Errorf("--write-baseline: exit %d:\n%s", code, stderr)
	}
	code, stdout, stderr := run(t, "--format", "json", dir)
	if code != ExitClean {
		t.Errorf("with the configured baseline: exit %d:\n%s", code, stderr)
	}
	for _, f := range outcome(t, stdout) {
		if !strings.Contains(f, "external: known finding in baseline") {
			t.Errorf("not matched by the configured baseline: %s", f)
		}
	}
}
