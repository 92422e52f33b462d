package iam

// applied is a statement that applies, or may apply, to the request.
type applied struct {
	policy *Policy
	stmt   *Statement
	// how is, per way of naming the caller, whether it applies.
	how principalMatch
}

func (a applied) ref(layer Layer) StatementRef {
	return StatementRef{Layer: layer, Origin: a.policy.Origin, Statement: *a.stmt}
}

// layerResult is what one policy layer says about a request.
type layerResult struct {
	layer Layer
	// allow is, per way of naming the caller, whether some Allow applies.
	allow principalMatch
	// deny is whether some Deny applies.
	deny Tri
	// allows and denies are the statements that apply or may apply.
	allows, denies []applied
}

// evalLayer evaluates the policies of one layer. A policy that could not be
// read may allow or deny anything.
func (e *evaluator) evalLayer(layer Layer, policies []*Policy, withPrincipal bool) layerResult {
	r := layerResult{layer: layer}
	for _, p := range policies {
		if p == nil {
			continue
		}
		if p.Unknown != "" {
			e.note(p.Origin + ": " + p.Unknown)
			r.allow[grantDirect] = r.allow[grantDirect].or(Maybe)
			r.deny = r.deny.or(Maybe)
			continue
		}
		for i := range p.Statements {
			e.addStatement(&r, p, &p.Statements[i], withPrincipal)
		}
	}
	return r
}

func (e *evaluator) addStatement(r *layerResult, p *Policy, s *Statement, withPrincipal bool) {
	isAllow := triOf(s.Effect == Allow)
	isDeny := triOf(s.Effect == Deny)
	if !IsKnown(string(s.Effect)) {
		e.noteUnknown(string(s.Effect))
		isAllow, isDeny = Maybe, Maybe
	}
	if isAllow == False && isDeny == False {
		return
	}
	m := e.statement(p, s, withPrincipal)
	applies := m.any()
	if applies == False {
		return
	}
	if isAllow != False {
		var how principalMatch
		for k := range m {
			how[k] = m[k].and(isAllow)
			r.allow[k] = r.allow[k].or(how[k])
		}
		r.allows = append(r.allows, applied{policy: p, stmt: s, how: how})
	}
	if isDeny != False {
		t := applies.and(isDeny)
		r.deny = r.deny.or(t)
		r.denies = append(r.denies, applied{policy: p, stmt: s, how: principalMatch{grantDirect: t}})
	}
}

// evalLevels evaluates SCPs or RCPs: every level of the organisation path
// must allow, and a deny at any level denies. A level with no policy
// attached allows nothing.
func (e *evaluator) evalLevels(layer Layer, levels [][]*Policy, withPrincipal bool) layerResult {
	r := layerResult{layer: layer, allow: principalMatch{grantDirect: True}}
	for _, level := range levels {
		lr := e.evalLayer(layer, level, withPrincipal)
		r.allow[grantDirect] = r.allow[grantDirect].and(lr.allow.any())
		r.deny = r.deny.or(lr.deny)
		r.allows = append(r.allows, lr.allows...)
		r.denies = append(r.denies, lr.denies...)
	}
	return r
}

// refs turns the statements that certainly apply into references.
func refs(layer Layer, list []applied) []StatementRef {
	var out []StatementRef
	for _, a := range list {
		if a.how.any() == True {
			out = append(out, a.ref(layer))
		}
	}
	return out
}
