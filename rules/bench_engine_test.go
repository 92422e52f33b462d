package rules_test

import (
	"context"
	"testing"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/rules"
	"github.com/denylint/denylint/source"
)

// BenchmarkEngineNew compiles the built-in rule set, once per process in
// the CLI.
func BenchmarkEngineNew(b *testing.B) {
	for b.Loop() {
		if _, err := rules.New(context.Background(), denylint.Rego()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEngineRun evaluates the rule set on a 200-file Terraform
// estate loaded once: indexing, the model handed to OPA, the intents and
// their decisions.
func BenchmarkEngineRun(b *testing.B) {
	e, err := gen.Generate("terraform", 200, 1, 0.03)
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
	ctx := context.Background()
	engine, err := rules.New(ctx, denylint.Rego())
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		fs, err := engine.Run(ctx, res.Env)
		if err != nil {
			b.Fatal(err)
		}
		n = len(fs)
	}
	if n == 0 {
		b.Fatal("no finding: the planted mistakes went unnoticed")
	}
	b.ReportMetric(float64(n), "findings")
}
