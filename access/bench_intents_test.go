package access_test

import (
	"testing"

	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// benchEstate loads a generated Terraform estate of n files once.
func benchEstate(b *testing.B, n int) *model.Env {
	e, err := gen.Generate("terraform", n, 1, 0.03)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := e.Write(dir); err != nil {
		b.Fatal(err)
	}
	res, err := loader.Load([]string{dir}, loader.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		if d.Severity == source.Error {
			b.Fatal(d.Error())
		}
	}
	return res.Env
}

// allIntents lists every kind of intent the rules ask for.
func allIntents(x *access.Index) []access.Intent {
	var out []access.Intent
	for _, f := range []func() []access.Intent{
		x.IdentityGrants, x.ConnectRecordings, x.Expectations, x.EndpointPaths,
		x.ReaderNeeds, x.ForeignWriters, x.RootLockouts, x.ForeignReaders,
	} {
		out = append(out, f()...)
	}
	return out
}

// BenchmarkIndexAndIntents indexes a 200-file estate and lists every
// intent, as one rule run does before deciding.
func BenchmarkIndexAndIntents(b *testing.B) {
	env := benchEstate(b, 200)
	n := 0
	for b.Loop() {
		n = len(allIntents(access.NewIndex(env)))
	}
	b.ReportMetric(float64(n), "intents")
}

// BenchmarkDecideIntents decides every intent of a 200-file estate.
func BenchmarkDecideIntents(b *testing.B) {
	env := benchEstate(b, 200)
	x := access.NewIndex(env)
	intents := allIntents(x)
	for b.Loop() {
		for _, it := range intents {
			x.Decide(it)
		}
	}
	b.ReportMetric(float64(len(intents)), "intents")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*max(1, len(intents))), "µs/decision")
}
