package terraform

import (
	"encoding/json"
	"io/fs"
	"path/filepath"
	"reflect"
	"sort"
	"testing"

	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

// loaded is everything a load produces, Sources included.
type loaded struct {
	Env   *model.Env
	Diags []source.Diagnostic
}

// checkSameInParallel loads paths with one worker and with four, and
// fails on any difference in the estate (its JSON and, through cmp, every
// unexported table such as Sources) or in the diagnostics and their order.
// It returns what one worker loaded.
func checkSameInParallel(t *testing.T, paths []string, opts Options) loaded {
	t.Helper()
	var got [2]loaded
	for i, workers := range []int{1, 4} {
		env := model.New()
		got[i] = loaded{env, load(env, paths, opts, workers)}
	}
	seq, par := got[0], got[1]
	js, _ := json.Marshal(seq.Env)
	jp, _ := json.Marshal(par.Env)
	if string(js) != string(jp) {
		t.Errorf("estate JSON differs between 1 and 4 workers")
	}
	all := cmp.Exporter(func(reflect.Type) bool { return true })
	if diff := cmp.Diff(seq, par, all); diff != "" {
		t.Errorf("1 worker (-) and 4 workers (+) differ:\n%s", diff)
	}
	return seq
}

// checkLoaded fails when a load found nothing, which any two loads agree on.
func checkLoaded(t *testing.T, l loaded) {
	t.Helper()
	if len(l.Env.Buckets)+len(l.Env.Principals)+len(l.Diags) == 0 {
		t.Error("nothing loaded: the comparison proves nothing")
	}
}

func TestParallelFixturesLoadAsSequential(t *testing.T) {
	t.Parallel()
	var dirs []string
	for _, pat := range []string{"fixtures/*/terraform/*", "fixtures/terraform/*", "fixtures/mixed", "fixtures/hostile/*", "examples/connect-recordings"} {
		m, err := filepath.Glob(filepath.Join("..", "..", pat))
		if err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, m...)
	}
	// Everything at once: dozens of roots, several calling the same modules.
	dirs = append(dirs, filepath.Join("..", "..", "fixtures"))
	n := 0
	for _, dir := range dirs {
		paths := terraformFiles(t, dir)
		if len(paths) == 0 {
			continue
		}
		n++
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			checkLoaded(t, checkSameInParallel(t, paths, Options{}))
		})
	}
	if n < 40 {
		t.Fatalf("found %d Terraform fixture folders; the glob patterns are stale", n)
	}
}

func TestParallelEstateLoadsAsSequential(t *testing.T) {
	t.Parallel()
	e, err := gen.Generate("terraform", 200, 1, 0.03)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := e.Write(dir); err != nil {
		t.Fatal(err)
	}
	checkLoaded(t, checkSameInParallel(t, terraformFiles(t, dir), Options{}))
}

// terraformFiles lists the Terraform files under dir, as the CLI would
// give them, leaving out what terraform init installed.
func terraformFiles(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case e.IsDir() && e.Name() == ".terraform":
			return filepath.SkipDir
		case !e.IsDir() && kindOf(p) != kindNone:
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}
