package iam

// evaluation holds each layer's result; a nil layer does not apply to the
// request.
type evaluation struct {
	scp, rcp, vpce, resource, identity, boundary, session *layerResult
}

// inDenyOrder lists the layers that apply, in the order AWS's documentation
// walks them, which is also the order a deny is reported in.
func (ev *evaluation) inDenyOrder() []*layerResult {
	all := [...]*layerResult{ev.scp, ev.rcp, ev.vpce, ev.resource, ev.identity, ev.boundary, ev.session}
	out := make([]*layerResult, 0, len(all))
	for _, l := range all {
		if l != nil {
			out = append(out, l)
		}
	}
	return out
}

// Decide answers whether AWS would authorize the request, following "Policy
// evaluation logic" and "Cross-account policy evaluation logic" in the IAM
// user guide.
func Decide(req *Request) Decision {
	e := newEvaluator(req)
	ev := e.evaluate()
	return e.conclude(&ev)
}

func (e *evaluator) evaluate() evaluation {
	var ev evaluation
	req, c := e.req, &e.req.Caller
	if req.SCPs != nil && scpApplies(c) {
		ev.scp = e.keep(0, e.evalLevels(LayerSCP, req.SCPs, false))
	}
	if req.RCPs != nil && e.rcpApplies() {
		ev.rcp = e.keep(1, e.evalLevels(LayerRCP, req.RCPs, true))
	}
	if len(req.VPCEndpointPolicies) > 0 {
		levels := make([][]*Policy, len(req.VPCEndpointPolicies))
		for i, p := range req.VPCEndpointPolicies {
			levels[i] = []*Policy{p}
		}
		ev.vpce = e.keep(2, e.evalLevels(LayerVPCEndpointPolicy, levels, true))
	}
	if req.ResourcePolicy != nil {
		ev.resource = e.keep(3, e.evalLayer(e.resourceLayer(), []*Policy{req.ResourcePolicy}, true))
	}
	if hasIdentity(c) {
		ev.identity = e.keep(4, e.evalLayer(LayerIdentityPolicy, req.IdentityPolicies, false))
		if req.PermissionsBoundary != nil {
			ev.boundary = e.keep(5, e.evalLayer(LayerPermissionsBoundary, []*Policy{req.PermissionsBoundary}, false))
		}
		if req.SessionPolicy != nil {
			ev.session = e.keep(6, e.evalLayer(LayerSessionPolicy, []*Policy{req.SessionPolicy}, false))
		}
	}
	return ev
}

// keep stores a layer result in the evaluator and points at it.
func (e *evaluator) keep(i int, r layerResult) *layerResult {
	e.layers[i] = r
	return &e.layers[i]
}

// hasIdentity reports whether the caller's own IAM policies take part: the
// root user and AWS services have none.
func hasIdentity(c *Caller) bool {
	return c.Kind != KindRoot && c.Kind != KindService
}

// scpApplies: SCPs do not restrict the management account, service-linked
// roles or AWS service principals ("Service control policies (SCPs)",
// Organizations user guide).
func scpApplies(c *Caller) bool {
	return !c.ManagementAccount && c.Kind != KindServiceLinkedRole && c.Kind != KindService
}

// rcpApplies: RCPs restrict only the services that support them, and not
// resources of the management account, calls by service-linked roles or
// AWS managed KMS keys ("Resource control policies (RCPs)", Organizations
// user guide).
func (e *evaluator) rcpApplies() bool {
	req := e.req
	if req.ResourceInManagementAccount || req.AWSManagedKey || req.Caller.Kind == KindServiceLinkedRole {
		return false
	}
	switch serviceOf(req.Action) {
	case "s3", "sts", "kms", "sqs", "secretsmanager", "cognito-identity", "logs", "dynamodb", "ecr", "s3tables", "aoss":
		return true
	}
	return false
}

func (e *evaluator) resourceLayer() Layer {
	if e.req.ResourceLayer != "" {
		return e.req.ResourceLayer
	}
	if isService(e.req.Action, "kms") {
		return LayerKMSKeyPolicy
	}
	return LayerBucketPolicy
}
