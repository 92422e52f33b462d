package iam

import "strings"

// layerNoun names a layer as AWS's enhanced access-denied messages do.
func layerNoun(l Layer) string {
	switch l {
	case LayerSCP:
		return "service control policy"
	case LayerRCP:
		return "resource control policy"
	case LayerVPCEndpointPolicy:
		return "VPC endpoint policy"
	case LayerBucketPolicy, LayerKMSKeyPolicy:
		return "resource-based policy"
	case LayerPermissionsBoundary:
		return "permissions boundary"
	case LayerSessionPolicy:
		return "session policy"
	}
	return "identity-based policy"
}

// who is the principal as AWS names it in an error: the session when
// there is one.
func (e *evaluator) who() string {
	c := &e.req.Caller
	if c.SessionARN != "" {
		return Display(c.SessionARN)
	}
	return Display(c.ARN)
}

func (e *evaluator) subject() string {
	return e.req.Action + " on resource: \"" + Display(e.req.Resource) + "\""
}

func (e *evaluator) denialSentence(tail string) string {
	return e.who() + " is not authorized to perform: " + e.subject() + " " + tail
}

func (e *evaluator) allowedSentence(by []StatementRef) string {
	ids := make([]string, 0, len(by))
	for _, r := range by {
		ids = append(ids, r.Statement.ID)
	}
	s := e.who() + " is allowed to perform: " + e.subject()
	if len(ids) > 0 {
		s += " by " + strings.Join(ids, ", ")
	}
	return s
}

func (e *evaluator) undecidedSentence(unknowns []string) string {
	s := "whether " + e.who() + " is authorized to perform: " + e.subject() + " is unknown"
	if len(unknowns) > 0 {
		s += "; it depends on " + Display(strings.Join(unknowns, ", "))
	}
	return s
}
