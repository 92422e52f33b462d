package report

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// summary is the closing line of the text report, e.g.
// "2 errors, 1 warning in 12 files (1 suppressed, 2 input problems)".
func summary(res *finding.Result) string {
	counts := map[source.Severity]int{}
	suppressed := 0
	for _, f := range res.Findings {
		if f.Suppression != nil {
			suppressed++
			continue
		}
		counts[f.Severity]++
	}
	var parts []string
	for _, s := range []source.Severity{source.Error, source.Warning, source.Note} {
		if counts[s] > 0 {
			parts = append(parts, plural(counts[s], string(s)))
		}
	}
	head := "no findings"
	if len(parts) > 0 {
		head = strings.Join(parts, ", ")
	}
	line := fmt.Sprintf("%s in %s", head, plural(res.FilesScanned, "file"))
	var extra []string
	if suppressed > 0 {
		extra = append(extra, fmt.Sprintf("%d suppressed", suppressed))
	}
	if n := len(res.Diagnostics); n > 0 {
		extra = append(extra, plural(n, "input problem"))
	}
	if len(extra) > 0 {
		line += " (" + strings.Join(extra, ", ") + ")"
	}
	return line
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
