package terraform

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/zclconf/go-cty/cty"
)

// providerInfo is what a provider configuration says about where
// resources are created.
type providerInfo struct {
	region string
	// account is where the provider creates resources: the account of the
	// role it assumes, of its one allowed account id, or the current one.
	account string
}

// inheritProviders gives a child module its parent's providers, with the
// explicit `providers = {...}` mapping applied.
func inheritProviders(parent map[string]*providerInfo, mapping map[string]string) map[string]*providerInfo {
	out := make(map[string]*providerInfo, len(parent))
	for k, v := range parent {
		out[k] = v
	}
	for child, from := range mapping {
		if p := parent[from]; p != nil {
			out[child] = p
		}
	}
	return out
}

// configureProviders evaluates the provider blocks of this module.
func (m *module) configureProviders() {
	if m.providers == nil {
		m.providers = map[string]*providerInfo{}
	}
	for _, p := range m.cfg.providers {
		if p.name != "aws" {
			continue
		}
		key := p.name
		if p.alias != "" {
			key += "." + p.alias
		}
		info := &providerInfo{region: iam.Unknown("region of provider " + m.qualify(key))}
		if p.alias == "" {
			info.region = iam.Unknown("region")
		}
		if a := p.attrs["region"]; a != nil {
			if v := m.scope().eval(a.Expr); v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
				info.region = v.AsString()
			}
		}
		info.account = m.providerAccount(p)
		m.providers[key] = info
	}
}

// providerAccount is the account a provider block creates resources in,
// when its assume_role or allowed_account_ids says so.
func (m *module) providerAccount(p *providerConfig) string {
	if p.roleARN != nil {
		if v := m.scope().eval(p.roleARN); v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
			if a, ok := iam.ParseARN(v.AsString()); ok && iam.IsKnown(a.Account) && a.Account != "" {
				return a.Account
			}
		}
	}
	if a := p.attrs["allowed_account_ids"]; a != nil {
		if v := m.scope().eval(a.Expr); v.CanIterateElements() && v.IsWhollyKnown() && v.LengthInt() == 1 {
			if id := v.AsValueSlice()[0]; id.Type() == cty.String {
				return id.AsString()
			}
		}
	}
	return iam.CurrentAccount
}

// account returns the account of resources created with the named
// provider.
func (m *module) account(provider string) string {
	if provider == "" {
		provider = "aws"
	}
	p := m.providers[provider]
	if p == nil {
		p = m.providers["aws"]
	}
	if p == nil || p.account == "" {
		return iam.CurrentAccount
	}
	return p.account
}

// region returns the region and partition of resources created with the
// named provider ("" is the default aws provider).
func (m *module) region(provider string) (string, string) {
	if provider == "" {
		provider = "aws"
	}
	p := m.providers[provider]
	if p == nil {
		p = m.providers["aws"]
	}
	if p == nil {
		return iam.Unknown("region"), "aws"
	}
	return p.region, partitionOf(p.region)
}

// partitionOf derives the partition from a region. The commercial
// partition is assumed where the region is not known: denylint reasons
// about one estate, and every ARN it computes shares the assumption.
func partitionOf(region string) string {
	switch {
	case strings.HasPrefix(region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(region, "us-gov-"):
		return "aws-us-gov"
	case strings.HasPrefix(region, "us-iso-"):
		return "aws-iso"
	case strings.HasPrefix(region, "us-isob-"):
		return "aws-iso-b"
	}
	return "aws"
}
