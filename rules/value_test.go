package rules

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/loader"
)

// jsonValue is the Rego value of v through encoding/json, the reference
// valueOf must agree with.
func jsonValue(t *testing.T, v any) ast.Value {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	val, err := ast.ValueFromReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return val
}

func TestValueOfAgreesWithJSON(t *testing.T) {
	t.Parallel()
	type inner struct {
		A string `json:"a"`
		B *bool  `json:"b,omitempty"`
	}
	type Embedded struct {
		Shared string `json:"shared"`
		Deep   string `json:"deep,omitempty"`
	}
	type outer struct {
		Embedded
		Shared   string            `json:"shared"` // the shallower field wins
		Name     string            `json:"name,omitempty"`
		Count    int               `json:"count,omitempty"`
		Big      uint64            `json:"big"`
		Flag     bool              `json:"flag"`
		List     []string          `json:"list"`
		Empty    []string          `json:"empty,omitempty"`
		Nil      []inner           `json:"nil"`
		Items    []inner           `json:"items"`
		Ptr      *inner            `json:"ptr"`
		Map      map[string]*inner `json:"map"`
		Skipped  string            `json:"-"`
		NoTag    string
		private  string
		Iface    any            `json:"iface"`
		EmptyMap map[string]int `json:"empty_map,omitempty"`
	}
	yes := true
	tests := []struct {
		name string
		v    any
	}{
		{"zero", outer{}},
		{"full", outer{
			Embedded: Embedded{Shared: "deep", Deep: "d"}, Shared: "top", Name: "n", Count: -3, Big: 1 << 63, Flag: true,
			List: []string{"a", "\uE000tok\uE001"}, Empty: []string{}, Items: []inner{{A: "x", B: &yes}, {}},
			Ptr: &inner{A: "p"}, Map: map[string]*inner{"k": {A: "v"}, "nil": nil}, Skipped: "s", NoTag: "t", private: "p",
			Iface: []any{"s", true, nil}, EmptyMap: map[string]int{},
		}},
		{"nil pointer", (*outer)(nil)},
		{"string slice", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := valueOf(tt.v)
			if err != nil {
				t.Fatal(err)
			}
			if want := jsonValue(t, tt.v); ast.Compare(got, want) != 0 {
				t.Errorf("valueOf = %v\nJSON gives %v", got, want)
			}
		})
	}
}

func TestValueOfRefusesFloats(t *testing.T) {
	t.Parallel()
	if _, err := valueOf(struct{ F float64 }{1.5}); err == nil {
		t.Error("valueOf(float) succeeded; want an error, since its JSON form is not reproduced")
	}
}

// TestValueOfEstates compares the two routes on what rules really see:
// every fixture estate and a generated one in each format, the estate
// itself and the builtins' results.
func TestValueOfEstates(t *testing.T) {
	t.Parallel()
	dirs, err := filepath.Glob(filepath.Join("..", "fixtures", "*", "*", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"terraform", "cloudformation"} {
		e, err := gen.Generate(format, 30, 1, 0.1)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		if err := e.Write(dir); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, dir)
	}
	checked := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		checked++
		res, err := loader.Load([]string{dir}, loader.Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := access.NewIndex(res.Env)
		for name, v := range map[string]any{"env": res.Env, "buckets": x.BucketFacts(), "problems": x.PolicyProblems()} {
			got, err := valueOf(v)
			if err != nil {
				t.Fatalf("%s %s: %v", dir, name, err)
			}
			if want := jsonValue(t, v); ast.Compare(got, want) != 0 {
				t.Errorf("%s: %s differs from its JSON form", dir, name)
			}
		}
	}
	if checked < 100 {
		t.Errorf("compared %d estates; the fixture glob should find over 100", checked)
	}
}
