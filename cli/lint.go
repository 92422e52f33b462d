package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/report"
	"github.com/denylint/denylint/rules"
	"github.com/denylint/denylint/source"
)

const lintUsage = `Usage: denylint [flags] [PATH...]

Finds the S3 and KMS requests that a Terraform or CloudFormation
configuration intends and AWS would refuse with 403 Access Denied.
PATH is a folder (walked recursively) or a file; the default is ".".

Subcommands:
  denylint rules [--format text|json]     list the rule catalog
  denylint simulate [flags] FILE|-        decide one request document offline
  denylint rego test [DIR...]             run Rego rule tests with denylint's builtins
  denylint version                        print the version

Exit codes:
  0  no finding at or above --severity-threshold
  1  findings at or above --severity-threshold
  2  usage error, unreadable input, or a file that could not be parsed
     (the other files are still linted and their findings reported)

Flags:
`

type lintFlags struct {
	format, output, threshold string
	noColor, quiet            bool
	vars                      keyValues
	params                    keyValues
	varFiles, paramFiles      list
	exclude                   list
}

func newLintFlags(stderr io.Writer) (*flag.FlagSet, *lintFlags) {
	f := &lintFlags{vars: keyValues{}, params: keyValues{}}
	fs := flag.NewFlagSet("denylint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, lintUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Names(), ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&f.threshold, "severity-threshold", "error", "lowest severity that makes the exit code 1: error, warning or note")
	fs.BoolVar(&f.noColor, "no-color", false, "never colour the text output (colour is used only on a terminal)")
	fs.BoolVar(&f.quiet, "quiet", false, "text output: one line per finding, no snippets or summary")
	fs.Var(f.vars, "var", "set a Terraform variable, `NAME=VALUE` (repeatable)")
	fs.Var(&f.varFiles, "var-file", "read Terraform variables from `FILE` (repeatable)")
	fs.Var(f.params, "param", "set a CloudFormation parameter, `NAME=VALUE` (repeatable)")
	fs.Var(&f.paramFiles, "param-file", "read CloudFormation parameters from `FILE` (repeatable)")
	fs.Var(&f.exclude, "exclude", "skip paths matching the glob `PATTERN` (repeatable)")
	return fs, f
}

func runLint(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, f := newLintFlags(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	formatter, ok := report.Lookup(f.format)
	if !ok {
		fmt.Fprintf(stderr, "denylint: unknown format %q (want one of %s)\n", f.format, strings.Join(report.Names(), ", "))
		return ExitError
	}
	threshold := source.Severity(f.threshold)
	if threshold.Rank() == 0 {
		fmt.Fprintf(stderr, "denylint: unknown severity threshold %q (want error, warning or note)\n", f.threshold)
		return ExitError
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	res, err := lint(ctx, paths, f)
	if err != nil {
		fmt.Fprintf(stderr, "denylint: %v\n", err)
		return ExitError
	}
	printDiagnostics(stderr, res.Diagnostics)
	if err := write(f, formatter, res, stdout); err != nil {
		fmt.Fprintf(stderr, "denylint: %v\n", err)
		return ExitError
	}
	return exitCode(res, threshold)
}

func lint(ctx context.Context, paths []string, f *lintFlags) (*finding.Result, error) {
	opts := loader.Options{Exclude: f.exclude}
	opts.Terraform.Vars = f.vars
	opts.Terraform.VarFiles = f.varFiles
	opts.Terraform.Environ = os.Environ()
	opts.CloudFormation.Params = f.params
	opts.CloudFormation.ParamFiles = f.paramFiles
	loaded, err := loader.Load(paths, opts)
	if err != nil {
		return nil, err
	}
	engine, err := rules.New(ctx, denylint.Rego())
	if err != nil {
		return nil, err
	}
	findings, err := engine.Run(ctx, loaded.Env)
	if err != nil {
		return nil, err
	}
	res := &finding.Result{Findings: findings, Rules: engine.Catalog(), FilesScanned: loaded.Files}
	for _, d := range loaded.Diagnostics {
		res.Diagnostics = append(res.Diagnostics, finding.Diagnostic{
			Severity: d.Severity, Summary: d.Summary, Detail: d.Detail, Location: finding.LocationOf(d.Range),
		})
	}
	relativize(res)
	return res, nil
}

func write(f *lintFlags, formatter report.Formatter, res *finding.Result, stdout io.Writer) (err error) {
	w := stdout
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return fmt.Errorf("create report: %w", err)
		}
		defer func() {
			if cerr := file.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("write report: %w", cerr)
			}
		}()
		w = file
	}
	opts := report.Options{
		Color:       !f.noColor && f.output == "" && isTerminal(stdout) && os.Getenv("NO_COLOR") == "",
		Quiet:       f.quiet,
		ReadFile:    os.ReadFile,
		ToolVersion: version(),
		HelpURIBase: rules.DocsBase,
	}
	if f.format == "text" {
		// Diagnostics already went to standard error.
		cp := *res
		cp.Diagnostics = nil
		res = &cp
	}
	return formatter.Format(w, res, opts)
}

// exitCode is 2 when some input could not be read, else 1 when a finding
// reaches the threshold.
func exitCode(res *finding.Result, threshold source.Severity) int {
	for _, d := range res.Diagnostics {
		if d.Severity == source.Error {
			return ExitError
		}
	}
	for _, f := range res.Findings {
		if f.Suppression == nil && f.Severity.Rank() >= threshold.Rank() {
			return ExitFindings
		}
	}
	return ExitClean
}

func printDiagnostics(w io.Writer, diags []finding.Diagnostic) {
	for _, d := range diags {
		l := d.Location
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", l.Path, l.StartLine, l.StartColumn, d.Severity, msg)
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
