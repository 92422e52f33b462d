package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"

	"github.com/denylint/denylint/config"
)

// readmeBlock returns the first fenced block of the README whose first
// line starts with head.
func readmeBlock(t *testing.T, lang, head string) string {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```" + lang + "\n(.*?)```")
	for _, m := range re.FindAllStringSubmatch(string(data), -1) {
		if strings.HasPrefix(m[1], head) {
			return m[1]
		}
	}
	t.Fatalf("README has no %s block starting with %q", lang, head)
	return ""
}

// TestReadmeSnippets keeps the integration snippets of the README true:
// each is parsed or run the way a user would paste it.
func TestReadmeSnippets(t *testing.T) {
	t.Parallel()
	t.Run("config file", func(t *testing.T) {
		t.Parallel()
		if _, diags := config.Parse(".denylint.yaml", []byte(readmeBlock(t, "yaml", "# .denylint.yaml"))); len(diags) > 0 {
			t.Errorf("the README's config does not parse: %v", diags)
		}
	})
	t.Run("bad config", func(t *testing.T) {
		t.Parallel()
		block := readmeBlock(t, "text", "$ cat .denylint.yaml")
		cfg, rest, _ := strings.Cut(strings.TrimPrefix(block, "$ cat .denylint.yaml\n"), "$ denylint infra\n")
		dir := repoWith(t, cfg)
		wd := mustWD(t)
		_, _, stderr := run(t, "--config", filepath.Join(dir, config.FileName), dir)
		rel, err := filepath.Rel(wd, filepath.Join(dir, config.FileName))
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Replace(rest, config.FileName, filepath.ToSlash(rel), 1); stderr != want {
			t.Errorf("stderr:\n%s\nREADME says:\n%s", stderr, want)
		}
	})
	t.Run("pre-commit", func(t *testing.T) {
		t.Parallel()
		var cfg struct {
			Repos []struct {
				Repo  string `yaml:"repo"`
				Hooks []struct {
					ID string `yaml:"id"`
				} `yaml:"hooks"`
			} `yaml:"repos"`
		}
		if err := yaml.Unmarshal([]byte(readmeBlock(t, "yaml", "# .pre-commit-config.yaml")), &cfg); err != nil {
			t.Fatal(err)
		}
		if len(cfg.Repos) != 1 || len(cfg.Repos[0].Hooks) != 1 || cfg.Repos[0].Hooks[0].ID != "denylint" {
			t.Errorf("pre-commit config: %+v", cfg)
		}
	})
	t.Run("workflow uses declared inputs", func(t *testing.T) {
		t.Parallel()
		var wf struct {
			Jobs map[string]struct {
				Steps []struct {
					Uses string            `yaml:"uses"`
					With map[string]string `yaml:"with"`
				} `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(readmeBlock(t, "yaml", "# .github/workflows/denylint.yml")), &wf); err != nil {
			t.Fatal(err)
		}
		var action struct {
			Inputs map[string]any `yaml:"inputs"`
		}
		data, err := os.ReadFile("../action.yml")
		if err != nil {
			t.Fatal(err)
		}
		if err := yaml.Unmarshal(data, &action); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, s := range wf.Jobs["denylint"].Steps {
			if !strings.HasPrefix(s.Uses, "denylint/denylint@") {
				continue
			}
			found = true
			for k := range s.With {
				if _, ok := action.Inputs[k]; !ok {
					t.Errorf("the README passes %s, which action.yml does not declare", k)
				}
			}
		}
		if !found {
			t.Error("the README's workflow does not use the action")
		}
	})
	t.Run("VS Code task uses the shipped matcher", func(t *testing.T) {
		t.Parallel()
		var tasks struct {
			Tasks []struct {
				Command        string         `json:"command"`
				ProblemMatcher map[string]any `json:"problemMatcher"`
			} `json:"tasks"`
		}
		if err := json.Unmarshal([]byte(readmeBlock(t, "json", "{\n  \"version\": \"2.0.0\"")), &tasks); err != nil {
			t.Fatal(err)
		}
		var shipped map[string]any
		data, err := os.ReadFile("../editors/vscode/problem-matcher.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &shipped); err != nil {
			t.Fatal(err)
		}
		delete(shipped, "name") // a name is for matchers an extension contributes
		if diff := cmp.Diff(shipped, tasks.Tasks[0].ProblemMatcher); diff != "" {
			t.Errorf("README matcher (-shipped +README):\n%s", diff)
		}
		fs, _ := newLintFlags(nil)
		if _, err := parseInterspersed(fs, strings.Fields(tasks.Tasks[0].Command)[1:]); err != nil {
			t.Errorf("task command: %v", err)
		}
	})
}
