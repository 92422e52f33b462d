package report

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// problem is what an editor's problem matcher takes from one line.
type problem struct {
	File     string
	Line     int
	Column   int
	Severity string
	Message  string
	Code     string
}

type vscodeMatcher struct {
	Pattern struct {
		Regexp   string `json:"regexp"`
		File     int    `json:"file"`
		Line     int    `json:"line"`
		Column   int    `json:"column"`
		Severity int    `json:"severity"`
		Message  int    `json:"message"`
		Code     int    `json:"code"`
	} `json:"pattern"`
}

var ansiEscape = regexp.MustCompile("\x1b\\[[0-9;]*m")

// TestProblemMatcher runs the VS Code problem matcher over the text output,
// with and without colours (VS Code strips escape codes before matching),
// and expects exactly one problem per diagnostic, finding and related
// location, and none from snippets, fixes or the summary.
func TestProblemMatcher(t *testing.T) {
	t.Parallel()
	m := loadMatcher(t)
	color := goldenOptions()
	color.Color = true
	tests := []struct {
		name string
		opts Options
	}{
		{name: "plain", opts: goldenOptions()},
		{name: "colour", opts: color},
	}
	want := expectedProblems(fixture())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := ansiEscape.ReplaceAllString(string(render(t, "text", tt.opts)), "")
			if diff := cmp.Diff(want, m.match(t, out)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func loadMatcher(t *testing.T) vscodeMatcher {
	t.Helper()
	data, err := os.ReadFile("../editors/vscode/problem-matcher.json")
	if err != nil {
		t.Fatal(err)
	}
	var m vscodeMatcher
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func (m vscodeMatcher) match(t *testing.T, out string) []problem {
	t.Helper()
	re, err := regexp.Compile(m.Pattern.Regexp)
	if err != nil {
		t.Fatalf("matcher regexp: %v", err)
	}
	var got []problem
	for _, line := range strings.Split(out, "\n") {
		g := re.FindStringSubmatch(line)
		if g == nil {
			continue
		}
		ln, _ := strconv.Atoi(g[m.Pattern.Line])
		col, _ := strconv.Atoi(g[m.Pattern.Column])
		got = append(got, problem{File: g[m.Pattern.File], Line: ln, Column: col,
			Severity: g[m.Pattern.Severity], Message: g[m.Pattern.Message], Code: g[m.Pattern.Code]})
	}
	return got
}

// expectedProblems lists, in output order, what the text format reports.
func expectedProblems(res *finding.Result) []problem {
	var want []problem
	at := func(l finding.Location, sev source.Severity, msg, code string) {
		want = append(want, problem{File: l.Path, Line: l.StartLine, Column: l.StartColumn,
			Severity: string(sev), Message: display(msg), Code: code})
	}
	for _, d := range res.Diagnostics {
		at(d.Location, d.Severity, d.Summary, "")
	}
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		at(f.Location, f.Severity, f.Message, f.RuleID)
		for _, r := range f.Related {
			at(r.Location, source.Note, r.Message, "")
		}
	}
	return want
}
