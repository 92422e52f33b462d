package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const example = "../examples/connect-recordings"

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	t.Parallel()
	correct := fixedExample(t)
	broken := brokenExample(t)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"the example has errors", []string{example}, ExitFindings},
		{"flags after the path", []string{example, "--format", "json"}, ExitFindings},
		{"a correct setup is clean", []string{correct}, ExitClean},
		{"a file that does not parse", []string{broken}, ExitError},
		{"unknown format", []string{"--format", "yaml", example}, ExitError},
		{"unknown threshold", []string{"--severity-threshold", "fatal", example}, ExitError},
		{"unknown flag", []string{"--frobnicate", example}, ExitError},
		{"missing path", []string{filepath.Join(t.TempDir(), "absent")}, ExitError},
		{"help", []string{"--help"}, ExitClean},
		{"version", []string{"version"}, ExitClean},
		{"rules", []string{"rules"}, ExitClean},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := run(t, tc.args...)
			if code != tc.want {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.want, stderr)
			}
		})
	}
}

// TestQuickStart checks what the README promises of the example: both
// findings, each at the statement or attribute that refuses the access.
func TestQuickStart(t *testing.T) {
	t.Parallel()
	code, stdout, _ := run(t, "--format", "json", example)
	if code != ExitFindings {
		t.Fatalf("exit code %d, want %d", code, ExitFindings)
	}
	var doc struct {
		Findings []map[string]any `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range doc.Findings {
		loc := f["location"].(map[string]any)
		got = append(got, strings.Join([]string{
			f["rule_id"].(string), f["root_cause"].(string), f["denied_by"].(string), f["action"].(string),
			loc["path"].(string), jsonInt(loc["start_line"]),
		}, " "))
		for _, k := range []string{"severity", "message", "principal", "resource", "fix"} {
			if s, _ := f[k].(string); s == "" {
				t.Errorf("finding %s has no %s", f["rule_id"], k)
			}
		}
	}
	want := []string{
		"DL002 kms_key_policy kms_key_policy kms:Decrypt ../examples/connect-recordings/kms.tf 5",
		"DL001 bucket_policy bucket_policy s3:GetObject ../examples/connect-recordings/storage.tf 58",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

func jsonInt(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestSARIF(t *testing.T) {
	t.Parallel()
	_, stdout, _ := run(t, "--format", "sarif", example)
	var log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string `json:"id"`
						Help struct {
							Text string `json:"text"`
						} `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					Physical struct {
						Region struct {
							StartLine   int `json:"startLine"`
							StartColumn int `json:"startColumn"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(stdout), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-schema-2.1.0") {
		t.Errorf("version %q, schema %q", log.Version, log.Schema)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs", len(log.Runs))
	}
	rules := map[string]bool{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		rules[r.ID] = r.Help.Text != ""
	}
	if !rules["DL001"] || !rules["DL002"] {
		t.Errorf("rules with help text: %v", rules)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		reg := r.Locations[0].Physical.Region
		got = append(got, r.RuleID+" "+jsonInt(reg.StartLine)+":"+jsonInt(reg.StartColumn))
	}
	if diff := cmp.Diff([]string{"DL002 5:3", "DL001 58:7"}, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
}

// TestBrokenFileStillLintsTheRest: a syntax error is reported with its
// position and the other files' findings still come out.
func TestBrokenFileStillLintsTheRest(t *testing.T) {
	t.Parallel()
	dir := brokenExample(t)
	code, stdout, stderr := run(t, "--no-color", dir)
	if code != ExitError {
		t.Errorf("exit code %d, want %d", code, ExitError)
	}
	if !strings.Contains(stderr, "broken.tf:3:12: error:") {
		t.Errorf("stderr lacks the located syntax error:\n%s", stderr)
	}
	if strings.Count(stdout, "[DL00") != 2 {
		t.Errorf("the other files' findings are missing:\n%s", stdout)
	}
}

func copyExample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join(example, "*.tf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, filepath.Base(f)), string(data))
	}
	return dir
}

func brokenExample(t *testing.T) string {
	dir := copyExample(t)
	writeFile(t, filepath.Join(dir, "broken.tf"), "resource \"aws_s3_bucket\" \"broken\" {\n  bucket = \"x\"\n  policy = \n}\n")
	return dir
}

// fixedExample is the example with both mistakes corrected.
func fixedExample(t *testing.T) string {
	dir := copyExample(t)
	replace(t, filepath.Join(dir, "kms.tf"), `"Principal": {"AWS": "${aws_iam_role.supervisor.arn}"}`,
		`"Principal": {"AWS": ["${aws_iam_role.supervisor.arn}", "${aws_iam_role.contact_centre_admin.arn}"]}`)
	replace(t, filepath.Join(dir, "storage.tf"), "aws_iam_role.contact_centre_admin.arn,\n",
		"aws_iam_role.contact_centre_admin.arn,\n              aws_iam_role.supervisor.arn,\n")
	return dir
}

func replace(t *testing.T, path, old, repl string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), old) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	writeFile(t, path, strings.Replace(string(data), old, repl, 1))
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestCloudFormationExample checks what the README shows of the
// CloudFormation twin of the example.
func TestCloudFormationExample(t *testing.T) {
	t.Parallel()
	code, stdout, _ := run(t, "--quiet", "--no-color", "../examples/connect-recordings-cfn")
	if code != ExitFindings {
		t.Fatalf("exit code %d, want %d", code, ExitFindings)
	}
	var got []string
	for _, line := range strings.Split(stdout, "\n") {
		if i := strings.LastIndex(line, " [DL"); i >= 0 {
			loc, _, _ := strings.Cut(line, ": ")
			got = append(got, loc+" "+line[i+2:len(line)-1])
		}
	}
	want := []string{
		"../examples/connect-recordings-cfn/template.yaml:25:7 DL002",
		"../examples/connect-recordings-cfn/template.yaml:94:13 DL001",
		"../examples/connect-recordings-cfn/template.yaml:94:13 DL021",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
