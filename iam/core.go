package iam

// sides gathers the identity side and the resource side of a request.
type sides struct {
	idAllow, boundary, session Tri
	// res is the resource policy's allow per way of naming the caller.
	res   principalMatch
	grant Tri
}

func (s sides) idEff() Tri { return s.idAllow.and(s.boundary).and(s.session) }

// limited is a resource policy's allow of the role ARN, which a
// permissions boundary and a session policy still bound; an allow that
// names the user or the session itself is not bound by them ("Policy
// evaluation logic", sections on permissions boundaries and session
// policies).
func (s sides) limited() Tri { return s.res[grantRole].and(s.boundary).and(s.session) }

// identityBlame names the identity-side layer that refuses.
func (s sides) identityBlame() Layer {
	sideAllows := s.idAllow != False || s.res[grantRole] != False
	switch {
	case s.boundary == False && sideAllows:
		return LayerPermissionsBoundary
	case s.session == False && sideAllows:
		return LayerSessionPolicy
	}
	return LayerIdentityPolicy
}

func (e *evaluator) sides(ev *evaluation) sides {
	s := sides{boundary: True, session: True}
	switch {
	case ev.identity != nil:
		s.idAllow = ev.identity.allow.any()
	case e.req.Caller.Kind == KindRoot:
		// The root user holds every permission of its account.
		s.idAllow = True
	}
	if ev.boundary != nil {
		s.boundary = ev.boundary.allow.any()
	}
	if ev.session != nil {
		s.session = ev.session.allow.any()
	}
	if ev.resource != nil {
		s.res = ev.resource.allow
	}
	s.res[grantDirect] = s.res[grantDirect].or(e.aclGrant())
	s.grant = e.kmsGrant()
	return s
}

// core is the gate of the identity and resource policies.
func (e *evaluator) core(ev *evaluation) gate {
	s := e.sides(ev)
	g := e.coreWith(s)
	if g.t != False && e.restrictsPublicPolicy(ev) {
		// Block Public Access ignores a public bucket policy for callers
		// outside the bucket owner's account.
		s.res = principalMatch{}
		if e.coreWith(s).t == False {
			return gate{layer: LayerBlockPublicAccess, t: False,
				reason: "Block Public Access (RestrictPublicBuckets) ignores the public bucket policy for principals outside the bucket owner's account"}
		}
	}
	return g
}

func (e *evaluator) coreWith(s sides) gate {
	if e.req.Caller.Kind == KindService {
		return gate{layer: e.resourceLayer(), t: s.res[grantDirect]}
	}
	kms := e.resourceLayer() == LayerKMSKeyPolicy
	decide := func(same bool) gate {
		if kms {
			return e.kmsCore(s, same)
		}
		return e.s3Core(s, same)
	}
	same := e.sameAccount()
	if same != Maybe {
		return decide(same == True)
	}
	a, b := decide(true), decide(false)
	if a.t == b.t && a.layer == b.layer {
		return a
	}
	e.noteUnknown(e.req.Caller.Account, e.resourceAccount())
	return gate{layer: a.layer, t: Maybe}
}

// s3Core: within one account either side's allow suffices; across
// accounts both sides must allow ("Cross-account policy evaluation
// logic", IAM user guide). The same rule serves services without a
// resource policy, whose resource side is then empty.
func (e *evaluator) s3Core(s sides, same bool) gate {
	if same {
		t := s.idEff().or(s.res[grantDirect]).or(s.limited())
		return gate{layer: s.identityBlame(), t: t}
	}
	id := s.idEff()
	if id == False {
		return gate{layer: s.identityBlame(), t: False}
	}
	return gate{layer: e.resourceLayer(), t: id.and(s.res.any())}
}

func (e *evaluator) resourceAccount() string {
	if e.req.ResourceAccount != "" {
		return e.req.ResourceAccount
	}
	if a := accountOf(e.req.Resource); a != "" {
		return a
	}
	// An S3 ARN names no account: without ResourceAccount the owner is
	// not known.
	return unknownResourceAccount
}

var unknownResourceAccount = Unknown("resource account")

// sameAccount compares the caller's account with the resource's.
func (e *evaluator) sameAccount() Tri {
	return equalTri(e.req.Caller.Account, e.resourceAccount())
}
