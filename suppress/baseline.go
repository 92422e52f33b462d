package suppress

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/source"
)

// External is the SARIF suppression kind of a baseline match.
const External = "external"

// Baseline is the file --write-baseline writes: the fingerprints of known
// findings, with enough beside each for a reviewer to see what it is.
type Baseline struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one known finding. Only Fingerprint is matched; it is made from
// the rule, the resource address and the refused request, not from lines.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"rule_id"`
	Address     string `json:"address,omitempty"`
	Principal   string `json:"principal,omitempty"`
	Action      string `json:"action,omitempty"`
	Resource    string `json:"resource,omitempty"`
}

// NewBaseline collects the findings that no inline ignore covers (those a
// previous baseline matched stay known), in a stable order.
func NewBaseline(findings []finding.Finding) *Baseline {
	b := &Baseline{Version: 1, Findings: []Entry{}}
	seen := map[string]bool{}
	for _, f := range findings {
		inSource := f.Suppression != nil && f.Suppression.Kind == InSource
		if inSource || f.Fingerprint == "" || seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Findings = append(b.Findings, Entry{Fingerprint: f.Fingerprint, RuleID: f.RuleID, Address: f.Address,
			Principal: f.Principal, Action: f.Action, Resource: f.Resource})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.RuleID != y.RuleID {
			return x.RuleID < y.RuleID
		}
		return x.Fingerprint < y.Fingerprint
	})
	return b
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // keep <current account> readable
	if err := enc.Encode(b); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// ReadBaseline reads a baseline file. A file that is not a baseline is a
// located diagnostic; only an unreadable one is an error.
func ReadBaseline(path string) (*Baseline, *source.Diagnostic, error) {
	data, err := source.ReadFile(path, source.MaxFileSize)
	if err != nil {
		return nil, nil, fmt.Errorf("read baseline: %w", err)
	}
	root, d := source.ParseJSON(path, data, source.Pos{})
	if d != nil {
		return nil, d, nil
	}
	b := &Baseline{}
	if d := b.from(root); d != nil {
		return nil, d, nil
	}
	return b, nil, nil
}

func (b *Baseline) from(root *source.Node) *source.Diagnostic {
	bad := func(n *source.Node, msg string) *source.Diagnostic {
		return &source.Diagnostic{Severity: source.Error, Summary: "not a denylint baseline", Detail: msg, Range: n.Range}
	}
	list := root.Get("findings")
	if root.Kind != source.Object || list == nil || list.Kind != source.Array {
		return bad(root, `want {"version": 1, "findings": [{"fingerprint": …}, …]} as --write-baseline writes it`)
	}
	if v := root.Get("version"); v == nil || v.Kind != source.Number || v.Scalar != "1" {
		return bad(root, "want version 1")
	}
	for _, item := range list.Items {
		fp := item.Get("fingerprint")
		if fp == nil || fp.Kind != source.String || fp.Scalar == "" {
			return bad(item, "each finding needs a fingerprint")
		}
		e := Entry{Fingerprint: fp.Scalar}
		if r := item.Get("rule_id"); r != nil {
			e.RuleID = r.Scalar
		}
		b.Findings = append(b.Findings, e)
	}
	return nil
}

// Apply marks the findings the baseline knows; it returns how many of the
// baseline's entries matched nothing (fixed since it was written).
func (b *Baseline) Apply(findings []finding.Finding, name string) (stale int) {
	known := map[string]bool{}
	for _, e := range b.Findings {
		known[e.Fingerprint] = true
	}
	used := map[string]bool{}
	for i := range findings {
		f := &findings[i]
		if f.Suppression != nil || !known[f.Fingerprint] {
			continue
		}
		used[f.Fingerprint] = true
		f.Suppression = &finding.Suppression{Kind: External, Justification: "known finding in baseline " + name}
	}
	return len(known) - len(used)
}
