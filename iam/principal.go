package iam

import "strings"

// grantKind says how a Principal element named the caller; AWS treats a
// resource policy's allow differently depending on it.
type grantKind int8

const (
	// grantDirect names the caller itself: its user ARN, its role
	// session ARN, a service, or everyone.
	grantDirect grantKind = iota
	// grantRole names the role the session belongs to.
	grantRole
	// grantAccount names the caller's account, delegating to its IAM
	// policies.
	grantAccount
	grantKinds
)

// principalMatch is how far a Principal element names the caller, for each
// way of naming it.
type principalMatch [grantKinds]Tri

func (m principalMatch) any() Tri {
	return m[grantDirect].or(m[grantRole]).or(m[grantAccount])
}

// MatchPrincipal decides whether a Principal element names the caller.
func MatchPrincipal(p *Principals, c Caller) Tri {
	return matchPrincipal(p, c).any()
}

func matchPrincipal(p *Principals, c Caller) principalMatch {
	var m principalMatch
	if p == nil {
		return m
	}
	if p.All {
		m[grantDirect] = True
		return m
	}
	if c.Kind == KindService {
		for _, s := range p.Service {
			m[grantDirect] = m[grantDirect].or(serviceEq(s, c.ARN))
		}
		return m
	}
	for _, a := range p.AWS {
		k, t := matchAWSPrincipal(a, c)
		m[k] = m[k].or(t)
	}
	return m
}

func serviceEq(s, name string) Tri {
	if IsKnown(s) && IsKnown(name) {
		return triOf(strings.EqualFold(s, name))
	}
	return equalTri(s, name)
}

// matchAWSPrincipal matches one entry of an "AWS" principal: an account id,
// an account root ARN, a role or user ARN, or a role session ARN. Principal
// elements take no wildcards besides "*", handled by the caller.
func matchAWSPrincipal(entry string, c Caller) (grantKind, Tri) {
	if isAccountID(entry) {
		return grantAccount, equalTri(entry, c.Account)
	}
	a, ok := ParseARN(entry)
	if !ok {
		// An unknown entry may be any of the forms.
		if !IsKnown(entry) {
			return grantDirect, equalTri(entry, c.ARN).or(maybeIf(equalTri(entry, c.Account) != False))
		}
		return grantDirect, False
	}
	switch {
	case a.Resource == "root":
		if c.Kind == KindRoot {
			return grantDirect, equalTri(a.Account, c.Account)
		}
		return grantAccount, equalTri(a.Account, c.Account)
	case strings.HasPrefix(a.Resource, "assumed-role/"):
		if c.SessionARN == "" {
			return grantDirect, maybeIf(c.Kind == KindRole && equalTri(a.Account, c.Account) != False)
		}
		return grantDirect, equalTri(entry, c.SessionARN)
	case strings.HasPrefix(a.Resource, "role/") && (c.Kind == KindRole || c.Kind == KindServiceLinkedRole):
		return grantRole, equalTri(entry, c.ARN)
	}
	return grantDirect, equalTri(entry, c.ARN)
}

func maybeIf(b bool) Tri {
	if b {
		return Maybe
	}
	return False
}

// isAccountID reports whether s is a bare twelve-digit account id or an
// unknown token standing for one.
func isAccountID(s string) bool {
	if s == CurrentAccount {
		return true
	}
	if len(s) != 12 {
		return false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
