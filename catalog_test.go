package denylint_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/open-policy-agent/opa/v1/ast"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/rules"
)

// ruleFile is one rule of the bundle with what the catalog test checks.
type ruleFile struct {
	path string // inside rego/
	pkg  string
	rule finding.Rule
}

func ruleFiles(t *testing.T) []ruleFile {
	t.Helper()
	engine, err := rules.New(context.Background(), denylint.Rego())
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]finding.Rule{}
	for _, r := range engine.Catalog() {
		byID[r.ID] = r
	}
	var out []ruleFile
	err = fs.WalkDir(denylint.Rego(), "rules", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") || strings.HasSuffix(p, "_test.rego") {
			return err
		}
		src, err := fs.ReadFile(denylint.Rego(), p)
		if err != nil {
			return err
		}
		m, err := ast.ParseModuleWithOpts(p, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			return err
		}
		rf := ruleFile{path: p, pkg: strings.TrimPrefix(m.Package.Path.String(), "data.")}
		for _, a := range m.Annotations {
			if id, ok := a.Custom["id"].(string); ok && a.Scope == "package" {
				rf.rule = byID[id]
			}
		}
		out = append(out, rf)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCatalog keeps the rule catalog honest: every rule file is a rule with
// complete metadata, its package is its path, it has Rego tests, and it has
// passing and failing fixtures in both input formats.
func TestCatalog(t *testing.T) {
	t.Parallel()
	for _, rf := range ruleFiles(t) {
		t.Run(rf.path, func(t *testing.T) {
			t.Parallel()
			wantPkg := strings.ReplaceAll(strings.TrimSuffix(rf.path, ".rego"), "/", ".")
			if rf.pkg != wantPkg {
				t.Errorf("package %s, want %s (package = path)", rf.pkg, wantPkg)
			}
			if rf.rule.ID == "" {
				t.Fatal("no METADATA with custom.id at package scope")
			}
			if !strings.HasPrefix(rf.rule.Title, strings.ToUpper(rf.rule.Title[:1])) || strings.HasSuffix(rf.rule.Title, ".") {
				t.Errorf("title %q: sentence case, no final period", rf.rule.Title)
			}
			if !validRootCauses[rf.rule.RootCause] {
				t.Errorf("root_cause %q is not in DESIGN.md's vocabulary", rf.rule.RootCause)
			}
			if len(rf.rule.Related) == 0 {
				t.Error("no related_resources: link the AWS documentation the rule follows")
			}
			testFile := strings.TrimSuffix(rf.path, ".rego") + "_test.rego"
			if _, err := fs.Stat(denylint.Rego(), testFile); err != nil {
				t.Errorf("no Rego tests: %s", testFile)
			}
			for _, dir := range []string{"terraform/pass", "terraform/fail", "cloudformation/pass", "cloudformation/fail"} {
				p := filepath.Join("fixtures", rf.rule.ID, dir)
				if entries, err := os.ReadDir(p); err != nil || len(entries) == 0 {
					t.Errorf("no fixture in %s", p)
				}
			}
		})
	}
}

var validRootCauses = map[string]bool{
	"identity_policy": true, "bucket_policy": true, "block_public_access": true, "connect_service_role": true,
	"kms_key_policy": true, "object_ownership": true, "recording_disabled": true, "scp": true, "rcp": true,
	"vpc_endpoint_policy": true, "permissions_boundary": true, "session_policy": true, "region_endpoint": true,
	"object_lock": true, "requester_pays": true, "policy_syntax": true,
}

// TestRuleDocs regenerates docs/rules from the rules' metadata and their
// fixtures; the checked-in pages must be identical (go test . -update).
func TestRuleDocs(t *testing.T) {
	t.Parallel()
	files := ruleFiles(t)
	pages := map[string]string{"README.md": docsIndex(files)}
	for _, rf := range files {
		pages[rf.rule.ID+".md"] = docsPage(t, rf)
	}
	if *update {
		if err := os.MkdirAll("docs/rules", 0o755); err != nil {
			t.Fatal(err)
		}
		for name, body := range pages {
			if err := os.WriteFile(filepath.Join("docs", "rules", name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	existing, _ := filepath.Glob("docs/rules/*.md")
	for _, p := range existing {
		if _, ok := pages[filepath.Base(p)]; !ok {
			t.Errorf("%s documents no rule; remove it", p)
		}
	}
	for name, want := range pages {
		got, err := os.ReadFile(filepath.Join("docs", "rules", name))
		if err != nil {
			t.Errorf("%v (run go test . -update)", err)
			continue
		}
		if diff := cmp.Diff(want, string(got)); diff != "" {
			t.Errorf("docs/rules/%s is stale (run go test . -update):\n%s", name, diff)
		}
	}
}

func docsIndex(files []ruleFile) string {
	sort.Slice(files, func(i, j int) bool { return files[i].rule.ID < files[j].rule.ID })
	var b bytes.Buffer
	b.WriteString("# denylint rules\n\nGenerated from the rules' metadata by `go test . -update`; do not edit.\n\n")
	b.WriteString("| ID | Severity | Root cause | Title |\n|---|---|---|---|\n")
	for _, rf := range files {
		r := rf.rule
		fmt.Fprintf(&b, "| [%s](%s.md) | %s | `%s` | %s |\n", r.ID, r.ID, r.Severity, r.RootCause, r.Title)
	}
	return b.String()
}

func docsPage(t *testing.T, rf ruleFile) string {
	r := rf.rule
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s: %s\n\n", r.ID, r.Title)
	b.WriteString("<!-- Generated from the rule's metadata and fixtures by `go test . -update`; do not edit. -->\n\n")
	fmt.Fprintf(&b, "| Severity | Root cause | Rule |\n|---|---|---|\n| %s | `%s` | [`%s`](../../rego/%s) |\n\n", r.Severity, r.RootCause, rf.pkg, rf.path)
	fmt.Fprintf(&b, "%s\n\n## Fix\n\n%s\n", r.Description, r.Remediation)
	for _, format := range []string{"terraform", "cloudformation"} {
		fmt.Fprintf(&b, "\n## %s\n", map[string]string{"terraform": "Terraform", "cloudformation": "CloudFormation"}[format])
		for _, kind := range []string{"fail", "pass"} {
			heading := map[string]string{"fail": "Refused", "pass": "Works"}[kind]
			fmt.Fprintf(&b, "\n### %s\n", heading)
			b.WriteString(fixtureListing(t, filepath.Join("fixtures", r.ID, format, kind)))
		}
	}
	if len(r.Related) > 0 {
		b.WriteString("\n## AWS documentation\n\n")
		for _, u := range r.Related {
			fmt.Fprintf(&b, "- <%s>\n", u)
		}
	}
	return b.String()
}

// fixtureListing shows a fixture folder's files as fenced code blocks.
func fixtureListing(t *testing.T, dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "\n_No fixture yet._\n"
	}
	var b bytes.Buffer
	for _, e := range entries {
		name := e.Name()
		lang := map[string]string{".tf": "hcl", ".yaml": "yaml", ".yml": "yaml", ".json": "json"}[path.Ext(name)]
		if lang == "" || name == "golden.json" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "\n`%s`\n\n```%s\n%s```\n", name, lang, ensureNewline(string(data)))
	}
	return b.String()
}

func ensureNewline(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}
