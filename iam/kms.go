package iam

import "strings"

// kmsCore: the key policy must allow, naming the caller or delegating to
// its account root so that IAM policies count; a grant also allows
// ("Key policies in AWS KMS" and "Allowing users in other accounts to use
// a KMS key", KMS developer guide).
func (e *evaluator) kmsCore(s sides, same bool) gate {
	keyAny := s.res.any().or(s.grant)
	blame := LayerKMSKeyPolicy
	if keyAny != False {
		blame = s.identityBlame()
	}
	if same {
		t := s.res[grantDirect].or(s.limited()).or(s.res[grantAccount].and(s.idEff())).or(s.grant)
		return gate{layer: blame, t: t}
	}
	if !kmsCrossAccountOp(e.req.Action) {
		return gate{layer: LayerKMSKeyPolicy, t: False,
			reason: "the " + e.req.Action + " action cannot be performed on a KMS key of another account"}
	}
	t := s.idEff().and(s.res.any()).or(s.grant)
	if t == False && s.idEff() != False {
		blame = LayerKMSKeyPolicy
	}
	return gate{layer: blame, t: t}
}

// kmsCrossAccountOp lists the operations KMS lets a principal of another
// account perform ("Allowing users in other accounts to use a KMS key").
func kmsCrossAccountOp(action string) bool {
	i := strings.IndexByte(action, ':')
	switch strings.ToLower(action[i+1:]) {
	case "creategrant", "decrypt", "describekey", "encrypt", "generatedatakey",
		"generatedatakeypair", "generatedatakeypairwithoutplaintext", "generatedatakeywithoutplaintext",
		"generatemac", "getpublickey", "listgrants", "reencryptfrom", "reencryptto", "retiregrant",
		"revokegrant", "sign", "verify", "verifymac", "derivesharedsecret":
		return true
	}
	return false
}

// kmsGrant decides whether a grant lets the caller perform the action.
func (e *evaluator) kmsGrant() Tri {
	if e.resourceLayer() != LayerKMSKeyPolicy {
		return False
	}
	c := &e.req.Caller
	op := e.req.Action[strings.IndexByte(e.req.Action, ':')+1:]
	t := False
	for _, g := range e.req.KMSGrants {
		who := equalTri(g.GranteePrincipal, c.ARN)
		if c.SessionARN != "" {
			who = who.or(equalTri(g.GranteePrincipal, c.SessionARN))
		}
		if who == False {
			continue
		}
		ops := False
		for _, o := range g.Operations {
			ops = ops.or(matchTri(o, op, false, true))
		}
		t = t.or(who.and(ops))
	}
	return t
}
