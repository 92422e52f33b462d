package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// organization returns the estate's organisation, declaring one whose ids
// are unknown when none is yet.
func (b *builder) organization() *model.Organization {
	if b.env.Organization == nil {
		b.env.Organization = &model.Organization{ID: iam.Unknown("organization"), RootID: iam.Unknown("organization root")}
	}
	return b.env.Organization
}

// orgPolicy is AWS::Organizations::Policy: an SCP or RCP with its targets.
// Content is a policy object or a JSON string.
func orgPolicy(b *builder, it *item) {
	typ := it.str("Type")
	if typ != "SERVICE_CONTROL_POLICY" && typ != "RESOURCE_CONTROL_POLICY" {
		return
	}
	b.organization()
	b.env.OrgPolicies = append(b.env.OrgPolicies, &model.OrgPolicy{
		Address: it.r.address, Name: it.str("Name"), Type: typ,
		Policy:    b.document(it, "Properties.Content", it.r.address, it.props.Get("Content")),
		TargetIDs: strs(it.props.Get("TargetIds")),
	})
}

func orgUnit(b *builder, it *item) {
	o := b.organization()
	o.Units = append(o.Units, &model.OrgUnit{
		Address: it.r.address, ID: b.attr(it, "Id"), Name: it.str("Name"), ParentID: it.str("ParentId"),
	})
}

func orgAccount(b *builder, it *item) {
	o := b.organization()
	a := &model.Account{Address: it.r.address, ID: b.attr(it, "AccountId"), Name: it.str("AccountName"), ParentID: o.RootID}
	if parents := strs(it.props.Get("ParentIds")); len(parents) > 0 {
		a.ParentID = parents[0]
	}
	o.Accounts = append(o.Accounts, a)
}
