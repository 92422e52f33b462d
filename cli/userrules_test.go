package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const userRule = `# METADATA
# title: Recording buckets follow the naming convention
# description: >-
#   Buckets that hold call recordings start with the team prefix, so that
#   the organisation's SCPs recognise them.
# custom:
#   id: ACME001
#   severity: warning
#   root_cause: bucket_policy
#   remediation: Rename the bucket with the team- prefix.
package rules.acme.bucket_prefix

import data.lib.result

deny contains f if {
	some b in input.buckets
	not startswith(b.name, "team-")
	f := result.finding(rego.metadata.chain(), {
		"at": {"address": b.address},
		"message": sprintf("bucket %s lacks the team- prefix", [b.name]),
	})
}
`

func userRules(t *testing.T, src string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "acme")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "bucket_prefix.rego"), src)
	return dir
}

func TestUserRules(t *testing.T) {
	t.Parallel()
	dir := userRules(t, userRule)
	code, stdout, stderr := run(t, "--format", "json", "--rules", dir, example)
	if code != ExitFindings {
		t.Fatalf("exit %d:\n%s", code, stderr)
	}
	want := []string{"DL002 error", "ACME001 warning", "DL001 error"}
	if diff := cmp.Diff(want, outcome(t, stdout)); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	_, sarif, _ := run(t, "--format", "sarif", "--rules", dir, example)
	if !strings.Contains(sarif, `"id": "ACME001"`) {
		t.Error("the user rule is not in the SARIF catalog")
	}
	// The config names rule folders too, relative to itself.
	repo := repoWith(t, "rules:\n  dirs: ["+dir+"]\n  severity: {ACME001: error}\n")
	_, stdout, _ = run(t, "--format", "json", repo)
	if diff := cmp.Diff([]string{"DL002 error", "ACME001 error", "DL001 error"}, outcome(t, stdout)); diff != "" {
		t.Errorf("rules.dirs (-want +got):\n%s", diff)
	}
}

func TestUserRulesRefused(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, src, stderr string }{
		{"network builtin", strings.Replace(userRule, `not startswith(b.name, "team-")`, `http.send({"method": "GET", "url": "http://x"}).status_code == 200`, 1), "http.send"},
		{"syntax error", "package rules.acme\n\ndeny contains f if {\n", "parse rule"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			code, _, stderr := run(t, "--rules", userRules(t, tc.src), example)
			if code != ExitError || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stderr:\n%s", code, stderr)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	t.Parallel()
	code, _, stderr := run(t, "--timeout", "1ns", example)
	if code != ExitError || !strings.Contains(stderr, "longer than --timeout 1ns") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

func TestUserRulesListed(t *testing.T) {
	t.Parallel()
	code, stdout, stderr := run(t, "rules", "--rules", userRules(t, userRule))
	if code != ExitClean || !strings.Contains(stdout, "ACME001  warning") {
		t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
}
