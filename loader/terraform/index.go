package terraform

import "github.com/denylint/denylint/model"

// index finds estate objects by what configurations use to refer to them:
// names, ids and ARNs.
type index struct {
	buckets     map[string]*model.Bucket
	principals  map[string]*model.Principal // by name, ARN and kind:name
	keys        map[string]*model.Key       // by key id, ARN, alias name and alias ARN
	policies    map[string]*model.PolicyDoc // aws_iam_policy by ARN
	instances   map[string]*model.ConnectInstance
	endpoints   map[string]*model.VPCEndpoint
	orgPolicies map[string]*model.OrgPolicy
	// pending attachments of managed policies, resolved once every
	// policy is known.
	attachments []attachment
	members     []membership
}

type attachment struct {
	principal *model.Principal
	arn       string
	boundary  bool
	address   string
}

type membership struct {
	user  *model.Principal
	group string
}

func newIndex() *index {
	return &index{
		buckets: map[string]*model.Bucket{}, principals: map[string]*model.Principal{},
		keys: map[string]*model.Key{}, policies: map[string]*model.PolicyDoc{},
		instances: map[string]*model.ConnectInstance{}, endpoints: map[string]*model.VPCEndpoint{},
		orgPolicies: map[string]*model.OrgPolicy{},
	}
}
