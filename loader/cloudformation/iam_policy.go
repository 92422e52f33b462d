package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// identityPolicy is AWS::IAM::Policy and AWS::IAM::ManagedPolicy: a
// document attached to the Roles, Users and Groups it names.
func identityPolicy(b *builder, it *item) {
	d := b.document(it, "Properties.PolicyDocument", it.r.address, it.props.Get("PolicyDocument"))
	if d == nil {
		return
	}
	d.Name = it.str("PolicyName")
	if it.r.typ == "AWS::IAM::ManagedPolicy" {
		d.Name, d.ARN = b.name(it), b.attr(it, "PolicyArn")
		b.managed[d.ARN] = d
	}
	b.attachNamed(d, strs(it.props.Get("Roles")), strs(it.props.Get("Users")), strs(it.props.Get("Groups")))
}

// attachNamed attaches a document to principals and groups by name.
func (b *builder) attachNamed(d *model.PolicyDoc, roles, users, groups []string) {
	for _, g := range groups {
		b.group(g).policies = append(b.group(g).policies, d)
	}
	b.later = append(b.later, func() {
		for _, name := range roles {
			if p := b.principal(iam.KindRole, name); p != nil {
				p.Policies = append(p.Policies, d)
			}
		}
		for _, name := range users {
			if p := b.principal(iam.KindUser, name); p != nil {
				p.Policies = append(p.Policies, d)
			}
		}
	})
}

// principalPolicy is AWS::IAM::RolePolicy, UserPolicy and GroupPolicy: an
// inline policy of one principal.
func principalPolicy(b *builder, it *item) {
	d := b.document(it, "Properties.PolicyDocument", it.r.address, it.props.Get("PolicyDocument"))
	if d == nil {
		return
	}
	d.Name = it.str("PolicyName")
	var roles, users, groups []string
	switch it.r.typ {
	case "AWS::IAM::RolePolicy":
		roles = []string{it.str("RoleName")}
	case "AWS::IAM::UserPolicy":
		users = []string{it.str("UserName")}
	default:
		groups = []string{it.str("GroupName")}
	}
	b.attachNamed(d, roles, users, groups)
}
