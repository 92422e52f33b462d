package cli

import (
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// TestPreCommitHooks checks .pre-commit-hooks.yaml against what pre-commit
// requires of a hook and what denylint needs: the file patterns, the whole
// estate (no file names), and arguments the CLI accepts.
func TestPreCommitHooks(t *testing.T) {
	t.Parallel()
	var hooks []struct {
		ID            string   `yaml:"id"`
		Name          string   `yaml:"name"`
		Language      string   `yaml:"language"`
		Entry         string   `yaml:"entry"`
		Args          []string `yaml:"args"`
		Files         string   `yaml:"files"`
		PassFilenames *bool    `yaml:"pass_filenames"`
		// Keys pre-commit knows that need no check here; listing them lets
		// KnownFields catch a misspelt key.
		Description   string `yaml:"description"`
		RequireSerial bool   `yaml:"require_serial"`
		MinVersion    string `yaml:"minimum_pre_commit_version"`
	}
	readYAML(t, "../.pre-commit-hooks.yaml", &hooks)
	if len(hooks) != 1 {
		t.Fatalf("%d hooks, want 1", len(hooks))
	}
	h := hooks[0]
	got := []string{h.ID, h.Language, h.Entry}
	if diff := cmp.Diff([]string{"denylint", "golang", "denylint"}, got); diff != "" || h.Name == "" {
		t.Errorf("id, language, entry (-want +got):\n%s", diff)
	}
	if h.PassFilenames == nil || *h.PassFilenames {
		t.Error("pass_filenames must be false: denylint lints the whole estate")
	}
	files := regexp.MustCompile(h.Files)
	for name, want := range map[string]bool{
		"main.tf": true, "prod.tfvars": true, "a/template.yaml": true, "b.yml": true, "cdk.out/x.template.json": true,
		"main.go": false, "README.md": false, "tf": false,
	} {
		if files.MatchString(name) != want {
			t.Errorf("files %q matches %s: %v, want %v", h.Files, name, !want, want)
		}
	}
	fs, _ := newLintFlags(io.Discard)
	if _, err := parseInterspersed(fs, h.Args); err != nil {
		t.Errorf("hook args %v: %v", h.Args, err)
	}
}

// TestAction checks action.yml: a composite action whose steps declare a
// shell, whose expressions name only declared inputs and step ids, and
// which writes SARIF and uploads it.
func TestAction(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Name        string `yaml:"name"`
		Description string `yaml:"description"`
		Inputs      map[string]struct {
			Description string `yaml:"description"`
		} `yaml:"inputs"`
		Runs struct {
			Using string `yaml:"using"`
			Steps []struct {
				ID    string `yaml:"id"`
				Uses  string `yaml:"uses"`
				Run   string `yaml:"run"`
				Shell string `yaml:"shell"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if a.Name == "" || a.Description == "" || a.Runs.Using != "composite" {
		t.Errorf("name %q, description %q, runs.using %q", a.Name, a.Description, a.Runs.Using)
	}
	for _, in := range []string{"paths", "severity-threshold", "args"} {
		if a.Inputs[in].Description == "" {
			t.Errorf("input %s missing or undescribed", in)
		}
	}
	ids := map[string]bool{}
	var uses []string
	for i, s := range a.Runs.Steps {
		if (s.Run == "") == (s.Uses == "") {
			t.Errorf("step %d needs exactly one of run and uses", i)
		}
		if s.Run != "" && s.Shell == "" {
			t.Errorf("step %d runs a script without shell: (composite actions require it)", i)
		}
		if s.ID != "" {
			ids[s.ID] = true
		}
		if s.Uses != "" {
			uses = append(uses, s.Uses[:strings.Index(s.Uses+"@", "@")])
		}
	}
	sort.Strings(uses)
	if diff := cmp.Diff([]string{"actions/setup-go", "github/codeql-action/upload-sarif"}, uses); diff != "" {
		t.Errorf("actions used (-want +got):\n%s", diff)
	}
	for _, m := range regexp.MustCompile(`inputs\.([a-z0-9-]+)`).FindAllStringSubmatch(string(data), -1) {
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("expression names undeclared input %s", m[1])
		}
	}
	for _, m := range regexp.MustCompile(`steps\.([a-z0-9-]+)\.`).FindAllStringSubmatch(string(data), -1) {
		if !ids[m[1]] {
			t.Errorf("expression names unknown step %s", m[1])
		}
	}
	if !strings.Contains(string(data), `--format sarif --output "$SARIF"`) {
		t.Error("the action does not write SARIF")
	}
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
