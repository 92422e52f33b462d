package cli

import (
	"os"
	"path/filepath"

	"github.com/denylint/denylint/finding"
)

// relativize makes every path relative to the working directory, the form
// CI annotations and editors resolve.
func relativize(res *finding.Result) {
	wd, err := os.Getwd()
	if err != nil {
		return
	}
	rel := func(p string) string {
		if p == "" {
			return p
		}
		if filepath.IsAbs(p) {
			if r, err := filepath.Rel(wd, p); err == nil {
				p = r
			}
		}
		return filepath.ToSlash(filepath.Clean(p))
	}
	for i := range res.Findings {
		f := &res.Findings[i]
		f.Location.Path = rel(f.Location.Path)
		for j := range f.Related {
			f.Related[j].Path = rel(f.Related[j].Path)
		}
	}
	for i := range res.Diagnostics {
		res.Diagnostics[i].Location.Path = rel(res.Diagnostics[i].Location.Path)
	}
}
