package denylint_test

import (
	"bufio"
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/config"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/report"
	"github.com/denylint/denylint/rules"
	"github.com/denylint/denylint/source"
)

var update = flag.Bool("update", false, "rewrite the golden files of the rule fixtures")

// wantMarker is how a fixture marks the line a finding must point at:
// "# want: DL001" (or "// want: DL001 DL002") at the end of that line.
var wantMarker = regexp.MustCompile(`(?:#|//)\s*want:\s*((?:DL\d{3}\s*)+)`)

// TestRuleFixtures runs every fixtures/<ID>/<format>/<pass|fail>/ folder
// through the real loaders and rules. A fail folder must produce exactly the
// findings its markers ask for, at their lines; a pass folder must produce
// no finding of its rule at the rule's severity. The JSON report of each folder is a golden file.
func TestRuleFixtures(t *testing.T) {
	t.Parallel()
	engine, err := rules.New(context.Background(), denylint.Rego())
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := filepath.Glob("fixtures/DL[0-9][0-9][0-9]/*/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no rule fixtures found (%v)", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.ToSlash(dir), func(t *testing.T) {
			t.Parallel()
			res := lintFixture(t, engine, dir)
			ruleID := strings.Split(filepath.ToSlash(dir), "/")[1]
			got := findingsOf(res, ruleID)
			want := wantedFindings(t, dir, ruleID)
			if filepath.Base(dir) == "pass" {
				want = nil
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s findings as path:line (-want +got):\n%s", ruleID, diff)
			}
			checkGolden(t, filepath.Join(dir, "golden.json"), res)
		})
	}
}

func lintFixture(t *testing.T, engine *rules.Engine, dir string) *finding.Result {
	t.Helper()
	loaded, err := loader.Load([]string{dir}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range loaded.Diagnostics {
		if d.Severity == "error" {
			t.Errorf("fixture does not load: %s", d.Error())
		}
	}
	// A fixture's .denylint.yaml declares expectations, as the CLI reads it.
	if cfgPath := filepath.Join(dir, ".denylint.yaml"); fileExists(cfgPath) {
		cfg, diags, err := config.Read(cfgPath)
		if err != nil || len(diags) > 0 {
			t.Fatalf("fixture config %s: %v %v", cfgPath, err, diags)
		}
		cfg.Apply(loaded.Env)
	}
	fs, err := engine.Run(context.Background(), loaded.Env)
	if err != nil {
		t.Fatal(err)
	}
	return &finding.Result{Findings: fs, Rules: engine.Catalog(), FilesScanned: loaded.Files}
}

// findingsOf lists the findings of one rule at its declared severity as
// path:line: an error rule's refusal that depends on unknowns drops to a
// warning and is not what a marker asks for, while a warning or note rule
// is checked at its own level.
func findingsOf(res *finding.Result, ruleID string) []string {
	level := source.Severity("error")
	for _, r := range res.Rules {
		if r.ID == ruleID {
			level = r.Severity
		}
	}
	var out []string
	for _, f := range res.Findings {
		if f.RuleID == ruleID && f.Severity == level {
			out = append(out, fmt.Sprintf("%s:%d", filepath.ToSlash(f.Location.Path), f.Location.StartLine))
		}
	}
	return uniqueSorted(out)
}

// wantedFindings reads the markers of every file in dir, and the sidecar
// FILE.want of files that cannot hold comments (JSON templates).
func wantedFindings(t *testing.T, dir, ruleID string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		path := filepath.ToSlash(filepath.Join(dir, e.Name()))
		if strings.HasSuffix(path, ".want") {
			out = append(out, sidecarWants(t, path, ruleID)...)
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for line := 1; sc.Scan(); line++ {
			if m := wantMarker.FindStringSubmatch(sc.Text()); len(m) > 1 && strings.Contains(m[1], ruleID) {
				out = append(out, fmt.Sprintf("%s:%d", path, line))
			}
		}
	}
	return uniqueSorted(out)
}

func sidecarWants(t *testing.T, path, ruleID string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	target := strings.TrimSuffix(path, ".want")
	var out []string
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 2 && fields[0] == ruleID {
			out = append(out, target+":"+fields[1])
		}
	}
	return out
}

func checkGolden(t *testing.T, path string, res *finding.Result) {
	t.Helper()
	json, _ := report.Lookup("json")
	var buf bytes.Buffer
	if err := json.Format(&buf, res, report.Options{}); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test . -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("%s is stale (-golden +got); run go test . -update if the change is intended:\n%s", path, diff)
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func uniqueSorted(in []string) []string {
	sort.Strings(in)
	var out []string
	for i, s := range in {
		if i == 0 || s != in[i-1] {
			out = append(out, s)
		}
	}
	return out
}
