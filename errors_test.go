package denylint_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/denylint/denylint/cli"
)

// TestErrorCatalog: each kind of bad input gives its message in the shape
// "path:line:col: error: …" (or "denylint: …" when there is no file to
// point at) on standard error and exit code 2; a broken input file does
// not stop the other files' findings.
func TestErrorCatalog(t *testing.T) {
	t.Parallel()
	ordinary, err := os.ReadFile("fixtures/hostile/ordinary/main.tf")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		files map[string]string // under a/, beside ok/main.tf
		args  []string          // before the paths a/ and ok/
		// want matches a line of standard error; paths are relative to a/.
		want string
		// findings: the other files' findings are still reported (a
		// config or flag error stops the run before any file is read).
		findings bool
	}{
		{name: "Terraform syntax", files: map[string]string{"bad.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n"},
			want: `bad.tf:2:12: error: Invalid expression: `, findings: true},
		{name: "Terraform JSON syntax", files: map[string]string{"bad.tf.json": `{"resource": [}`},
			want: `bad.tf.json:1:15: error: Missing JSON value: `, findings: true},
		{name: "variable file syntax", files: map[string]string{"main.tf": "variable \"region\" {}\n", "terraform.tfvars": "region = \n"},
			want: `terraform.tfvars:1:10: error: Invalid expression: `, findings: true},
		{name: "Terraform nesting limit", files: map[string]string{"deep.tf": "locals {\n  x = " + strings.Repeat("(", 600) + "1" + strings.Repeat(")", 600) + "\n}\n"},
			want: `deep.tf:2:506: error: expression nested too deeply: `, findings: true},
		{name: "CloudFormation YAML syntax", files: map[string]string{"t.yaml": "Resources:\n  A:\n    Type: AWS::S3::Bucket\n   Properties: x\n"},
			want: `t.yaml:4:1: error: template is not valid YAML or JSON: did not find expected key`, findings: true},
		{name: "CloudFormation JSON syntax", files: map[string]string{"t.json": "{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\",\n  \"Properties\": {,}}}}\n"},
			want: `t.json:2:18: error: template is not valid YAML or JSON: `, findings: true},
		{name: "CloudFormation limit", files: map[string]string{"t.yaml": "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: " + strings.Repeat("[", 300) + strings.Repeat("]", 300) + "\n"},
			want: `t.yaml:4:\d+: error: template nested deeper than 200 levels`, findings: true},
		{name: "plan syntax", files: map[string]string{"plan.json": "{\"format_version\": \"1.2\", \"planned_values\": {\n  \"root_module\": [,]}}\n"},
			want: `plan.json:2:18: error: invalid JSON: invalid character ',' looking for beginning of value`, findings: true},
		{name: "file too large", files: map[string]string{"big.json": strings.Repeat(" ", 20<<20+1)},
			want: `big.json:1:1: error: file too large: `, findings: true},
		{name: "missing variable file", args: []string{"--var-file", "a/none.tfvars"},
			want: `none.tfvars:1:1: error: cannot read variable file: `, findings: true},
		{name: "missing parameters file", files: map[string]string{"t.yaml": "Resources:\n  A:\n    Type: AWS::S3::Bucket\n"},
			args: []string{"--param-file", "a/none.json"}, want: `none.json:1:1: error: cannot read parameters file: `, findings: true},
		{name: "config syntax", files: map[string]string{"c.yaml": "version: 1\nrules:\n  enabled: [DL001\n"},
			args: []string{"--config", "a/c.yaml"}, want: `c.yaml:2:1: error: config is not valid YAML: `},
		{name: "config key", files: map[string]string{"c.yaml": "version: 1\nbogus: 2\n"},
			args: []string{"--config", "a/c.yaml"}, want: `c.yaml:2:1: error: unknown key: "bogus" is not a key of the config`},
		{name: "unknown flag", args: []string{"--bogus"}, want: `^flag provided but not defined: -bogus$`},
		{name: "unknown format", args: []string{"--format", "xml"}, want: `^denylint: unknown format "xml"`},
		{name: "unknown threshold", args: []string{"--severity-threshold", "fatal"}, want: `^denylint: unknown severity threshold "fatal"`},
		{name: "missing path", args: []string{"a/none"}, want: `^denylint: scan \S*none: no such file or directory$`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			files := map[string]string{"ok/main.tf": string(ordinary)}
			for name, text := range tc.files {
				files[filepath.Join("a", name)] = text
			}
			writeFiles(t, dir, files)
			args := []string{"--no-config", "--format", "json"}
			for _, a := range tc.args {
				args = append(args, strings.ReplaceAll(a, "a/", dir+"/a/"))
			}
			args = append(args, filepath.Join(dir, "a"), filepath.Join(dir, "ok"))
			if tc.files == nil {
				args = args[:len(args)-2]
				args = append(args, filepath.Join(dir, "ok"))
			}
			var stdout, stderr bytes.Buffer
			code := cli.Main(context.Background(), args, nil, &stdout, &stderr)
			if code != cli.ExitError {
				t.Errorf("exit code %d, want %d", code, cli.ExitError)
			}
			want := regexp.MustCompile(`(?m)^\S*/a/` + tc.want)
			if strings.HasPrefix(tc.want, "^") {
				want = regexp.MustCompile(`(?m)` + tc.want)
			}
			if !want.MatchString(stderr.String()) {
				t.Errorf("standard error does not match %q:\n%s", tc.want, stderr.String())
			}
			if got := hasDL001(t, stdout.Bytes()); got != tc.findings {
				t.Errorf("the other file's DL001 finding reported: %v, want %v\n%s", got, tc.findings, stdout.String())
			}
		})
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func hasDL001(t *testing.T, report []byte) bool {
	t.Helper()
	if len(report) == 0 {
		return false
	}
	var out struct {
		Findings []struct {
			RuleID string `json:"rule_id"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(report, &out); err != nil {
		t.Fatalf("JSON report: %v", err)
	}
	for _, f := range out.Findings {
		if f.RuleID == "DL001" {
			return true
		}
	}
	return false
}
