package rules

import (
	"context"
	"fmt"
	"io/fs"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego test.
type TestResult struct {
	Package string
	Name    string
	Passed  bool
	// Detail is the error or the failure's location.
	Detail string
}

// RunRegoTests runs the *_test.rego files of the bundles with denylint's
// builtins declared, as `opa test` would with them.
func RunRegoTests(ctx context.Context, bundles ...fs.FS) ([]TestResult, error) {
	modules, err := parseBundles(bundles, true)
	if err != nil {
		return nil, err
	}
	var custom []*tester.Builtin
	for _, b := range Builtins() {
		custom = append(custom, &tester.Builtin{Decl: b.astBuiltin(), Func: b.Option})
	}
	ch, err := tester.NewRunner().
		SetModules(modules).
		AddCustomBuiltins(custom).
		SetDefaultRegoVersion(ast.RegoV1).
		RaiseBuiltinErrors(true).
		RunTests(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("run rego tests: %w", err)
	}
	var out []TestResult
	for r := range ch {
		tr := TestResult{Package: r.Package, Name: r.Name, Passed: r.Pass()}
		switch {
		case r.Error != nil:
			tr.Detail = r.Error.Error()
		case r.Fail:
			tr.Detail = fmt.Sprintf("%s: test failed", r.Location)
		}
		out = append(out, tr)
	}
	return out, nil
}
