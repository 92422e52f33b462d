package cli

import (
	"context"
	"fmt"
	"io"
	"os"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/rules"
	"io/fs"
)

// runRego runs `denylint rego test [DIR...]`: the Rego tests of the
// embedded rules, or of the given folders, with denylint's builtins
// declared (a stock opa does not know them).
func runRego(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "test" {
		fmt.Fprintln(stderr, "usage: denylint rego test [DIR...]")
		return ExitError
	}
	bundles := []fs.FS{denylint.Rego()}
	if dirs := args[1:]; len(dirs) > 0 {
		bundles = bundles[:0]
		for _, d := range dirs {
			bundles = append(bundles, os.DirFS(d))
		}
	}
	results, err := rules.RunRegoTests(ctx, bundles...)
	if err != nil {
		fmt.Fprintf(stderr, "denylint: %v\n", err)
		return ExitError
	}
	failed := 0
	for _, r := range results {
		if !r.Passed {
			failed++
			fmt.Fprintf(stdout, "FAIL %s.%s: %s\n", r.Package, r.Name, r.Detail)
		}
	}
	fmt.Fprintf(stdout, "rego: %d passed, %d failed\n", len(results)-failed, failed)
	if failed > 0 {
		return ExitFindings
	}
	return ExitClean
}
