package cloudformation

import (
	"fmt"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// ident is what a resource's Ref and attributes are computed from.
type ident struct {
	e      *evaluator
	r      *resource
	name   string // the physical name: written, or an unknown token
	path   string // the IAM path, "/" when not written
	acct   string
	region string
}

// token is an attribute AWS assigns at creation: unknown, but the same
// token wherever the template refers to it.
func (id ident) token(attr string) string { return unknown(id.r.address + "." + attr) }

// prop is another property of the resource as text.
func (id ident) prop(key string) string {
	s, _ := text(id.e.property(id.r, key))
	return s
}

// typeInfo says how CloudFormation names a resource type and what Ref and
// Fn::GetAtt return for it.
type typeInfo struct {
	// nameProp is the property that names the resource; without it, or
	// when it is not written, AWS generates the name.
	nameProp string
	// ref is the attribute Ref returns; "" returns the name.
	ref   string
	attrs map[string]func(id ident) string
}

// attribute returns what Ref (attr "") or Fn::GetAtt returns for r.
func (e *evaluator) attribute(r *resource, attr string, at source.Range) *source.Node {
	info, known := types[r.typ]
	id := e.identity(r, info)
	if attr == "" {
		attr = info.ref
		if attr == "" && known && info.nameProp != "" {
			return stringNode(id.name, at)
		}
		if attr == "" {
			return unknownString(r.address+".Ref", at)
		}
	}
	if f, ok := info.attrs[attr]; ok {
		return stringNode(f(id), at)
	}
	// An attribute this table does not know may be a list or a string.
	return unknownNode(fmt.Sprintf("%s.%s", r.address, attr), at)
}

func (e *evaluator) identity(r *resource, info typeInfo) ident {
	id := ident{e: e, r: r, path: "/", acct: iam.CurrentAccount, region: e.regionText()}
	id.name = unknown(r.address + ".Name")
	if info.nameProp != "" {
		if s, ok := text(e.property(r, info.nameProp)); ok && s != "" {
			id.name = s
		}
	}
	if isIAM(r.typ) {
		if s, ok := text(e.property(r, "Path")); ok && s != "" {
			id.path = s
		}
	}
	return id
}

func isIAM(typ string) bool {
	switch typ {
	case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::ManagedPolicy", "AWS::IAM::InstanceProfile":
		return true
	}
	return false
}

func iamARN(id ident, kind string) string {
	return "arn:" + partition + ":iam::" + id.acct + ":" + kind + id.path + id.name
}

func regional(id ident, service, rest string) string {
	return "arn:" + partition + ":" + service + ":" + id.region + ":" + id.acct + ":" + rest
}
