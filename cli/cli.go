// Package cli is denylint's command line: flags, subcommands, wiring and
// exit codes. main only calls Main.
package cli

import (
	"context"
	"fmt"
	"io"
	"runtime/debug"
)

// Exit codes.
const (
	ExitClean    = 0 // no finding at or above the threshold
	ExitFindings = 1 // findings at or above the threshold
	ExitError    = 2 // usage error, unreadable input, or a file that does not parse
)

// Version is set at build time with -ldflags "-X github.com/denylint/denylint/cli.Version=…".
var Version = ""

// Main runs denylint with args (without the program name) and returns the
// exit code.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintln(stdout, "denylint", version())
			return ExitClean
		case "rules":
			return runRules(ctx, args[1:], stdout, stderr)
		case "rego":
			return runRego(ctx, args[1:], stdout, stderr)
		case "simulate":
			return runSimulate(ctx, args[1:], stdin, stdout, stderr)
		case "lint":
			args = args[1:]
		}
	}
	return runLint(ctx, args, stdout, stderr)
}

func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
