package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/format"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/rules"
)

const regoUsage = `usage:
  denylint rego test [DIR...]          run the Rego tests (default: the built-in rules)
  denylint rego check [DIR...]         compile the rules strictly with denylint's builtins
  denylint rego fmt [--check] [DIR...] format .rego files in place (default DIR: rego)
`

// runRego runs the Rego tooling with denylint's builtins declared, which a
// stock opa does not know.
func runRego(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, regoUsage)
		return ExitError
	}
	switch args[0] {
	case "test":
		return regoTest(ctx, bundlesOf(args[1:]), stdout, stderr)
	case "check":
		if _, err := rules.New(ctx, bundlesOf(args[1:])...); err != nil {
			fmt.Fprintf(stderr, "denylint: %v\n", err)
			return ExitFindings
		}
		fmt.Fprintln(stdout, "rego: rules compile")
		return ExitClean
	case "fmt":
		return regoFmt(args[1:], stdout, stderr)
	}
	fmt.Fprint(stderr, regoUsage)
	return ExitError
}

func bundlesOf(dirs []string) []fs.FS {
	if len(dirs) == 0 {
		return []fs.FS{denylint.Rego()}
	}
	out := make([]fs.FS, 0, len(dirs))
	for _, d := range dirs {
		out = append(out, os.DirFS(d))
	}
	return out
}

func regoTest(ctx context.Context, bundles []fs.FS, stdout, stderr io.Writer) int {
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

func regoFmt(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("denylint rego fmt", flag.ContinueOnError)
	fset.SetOutput(stderr)
	check := fset.Bool("check", false, "list unformatted files and exit 1 instead of rewriting them")
	if err := fset.Parse(args); err != nil {
		return ExitError
	}
	dirs := fset.Args()
	if len(dirs) == 0 {
		dirs = []string{"rego"}
	}
	var unformatted []string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".rego") {
				return err
			}
			changed, err := formatFile(p, *check)
			if changed {
				unformatted = append(unformatted, p)
			}
			return err
		})
		if err != nil {
			fmt.Fprintf(stderr, "denylint: %v\n", err)
			return ExitError
		}
	}
	for _, p := range unformatted {
		fmt.Fprintln(stdout, p)
	}
	if *check && len(unformatted) > 0 {
		return ExitFindings
	}
	return ExitClean
}

// formatFile formats one file the way `opa fmt` does, rewriting it unless
// check is set, and reports whether it was not formatted.
func formatFile(path string, check bool) (bool, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return false, fmt.Errorf("read %s: %w", path, err)
	}
	out, err := format.SourceWithOpts(path, src, format.Opts{RegoVersion: ast.RegoV1})
	if err != nil {
		return false, fmt.Errorf("format %s: %w", path, err)
	}
	if bytes.Equal(src, out) {
		return false, nil
	}
	if check {
		return true, nil
	}
	return true, os.WriteFile(path, out, 0o644)
}
