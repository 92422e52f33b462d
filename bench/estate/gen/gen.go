// Package gen writes synthetic estates for benchmarking denylint: an
// organisation with units, accounts, SCPs and RCPs, and per workload an
// Amazon Connect instance with its recordings bucket, KMS key, reader
// roles with inline, managed and boundary policies, archive buckets and
// sometimes an S3 gateway endpoint whose policy admits the company's buckets. A few workloads carry a planted
// mistake, so the rules have refusals to find.
package gen

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// Estate is a generated estate: its files by slash path, and the plan
// they were rendered from.
type Estate struct {
	Files map[string]string
	plan  *plan
}

// Generate plans an estate of about n files in format ("terraform" or
// "cloudformation") and renders it. rate is the chance of a planted
// mistake per file; a Terraform workload spans five files, so its chance
// scales with them. The same arguments give the same files.
func Generate(format string, n int, seed uint64, rate float64) (*Estate, error) {
	switch format {
	case "terraform":
		p := newPlan(seed, tfWorkloadCount(n), rate*5)
		return &Estate{Files: tfFiles(p, n), plan: p}, nil
	case "cloudformation":
		p := newPlan(seed, cfnWorkloadCount(n), rate)
		return &Estate{Files: cfnFiles(p), plan: p}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want terraform or cloudformation)", format)
}

// Summary says what the estate holds.
func (e *Estate) Summary() string {
	m := e.plan.mistakes()
	return fmt.Sprintf("%d files, %d workloads, %d accounts; mistakes: %d %v, %d %v, %d %v",
		len(e.Files), len(e.plan.workloads), len(e.plan.org.accounts),
		m[bucketDeniesReader], bucketDeniesReader, m[keyWithoutRoot], keyWithoutRoot, m[flowWithoutRecording], flowWithoutRecording)
}

// Write writes the files under dir, which must be empty or absent.
func (e *Estate) Write(dir string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty", dir)
	}
	names := make([]string, 0, len(e.Files))
	for k := range e.Files {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("create folder: %w", err)
		}
		if err := os.WriteFile(path, []byte(e.Files[name]), 0o644); err != nil {
			return fmt.Errorf("write estate: %w", err)
		}
	}
	return nil
}
