package cli

import (
	"context"
	"fmt"
	"io"
)

func runSimulate(_ context.Context, _ []string, _ io.Reader, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "denylint simulate: not available yet")
	return ExitError
}
