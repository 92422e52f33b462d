package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/iam/simulate"
	"github.com/denylint/denylint/loader"
)

const simulateUsage = `Usage:
  denylint simulate [--format text|json] [--batch] FILE|-
      decide the request document FILE (JSON or YAML; - reads standard input)
  denylint simulate --principal P --action A --resource R [--via ENDPOINT] [--format text|json] [PATH...]
      decide a request over the policies of the Terraform and CloudFormation
      files under PATH (default "."): P is a principal's ARN or address, R a
      bucket, object or key ARN or address, ENDPOINT a VPC endpoint address

The exit status is 0 whatever the decision, 2 on bad input.
`

// runSimulate decides one request: from a request document (iam/simulate),
// or over the estate the paths describe when --principal is given.
func runSimulate(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if !slices.ContainsFunc(args, func(a string) bool { return strings.HasPrefix(strings.TrimLeft(a, "-"), "principal") }) {
		if slices.Contains(args, "--help") || slices.Contains(args, "-h") {
			fmt.Fprint(stderr, simulateUsage)
			return ExitClean
		}
		return simulate.Main(args, stdin, stdout, stderr)
	}
	fs := flag.NewFlagSet("denylint simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, simulateUsage) }
	var it access.Intent
	fs.StringVar(&it.Principal, "principal", "", "principal ARN or address")
	fs.StringVar(&it.Action, "action", "", "action, e.g. s3:GetObject")
	fs.StringVar(&it.Resource, "resource", "", "resource ARN or address")
	fs.StringVar(&it.Path, "via", "", "address of the VPC endpoint the request goes through")
	format := fs.String("format", "text", "text or json")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return ExitClean
		}
		return ExitError
	}
	if it.Principal == "" || it.Action == "" || it.Resource == "" || (*format != "text" && *format != "json") {
		fs.Usage()
		return ExitError
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	loaded, err := loader.Load(paths, loader.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "denylint: %v\n", err)
		return ExitError
	}
	for _, d := range loaded.Diagnostics {
		fmt.Fprintln(stderr, d.Error())
	}
	x := access.NewIndex(loaded.Env)
	resolved, ok := x.ResolveIntent(it)
	if !ok {
		fmt.Fprintf(stderr, "denylint simulate: no principal %q in the estate under %s\n", it.Principal, strings.Join(paths, ", "))
		return ExitError
	}
	return writeVerdict(stdout, *format, x.Decide(resolved))
}

// verdictOut is the JSON form of an estate simulation.
type verdictOut struct {
	Decision    iam.Outcome   `json:"decision"`
	DeniedBy    *string       `json:"denied_by"`
	Service     string        `json:"service"`
	Action      string        `json:"action"`
	Resource    string        `json:"resource"`
	Explanation string        `json:"explanation"`
	Deciding    []decidingOut `json:"deciding"`
	Unknowns    []string      `json:"unknowns"`
}

type decidingOut struct {
	Layer     iam.Layer        `json:"layer"`
	Statement string           `json:"statement"`
	Location  finding.Location `json:"location"`
}

func writeVerdict(w io.Writer, format string, v access.Verdict) int {
	out := verdictOut{Decision: v.Outcome, Service: v.Service, Action: v.Action, Resource: iam.Display(v.Resource),
		Explanation: iam.Display(v.Explanation), Deciding: []decidingOut{}, Unknowns: []string{}}
	if v.DeniedBy != "" {
		s := string(v.DeniedBy)
		out.DeniedBy = &s
	}
	for _, d := range v.Deciding {
		out.Deciding = append(out.Deciding, decidingOut{Layer: d.Layer, Statement: iam.Display(d.Statement.ID), Location: finding.LocationOf(d.Statement.Range)})
	}
	for _, u := range v.Unknowns {
		out.Unknowns = append(out.Unknowns, iam.Display(u))
	}
	if format == "json" {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return ExitError
		}
		return ExitClean
	}
	fmt.Fprintf(w, "%s: %s\n", strings.ToUpper(strings.ReplaceAll(string(v.Outcome), "_", " ")), out.Explanation)
	for _, d := range out.Deciding {
		fmt.Fprintf(w, "  deciding %s statement %s %s:%d:%d\n", d.Layer, d.Statement, d.Location.Path, d.Location.StartLine, d.Location.StartColumn)
	}
	for _, u := range out.Unknowns {
		fmt.Fprintf(w, "  depends on %s\n", u)
	}
	return ExitClean
}
