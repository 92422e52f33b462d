package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// Snippets longer than maxSnippetLines show their head and tail only: a
// whole bucket policy under every finding would bury the next one.
const (
	maxSnippetLines = 7
	snippetHead     = 4
	snippetTail     = 2
)

// sources reads each file once per report and splits it into lines; a file
// that cannot be read simply gets no snippet.
type sources struct {
	read  func(path string) ([]byte, error)
	files map[string][]string
}

func newSources(read func(path string) ([]byte, error)) *sources {
	return &sources{read: read, files: map[string][]string{}}
}

// lines returns the lines of path, or nil when it cannot be read.
func (s *sources) lines(path string) []string {
	if s.read == nil || path == "" {
		return nil
	}
	if ls, ok := s.files[path]; ok {
		return ls
	}
	var ls []string
	if data, err := s.read(path); err == nil {
		ls = strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	}
	s.files[path] = ls
	return ls
}

// writeSnippet prints the lines of loc with a line-number gutter and marks
// the span: ^~~~ from the start column on its first line, ~~~ up to the end
// column on its last. It prints nothing when the lines are not available,
// e.g. the file changed since it was loaded.
func writeSnippet(w io.Writer, src *sources, loc finding.Location, sev source.Severity, p palette) {
	ls := src.lines(loc.Path)
	first, last := loc.StartLine, max(loc.EndLine, loc.StartLine)
	if first < 1 || last > len(ls) {
		return
	}
	width := len(fmt.Sprint(last))
	for _, n := range shownLines(first, last) {
		if n == 0 {
			fmt.Fprintf(w, "  %s\n", p.gutter(fmt.Sprintf("%*s |", width, "…")))
			continue
		}
		line := ls[n-1]
		fmt.Fprintf(w, "  %s %s\n", p.gutter(fmt.Sprintf("%*d |", width, n)), line)
		if mark := marker(line, n, loc); mark != "" {
			fmt.Fprintf(w, "  %s %s\n", p.gutter(fmt.Sprintf("%*s |", width, "")), p.mark(sev, mark))
		}
	}
}

// shownLines lists the line numbers to print, with 0 standing for an elision.
func shownLines(first, last int) []int {
	var out []int
	for n := first; n <= last; n++ {
		if last-first+1 > maxSnippetLines && n == first+snippetHead {
			out = append(out, 0)
			n = last - snippetTail
			continue
		}
		out = append(out, n)
	}
	return out
}

// marker returns the underline for line number n, or "" when the span only
// passes through it.
func marker(line string, n int, loc finding.Location) string {
	runes := []rune(line)
	single := loc.EndLine <= loc.StartLine
	switch n {
	case loc.StartLine:
		from := clamp(loc.StartColumn-1, 0, len(runes))
		to := len(runes)
		if single {
			to = clamp(loc.EndColumn-1, from, len(runes))
		}
		return indent(runes[:from]) + "^" + strings.Repeat("~", max(to-from-1, 0))
	case loc.EndLine:
		from := firstNonSpace(runes)
		to := clamp(loc.EndColumn-1, from, len(runes))
		if to == from {
			return ""
		}
		return indent(runes[:from]) + strings.Repeat("~", to-from)
	}
	return ""
}

// indent copies tabs and blanks so that the marker lines up under text that
// is indented with tabs.
func indent(prefix []rune) string {
	var b strings.Builder
	for _, r := range prefix {
		if r == '\t' {
			b.WriteRune('\t')
		} else {
			b.WriteRune(' ')
		}
	}
	return b.String()
}

func firstNonSpace(runes []rune) int {
	for i, r := range runes {
		if !unicode.IsSpace(r) {
			return i
		}
	}
	return len(runes)
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }
