package rules_test

import (
	"context"
	"testing"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/rules"
)

// TestRegoUnitTests runs every *_test.rego of the bundle, as `opa test`
// would with denylint's builtins.
func TestRegoUnitTests(t *testing.T) {
	t.Parallel()
	results, err := rules.RunRegoTests(context.Background(), denylint.Rego())
	if err != nil {
		t.Fatal(err)
	}
	if len(results) == 0 {
		t.Fatal("no Rego tests found")
	}
	for _, r := range results {
		if !r.Passed {
			t.Errorf("%s.%s: %s", r.Package, r.Name, r.Detail)
		}
	}
	t.Logf("%d Rego tests", len(results))
}
