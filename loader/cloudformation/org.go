package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// organization returns the estate's organisation, declaring one whose ids
// are unknown when none is yet. Any file may declare it, so it is asked
// for only once the template joined the estate (in later).
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
	b.later = append(b.later, func() { b.organization() })
	b.env.OrgPolicies = append(b.env.OrgPolicies, &model.OrgPolicy{
		Address: it.r.address, Name: it.str("Name"), Type: typ,
		Policy:    b.document(it, "Properties.Content", it.r.address, it.props.Get("Content")),
		TargetIDs: strs(it.props.Get("TargetIds")),
	})
}

func orgUnit(b *builder, it *item) {
	u := &model.OrgUnit{Address: it.r.address, ID: b.attr(it, "Id"), Name: it.str("Name"), ParentID: it.str("ParentId")}
	b.later = append(b.later, func() {
		o := b.organization()
		o.Units = append(o.Units, u)
	})
}

// orgAccount is AWS::Organizations::Account; without ParentIds it sits
// under the root of the organisation, wherever that is declared.
func orgAccount(b *builder, it *item) {
	a := &model.Account{Address: it.r.address, ID: b.attr(it, "AccountId"), Name: it.str("AccountName")}
	parents := strs(it.props.Get("ParentIds"))
	if len(parents) > 0 {
		a.ParentID = parents[0]
	}
	b.later = append(b.later, func() {
		o := b.organization()
		if len(parents) == 0 {
			a.ParentID = o.RootID
		}
		o.Accounts = append(o.Accounts, a)
	})
}
