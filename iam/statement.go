package iam

import "strings"

// statement decides whether a statement applies to the request, for each
// way its Principal may name the caller. Without a principal (identity
// policies, SCPs) only grantDirect is set.
func (e *evaluator) statement(p *Policy, s *Statement, withPrincipal bool) principalMatch {
	var none principalMatch
	e.unresolved = false
	t := e.actionApplies(s)
	if t == False {
		return none
	}
	if t = t.and(e.resourceApplies(p, s)); t == False || e.unresolved {
		return none
	}
	m := principalMatch{grantDirect: True}
	if withPrincipal {
		m = e.principalApplies(s)
		if m.any() == False {
			return none
		}
	}
	for i := range s.Conditions {
		if t = t.and(e.condition(&s.Conditions[i], p.Version)); t == False {
			return none
		}
	}
	if e.unresolved {
		return none
	}
	for k := range m {
		m[k] = m[k].and(t)
	}
	return m
}

func (e *evaluator) actionApplies(s *Statement) Tri {
	var t Tri
	if s.Actions != nil {
		t = matchActions(s.Actions, e.req.Action)
	} else {
		t = matchActions(s.NotActions, e.req.Action).not()
	}
	if t == Maybe {
		e.noteUnknown(s.Actions...)
		e.noteUnknown(s.NotActions...)
	}
	return t
}

func (e *evaluator) resourceApplies(p *Policy, s *Statement) Tri {
	switch {
	case s.Resources != nil:
		return e.resources(p, s.Resources)
	case s.NotResources != nil:
		return e.resources(p, s.NotResources).not()
	}
	// A statement without Resource is invalid in most places; Lint reports
	// it, and here it restricts nothing.
	return True
}

func (e *evaluator) resources(p *Policy, patterns []string) Tri {
	t := False
	for _, r := range patterns {
		if p.Version == policyVersion2012 {
			var ok bool
			if r, ok = e.ctx.substitute(r); !ok {
				e.unresolved = true
				return False
			}
		}
		m := MatchARN(r, e.req.Resource)
		if m == Maybe {
			e.noteUnknown(r, e.req.Resource)
		}
		if t = t.or(m); t == True {
			return True
		}
	}
	return t
}

func (e *evaluator) principalApplies(s *Statement) principalMatch {
	var m principalMatch
	switch {
	case s.Principal != nil:
		m = matchPrincipal(s.Principal, e.req.Caller)
	case s.NotPrincipal != nil:
		m[grantDirect] = e.notPrincipalExcludes(s.NotPrincipal).not()
	default:
		return m
	}
	for _, t := range m {
		if t == Maybe {
			e.notePrincipal(s)
			break
		}
	}
	return m
}

// notPrincipalExcludes: a NotPrincipal spares the caller only when it
// lists each of the caller's identities, its own ARN (user, role or
// session) and its account, and never spares a principal that has a
// permissions boundary ("AWS JSON policy elements: NotPrincipal", IAM user
// guide, key points).
func (e *evaluator) notPrincipalExcludes(p *Principals) Tri {
	m := matchPrincipal(p, e.req.Caller)
	c := &e.req.Caller
	if p.All || c.Kind == KindRoot || c.Kind == KindService {
		return m.any()
	}
	if e.req.PermissionsBoundary != nil {
		return False
	}
	self := m[grantDirect].or(m[grantRole])
	if accountsOnly(p) {
		self = True
	}
	return self.and(m[grantAccount])
}

// accountsOnly reports whether a principal list names only accounts.
func accountsOnly(p *Principals) bool {
	for _, a := range p.AWS {
		if !isAccountID(a) && !strings.HasSuffix(a, ":root") {
			return false
		}
	}
	return true
}

func (e *evaluator) notePrincipal(s *Statement) {
	for _, p := range []*Principals{s.Principal, s.NotPrincipal} {
		if p != nil {
			e.noteUnknown(p.AWS...)
			e.noteUnknown(p.Service...)
		}
	}
	e.noteUnknown(e.req.Caller.ARN, e.req.Caller.Account, e.req.Caller.SessionARN)
}
