package gen

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/rules"
	"github.com/denylint/denylint/source"
)

// TestPlantedMistakesAreFound loads generated estates through the real
// loaders and rules: nothing may fail to load, a clean estate has no
// finding, and each planted mistake is found in exactly the workloads
// that carry it.
func TestPlantedMistakesAreFound(t *testing.T) {
	t.Parallel()
	engine, err := rules.New(context.Background(), denylint.Rego())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		format string
		files  int
		rate   float64
	}{
		{name: "terraform clean", format: "terraform", files: 30, rate: 0},
		{name: "terraform mistakes", format: "terraform", files: 60, rate: 0.2},
		{name: "cloudformation clean", format: "cloudformation", files: 12, rate: 0},
		{name: "cloudformation mistakes", format: "cloudformation", files: 30, rate: 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, err := Generate(tt.format, tt.files, 7, tt.rate)
			if err != nil {
				t.Fatal(err)
			}
			if len(e.Files) != tt.files {
				t.Errorf("wrote %d files, want %d", len(e.Files), tt.files)
			}
			if !slices.ContainsFunc(e.plan.workloads, func(w workload) bool { return w.endpoint }) {
				t.Fatal("no workload has a VPC endpoint: pick a seed that covers endpoint paths")
			}
			dir := t.TempDir()
			if err := e.Write(dir); err != nil {
				t.Fatal(err)
			}
			got := findWorkloads(t, engine, dir)
			want := plantedWorkloads(e.plan)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("workloads by rule (-planted +found):\n%s", diff)
			}
		})
	}
}

var workloadName = regexp.MustCompile(`cc\d{4}`)

// findWorkloads runs the rules and names, per rule, the workloads whose
// files the findings point at.
func findWorkloads(t *testing.T, engine *rules.Engine, dir string) map[string][]string {
	t.Helper()
	res, err := loader.Load([]string{dir}, loader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == source.Error {
			t.Errorf("diagnostic: %s: %s: %s", d.Range, d.Summary, d.Detail)
		}
	}
	fs, err := engine.Run(context.Background(), res.Env)
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]map[string]bool{}
	for _, f := range fs {
		if f.Severity == source.Note {
			// Hardening notes (audit trails and the like) are not the
			// mistakes the generator plants.
			continue
		}
		rel, _ := filepath.Rel(dir, f.Location.Path)
		w := workloadName.FindString(rel)
		if sets[f.RuleID] == nil {
			sets[f.RuleID] = map[string]bool{}
		}
		sets[f.RuleID][w] = true
	}
	out := map[string][]string{}
	for id, s := range sets {
		out[id] = slices.Sorted(maps.Keys(s))
	}
	return out
}

// plantedWorkloads is what the rules should find: the bucket policy's
// Deny defeats a grant (DL001); a key policy without the account root
// refuses readers (DL002) and Connect's grant (DL003); a flow that never
// records (DL011).
func plantedWorkloads(p *plan) map[string][]string {
	out := map[string][]string{}
	for _, w := range p.workloads {
		switch w.mistake {
		case bucketDeniesReader:
			out["DL001"] = append(out["DL001"], w.name)
		case keyWithoutRoot:
			out["DL002"] = append(out["DL002"], w.name)
			out["DL003"] = append(out["DL003"], w.name)
		case flowWithoutRecording:
			out["DL011"] = append(out["DL011"], w.name)
		}
	}
	return out
}

func TestSameSeedSameEstate(t *testing.T) {
	t.Parallel()
	for _, format := range []string{"terraform", "cloudformation"} {
		a, err := Generate(format, 40, 3, 0.1)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Generate(format, 40, 3, 0.1)
		c, _ := Generate(format, 40, 4, 0.1)
		if diff := cmp.Diff(a.Files, b.Files); diff != "" {
			t.Errorf("%s: same seed, different files:\n%s", format, diff)
		}
		if cmp.Equal(a.Files, c.Files) {
			t.Errorf("%s: different seeds wrote the same files", format)
		}
	}
}

func TestWriteAllRefusesAFullFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.tf"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := (&Estate{Files: map[string]string{"a.tf": ""}}).Write(dir); err == nil {
		t.Error("wrote into a folder that was not empty")
	}
}
