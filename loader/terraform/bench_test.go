package terraform

import (
	"testing"

	"github.com/denylint/denylint/bench/tfgen"
	"github.com/denylint/denylint/model"
)

// BenchmarkLoad2000 loads a generated estate of 2,000 resource files in
// one root module.
func BenchmarkLoad2000(b *testing.B) {
	paths, err := tfgen.Generate(b.TempDir(), 2000)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		env := model.New()
		if diags := Load(env, paths, Options{}); len(diags) > 0 {
			b.Fatal(diags[0].Error())
		}
		if len(env.Buckets) != 2000 || len(env.Principals) != 4000 {
			b.Fatalf("got %d buckets, %d principals", len(env.Buckets), len(env.Principals))
		}
	}
	b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "files/s")
}
