package loader

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

// TestParallelLoadIsSequentialLoad loads each CloudFormation fixture
// folder, the plan fixtures, a generated estate and all fixtures at once,
// with one worker (each file staged and joined before the next is read)
// and with four (staged on every core, joined in file order): the
// estates, their source tables and the diagnostics must be the same.
// That staging and joining equals loading in place is FuzzLoadTemplate's.
func TestParallelLoadIsSequentialLoad(t *testing.T) {
	t.Parallel()
	cases := map[string][]string{}
	var all []string
	for _, pattern := range []string{"../fixtures/*/cloudformation/*", "../fixtures/cloudformation/*",
		"../fixtures/mixed", "../examples/connect-recordings-cfn", "../fixtures/hostile", "../fixtures/terraform/plan*"} {
		dirs, err := filepath.Glob(pattern)
		if err != nil || len(dirs) == 0 {
			t.Fatalf("no fixtures match %s: %v", pattern, err)
		}
		for _, d := range dirs {
			cases[d] = []string{d}
		}
		all = append(all, dirs...)
	}
	cases["all fixtures together"] = all
	cases["generated estate"] = []string{generated(t)}
	for name, paths := range cases {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			want, got := loadWith(t, paths, 1), loadWith(t, paths, 4)
			if diff := cmp.Diff(want.diags, got.diags); diff != "" {
				t.Errorf("diagnostics (-sequential +parallel):\n%s", diff)
			}
			if diff := cmp.Diff(want.env, got.env); diff != "" {
				t.Errorf("estate (-sequential +parallel):\n%s", diff)
			}
			if !want.sources.Equal(got.sources) {
				t.Error("source tables differ")
			}
			if want.files != got.files {
				t.Errorf("files = %d in parallel, %d in sequence", got.files, want.files)
			}
		})
	}
}

// loaded is a load in comparable form.
type loaded struct {
	env     string // the Rego input and the ignores, as JSON
	sources *model.Sources
	diags   []source.Diagnostic
	files   int
}

func loadWith(t *testing.T, paths []string, workers int) loaded {
	t.Helper()
	res, err := load(paths, Options{}, workers)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.MarshalIndent(struct {
		Env     *model.Env
		Ignores []*model.Ignore
	}{res.Env, res.Env.Ignores}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return loaded{env: string(out), sources: res.Env.Sources, diags: res.Diagnostics, files: res.Files}
}

func generated(t *testing.T) string {
	t.Helper()
	e, err := gen.Generate("cloudformation", 100, 1, 0.03)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := e.Write(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}
