package iam

import (
	"strings"
)

// IsPublicPolicy reports whether S3 would call a bucket policy public: some
// Allow grants to a wildcard principal without a condition that pins the
// request to fixed values of the keys S3 lists ("The meaning of public",
// S3 user guide, Block Public Access).
func IsPublicPolicy(p *Policy) bool {
	if p == nil {
		return false
	}
	for i := range p.Statements {
		s := &p.Statements[i]
		if s.Effect == Allow && wildcardPrincipal(s) && !pinned(s.Conditions) {
			return true
		}
	}
	return false
}

func wildcardPrincipal(s *Statement) bool {
	if s.NotPrincipal != nil {
		return true
	}
	p := s.Principal
	if p == nil {
		return false
	}
	if p.All {
		return true
	}
	for _, list := range [][]string{p.AWS, p.Service, p.Federated, p.CanonicalUser} {
		for _, v := range list {
			if strings.Contains(v, "*") {
				return true
			}
		}
	}
	return false
}

// pinningKeys are the condition keys whose fixed values make a wildcard
// principal non-public.
var pinningKeys = []string{
	"aws:SourceArn", "aws:SourceVpc", "aws:SourceVpce", "aws:SourceOwner", "aws:SourceAccount",
	"aws:SourceIp", "aws:userid", "aws:PrincipalArn", "aws:PrincipalAccount", "aws:PrincipalOrgID",
	"aws:PrincipalServiceName", "s3:DataAccessPointArn", "s3:DataAccessPointAccount",
}

// pinned reports whether one condition fixes a pinning key to values
// without wildcards.
func pinned(conds []Condition) bool {
	for _, c := range conds {
		if containsFold(pinningKeys, c.Key) && fixedValues(c) {
			return true
		}
	}
	return false
}

func fixedValues(c Condition) bool {
	op, ok := parseOperator(c.Operator)
	if !ok || op.null || op.spec.negated || op.ifExists || op.qual != qualNone || len(c.Values) == 0 {
		return false
	}
	for _, v := range c.Values {
		if strings.ContainsAny(v, "*?") || v == "" {
			return false
		}
		if strings.EqualFold(c.Key, "aws:SourceIp") && !narrowCIDR(v) {
			return false
		}
	}
	return true
}

// narrowCIDR: S3 treats a source IP range of /8 or wider (IPv4), /32 or
// wider (IPv6), as public.
func narrowCIDR(v string) bool {
	p, ok := parsePrefix(v)
	if !ok {
		return false
	}
	if p.Addr().Is4() {
		return p.Bits() > 8
	}
	return p.Bits() > 32
}
