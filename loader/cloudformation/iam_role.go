package cloudformation

import (
	"strconv"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

func role(b *builder, it *item) {
	p := &model.Principal{
		Resource: it.base, Kind: iam.KindRole, Name: b.name(it),
		ARN: b.attr(it, "Arn"), UniqueID: b.attr(it, "RoleId"), Tags: tags(it),
	}
	p.TrustPolicy = b.document(it, "Properties.AssumeRolePolicyDocument",
		it.r.address+"#Properties.AssumeRolePolicyDocument", it.props.Get("AssumeRolePolicyDocument"))
	p.Policies = b.inlinePolicies(it)
	b.attachManaged(it, func(d *model.PolicyDoc) { p.Policies = append(p.Policies, d) })
	if arn := it.str("PermissionsBoundary"); arn != "" {
		b.later = append(b.later, func() { p.PermissionsBoundary = b.managedPolicy(it, arn, "Properties.PermissionsBoundary") })
	}
	b.env.Principals = append(b.env.Principals, p)
}

// inlinePolicies reads the Policies property of a role, user or group.
func (b *builder) inlinePolicies(it *item) []*model.PolicyDoc {
	list := it.props.Get("Policies")
	if list == nil {
		return nil
	}
	var out []*model.PolicyDoc
	for i, pol := range list.Items {
		attr := "Properties.Policies[" + strconv.Itoa(i) + "].PolicyDocument"
		d := b.document(it, attr, it.r.address+"#"+attr, pol.Get("PolicyDocument"))
		if d != nil {
			d.Name, _ = text(pol.Get("PolicyName"))
			out = append(out, d)
		}
	}
	return out
}

// attachManaged attaches the ManagedPolicyArns of a role, user or group once
// every managed policy of the template is known.
func (b *builder) attachManaged(it *item, attach func(*model.PolicyDoc)) {
	arns := strs(it.props.Get("ManagedPolicyArns"))
	b.later = append(b.later, func() {
		for i, arn := range arns {
			attach(b.managedPolicy(it, arn, "Properties.ManagedPolicyArns["+strconv.Itoa(i)+"]"))
		}
	})
}

// managedPolicy finds a managed policy by ARN. One the estate does not
// declare (an AWS managed policy, another stack's) has unknown content.
func (b *builder) managedPolicy(it *item, arn, attr string) *model.PolicyDoc {
	if d, ok := b.managed[arn]; ok {
		return d
	}
	return &model.PolicyDoc{
		Address: it.r.address, Attribute: attr, ARN: arn,
		Document: &iam.Policy{Origin: arn, Unknown: "managed policy " + iam.Display(arn) + " is not in the estate"},
	}
}

func tags(it *item) map[string]string {
	list := it.props.Get("Tags")
	if list == nil || len(list.Items) == 0 {
		return nil
	}
	out := map[string]string{}
	for _, t := range list.Items {
		k, _ := text(t.Get("Key"))
		v, _ := text(t.Get("Value"))
		out[k] = v
	}
	return out
}

func serviceLinkedRole(b *builder, it *item) {
	service := it.str("AWSServiceName")
	name := b.attr(it, "RoleName")
	b.env.Principals = append(b.env.Principals, &model.Principal{
		Resource: it.base, Kind: iam.KindServiceLinkedRole, Name: name, Service: service,
		ARN:      "arn:" + partition + ":iam::" + iam.CurrentAccount + ":role/aws-service-role/" + service + "/" + name,
		UniqueID: unknown(it.r.address + ".RoleId"),
	})
}
