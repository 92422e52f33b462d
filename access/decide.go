package access

import (
	"slices"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// Verdict is the answer for an intent: the decision of the request that
// settled it (S3's, or the KMS request S3 makes), and which one that was.
type Verdict struct {
	iam.Decision
	// Service is "s3" or "kms": which of the two requests the decision is
	// about.
	Service  string `json:"service"`
	Action   string `json:"action"`
	Resource string `json:"resource"`
	// Path is the access path of the decision: "" for outside any VPC, or
	// an endpoint address.
	Path string `json:"path,omitempty"`
	// PolicyAddress and PolicyAttribute locate the resource policy of the
	// decided request (bucket policy or key policy), for findings about a
	// statement that is missing from it.
	PolicyAddress   string `json:"policy_address,omitempty"`
	PolicyAttribute string `json:"policy_attribute,omitempty"`
}

// Decide settles an intent on every access path it may take: it succeeds
// when some path allows it, fails when every path refuses it (the verdict
// of the first path is kept), and is unknown otherwise.
func (x *Index) Decide(it Intent) Verdict {
	p := x.Principal(it.Principal)
	if p == nil {
		return Verdict{Decision: iam.Decision{Outcome: iam.Undecided, Unknowns: []string{"principal " + it.Principal},
			Explanation: "the principal " + it.Principal + " is not in the estate"}, Service: service(it.Action), Action: it.Action, Resource: it.Resource}
	}
	var refusals []Verdict
	var undecided *Verdict
	for _, e := range x.paths(p, it) {
		v := x.decideOn(p, it, e)
		switch v.Outcome {
		case iam.Allowed:
			return v
		case iam.Undecided:
			if undecided == nil {
				undecided = &v
			}
		default:
			refusals = append(refusals, v)
		}
	}
	if undecided != nil {
		return *undecided
	}
	return mostTelling(refusals)
}

// mostTelling picks the refusal to report when every path refuses: the one
// from outside any VPC, unless the bucket policy refuses it there and lets
// an endpoint path through to another layer that refuses it; then the
// endpoint is the way in the configuration means, and its refusal is the
// mistake.
func mostTelling(refusals []Verdict) Verdict {
	first := refusals[0]
	if first.Path != "" || first.DeniedBy != iam.LayerBucketPolicy {
		return first
	}
	for _, v := range refusals[1:] {
		if v.Path != "" && v.DeniedBy != iam.LayerBucketPolicy {
			return v
		}
	}
	return first
}

// paths lists the endpoints a request may go through; nil stands for the
// path from outside any VPC. Connect's own role never uses the customer's
// endpoints.
func (x *Index) paths(p *model.Principal, it Intent) []*model.VPCEndpoint {
	if it.Path != "" {
		return []*model.VPCEndpoint{x.endpoints[it.Path]}
	}
	internet := []*model.VPCEndpoint{nil}
	if p.Kind == iam.KindServiceLinkedRole || service(it.Action) != "s3" {
		return internet
	}
	ap := x.env.AccessPaths
	var out []*model.VPCEndpoint
	if ap == nil || ap.Internet {
		out = internet
	}
	for _, e := range x.endpointsFor(x.BucketOf(it.Resource)) {
		if ap == nil || len(ap.VPCEndpoints) == 0 || slices.Contains(ap.VPCEndpoints, e.Address) || slices.Contains(ap.VPCEndpoints, e.ID) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		// The config names no path the estate has: the request still
		// goes somewhere, and from outside a VPC is what AWS assumes.
		return internet
	}
	return out
}

func isS3Gateway(e *model.VPCEndpoint) bool {
	return strings.HasSuffix(e.ServiceName, ".s3") && !strings.EqualFold(e.Type, "Interface")
}

func service(action string) string {
	s, _, _ := strings.Cut(action, ":")
	return strings.ToLower(s)
}

func (x *Index) decideOn(p *model.Principal, it Intent, e *model.VPCEndpoint) Verdict {
	v := Verdict{Service: service(it.Action), Action: it.Action, Resource: it.Resource}
	if e != nil {
		v.Path = e.Address
	}
	b := x.BucketOf(it.Resource)
	if b != nil {
		v.PolicyAddress, v.PolicyAttribute = b.Address, "policy"
		if b.Policy != nil {
			v.PolicyAddress, v.PolicyAttribute = b.Policy.Address, b.Policy.Attribute
		}
	}
	req := x.s3Request(p, it, b, e)
	v.Decision = iam.Decide(req)
	if v.Outcome != iam.Allowed || b == nil {
		return v
	}
	kmsAction := map[string]string{"s3:GetObject": "kms:Decrypt", "s3:PutObject": "kms:GenerateDataKey"}[it.Action]
	if kmsAction == "" {
		return v
	}
	k, known := x.bucketKey(b)
	switch {
	case !known:
		v.Decision = iam.Decision{Outcome: iam.Undecided, Unknowns: []string{"KMS key " + iam.Display(b.Encryption.KMSKeyID)},
			Explanation: "the bucket's KMS key " + iam.Display(b.Encryption.KMSKeyID) + " is not in the estate"}
	case k != nil:
		kv := x.kmsVerdict(p, it, b, k, kmsAction)
		kv.Path = v.Path
		if kv.Outcome != iam.Allowed {
			return kv
		}
	}
	return v
}

func (x *Index) s3Request(p *model.Principal, it Intent, b *model.Bucket, e *model.VPCEndpoint) *iam.Request {
	req := &iam.Request{
		Caller:           callerOf(p),
		Action:           it.Action,
		Resource:         it.Resource,
		Context:          s3Context(p, b, e, x.env.AccessPaths),
		IdentityPolicies: documents(p.Policies),
		ResourceLayer:    iam.LayerBucketPolicy,
	}
	s3ActionContext(req.Context, p, b, it.Action)
	if p.PermissionsBoundary != nil {
		req.PermissionsBoundary = p.PermissionsBoundary.Document
	}
	req.SessionPolicy = x.sessionPolicy(it)
	if e != nil && e.Policy != nil {
		req.VPCEndpointPolicies = []*iam.Policy{e.Policy.Document}
	}
	if b == nil {
		// A bucket outside the estate: its account and policy are unknown.
		req.ResourceAccount = iam.Unknown("account of " + it.Resource)
		req.ResourcePolicy = &iam.Policy{Origin: it.Resource, Unknown: "the bucket is not in the estate"}
	} else {
		req.ResourceAccount = b.Account
		if b.Policy != nil {
			req.ResourcePolicy = b.Policy.Document
		}
		req.S3 = x.s3Settings(b)
	}
	x.addOrgLayers(req)
	return req
}

func (x *Index) s3Settings(b *model.Bucket) *iam.S3Settings {
	s := &iam.S3Settings{ObjectOwnership: b.ObjectOwnership, BucketACL: b.ACL, RequesterPays: b.RequesterPays}
	for _, pab := range []*model.PublicAccessBlock{b.PublicAccessBlock, x.env.AccountPublicAccessBlock} {
		if pab == nil {
			continue
		}
		s.BlockPublicAccess.BlockPublicAcls = s.BlockPublicAccess.BlockPublicAcls || isTrue(pab.BlockPublicAcls)
		s.BlockPublicAccess.IgnorePublicAcls = s.BlockPublicAccess.IgnorePublicAcls || isTrue(pab.IgnorePublicAcls)
		s.BlockPublicAccess.BlockPublicPolicy = s.BlockPublicAccess.BlockPublicPolicy || isTrue(pab.BlockPublicPolicy)
		s.BlockPublicAccess.RestrictPublicBuckets = s.BlockPublicAccess.RestrictPublicBuckets || isTrue(pab.RestrictPublicBuckets)
	}
	return s
}

func isTrue(b *bool) bool { return b != nil && *b }

func (x *Index) kmsVerdict(p *model.Principal, it Intent, b *model.Bucket, k *model.Key, action string) Verdict {
	req := &iam.Request{
		Caller:           callerOf(p),
		Action:           action,
		Resource:         k.ARN,
		ResourceAccount:  k.Account,
		Context:          kmsContext(p, b, it.Resource),
		IdentityPolicies: documents(p.Policies),
		ResourcePolicy:   keyPolicy(k),
		ResourceLayer:    iam.LayerKMSKeyPolicy,
	}
	if p.PermissionsBoundary != nil {
		req.PermissionsBoundary = p.PermissionsBoundary.Document
	}
	req.SessionPolicy = x.sessionPolicy(it)
	if p.Kind == iam.KindServiceLinkedRole && p.Service == "connect.amazonaws.com" {
		req.ResourcePolicy = withConnectGrant(req.ResourcePolicy, p, k, req.Context)
	}
	x.addOrgLayers(req)
	v := Verdict{Decision: iam.Decide(req), Service: "kms", Action: action, Resource: k.ARN,
		PolicyAddress: k.Address, PolicyAttribute: "policy"}
	if k.Policy != nil {
		v.PolicyAddress, v.PolicyAttribute = k.Policy.Address, k.Policy.Attribute
	}
	return v
}

func documents(docs []*model.PolicyDoc) []*iam.Policy {
	out := make([]*iam.Policy, 0, len(docs))
	for _, d := range docs {
		if d.Document != nil {
			out = append(out, d.Document)
		}
	}
	return out
}
