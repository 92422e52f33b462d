// Command tfgen writes a synthetic Terraform estate of N files:
//
//	go run ./bench/tfgen/cmd/tfgen -n 2000 -out /tmp/estate
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/denylint/denylint/bench/tfgen"
)

func main() {
	n := flag.Int("n", 2000, "number of resource files")
	out := flag.String("out", "estate", "output directory")
	flag.Parse()
	if _, err := tfgen.Generate(*out, *n); err != nil {
		fmt.Fprintln(os.Stderr, "tfgen:", err)
		os.Exit(1)
	}
}
