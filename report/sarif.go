package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

const (
	informationURI = "https://github.com/denylint/denylint"
	srcRoot        = "%SRCROOT%"
	// fingerprintKey versions the partial fingerprint, so that a change of
	// its recipe does not reopen every alert in code scanning.
	fingerprintKey = "denylint/v1"
)

// SARIF prints a SARIF 2.1.0 log with one run: the rule catalog as
// reporting descriptors, one result per finding (suppressed ones carry
// their suppression), and diagnostics as tool execution notifications.
type SARIF struct{}

// Format writes res as indented SARIF with a trailing newline.
func (SARIF) Format(w io.Writer, res *finding.Result, opts Options) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return fmt.Errorf("start sarif log: %w", err)
	}
	driver := sarif.NewDriver("denylint").WithInformationURI(informationURI)
	if opts.ToolVersion != "" {
		driver.WithVersion(opts.ToolVersion)
	}
	rules := newRuleIndex(res, opts)
	driver.Rules = rules.descriptors
	run := sarif.NewRun(sarif.Tool{Driver: driver})
	run.ColumnKind = "unicodeCodePoints"
	run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{
		srcRoot: sarif.NewArtifactLocation().WithDescriptionText("The directory denylint was run in."),
	}
	for _, f := range res.Findings {
		run.AddResult(sarifResult(displayed(f), rules))
	}
	inv := run.AddInvocation(true)
	inv.ToolExecutionNotifications = notifications(res.Diagnostics)
	log.AddRun(run)
	data, err := encodeSARIF(log)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("write sarif report: %w", err)
	}
	return nil
}

func sarifResult(f finding.Finding, rules ruleIndex) *sarif.Result {
	r := sarif.NewRuleResult(ruleID(f.RuleID)).
		WithRuleIndex(rules.index[ruleID(f.RuleID)]).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(resultMessage(f)))
	if l := sarifLocation(f.Location); l != nil {
		r.AddLocation(l)
	}
	for i, rel := range f.Related {
		if l := sarifLocation(rel.Location); l != nil {
			r.AddRelatedLocation(l.WithId(i + 1).WithMessage(sarif.NewTextMessage(rel.Message)))
		}
	}
	if f.Fingerprint != "" {
		r.WithPartialFingerPrints(map[string]any{fingerprintKey: f.Fingerprint})
	}
	if s := f.Suppression; s != nil {
		r.AddSuppression(sarif.NewSuppression(suppressionKind(s.Kind)).
			WithStatus("accepted").WithJustifcation(s.Justification))
	}
	r.Properties = resultProperties(f)
	return r
}

// resultMessage adds the finding's own fix, which is more specific than the
// rule's remediation in the help text. SARIF wants a message on every
// result, so an empty one falls back to the rule id.
func resultMessage(f finding.Finding) string {
	msg := f.Message
	if msg == "" {
		msg = "finding of rule " + ruleID(f.RuleID)
	}
	if f.Fix == "" {
		return msg
	}
	return msg + "\nfix: " + f.Fix
}

// resultProperties keeps the request that was refused, for consumers that
// want more than the message.
func resultProperties(f finding.Finding) sarif.Properties {
	p := sarif.Properties{"root_cause": f.RootCause}
	for k, v := range map[string]string{
		"principal": f.Principal, "action": f.Action, "resource": f.Resource,
		"denied_by": f.DeniedBy, "address": f.Address, "note": f.Note,
	} {
		if v != "" {
			p[k] = v
		}
	}
	if len(f.Unknowns) > 0 {
		p["unknowns"] = f.Unknowns
	}
	return p
}

func notifications(ds []finding.Diagnostic) []*sarif.Notification {
	var out []*sarif.Notification
	for _, d := range ds {
		d = displayedDiag(d)
		text := d.Summary
		if d.Detail != "" {
			text += "\n" + d.Detail
		}
		n := sarif.NewNotification().WithLevel(sarifLevel(d.Severity)).WithTextMessage(text)
		if l := sarifLocation(d.Location); l != nil {
			n.AddLocation(l)
		}
		out = append(out, n)
	}
	return out
}

// sarifLocation returns nil for a location without a file: SARIF has no way
// to point at nothing.
func sarifLocation(l finding.Location) *sarif.Location {
	if l.Path == "" {
		return nil
	}
	region := sarif.NewRegion()
	if l.StartLine > 0 {
		region.WithStartLine(l.StartLine)
		if l.StartColumn > 0 {
			region.WithStartColumn(l.StartColumn)
		}
		if l.EndLine >= l.StartLine {
			region.WithEndLine(l.EndLine)
			if l.EndColumn > 0 {
				region.WithEndColumn(l.EndColumn)
			}
		}
	}
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(artifact(l.Path))
	if region.StartLine != nil {
		phys.WithRegion(region)
	}
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// artifact makes a URI reference relative to %SRCROOT% for relative paths,
// and a file URI for the rare absolute one (Windows drive paths included).
func artifact(p string) *sarif.ArtifactLocation {
	p = strings.ReplaceAll(p, "\\", "/")
	if isDrivePath(p) {
		p = "/" + p
	}
	if path.IsAbs(p) {
		return sarif.NewSimpleArtifactLocation((&url.URL{Scheme: "file", Path: p}).String())
	}
	return sarif.NewSimpleArtifactLocation((&url.URL{Path: p}).EscapedPath()).WithUriBaseId(srcRoot)
}

func isDrivePath(p string) bool {
	return len(p) >= 3 && p[1] == ':' && p[2] == '/' &&
		('a' <= p[0] && p[0] <= 'z' || 'A' <= p[0] && p[0] <= 'Z')
}

// ruleID names the rule of a finding that lost its id, so that the result
// still has a descriptor.
func ruleID(id string) string {
	if id == "" {
		return "unknown"
	}
	return id
}

func sarifLevel(s source.Severity) string {
	switch s {
	case source.Error:
		return "error"
	case source.Warning:
		return "warning"
	}
	return "note"
}

// suppressionKind maps our kinds onto SARIF's two: an ignore comment is in
// the source, anything else (a baseline, the config file) is external.
func suppressionKind(kind string) string {
	switch kind {
	case "inSource", "inline", "comment":
		return "inSource"
	}
	return "external"
}

// encodeSARIF marshals the log without HTML escaping (messages show
// unknowns as <name>) and without the null members go-sarif v2 writes for
// unset suppression fields, which the SARIF schema rejects.
func encodeSARIF(log *sarif.Report) ([]byte, error) {
	var raw bytes.Buffer
	enc := json.NewEncoder(&raw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return nil, fmt.Errorf("encode sarif report: %w", err)
	}
	var compact bytes.Buffer
	if err := dropNulls(&compact, json.RawMessage(bytes.TrimSpace(raw.Bytes()))); err != nil {
		return nil, fmt.Errorf("clean sarif report: %w", err)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		return nil, fmt.Errorf("indent sarif report: %w", err)
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}
