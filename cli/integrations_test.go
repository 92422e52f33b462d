package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/config"
	"github.com/denylint/denylint/model"
)

// outcome summarises a JSON report: one "RULE kind: justification" or
// "RULE" line per finding.
func outcome(t *testing.T, stdout string) []string {
	t.Helper()
	var doc struct {
		Findings []struct {
			RuleID      string `json:"rule_id"`
			Severity    string `json:"severity"`
			Suppression *struct {
				Kind          string `json:"kind"`
				Justification string `json:"justification"`
			} `json:"suppression"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("%v in:\n%s", err, stdout)
	}
	out := []string{}
	for _, f := range doc.Findings {
		s := f.RuleID + " " + f.Severity
		if f.Suppression != nil {
			s += " " + f.Suppression.Kind + ": " + f.Suppression.Justification
		}
		out = append(out, s)
	}
	return out
}

// repoWith is a copy of the example in a folder that looks like a
// repository root, with the given .denylint.yaml (none when empty).
func repoWith(t *testing.T, cfg string) string {
	t.Helper()
	dir := copyExample(t)
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if cfg != "" {
		writeFile(t, filepath.Join(dir, config.FileName), cfg)
	}
	return dir
}

func TestConfigFile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, cfg string
		broken    bool
		args      []string
		code      int
		want      []string
		stderr    string
	}{
		{name: "no config", code: ExitFindings, want: []string{"DL002 error", "DL001 error"}},
		{name: "a disabled rule is not reported", cfg: "rules:\n  disabled: [DL001]\n", code: ExitFindings, want: []string{"DL002 error"}},
		{name: "only enabled rules are reported", cfg: "rules:\n  enabled: DL001\n", code: ExitFindings, want: []string{"DL001 error"}},
		{name: "severity override lowers under the threshold", cfg: "rules:\n  severity: {DL001: warning, DL002: note}\n", code: ExitClean,
			want: []string{"DL002 note", "DL001 warning"}},
		{name: "config threshold", cfg: "severity_threshold: warning\nrules:\n  severity: {DL001: warning, DL002: note}\n", code: ExitFindings,
			want: []string{"DL002 note", "DL001 warning"}},
		{name: "the flag wins over the config", cfg: "severity_threshold: note\nrules:\n  severity: {DL001: warning, DL002: note}\n",
			args: []string{"--severity-threshold", "error"}, code: ExitClean, want: []string{"DL002 note", "DL001 warning"}},
		{name: "unknown rule id is a warning", cfg: "rules:\n  disabled: [DL999]\n", code: ExitFindings,
			want: []string{"DL002 error", "DL001 error"}, stderr: ".denylint.yaml:2:14: warning: unknown rule DL999"},
		{name: "unknown key stops the run", cfg: "version: 1\nrulez: {}\n", code: ExitError,
			stderr: ".denylint.yaml:2:1: error: unknown key: \"rulez\" is not a key of the config"},
		{name: "wrong type stops the run", cfg: "exclude: {a: b}\n", code: ExitError, stderr: ".denylint.yaml:1:10: error: wrong type"},
		{name: "--no-config ignores it", cfg: "rules:\n  disabled: [DL001, DL002]\n", args: []string{"--no-config"}, code: ExitFindings,
			want: []string{"DL002 error", "DL001 error"}},
		{name: "exclude from the config, relative to it", cfg: "exclude: [generated/*]\n", broken: true, code: ExitFindings,
			want: []string{"DL002 error", "DL001 error"}},
		{name: "without the exclude the broken file counts", cfg: "exclude: [other/*]\n", broken: true, code: ExitError},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := repoWith(t, tc.cfg)
			if tc.broken {
				if err := os.Mkdir(filepath.Join(dir, "generated"), 0o755); err != nil {
					t.Fatal(err)
				}
				writeFile(t, filepath.Join(dir, "generated", "broken.tf"), "resource \"x\" {\n")
			}
			code, stdout, stderr := run(t, append([]string{"--format", "json", dir}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if tc.stderr != "" && !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, stderr)
			}
			if code == ExitError {
				return
			}
			if diff := cmp.Diff(tc.want, outcome(t, stdout)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConfigFoundUpward: the config at the repository root applies when a
// subfolder is scanned, and --config names another one.
func TestConfigFoundUpward(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(root, config.FileName), "rules:\n  disabled: [DL002]\n")
	other := filepath.Join(t.TempDir(), "other.yaml")
	writeFile(t, other, "rules:\n  disabled: [DL001]\n")
	sub := filepath.Join(root, "infra")
	if err := os.Rename(copyExample(t), sub); err != nil {
		t.Fatal(err)
	}
	_, stdout, _ := run(t, "--format", "json", sub)
	if diff := cmp.Diff([]string{"DL001 error"}, outcome(t, stdout)); diff != "" {
		t.Errorf("upward (-want +got):\n%s", diff)
	}
	_, stdout, _ = run(t, "--format", "json", "--config", other, sub)
	if diff := cmp.Diff([]string{"DL002 error"}, outcome(t, stdout)); diff != "" {
		t.Errorf("--config (-want +got):\n%s", diff)
	}
	if code, _, _ := run(t, "--config", filepath.Join(root, "absent.yaml"), sub); code != ExitError {
		t.Errorf("an absent --config gives %d, want %d", code, ExitError)
	}
}

func TestAddConfig(t *testing.T) {
	t.Parallel()
	cfg, diags := config.Parse("repo/.denylint.yaml", []byte(
		"access: {vpc_endpoints: [aws_vpc_endpoint.s3], source_ips: [10.0.0.0/8]}\n"+
			"expect:\n  - principal: aws_iam_role.supervisor\n    can: s3:GetObject\n    on: aws_s3_bucket.recordings\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	env := model.New()
	cfg.Apply(env)
	if len(env.Expectations) != 1 {
		t.Fatalf("expectations: %v", env.Expectations)
	}
	e := env.Expectations[0]
	got := []string{e.Address, e.Principal, strings.Join(e.Actions, ","), strings.Join(e.Resources, ",")}
	if diff := cmp.Diff([]string{".denylint.yaml#expect[0]", "aws_iam_role.supervisor", "s3:GetObject", "aws_s3_bucket.recordings"}, got); diff != "" {
		t.Errorf("expectation (-want +got):\n%s", diff)
	}
	if r, ok := env.Sources.Lookup(e.Address, ""); !ok || r.String() != "repo/.denylint.yaml:3:5" {
		t.Errorf("expectation located at %v %v", r, ok)
	}
	want := &model.AccessPaths{VPCEndpoints: []string{"aws_vpc_endpoint.s3"}, SourceIPs: []string{"10.0.0.0/8"}, Internet: true}
	if diff := cmp.Diff(want, env.AccessPaths); diff != "" {
		t.Errorf("access paths (-want +got):\n%s", diff)
	}
}

// TestConfigPathsRelativeToConfig: var files named in the config are read
// from the config's folder whatever the working directory.
func TestConfigPathsRelativeToConfig(t *testing.T) {
	t.Parallel()
	dir := repoWith(t, "terraform:\n  var_files: [vars/missing.tfvars]\n")
	code, _, stderr := run(t, dir)
	want, err := filepath.Rel(mustWD(t), filepath.Join(dir, "vars", "missing.tfvars"))
	if err != nil {
		t.Fatal(err)
	}
	if code != ExitError || !strings.Contains(stderr, filepath.ToSlash(want)+":1:1: error: cannot read variable file") {
		t.Errorf("exit %d; the config's var file was not looked for in its folder (%s):\n%s", code, want, stderr)
	}
}

func mustWD(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}
