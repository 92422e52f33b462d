package cloudformation

import (
	"bytes"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// document normalises the policy document written at attr (a property
// path such as "Properties.PolicyDocument") of a resource. origin prefixes
// the statement ids; every statement's range is recorded under its id.
func (b *builder) document(it *item, attr, origin string, doc *source.Node) *model.PolicyDoc {
	if doc == nil {
		return nil
	}
	var p *iam.Policy
	var diags []source.Diagnostic
	if doc.Kind == source.String {
		p, diags = b.policyText(origin, doc)
	} else {
		p, diags = iam.Normalize(origin, doc)
	}
	b.diags = append(b.diags, diags...)
	for _, s := range p.Statements {
		b.env.Sources.Set(s.ID, "", s.Range)
	}
	return &model.PolicyDoc{Address: it.r.address, Attribute: attr, Document: p}
}

// policyText reads a policy written as a JSON string. Statements keep
// their own ranges when the JSON appears verbatim in the template;
// otherwise (escaped inside JSON, indented in a block scalar, built with
// Fn::Sub) they point at the whole string.
func (b *builder) policyText(origin string, doc *source.Node) (*iam.Policy, []source.Diagnostic) {
	content := []byte(doc.Scalar)
	if !iam.IsKnown(doc.Scalar) {
		if _, d := source.ParseJSON(doc.Range.File, content, doc.Range.Start); d != nil {
			return &iam.Policy{Origin: origin, Unknown: "policy built from unknown values", Range: doc.Range}, nil
		}
	}
	written := b.t.data[min(doc.Range.Start.Byte, len(b.t.data)):min(doc.Range.End.Byte, len(b.t.data))]
	if i := bytes.Index(written, content); i >= 0 && len(content) > 0 {
		l := newLines(doc.Range.File, b.t.data)
		return iam.ParsePolicyJSON(origin, doc.Range.File, content, l.pos(doc.Range.Start.Byte+i))
	}
	p, diags := iam.ParsePolicyJSON(origin, doc.Range.File, content, doc.Range.Start)
	p.Range = doc.Range
	for i := range p.Statements {
		p.Statements[i].Range = doc.Range
	}
	for i := range diags {
		diags[i].Range = doc.Range
	}
	return p, diags
}
