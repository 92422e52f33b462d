// Command estate writes a synthetic estate for benchmarking denylint: an
// organisation with units, accounts, SCPs and RCPs, and per workload an
// Amazon Connect instance with recordings bucket, KMS key, reader roles
// with inline, managed and boundary policies, archive buckets and
// sometimes an S3 gateway endpoint. A few workloads carry a planted
// mistake, so the rules have refusals to find.
//
//	go run ./bench/estate -format terraform -files 1000 -out /tmp/estate
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
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
	files, p, err := generate(*format, *n, *seed, *rate)
	if err != nil {
		return err
	}
	if err := writeAll(*out, files); err != nil {
		return err
	}
	m := p.mistakes()
	fmt.Fprintf(stdout, "%s: %d files, %d workloads, %d accounts; mistakes: %d %v, %d %v, %d %v\n",
		*out, len(files), len(p.workloads), len(p.org.accounts),
		m[bucketDeniesReader], bucketDeniesReader, m[keyWithoutRoot], keyWithoutRoot, m[flowWithoutRecording], flowWithoutRecording)
	return nil
}

// generate plans the estate and renders its files by relative path.
// rate is per file; a workload spans several Terraform files, so its
// chance of a mistake scales with them.
func generate(format string, n int, seed uint64, rate float64) (map[string]string, *plan, error) {
	switch format {
	case "terraform":
		p := newPlan(seed, tfWorkloadCount(n), rate*5)
		return tfFiles(p, n), p, nil
	case "cloudformation":
		p := newPlan(seed, cfnWorkloadCount(n), rate)
		return cfnFiles(p), p, nil
	}
	return nil, nil, fmt.Errorf("unknown format %q (want terraform or cloudformation)", format)
}

func writeAll(dir string, files map[string]string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	names := make([]string, 0, len(files))
	for k := range files {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("create folder: %w", err)
		}
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			return fmt.Errorf("write estate: %w", err)
		}
	}
	return nil
}
