package iam

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/denylint/denylint/source"
)

// Normalize turns a policy document, as any loader read it, into a Policy.
// Problems with the document's shape are returned as diagnostics located in
// the document; what can still be read is kept.
func Normalize(origin string, doc *source.Node) (*Policy, []source.Diagnostic) {
	n := &normalizer{}
	p := &Policy{Origin: origin}
	if doc == nil {
		p.Unknown = "no document"
		return p, nil
	}
	p.Range = doc.Range
	switch doc.Kind {
	case source.Unknown:
		p.Unknown = doc.Scalar
		return p, nil
	case source.Object:
	default:
		n.problem(doc.Range, "policy document is not a JSON object")
		return p, n.diags
	}
	for _, f := range doc.Fields {
		switch f.Key {
		case "Version":
			p.Version = n.scalar(f.Value)
		case "Id":
			p.ID = n.scalar(f.Value)
		case "Statement":
			p.Statements = n.statements(f.Value)
		default:
			n.problem(f.KeyRange, fmt.Sprintf("unknown policy element %q", f.Key))
		}
	}
	if doc.Get("Statement") == nil {
		n.problem(doc.Range, "policy document has no Statement")
	}
	assignIDs(p)
	return p, n.diags
}

// assignIDs names each statement by its Sid where that is unique in the
// document, by its index otherwise.
func assignIDs(p *Policy) {
	seen := map[string]int{}
	for _, s := range p.Statements {
		seen[s.Sid]++
	}
	for i := range p.Statements {
		s := &p.Statements[i]
		if s.Sid != "" && seen[s.Sid] == 1 {
			s.ID = p.Origin + "/" + s.Sid
		} else {
			s.ID = p.Origin + "/" + strconv.Itoa(i)
		}
	}
}

type normalizer struct {
	diags []source.Diagnostic
}

func (n *normalizer) problem(r source.Range, msg string) {
	n.diags = append(n.diags, source.Diagnostic{Severity: source.Warning, Summary: msg, Range: r})
}

func (n *normalizer) statements(v *source.Node) []Statement {
	switch v.Kind {
	case source.Object:
		return []Statement{n.statement(v)}
	case source.Array:
		out := make([]Statement, 0, len(v.Items))
		for _, item := range v.Items {
			switch item.Kind {
			case source.Object:
				out = append(out, n.statement(item))
			case source.Unknown:
				// A statement the configuration may or may not include
				// (a CloudFormation Fn::If, a Terraform conditional).
				out = append(out, unknownStatement(item))
			default:
				n.problem(item.Range, "statement is not a JSON object")
			}
		}
		return out
	case source.Unknown:
		// A statement list the configuration cannot decide: keep a
		// statement that may be anything.
		return []Statement{unknownStatement(v)}
	}
	n.problem(v.Range, "Statement is neither an object nor a list of objects")
	return nil
}

// unknownStatement stands for a statement whose content is not known: it
// may allow or deny anything, so decisions it could change stay unknown.
func unknownStatement(v *source.Node) Statement {
	u := Unknown(v.Scalar)
	return Statement{Effect: Effect(u), Actions: []string{u}, Resources: []string{u},
		Principal: &Principals{AWS: []string{u}}, Range: v.Range}
}

func (n *normalizer) statement(v *source.Node) Statement {
	s := Statement{Range: v.Range}
	for _, f := range v.Fields {
		switch f.Key {
		case "Sid":
			s.Sid = n.scalar(f.Value)
		case "Effect":
			s.Effect = Effect(n.scalar(f.Value))
			if s.Effect != Allow && s.Effect != Deny && IsKnown(string(s.Effect)) {
				n.problem(f.Value.Range, fmt.Sprintf("Effect must be Allow or Deny, not %q", s.Effect))
			}
		case "Action":
			s.Actions = n.strings(f.Value)
		case "NotAction":
			s.NotActions = n.strings(f.Value)
		case "Resource":
			s.Resources = n.strings(f.Value)
		case "NotResource":
			s.NotResources = n.strings(f.Value)
		case "Principal":
			s.Principal = n.principals(f.Value)
		case "NotPrincipal":
			s.NotPrincipal = n.principals(f.Value)
		case "Condition":
			s.Conditions = n.conditions(f.Value)
		default:
			n.problem(f.KeyRange, fmt.Sprintf("unknown statement element %q", f.Key))
		}
	}
	if s.Actions == nil && s.NotActions == nil {
		n.problem(v.Range, "statement has neither Action nor NotAction")
	}
	if s.Actions != nil && s.NotActions != nil && allKnown(s.Actions) && allKnown(s.NotActions) {
		// With unknown parts (a policy document's dynamic statement) one
		// of them may well be empty once deployed.
		n.problem(v.Range, "statement has both Action and NotAction")
	}
	return s
}

func allKnown(ss []string) bool {
	for _, s := range ss {
		if !IsKnown(s) {
			return false
		}
	}
	return true
}

// scalar reads a string-like value; an unknown value becomes its token.
func (n *normalizer) scalar(v *source.Node) string {
	switch v.Kind {
	case source.String, source.Number, source.Bool:
		return v.Scalar
	case source.Unknown:
		return Unknown(v.Scalar)
	case source.Null:
		return ""
	}
	n.problem(v.Range, "expected a string")
	return ""
}

// strings reads a string or a list of strings; the result is never nil, so
// that an empty list stays distinguishable from an absent element.
func (n *normalizer) strings(v *source.Node) []string {
	if v.Kind != source.Array {
		return []string{n.scalar(v)}
	}
	out := make([]string, 0, len(v.Items))
	for _, item := range v.Items {
		out = append(out, n.scalar(item))
	}
	return out
}

func (n *normalizer) principals(v *source.Node) *Principals {
	p := &Principals{}
	switch v.Kind {
	case source.String:
		if v.Scalar == "*" {
			p.All = true
		} else {
			n.problem(v.Range, `Principal must be "*" or an object such as {"AWS": …}`)
		}
		return p
	case source.Unknown:
		p.AWS = []string{Unknown(v.Scalar)}
		return p
	case source.Object:
	default:
		n.problem(v.Range, "Principal is neither \"*\" nor an object")
		return p
	}
	for _, f := range v.Fields {
		values := n.strings(f.Value)
		switch f.Key {
		case "AWS":
			for _, a := range values {
				if a == "*" {
					p.All = true
				} else {
					p.AWS = append(p.AWS, a)
				}
			}
		case "Service":
			p.Service = append(p.Service, values...)
		case "Federated":
			p.Federated = append(p.Federated, values...)
		case "CanonicalUser":
			p.CanonicalUser = append(p.CanonicalUser, values...)
		default:
			if !IsKnown(f.Key) {
				// A principal type the configuration does not decide
				// (a dynamic principals block): these values may name
				// anyone.
				p.AWS = append(p.AWS, Unknown("principal of an undecided type at "+f.KeyRange.String()))
				continue
			}
			n.problem(f.KeyRange, fmt.Sprintf("unknown principal type %q", f.Key))
		}
	}
	return p
}

func (n *normalizer) conditions(v *source.Node) []Condition {
	if v.Kind == source.Unknown {
		return []Condition{{Operator: Unknown(v.Scalar), Key: Unknown(v.Scalar)}}
	}
	if v.Kind != source.Object {
		n.problem(v.Range, "Condition is not an object")
		return nil
	}
	var out []Condition
	for _, op := range v.Fields {
		if op.Value.Kind != source.Object {
			n.problem(op.Value.Range, fmt.Sprintf("condition operator %q does not map keys to values", op.Key))
			continue
		}
		for _, kv := range op.Value.Fields {
			out = append(out, Condition{
				Operator: op.Key,
				Key:      kv.Key,
				Values:   n.strings(kv.Value),
			})
		}
	}
	return out
}

// ParsePolicyJSON reads a policy written as JSON text at base in file.
func ParsePolicyJSON(origin, file string, data []byte, base source.Pos) (*Policy, []source.Diagnostic) {
	doc, d := source.ParseJSON(file, data, base)
	if d != nil {
		d.Summary = "policy is not valid JSON: " + strings.TrimPrefix(d.Summary, "invalid JSON: ")
		p := &Policy{Origin: origin, Unknown: "invalid JSON", Range: d.Range}
		return p, []source.Diagnostic{*d}
	}
	return Normalize(origin, doc)
}
