package cli

import (
	"fmt"
	"io"
	"io/fs"
	"os"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/denylint/denylint/suppress"
)

// bundles are the built-in rules and the user's rule folders, compiled
// together.
func bundles(dirs []string) []fs.FS {
	out := []fs.FS{denylint.Rego()}
	for _, d := range dirs {
		out = append(out, os.DirFS(d))
	}
	return out
}

// suppressFindings applies inline ignores, then the baseline, then writes
// a new baseline when asked. Findings stay in the result, marked.
func suppressFindings(res *finding.Result, env *model.Env, s *settings, stderr io.Writer) ([]source.Diagnostic, error) {
	var diags []source.Diagnostic
	if !s.noInlineIgnores {
		diags = suppress.Inline(res.Findings, env, readSource)
	}
	// Writing a baseline starts afresh: the file may not exist yet, and
	// what it knew is found again.
	if s.baseline != "" && s.writeBaseline == "" {
		b, d, err := suppress.ReadBaseline(s.baseline)
		if err != nil {
			return nil, err
		}
		if d != nil {
			return append(diags, *d), nil
		}
		if stale := b.Apply(res.Findings, s.baseline); stale > 0 {
			fmt.Fprintf(stderr, "denylint: %s in baseline %s matched nothing (fixed?); rewrite it with --write-baseline to drop them\n", count(stale, "finding"), s.baseline)
		}
	}
	if s.writeBaseline != "" {
		if err := writeBaseline(res.Findings, s.writeBaseline, stderr); err != nil {
			return nil, err
		}
	}
	return diags, nil
}

func writeBaseline(findings []finding.Finding, path string, stderr io.Writer) (err error) {
	b := suppress.NewBaseline(findings)
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create baseline: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write baseline: %w", cerr)
		}
	}()
	if err := b.Write(f); err != nil {
		return err
	}
	b.Apply(findings, path)
	fmt.Fprintf(stderr, "denylint: wrote %s to baseline %s\n", count(len(b.Findings), "finding"), path)
	return nil
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// readSource reads a file a finding points at, for snippets and inline
// ignores, no larger than the loaders read.
func readSource(path string) ([]byte, error) {
	return source.ReadFile(path, source.MaxFileSize)
}
