package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/denylint/denylint/rules"
)

func runRules(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("denylint rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "text or json")
	var dirs list
	fs.Var(&dirs, "rules", "also list the Rego rules in `DIR` (repeatable)")
	if err := fs.Parse(args); err != nil {
		return ExitError
	}
	engine, err := rules.New(ctx, bundles(dirs)...)
	if err != nil {
		fmt.Fprintf(stderr, "denylint: %v\n", err)
		return ExitError
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(engine.Catalog()); err != nil {
			fmt.Fprintf(stderr, "denylint: %v\n", err)
			return ExitError
		}
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSEVERITY\tROOT CAUSE\tTITLE")
		for _, r := range engine.Catalog() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.RootCause, r.Title)
		}
		if err := tw.Flush(); err != nil {
			return ExitError
		}
	default:
		fmt.Fprintf(stderr, "denylint: unknown format %q (want text or json)\n", *format)
		return ExitError
	}
	return ExitClean
}
