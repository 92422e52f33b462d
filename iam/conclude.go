package iam

// gate is one condition every allowed request must meet, and the layer to
// blame when it fails.
type gate struct {
	layer Layer
	t     Tri
	// reason replaces the standard sentence when the layer has its own.
	reason string
}

// conclude turns the layers' answers into a Decision: an explicit deny in
// any layer wins; otherwise every gate must allow.
func (e *evaluator) conclude(ev *evaluation) Decision {
	maybeDeny := False
	for _, l := range ev.inDenyOrder() {
		if l.deny == True {
			return e.explicitDeny(ev, l)
		}
		maybeDeny = maybeDeny.or(l.deny)
	}
	allow, failed := e.gates(ev)
	switch {
	case allow == False:
		return e.implicitDeny(ev, failed)
	case allow == True && maybeDeny == False:
		return e.allowed(ev)
	}
	return e.undecided()
}

func (e *evaluator) gates(ev *evaluation) (Tri, gate) {
	all := make([]gate, 0, 6)
	// RCPs only deny: AWS attaches RCPFullAWSAccess to every level and it
	// cannot be detached ("Resource control policies", Organizations user
	// guide).
	for _, l := range []*layerResult{ev.scp, ev.vpce} {
		if l != nil {
			all = append(all, gate{layer: l.layer, t: l.allow.any()})
		}
	}
	all = append(all, e.core(ev))
	all = append(all, e.s3Gates(ev)...)
	t := True
	var failed gate
	for _, g := range all {
		if g.t == False && t != False {
			failed = g
		}
		t = t.and(g.t)
	}
	return t, failed
}

// grantingLayers are the layers whose allows grant access, as opposed to
// those that only bound it.
func (ev *evaluation) granting() []*layerResult {
	var out []*layerResult
	for _, l := range []*layerResult{ev.identity, ev.resource} {
		if l != nil {
			out = append(out, l)
		}
	}
	return out
}

func (e *evaluator) explicitDeny(ev *evaluation, l *layerResult) Decision {
	d := Decision{Outcome: ExplicitlyDenied, DeniedBy: l.layer, Deciding: refs(l.layer, l.denies)}
	for _, g := range ev.granting() {
		d.Grants = append(d.Grants, refs(g.layer, g.allows)...)
	}
	d.Unknowns = e.sortedUnknowns()
	d.Explanation = e.denialSentence("with an explicit deny in a " + layerNoun(l.layer))
	return d
}

func (e *evaluator) implicitDeny(ev *evaluation, g gate) Decision {
	d := Decision{Outcome: ImplicitlyDenied, DeniedBy: g.layer}
	for _, l := range ev.granting() {
		d.Grants = append(d.Grants, refs(l.layer, l.allows)...)
	}
	d.Unknowns = e.sortedUnknowns()
	reason := g.reason
	if reason == "" {
		reason = "no " + layerNoun(g.layer) + " allows the " + e.req.Action + " action"
	}
	d.Explanation = e.denialSentence("because " + reason)
	return d
}

func (e *evaluator) allowed(ev *evaluation) Decision {
	d := Decision{Outcome: Allowed}
	for _, l := range ev.granting() {
		d.Deciding = append(d.Deciding, refs(l.layer, l.allows)...)
	}
	d.Unknowns = e.sortedUnknowns()
	d.Explanation = e.allowedSentence(d.Deciding)
	return d
}

func (e *evaluator) undecided() Decision {
	d := Decision{Outcome: Undecided, Unknowns: e.sortedUnknowns()}
	d.Explanation = e.undecidedSentence(d.Unknowns)
	return d
}
