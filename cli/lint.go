package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/denylint/denylint/config"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/iam"
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
  denylint rules [--format text|json] [--rules DIR]  list the rule catalog
  denylint simulate [flags] FILE|-        decide one request document offline
  denylint rego test [DIR...]             run Rego rule tests with denylint's builtins
  denylint version                        print the version

Exit codes:
  0  no finding at or above --severity-threshold
  1  findings at or above --severity-threshold
  2  usage error, unreadable input, or a file that could not be parsed
     (the other files are still linted and their findings reported)

Settings are also read from .denylint.yaml in the scanned folder or a
parent (up to the repository root); flags win over it.

Flags:
`

type lintFlags struct {
	format, output, threshold string
	noColor, quiet            bool
	vars                      keyValues
	params                    keyValues
	varFiles, paramFiles      list
	exclude                   list
	config                    string
	noConfig                  bool
	baseline, writeBaseline   string
	ruleDirs                  list
	noInlineIgnores           bool
	timeout                   time.Duration
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
	fs.StringVar(&f.config, "config", "", "read settings from `FILE` instead of the "+config.FileName+" found in the scanned folder or a parent")
	fs.BoolVar(&f.noConfig, "no-config", false, "ignore any "+config.FileName)
	fs.StringVar(&f.baseline, "baseline", "", "suppress the known findings listed in `FILE`; report only new ones")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "write the current findings to `FILE` as a baseline and count none of them")
	fs.Var(&f.ruleDirs, "rules", "also run the Rego rules in `DIR` (repeatable)")
	fs.BoolVar(&f.noInlineIgnores, "no-inline-ignores", false, "report findings that denylint:ignore comments or Metadata would suppress (audit)")
	fs.DurationVar(&f.timeout, "timeout", 2*time.Minute, "give up after `DURATION`")
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
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cfg, diags, err := loadConfig(f, paths)
	if err != nil {
		fmt.Fprintf(stderr, "denylint: %v\n", err)
		return ExitError
	}
	if hasError(diags) {
		bad := &finding.Result{Diagnostics: located(diags)}
		relativize(bad)
		printDiagnostics(stderr, bad.Diagnostics)
		return ExitError
	}
	s := merge(fs, f, cfg)
	s.configDiags = diags
	threshold := source.Severity(s.threshold)
	if threshold.Rank() == 0 {
		fmt.Fprintf(stderr, "denylint: unknown severity threshold %q (want error, warning or note)\n", s.threshold)
		return ExitError
	}
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	res, err := lintWithin(ctx, paths, s, stderr)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			err = fmt.Errorf("%w: the run took longer than --timeout %s", err, s.timeout)
		}
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

func lint(ctx context.Context, paths []string, s *settings, stderr io.Writer) (*finding.Result, error) {
	opts := loader.Options{Exclude: s.exclude}
	opts.Terraform.Vars = s.vars
	opts.Terraform.VarFiles = s.varFiles
	opts.Terraform.Environ = os.Environ()
	opts.CloudFormation.Params = s.params
	opts.CloudFormation.ParamFiles = s.paramFiles
	// Compiling the rules does not depend on the estate: it runs on the
	// other core while the files load, which hides it on a small
	// repository, where it is a third of the run.
	type compiled struct {
		engine *rules.Engine
		err    error
	}
	compiling := make(chan compiled, 1)
	go func() {
		engine, err := rules.New(ctx, bundles(s.ruleDirs)...)
		compiling <- compiled{engine, err}
	}()
	loaded, err := loader.Load(paths, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.cfg.Apply(loaded.Env)
	c := <-compiling
	if c.err != nil {
		return nil, c.err
	}
	engine := c.engine
	findings, err := engine.Run(ctx, loaded.Env)
	if err != nil {
		return nil, err
	}
	res := &finding.Result{Findings: findings, Rules: engine.Catalog(), FilesScanned: loaded.Files}
	diags := append(append(s.configDiags, loaded.Diagnostics...), tune(res, s.cfg.Rules, s.cfg)...)
	more, err := suppressFindings(res, loaded.Env, s, stderr)
	if err != nil {
		return nil, err
	}
	res.Diagnostics = located(append(diags, more...))
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
		ReadFile:    readSource,
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

func hasError(diags []source.Diagnostic) bool {
	for _, d := range diags {
		if d.Severity == source.Error {
			return true
		}
	}
	return false
}

func located(diags []source.Diagnostic) []finding.Diagnostic {
	out := make([]finding.Diagnostic, 0, len(diags))
	for _, d := range diags {
		out = append(out, finding.Diagnostic{
			Severity: d.Severity, Summary: iam.Display(d.Summary), Detail: iam.Display(d.Detail), Location: finding.LocationOf(d.Range),
		})
	}
	return out
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
