package cloudformation_test

import (
	"testing"

	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/loader/cloudformation"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// BenchmarkLoadOneTemplate loads one workload stack of the benchmark
// estate: a Connect instance with storage configs and a contact flow, its
// recordings and archive buckets, KMS key, roles and policies.
func BenchmarkLoadOneTemplate(b *testing.B) {
	e, err := gen.Generate("cloudformation", 2, 1, 0)
	if err != nil {
		b.Fatal(err)
	}
	data := []byte(e.Files["stacks/cc0000/recordings.yaml"])
	if len(data) == 0 {
		b.Fatal("the estate has no stack cc0000")
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		env := model.New()
		for _, d := range cloudformation.Load(env, "recordings.yaml", data, cloudformation.Options{}) {
			if d.Severity == source.Error {
				b.Fatal(d.Error())
			}
		}
		if len(env.Buckets) < 3 || len(env.ConnectInstances) != 1 {
			b.Fatalf("loaded %d buckets, %d instances", len(env.Buckets), len(env.ConnectInstances))
		}
	}
}
