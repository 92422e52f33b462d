package access

import (
	"slices"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// Organization policy types.
const (
	typeSCP = "SERVICE_CONTROL_POLICY"
	typeRCP = "RESOURCE_CONTROL_POLICY"
)

// orgPlace is where an account sits in the organisation the estate
// declares.
type orgPlace struct {
	// levels are the target ids from the root down to the account; nil
	// when the account is outside any organisation we know of.
	levels     []string
	management bool
	orgID      string
	paths      []string
}

// placeOf finds an account's place. An estate that creates the
// organisation is deployed from its management account, which SCPs and
// RCPs do not restrict. An account the organisation does not list, in an
// estate that attaches policies to the root, is taken to be a member: the
// root's policies reach every member, whatever OU it is in.
func (x *Index) placeOf(account string) orgPlace {
	org := x.env.Organization
	if org != nil {
		for _, a := range org.Accounts {
			if a.ID == account && iam.IsKnown(account) {
				return x.memberPlace(org, a.ID, a.ParentID)
			}
		}
		if org.ManagementAccount == account || (account == iam.CurrentAccount && managesOrganization(org)) {
			return orgPlace{management: true, orgID: org.ID}
		}
	}
	root := x.rootID()
	if root == "" {
		return orgPlace{}
	}
	p := orgPlace{levels: []string{root}, orgID: iam.Unknown("organization id")}
	if org != nil {
		p.orgID = org.ID
	}
	return p
}

func managesOrganization(org *model.Organization) bool {
	return org.Address != "" && !strings.HasPrefix(org.Address, "data.")
}

// memberPlace walks from an account up to the root through its OUs.
func (x *Index) memberPlace(org *model.Organization, account, parent string) orgPlace {
	levels := []string{account}
	for seen := 0; parent != "" && seen < 16; seen++ {
		levels = append(levels, parent)
		next := ""
		for _, u := range org.Units {
			if u.ID == parent {
				next = u.ParentID
			}
		}
		parent = next
	}
	for i, j := 0, len(levels)-1; i < j; i, j = i+1, j-1 {
		levels[i], levels[j] = levels[j], levels[i]
	}
	path := org.ID + "/" + strings.Join(levels, "/") + "/"
	return orgPlace{levels: levels, orgID: org.ID, paths: []string{path}}
}

// rootID is the organisation root the estate's policies attach to, if any.
func (x *Index) rootID() string {
	if org := x.env.Organization; org != nil && org.RootID != "" {
		for _, p := range x.env.OrgPolicies {
			for _, t := range p.TargetIDs {
				if t == org.RootID {
					return t
				}
			}
		}
	}
	for _, p := range x.env.OrgPolicies {
		for _, t := range p.TargetIDs {
			if looksLikeRoot(t) {
				return t
			}
		}
	}
	return ""
}

func looksLikeRoot(id string) bool {
	if strings.HasPrefix(id, "r-") {
		return true
	}
	for _, n := range iam.UnknownNames(id) {
		if strings.Contains(n, "roots") || strings.Contains(n, "root id") || strings.Contains(n, "organization root") {
			return true
		}
	}
	return false
}

// orgLevels lists the policies of one type attached at each level of a
// place. AWS attaches FullAWSAccess to every level unless an allow-list
// strategy replaced it; a level whose own SCPs allow something is taken to
// be such a replacement.
func (x *Index) orgLevels(p orgPlace, typ string) [][]*iam.Policy {
	if p.levels == nil || p.management {
		return nil
	}
	out := make([][]*iam.Policy, 0, len(p.levels))
	for _, id := range p.levels {
		var level []*iam.Policy
		allowList := false
		for _, op := range x.env.OrgPolicies {
			if op.Type != typ || op.Policy == nil || op.Policy.Document == nil || !slices.Contains(op.TargetIDs, id) {
				continue
			}
			level = append(level, op.Policy.Document)
			allowList = allowList || hasAllow(op.Policy.Document)
		}
		if typ == typeSCP && !allowList {
			level = append(level, fullAWSAccess)
		}
		out = append(out, level)
	}
	return out
}

// fullAWSAccess is the AWS managed SCP attached to every level by default.
var fullAWSAccess = allowEverything("FullAWSAccess")

// allowEverything is a policy with one statement allowing every action on
// every resource: FullAWSAccess, or the identity policy of an
// administrator whose own policies the configuration does not show.
func allowEverything(origin string) *iam.Policy {
	return &iam.Policy{Origin: origin, Version: "2012-10-17", Statements: []iam.Statement{{
		ID: origin + "/0", Effect: iam.Allow, Actions: []string{"*"}, Resources: []string{"*"},
	}}}
}

func hasAllow(p *iam.Policy) bool {
	for _, s := range p.Statements {
		if s.Effect == iam.Allow {
			return true
		}
	}
	return false
}

// addOrgLayers fills the caller's organisation keys and the SCPs of its
// account and RCPs of the resource's account.
func (x *Index) addOrgLayers(req *iam.Request) {
	l := x.orgLayersOf(req.Caller.Account, req.ResourceAccount)
	req.Caller.ManagementAccount = l.caller.management
	req.Caller.OrgID = l.caller.orgID
	req.Caller.OrgPaths = l.caller.paths
	req.SCPs = l.scps
	req.RCPs = l.rcps
}

// orgLayers is what the organisation contributes to a request from one
// account to a resource of another.
type orgLayers struct {
	caller     orgPlace
	scps, rcps [][]*iam.Policy
}

// orgLayersOf finds the organisation's layers once per pair of accounts:
// finding an account's place walks the organisation's accounts, units and
// policies, which grow with the estate, and every decision needs it.
// Decisions share the result and only read it.
func (x *Index) orgLayersOf(callerAccount, resourceAccount string) *orgLayers {
	key := [2]string{callerAccount, resourceAccount}
	if l, ok := x.orgCache.Load(key); ok {
		return l.(*orgLayers)
	}
	caller := x.placeOf(callerAccount)
	l := &orgLayers{caller: caller, scps: x.orgLevels(caller, typeSCP), rcps: x.orgLevels(x.placeOf(resourceAccount), typeRCP)}
	x.orgCache.Store(key, l)
	return l
}
