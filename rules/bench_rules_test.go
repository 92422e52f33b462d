package rules

import (
	"context"
	iofs "io/fs"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/bench/estate/gen"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/model"
)

// BenchmarkEachRule evaluates every rule package on its own over a
// generated estate of DENYLINT_BENCH_FILES files (200 by default) in
// DENYLINT_BENCH_FORMAT (terraform by default, or cloudformation), to find the rule whose cost grows faster than the estate.
// Intents are decided once beforehand, as in a run, so what is measured
// is each rule's own evaluation.
func BenchmarkEachRule(b *testing.B) {
	env := benchRulesEstate(b)
	modules, err := parseBundles([]iofs.FS{denylint.Rego()}, false)
	if err != nil {
		b.Fatal(err)
	}
	input, err := toTerm(env)
	if err != nil {
		b.Fatal(err)
	}
	for _, pkg := range rulePackages(modules) {
		b.Run(strings.TrimPrefix(pkg, "data.rules.aws."), func(b *testing.B) {
			opts := []func(*rego.Rego){rego.Query(pkg + ".deny"), rego.SetRegoVersion(ast.RegoV1), rego.Capabilities(capabilities())}
			for _, m := range modules {
				opts = append(opts, rego.ParsedModule(m))
			}
			for _, bi := range Builtins() {
				opts = append(opts, bi.Option)
			}
			q, err := rego.New(opts...).PrepareForEval(context.Background())
			if err != nil {
				b.Fatal(err)
			}
			// Intents are listed and decided before the clock runs, as
			// Engine.Run does before OPA evaluates: what is left is the
			// rule's own cost.
			est := newEstate(access.NewIndex(env))
			est.prepare(context.Background(), runtime.GOMAXPROCS(0))
			ctx := withEstate(context.Background(), est)
			for b.Loop() {
				if _, err := q.Eval(ctx, rego.EvalParsedInput(input.Value)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func rulePackages(modules map[string]*ast.Module) []string {
	var out []string
	for _, m := range modules {
		if strings.HasPrefix(m.Package.Path.String(), "data.rules.") {
			out = append(out, m.Package.Path.String())
		}
	}
	sort.Strings(out)
	return out
}

func benchRulesEstate(b *testing.B) *model.Env {
	n := 200
	if s := os.Getenv("DENYLINT_BENCH_FILES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		n = v
	}
	format := "terraform"
	if f := os.Getenv("DENYLINT_BENCH_FORMAT"); f != "" {
		format = f
	}
	e, err := gen.Generate(format, n, 1, 0.03)
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
	return res.Env
}
