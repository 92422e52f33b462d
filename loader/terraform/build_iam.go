package terraform

import (
	"sort"
	"strconv"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

func buildPrincipal(kind iam.PrincipalKind) func(*builder, *instance) {
	return func(b *builder, inst *instance) {
		p := &model.Principal{
			Resource: b.resource(inst), Kind: kind, Name: str(inst, "name"), ARN: str(inst, "arn"),
			UniqueID: str(inst, "unique_id"), Tags: tags(inst), Policies: []*model.PolicyDoc{},
		}
		if kind == iam.KindRole {
			p.TrustPolicy = b.policy(inst, inst.body, "", "assume_role_policy")
			for i, ip := range inst.body.nested("inline_policy") {
				if doc := b.policy(inst, ip, "inline_policy["+strconv.Itoa(i)+"].", "policy"); doc != nil {
					doc.Name = blockStr(ip, "name")
					p.Policies = append(p.Policies, doc)
				}
			}
			for _, arn := range blockStrings(inst.body, "managed_policy_arns") {
				b.idx.attachments = append(b.idx.attachments, attachment{principal: p, arn: arn, address: inst.addr})
			}
		}
		if arn := str(inst, "permissions_boundary"); arn != "" {
			b.idx.attachments = append(b.idx.attachments, attachment{principal: p, arn: arn, boundary: true, address: inst.addr})
		}
		b.env.Principals = append(b.env.Principals, p)
		b.idx.principals[string(kind)+":"+p.Name] = p
		b.idx.principals[p.ARN] = p
	}
}

func tags(inst *instance) map[string]string {
	v := attrOr(inst, "tags")
	if !v.IsWhollyKnown() || v.IsNull() || !v.Type().IsMapType() && !v.Type().IsObjectType() {
		return nil
	}
	out := map[string]string{}
	for k, x := range v.AsValueMap() {
		out[k] = valueString(x, inst.addr+".tags."+k)
	}
	return out
}

func buildServiceLinkedRole(b *builder, inst *instance) {
	p := &model.Principal{
		Resource: b.resource(inst), Kind: iam.KindServiceLinkedRole, Name: str(inst, "name"), ARN: str(inst, "arn"),
		UniqueID: str(inst, "unique_id"), Service: str(inst, "aws_service_name"), Policies: []*model.PolicyDoc{},
	}
	b.env.Principals = append(b.env.Principals, p)
	b.idx.principals[p.ARN] = p
}

func buildManagedPolicy(b *builder, inst *instance) {
	doc := b.policy(inst, inst.body, "", "policy")
	if doc == nil {
		return
	}
	doc.Name, doc.ARN = str(inst, "name"), str(inst, "arn")
	b.idx.policies[doc.ARN] = doc
}

// groups collect the policies of IAM groups until members are known.
func buildGroup(b *builder, inst *instance) {
	b.group(str(inst, "name"))
}

func (b *builder) group(name string) *model.Principal {
	key := "group:" + name
	if g := b.idx.principals[key]; g != nil {
		return g
	}
	g := &model.Principal{Name: name, Policies: []*model.PolicyDoc{}}
	b.idx.principals[key] = g
	return g
}

// inlinePolicy attaches aws_iam_{role,user,group}_policy to its owner.
func inlinePolicy(kind, attr string) func(*builder, *instance) {
	return func(b *builder, inst *instance) {
		owner := b.idx.principals[kind+":"+str(inst, attr)]
		if kind == "group" {
			owner = b.group(str(inst, attr))
		}
		if owner == nil {
			return
		}
		if doc := b.policy(inst, inst.body, "", "policy"); doc != nil {
			doc.Name = str(inst, "name")
			owner.Policies = append(owner.Policies, doc)
		}
	}
}

// policyAttachment attaches a managed policy by ARN to its owner.
func policyAttachment(kind, attr string) func(*builder, *instance) {
	return func(b *builder, inst *instance) {
		owner := b.idx.principals[kind+":"+str(inst, attr)]
		if kind == "group" {
			owner = b.group(str(inst, attr))
		}
		if owner != nil {
			b.idx.attachments = append(b.idx.attachments, attachment{principal: owner, arn: str(inst, "policy_arn"), address: inst.addr})
		}
	}
}

func multiAttachment(b *builder, inst *instance) {
	arn := str(inst, "policy_arn")
	for _, kind := range []string{"role", "user", "group"} {
		for _, name := range blockStrings(inst.body, kind+"s") {
			owner := b.idx.principals[kind+":"+name]
			if kind == "group" {
				owner = b.group(name)
			}
			if owner != nil {
				b.idx.attachments = append(b.idx.attachments, attachment{principal: owner, arn: arn, address: inst.addr})
			}
		}
	}
}

func groupMembership(b *builder, inst *instance) {
	g := str(inst, "group")
	for _, u := range blockStrings(inst.body, "users") {
		if p := b.idx.principals["user:"+u]; p != nil {
			b.idx.members = append(b.idx.members, membership{user: p, group: g})
		}
	}
}

func userGroupMembership(b *builder, inst *instance) {
	p := b.idx.principals["user:"+str(inst, "user")]
	if p == nil {
		return
	}
	for _, g := range blockStrings(inst.body, "groups") {
		b.idx.members = append(b.idx.members, membership{user: p, group: g})
	}
}

// exclusiveRolePolicies keeps only the inline policies the
// aws_iam_role_policies_exclusive resource names: AWS removes the others.
func exclusiveRolePolicies(b *builder, inst *instance) {
	p := b.idx.principals["role:"+str(inst, "role_name")]
	if p == nil {
		return
	}
	keep := map[string]bool{}
	for _, n := range blockStrings(inst.body, "policy_names") {
		keep[n] = true
	}
	var out []*model.PolicyDoc
	for _, d := range p.Policies {
		if d.ARN != "" || keep[d.Name] || !iam.IsKnown(d.Name) {
			out = append(out, d)
		}
	}
	p.Policies = out
}

// finish resolves managed policy attachments and group memberships, once
// every policy and group is known.
func (b *builder) finish() {
	for _, a := range b.idx.attachments {
		doc := b.managed(a.arn, a.address)
		if a.boundary {
			a.principal.PermissionsBoundary = doc
		} else {
			a.principal.Policies = append(a.principal.Policies, doc)
		}
	}
	sort.SliceStable(b.idx.members, func(i, j int) bool { return b.idx.members[i].group < b.idx.members[j].group })
	for _, m := range b.idx.members {
		if g := b.idx.principals["group:"+m.group]; g != nil {
			m.user.Policies = append(m.user.Policies, g.Policies...)
		}
	}
}

// managed finds a managed policy by ARN: one of the estate, one AWS
// publishes that denylint ships, or an unknown document.
func (b *builder) managed(arn, address string) *model.PolicyDoc {
	if doc := b.idx.policies[arn]; doc != nil {
		return doc
	}
	if doc := awsManaged(arn, address); doc != nil {
		return doc
	}
	return &model.PolicyDoc{Address: address, ARN: arn, Document: &iam.Policy{
		Origin: arn, Unknown: "managed policy " + iam.Display(arn) + " is not in the configuration",
	}}
}
