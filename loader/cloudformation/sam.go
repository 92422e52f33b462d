package cloudformation

import (
	"strconv"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// samFunction is AWS::Serverless::Function. Without a Role property the
// SAM transform creates a role, logical id <Function>Role, holding the
// function's Policies: inline documents, managed policies and SAM policy
// templates.
func samFunction(b *builder, it *item) {
	if it.props.Get("Role") != nil {
		return
	}
	r := b.t.resources[it.r.id+"Role"]
	if r == nil || !r.implicit {
		return
	}
	roleItem := &item{r: r, props: &source.Node{Kind: source.Object}, base: it.base}
	roleItem.base.Address = r.address
	p := &model.Principal{
		Resource: roleItem.base, Kind: iam.KindRole, Name: b.name(roleItem),
		ARN: b.attr(roleItem, "Arn"), UniqueID: b.attr(roleItem, "RoleId"),
	}
	b.env.Sources.Set(r.address, "", it.r.rng)
	p.Policies = b.samPolicies(it)
	b.env.Principals = append(b.env.Principals, p)
}

func (b *builder) samPolicies(it *item) []*model.PolicyDoc {
	pol := it.props.Get("Policies")
	if pol == nil {
		return nil
	}
	list := []*source.Node{pol}
	if pol.Kind == source.Array {
		list = pol.Items
	}
	var out []*model.PolicyDoc
	for i, p := range list {
		attr := "Properties.Policies"
		if pol.Kind == source.Array {
			attr += "[" + strconv.Itoa(i) + "]"
		}
		if d := b.samPolicy(it, attr, p); d != nil {
			out = append(out, d)
		}
	}
	return out
}

func (b *builder) samPolicy(it *item, attr string, p *source.Node) *model.PolicyDoc {
	switch {
	case p.Kind == source.String:
		arn := p.Scalar
		if !strings.HasPrefix(arn, "arn:") {
			arn = "arn:" + partition + ":iam::aws:policy/" + arn
		}
		return b.managedPolicy(it, arn, attr)
	case p.Get("Statement") != nil:
		return b.document(it, attr, it.r.address+"#"+attr, p)
	case p.Kind == source.Object && len(p.Fields) == 1:
		return b.policyTemplate(it, attr, p.Fields[0])
	}
	return &model.PolicyDoc{Address: it.r.address, Attribute: attr,
		Document: &iam.Policy{Origin: it.r.address + "#" + attr, Unknown: "policy not readable", Range: p.Range}}
}
