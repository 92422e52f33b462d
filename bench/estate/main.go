// Command estate writes a synthetic estate for benchmarking denylint (see
// package gen for what it holds).
//
//	go run ./bench/estate -format terraform -files 1000 -out /tmp/estate
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/denylint/denylint/bench/estate/gen"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "estate: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("estate", flag.ContinueOnError)
	format := fs.String("format", "terraform", "terraform or cloudformation")
	n := fs.Int("files", 100, "number of files to write")
	out := fs.String("out", "", "folder to write into (must be empty or absent)")
	seed := fs.Uint64("seed", 1, "seed of the estate's random choices")
	rate := fs.Float64("mistakes", 0.03, "planted mistakes per file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *n < 1 {
		return fmt.Errorf("need -out and -files >= 1")
	}
	e, err := gen.Generate(*format, *n, *seed, *rate)
	if err != nil {
		return err
	}
	if err := e.Write(*out); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %s\n", *out, e.Summary())
	return nil
}
