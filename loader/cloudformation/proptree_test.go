package cloudformation

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

// recordAll is the table propertyTree replaces: an entry per part, the
// later of repeated paths winning.
func recordAll(into map[string]source.Range, path string, v *source.Node) {
	switch v.Kind {
	case source.Object:
		for _, f := range v.Fields {
			p := path + "." + f.Key
			into[p] = fieldRange(f.KeyRange, f.Value.Range)
			if within(f.Value.Range, f.KeyRange.Start.Byte, v.Range) {
				recordAll(into, p, f.Value)
			}
		}
	case source.Array:
		for i, item := range v.Items {
			p := path + "[" + strconv.Itoa(i) + "]"
			into[p] = item.Range
			if within(item.Range, v.Range.Start.Byte, v.Range) {
				recordAll(into, p, item)
			}
		}
	}
}

// TestPropertyTreeIsTheTable checks, on every fixture template, the
// generated estate and hand-made trees, that the tree locates each path
// the table held, where the table held it, and refuses paths it did not.
func TestPropertyTreeIsTheTable(t *testing.T) {
	t.Parallel()
	for name, props := range propertySamples(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			table := map[string]source.Range{}
			recordAll(table, "", props)
			tree := propertyTree{props}
			for path, want := range table {
				got, ok := tree.Range(path)
				if diff := cmp.Diff(want, got); !ok || diff != "" {
					t.Errorf("%s: found %v (-table +tree):\n%s", path, ok, diff)
				}
				for _, absent := range []string{path + ".Absent", path + "[99]", path + "[01]", path + "[+1]", path + "[", path + "x"} {
					if _, held := table[absent]; !held {
						if r, ok := tree.Range(absent); ok {
							t.Errorf("%s is located at %v; the table had no entry", absent, r)
						}
					}
				}
			}
		})
	}
}

// propertySamples are evaluated properties keyed by where they come from.
func propertySamples(t *testing.T) map[string]*source.Node {
	t.Helper()
	out := map[string]*source.Node{
		"repeated keys and dotted keys": parseNode(t, `{"a": {"b": 1}, "a.b": 2, "a": [3, {"c": 4}], "": 5}`),
		"dotted key before its split":   parseNode(t, `{"a.b": 1, "a": {"b": 2}}`),
	}
	files, _ := filepath.Glob("../../fixtures/*/cloudformation/*/*.*")
	more, _ := filepath.Glob("../../fixtures/cloudformation/*/*/*.*")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil || !Detect(data) {
			continue
		}
		collectProperties(t, f, data, out)
	}
	e, err := gen.Generate("cloudformation", 10, 1, 0.03)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := e.Write(dir); err != nil {
		t.Fatal(err)
	}
	files, _ = filepath.Glob(filepath.Join(dir, "*", "*.*"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		collectProperties(t, f, data, out)
	}
	if len(out) < 50 {
		t.Fatalf("only %d samples: the fixture globs no longer match", len(out))
	}
	return out
}

// collectProperties builds a template and keeps each resource's tree.
func collectProperties(t *testing.T, file string, data []byte, into map[string]*source.Node) {
	t.Helper()
	env := model.New()
	_, b := stage(env, file, data, Options{})
	if b == nil {
		return
	}
	for _, r := range b.t.order {
		into[r.address] = b.e.properties(r)
	}
}

func parseNode(t *testing.T, text string) *source.Node {
	t.Helper()
	n, d := source.ParseJSON("sample.json", []byte(text), source.Pos{})
	if d != nil {
		t.Fatal(d)
	}
	return n
}
