package terraform_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/loader/terraform"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// BenchmarkLoadOneFile loads one workload of the benchmark estate written
// as a single file (a Connect instance, its bucket, key, roles and a
// for_each call of a local module), as a pre-commit hook on one changed
// root would.
func BenchmarkLoadOneFile(b *testing.B) {
	file := oneWorkloadFile(b)
	for b.Loop() {
		env := model.New()
		for _, d := range terraform.Load(env, []string{file}, terraform.Options{}) {
			if d.Severity == source.Error {
				b.Fatal(d.Error())
			}
		}
		if len(env.Buckets) < 3 || len(env.ConnectInstances) != 1 {
			b.Fatalf("loaded %d buckets, %d instances", len(env.Buckets), len(env.ConnectInstances))
		}
	}
}

func oneWorkloadFile(b *testing.B) string {
	e, err := gen.Generate("terraform", 10, 1, 0)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	var names []string
	for name := range e.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	var text strings.Builder
	for _, name := range names {
		switch {
		case strings.HasPrefix(name, "workloads/"):
			text.WriteString(e.Files[name])
		case strings.HasPrefix(name, "modules/"):
			write(b, filepath.Join(dir, name), e.Files[name])
		}
	}
	file := filepath.Join(dir, "workloads", "cc0000", "main.tf")
	write(b, file, text.String())
	return file
}

func write(b *testing.B, path, text string) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
}
