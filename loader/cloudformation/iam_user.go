package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// group is an IAM group: the model has no groups, so their policies are
// folded into each member user once the template is read.
type group struct {
	policies []*model.PolicyDoc
	members  []*model.Principal
}

func (b *builder) group(name string) *group {
	g, ok := b.groups[name]
	if !ok {
		g = &group{}
		b.groups[name] = g
	}
	return g
}

func user(b *builder, it *item) {
	p := &model.Principal{
		Resource: it.base, Kind: iam.KindUser, Name: b.name(it), ARN: b.attr(it, "Arn"),
		UniqueID: unknown(it.r.address + ".UserId"), Tags: tags(it),
	}
	p.Policies = b.inlinePolicies(it)
	b.attachManaged(it, func(d *model.PolicyDoc) { p.Policies = append(p.Policies, d) })
	if arn := it.str("PermissionsBoundary"); arn != "" {
		b.later = append(b.later, func() { p.PermissionsBoundary = b.managedPolicy(it, arn, "Properties.PermissionsBoundary") })
	}
	for _, g := range strs(it.props.Get("Groups")) {
		b.group(g).members = append(b.group(g).members, p)
	}
	b.env.Principals = append(b.env.Principals, p)
}

func iamGroup(b *builder, it *item) {
	g := b.group(b.name(it))
	g.policies = append(g.policies, b.inlinePolicies(it)...)
	b.attachManaged(it, func(d *model.PolicyDoc) { g.policies = append(g.policies, d) })
}

func userToGroup(b *builder, it *item) {
	g := b.group(it.str("GroupName"))
	users := strs(it.props.Get("Users"))
	b.later = append(b.later, func() {
		for _, name := range users {
			if u := b.principal(iam.KindUser, name); u != nil {
				g.members = append(g.members, u)
			}
		}
	})
}

// foldGroups gives every member user its groups' policies.
func (b *builder) foldGroups() {
	for _, g := range b.groups {
		for _, u := range g.members {
			u.Policies = append(u.Policies, g.policies...)
		}
	}
}

// principal finds a role or user of the estate by name.
func (b *builder) principal(kind iam.PrincipalKind, name string) *model.Principal {
	return b.estate.principal(kind, name)
}
