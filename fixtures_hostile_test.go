package denylint_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/denylint/denylint/cli"
)

// hostileTree copies fixtures/hostile (symbolic links as links) into a
// temporary folder and adds the 10 MB policy document, too big to keep in
// the repository.
func hostileTree(tb testing.TB) string {
	tb.Helper()
	dst := tb.TempDir()
	err := filepath.WalkDir("fixtures/hostile", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("fixtures/hostile", p)
		to := filepath.Join(dst, rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(target, to)
		case d.IsDir():
			return os.MkdirAll(to, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	policy := append([]byte(`{"Version": "2012-10-17", "Statement": [`), bytes.Repeat([]byte(`{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},`), 10<<20/60)...)
	policy = append(policy[:len(policy)-1], "]}"...)
	if err := os.WriteFile(filepath.Join(dst, "big-policy", "policy.json"), policy, 0o644); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// TestHostileDirectory lints fixtures/hostile through the real command
// line: every hostile input is a located diagnostic, nothing crashes, and
// the ordinary configuration beside them still has its findings.
// BenchmarkHostileDirectory measures how long it takes.
func TestHostileDirectory(t *testing.T) {
	t.Parallel()
	dir := hostileTree(t)
	var stdout, stderr bytes.Buffer
	code := cli.Main(context.Background(), []string{"--no-config", "--format", "json", dir}, nil, &stdout, &stderr)
	if code != cli.ExitError {
		t.Errorf("exit code %d, want %d (files that could not be read)", code, cli.ExitError)
	}
	want := []string{
		`alias-bomb\.yaml:2:19: error: template too large to evaluate`,
		`nested-modules(/m){32}/main\.tf:1:1: error: modules nested too deeply`,
		`big-policy/main\.tf:3:12: warning: .*"file" failed: .*policy\.json is \d{8} bytes, more than the 4194304 denylint reads`,
		`symlink-loop:1:1: warning: symbolic link loop`,
		`invalid-utf8/main\.tf:2:16: error: Invalid character encoding`,
		`invalid-utf8/template\.yaml:5:1: error: template is not valid YAML or JSON: incomplete UTF-8 octet sequence`,
		`cyclic-local/main\.tf:2:3: error: dependency cycle: local\.a depends on itself`,
		`deep-expression/main\.tf:2:509: error: expression nested too deeply`,
	}
	for _, w := range want {
		if !regexp.MustCompile(`(?m)^\S*` + w).Match(stderr.Bytes()) {
			t.Errorf("no diagnostic matching %q in:\n%s", w, stderr.String())
		}
	}
	var out struct {
		Findings []struct {
			RuleID   string `json:"rule_id"`
			Location struct {
				Path string `json:"path"`
			} `json:"location"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("JSON report: %v\n%s", err, stdout.String())
	}
	found := false
	for _, f := range out.Findings {
		found = found || f.RuleID == "DL001" && filepath.Base(filepath.Dir(f.Location.Path)) == "ordinary"
	}
	if !found {
		t.Errorf("the ordinary configuration's DL001 finding is missing: %+v", out.Findings)
	}
}

func BenchmarkHostileDirectory(b *testing.B) {
	dir := hostileTree(b)
	for b.Loop() {
		var stdout, stderr bytes.Buffer
		cli.Main(context.Background(), []string{"--no-config", "--format", "json", dir}, nil, &stdout, &stderr)
	}
}
