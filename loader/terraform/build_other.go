package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/zclconf/go-cty/cty"
)

func buildKey(b *builder, inst *instance) {
	k := &model.Key{Resource: b.resource(inst), ARN: str(inst, "arn"), KeyID: str(inst, "key_id")}
	k.Policy = b.policy(inst, inst.body, "", "policy")
	if on := blockBool(inst.body, "enable_key_rotation"); on != nil {
		k.RotationEnabled = *on
	}
	b.env.Keys = append(b.env.Keys, k)
	b.idx.keys[k.KeyID] = k
	b.idx.keys[k.ARN] = k
}

func attachKeyPolicy(b *builder, inst *instance) {
	if k := b.idx.keys[str(inst, "key_id")]; k != nil {
		k.Policy = b.policy(inst, inst.body, "", "policy")
	}
}

func attachAlias(b *builder, inst *instance) {
	k := b.idx.keys[str(inst, "target_key_id")]
	if k == nil {
		return
	}
	name := str(inst, "name")
	k.Aliases = append(k.Aliases, name)
	b.idx.keys[name] = k
	b.idx.keys[str(inst, "arn")] = k
}

func attachGrant(b *builder, inst *instance) {
	if k := b.idx.keys[str(inst, "key_id")]; k != nil {
		k.Grants = append(k.Grants, &model.Grant{
			Address: inst.addr, GranteePrincipal: str(inst, "grantee_principal"),
			Operations: blockStrings(inst.body, "operations"),
		})
	}
}

func buildEndpoint(b *builder, inst *instance) {
	e := &model.VPCEndpoint{
		Resource: b.resource(inst), ID: str(inst, "id"), VPCID: str(inst, "vpc_id"),
		ServiceName: str(inst, "service_name"), Type: str(inst, "vpc_endpoint_type"),
	}
	if e.Type == "" {
		e.Type = "Gateway"
	}
	e.Policy = b.policy(inst, inst.body, "", "policy")
	b.env.VPCEndpoints = append(b.env.VPCEndpoints, e)
	b.idx.endpoints[e.ID] = e
}

func attachEndpointPolicy(b *builder, inst *instance) {
	if e := b.idx.endpoints[str(inst, "vpc_endpoint_id")]; e != nil {
		e.Policy = b.policy(inst, inst.body, "", "policy")
	}
}

func (b *builder) org(_ *instance) *model.Organization {
	if b.env.Organization == nil {
		b.env.Organization = &model.Organization{ID: iam.Unknown("organization"), RootID: iam.Unknown("organization root")}
	}
	return b.env.Organization
}

func buildOrganization(b *builder, inst *instance) {
	o := b.org(inst)
	o.Address, o.ID, o.ManagementAccount = inst.addr, str(inst, "id"), str(inst, "master_account_id")
	if roots := attrOr(inst, "roots"); roots.IsKnown() && !roots.IsNull() && roots.LengthInt() > 0 {
		o.RootID = valueString(roots.Index(cty.NumberIntVal(0)).GetAttr("id"), inst.addr+".roots[0].id")
	}
}

func buildOrgUnit(b *builder, inst *instance) {
	o := b.org(inst)
	o.Units = append(o.Units, &model.OrgUnit{Address: inst.addr, ID: str(inst, "id"), Name: str(inst, "name"), ParentID: str(inst, "parent_id")})
}

func buildOrgAccount(b *builder, inst *instance) {
	o := b.org(inst)
	parent := str(inst, "parent_id")
	if parent == "" {
		parent = o.RootID
	}
	o.Accounts = append(o.Accounts, &model.Account{Address: inst.addr, ID: str(inst, "id"), Name: str(inst, "name"), ParentID: parent})
}

func buildOrgPolicy(b *builder, inst *instance) {
	typ := str(inst, "type")
	if typ == "" {
		typ = "SERVICE_CONTROL_POLICY"
	}
	if typ != "SERVICE_CONTROL_POLICY" && typ != "RESOURCE_CONTROL_POLICY" {
		return
	}
	p := &model.OrgPolicy{Address: inst.addr, Name: str(inst, "name"), Type: typ, TargetIDs: []string{}}
	p.Policy = b.policy(inst, inst.body, "", "content")
	b.env.OrgPolicies = append(b.env.OrgPolicies, p)
	b.idx.orgPolicies[str(inst, "id")] = p
}

func attachOrgPolicy(b *builder, inst *instance) {
	if p := b.idx.orgPolicies[str(inst, "policy_id")]; p != nil {
		p.TargetIDs = append(p.TargetIDs, str(inst, "target_id"))
	}
}
