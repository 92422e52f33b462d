package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// GitHub prints GitHub Actions workflow commands, one per finding or
// diagnostic, which the runner turns into annotations on the pull request:
//
//	::error file=infra/s3.tf,line=10,col=7,endLine=19,endColumn=8,title=DL001::message
//
// Suppressed findings are left out.
type GitHub struct{}

// Format writes res as workflow commands.
func (GitHub) Format(w io.Writer, res *finding.Result, _ Options) error {
	var buf bytes.Buffer
	for _, d := range res.Diagnostics {
		d = displayedDiag(d)
		msg := d.Summary
		if d.Detail != "" {
			msg += "\n" + d.Detail
		}
		writeCommand(&buf, d.Severity, d.Location, "denylint", msg)
	}
	for _, f := range res.Findings {
		if f.Suppression != nil {
			continue
		}
		f = displayed(f)
		msg := strings.Join(append([]string{f.Message}, findingDetails(f)...), "\n")
		writeCommand(&buf, f.Severity, f.Location, f.RuleID, msg)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write github report: %w", err)
	}
	return nil
}

func writeCommand(w io.Writer, sev source.Severity, l finding.Location, title, msg string) {
	var props []string
	add := func(key string, v int) {
		if v > 0 {
			props = append(props, fmt.Sprintf("%s=%d", key, v))
		}
	}
	if l.Path != "" {
		props = append(props, "file="+escapeProperty(l.Path))
		add("line", l.StartLine)
		add("col", l.StartColumn)
		add("endLine", l.EndLine)
		add("endColumn", l.EndColumn)
	}
	props = append(props, "title="+escapeProperty(title))
	fmt.Fprintf(w, "::%s %s::%s\n", githubLevel(sev), strings.Join(props, ","), escapeData(msg))
}

// githubLevel maps severities onto the three annotation kinds.
func githubLevel(s source.Severity) string {
	switch s {
	case source.Error:
		return "error"
	case source.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData encodes what would end the command early; the runner decodes
// it again.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty also encodes the separators between properties.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)
