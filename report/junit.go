package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// JUnit prints one testsuite per rule and one testcase per rule and
// resource, failing where the rule found something, so that CI systems
// that only read test reports still show which resource broke which rule.
// A rule without findings gets one passing case; input diagnostics form a
// suite of their own.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure,omitempty"`
	Error     *junitProblem `xml:"error,omitempty"`
	Skipped   *junitProblem `xml:"skipped,omitempty"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr,omitempty"`
	Text    string `xml:",cdata"`
}

// Format writes res as a JUnit XML document.
func (JUnit) Format(w io.Writer, res *finding.Result, _ Options) error {
	doc := junitSuites{Name: "denylint"}
	for _, s := range ruleSuites(res) {
		doc.add(s)
	}
	if len(res.Diagnostics) > 0 {
		doc.add(diagnosticSuite(res.Diagnostics))
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encode junit report: %w", err)
	}
	buf.WriteString("\n")
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write junit report: %w", err)
	}
	return nil
}

// add appends a suite after counting its cases.
func (d *junitSuites) add(s junitSuite) {
	for _, c := range s.Cases {
		s.Tests++
		switch {
		case c.Failure != nil:
			s.Failures++
		case c.Error != nil:
			s.Errors++
		case c.Skipped != nil:
			s.Skipped++
		}
	}
	d.Tests += s.Tests
	d.Failures += s.Failures
	d.Errors += s.Errors
	d.Skipped += s.Skipped
	d.Suites = append(d.Suites, s)
}

// ruleSuites groups findings by rule, in catalog order and then in order of
// first appearance, and within a rule by resource.
func ruleSuites(res *finding.Result) []junitSuite {
	var order []string
	byRule := map[string][]finding.Finding{}
	for _, r := range res.Rules {
		if _, seen := byRule[r.ID]; !seen {
			order = append(order, r.ID)
			byRule[r.ID] = []finding.Finding{}
		}
	}
	for _, f := range res.Findings {
		if _, seen := byRule[f.RuleID]; !seen {
			order = append(order, f.RuleID)
		}
		byRule[f.RuleID] = append(byRule[f.RuleID], displayed(f))
	}
	suites := make([]junitSuite, 0, len(order))
	for _, id := range order {
		suites = append(suites, ruleSuite(id, byRule[id]))
	}
	return suites
}

func ruleSuite(id string, fs []finding.Finding) junitSuite {
	s := junitSuite{Name: id}
	if len(fs) == 0 {
		s.Cases = []junitCase{{Name: "all resources", Classname: id}}
		return s
	}
	var order []string
	byResource := map[string][]finding.Finding{}
	for _, f := range fs {
		key := resourceName(f)
		if _, seen := byResource[key]; !seen {
			order = append(order, key)
		}
		byResource[key] = append(byResource[key], f)
	}
	for _, key := range order {
		s.Cases = append(s.Cases, resourceCase(id, key, byResource[key]))
	}
	return s
}

// resourceName names a testcase after the resource, or after the file when
// the finding belongs to none.
func resourceName(f finding.Finding) string {
	if f.Address != "" {
		return f.Address
	}
	return where(f.Location)
}

// resourceCase fails when any finding on the resource is live and is
// skipped when all of them are suppressed.
func resourceCase(id, name string, fs []finding.Finding) junitCase {
	c := junitCase{Name: name, Classname: id, File: fs[0].Location.Path, Line: fs[0].Location.StartLine}
	var live, suppressed []string
	var first *finding.Finding
	for i, f := range fs {
		if f.Suppression != nil {
			suppressed = append(suppressed, f.Suppression.Justification)
			continue
		}
		if first == nil {
			first = &fs[i]
		}
		live = append(live, findingText(f))
	}
	if first != nil {
		c.Failure = &junitProblem{Message: first.Message, Type: string(first.Severity),
			Text: strings.Join(live, "\n\n")}
		return c
	}
	c.Skipped = &junitProblem{Message: "suppressed: " + strings.Join(suppressed, "; ")}
	return c
}

// findingText is the failure body: where, what and how to fix it.
func findingText(f finding.Finding) string {
	head := fmt.Sprintf("%s: %s: %s", where(f.Location), f.Severity, f.Message)
	return strings.Join(append([]string{head}, findingDetails(f)...), "\n")
}

// findingDetails are the lines that follow a finding's message in formats
// without room for structure: its fix, its unknowns and its related
// locations in the compiler's note shape.
func findingDetails(f finding.Finding) []string {
	var lines []string
	if f.Fix != "" {
		lines = append(lines, "fix: "+f.Fix)
	}
	if len(f.Unknowns) > 0 {
		lines = append(lines, "unknown: "+strings.Join(f.Unknowns, ", "))
	}
	for _, r := range f.Related {
		lines = append(lines, fmt.Sprintf("%s: note: %s", where(r.Location), r.Message))
	}
	return lines
}

// diagnosticSuite reports input problems: errors as errored cases (the
// input could not be checked), lower levels as passing ones.
func diagnosticSuite(ds []finding.Diagnostic) junitSuite {
	s := junitSuite{Name: "input"}
	for _, d := range ds {
		d = displayedDiag(d)
		c := junitCase{Name: where(d.Location), Classname: "input", File: d.Location.Path, Line: d.Location.StartLine}
		if d.Severity == source.Error {
			c.Error = &junitProblem{Message: d.Summary, Type: string(d.Severity), Text: d.Detail}
		}
		s.Cases = append(s.Cases, c)
	}
	return s
}
