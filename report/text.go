package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// Text prints findings the way compilers print errors, so that editors,
// terminals and problem matchers already know how to read them:
//
//	path:line:col: severity: message [RULE_ID]
//
// followed by the source lines of the span, the fix, and one
// path:line:col: note: line per related location. Suppressed findings are
// left out; a summary line closes the report.
type Text struct{}

// Format writes res as text.
func (Text) Format(w io.Writer, res *finding.Result, opts Options) error {
	var buf bytes.Buffer
	t := textWriter{
		w:     &buf,
		src:   newSources(opts.ReadFile),
		p:     palette{on: opts.Color},
		quiet: opts.Quiet,
	}
	for _, d := range res.Diagnostics {
		t.diagnostic(displayedDiag(d))
	}
	for _, f := range res.Findings {
		if f.Suppression == nil {
			t.finding(displayed(f))
		}
	}
	if !opts.Quiet {
		fmt.Fprintln(&buf, summary(res))
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write text report: %w", err)
	}
	return nil
}

// WriteDiagnostics prints diagnostics alone in the text shape, snippets
// included unless opts.Quiet, for a CLI that sends them to standard error
// while the findings go to standard output.
func WriteDiagnostics(w io.Writer, ds []finding.Diagnostic, opts Options) error {
	var buf bytes.Buffer
	t := textWriter{w: &buf, src: newSources(opts.ReadFile), p: palette{on: opts.Color}, quiet: opts.Quiet}
	for _, d := range ds {
		t.diagnostic(displayedDiag(d))
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write diagnostics: %w", err)
	}
	return nil
}

type textWriter struct {
	w     io.Writer
	src   *sources
	p     palette
	quiet bool
}

func (t textWriter) finding(f finding.Finding) {
	id := ""
	if f.RuleID != "" {
		id = " " + t.p.ruleID("["+f.RuleID+"]")
	}
	fmt.Fprintf(t.w, "%s: %s: %s%s\n", t.p.place(where(f.Location)), t.p.severity(f.Severity),
		oneLine(f.Message), id)
	if !t.quiet {
		writeSnippet(t.w, t.src, f.Location, f.Severity, t.p)
		t.detail("fix", f.Fix)
		t.detail("unknown", strings.Join(f.Unknowns, ", "))
		t.detail("note", f.Note)
	}
	for _, r := range f.Related {
		fmt.Fprintf(t.w, "%s: %s: %s\n", t.p.place(where(r.Location)), t.p.severity(source.Note),
			oneLine(r.Message))
	}
}

func (t textWriter) diagnostic(d finding.Diagnostic) {
	fmt.Fprintf(t.w, "%s: %s: %s\n", t.p.place(where(d.Location)), t.p.severity(d.Severity),
		oneLine(d.Summary))
	if t.quiet {
		return
	}
	writeSnippet(t.w, t.src, d.Location, d.Severity, t.p)
	for _, line := range strings.Split(d.Detail, "\n") {
		if line != "" {
			fmt.Fprintf(t.w, "  %s\n", line)
		}
	}
}

// detail prints an indented "label: text" line when there is text.
func (t textWriter) detail(label, text string) {
	if text == "" {
		return
	}
	fmt.Fprintf(t.w, "  %s %s\n", t.p.fix(label+":"), oneLine(text))
}

// where is the compiler form of a location; a location without a file is
// the tool's own.
func where(l finding.Location) string {
	switch {
	case l.Path == "":
		return "denylint"
	case l.StartLine < 1:
		return l.Path
	case l.StartColumn < 1:
		return fmt.Sprintf("%s:%d", l.Path, l.StartLine)
	}
	return fmt.Sprintf("%s:%d:%d", l.Path, l.StartLine, l.StartColumn)
}

// oneLine keeps a message on its header line, where line-based readers
// expect all of it.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
