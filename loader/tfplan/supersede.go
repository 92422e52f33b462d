package tfplan

import "github.com/denylint/denylint/model"

// supersede removes from env what another loader modelled at the given
// addresses, so that the plan's view replaces it.
func supersede(env *model.Env, addrs map[string]bool) {
	if len(addrs) == 0 {
		return
	}
	env.Buckets = keep(addrs, env.Buckets, func(b *model.Bucket) string { return b.Address })
	env.Principals = keep(addrs, env.Principals, func(p *model.Principal) string { return p.Address })
	env.Keys = keep(addrs, env.Keys, func(k *model.Key) string { return k.Address })
	env.VPCEndpoints = keep(addrs, env.VPCEndpoints, func(e *model.VPCEndpoint) string { return e.Address })
	env.ConnectInstances = keep(addrs, env.ConnectInstances, func(c *model.ConnectInstance) string { return c.Address })
	env.OrgPolicies = keep(addrs, env.OrgPolicies, func(p *model.OrgPolicy) string { return p.Address })
	if pab := env.AccountPublicAccessBlock; pab != nil && addrs[pab.Address] {
		env.AccountPublicAccessBlock = nil
	}
	if o := env.Organization; o != nil {
		o.Units = keep(addrs, o.Units, func(u *model.OrgUnit) string { return u.Address })
		o.Accounts = keep(addrs, o.Accounts, func(a *model.Account) string { return a.Address })
	}
}

// keep returns the items whose address is not in drop, in order.
func keep[T any](drop map[string]bool, items []T, addr func(T) string) []T {
	out := items[:0:0]
	for _, it := range items {
		if !drop[addr(it)] {
			out = append(out, it)
		}
	}
	if items != nil && out == nil {
		out = []T{}
	}
	return out
}
