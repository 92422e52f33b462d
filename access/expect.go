package access

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// Intent sources besides identity grants and Connect.
const (
	FromExpectation = "expectation"
	FromEndpoint    = "endpoint_path"
)

// Expectations turns the user's declared expectations into intents, one
// per principal, action and resource. An expectation that must fail is
// marked with Expect false.
func (x *Index) Expectations() []Intent {
	var out []Intent
	for _, e := range x.env.Expectations {
		p := x.PrincipalNamed(e.Principal)
		arn := e.Principal
		addr := e.Principal
		if p != nil {
			arn, addr = p.ARN, p.Address
		}
		for _, a := range e.Actions {
			for _, r := range e.Resources {
				res, bucket := x.expectedResource(r, a)
				out = append(out, Intent{
					Principal: addr, PrincipalARN: arn, Action: a, Resource: res, Path: e.Via,
					Source: FromExpectation, Origin: e.Address, Bucket: bucket, Expect: boolPtr(e.Allow),
				})
			}
		}
	}
	return out
}

func boolPtr(b bool) *bool { return &b }

// expectedResource resolves a resource an expectation names: an address of
// a bucket or key, or an ARN; a trailing wildcard of an object ARN stands
// for any object.
func (x *Index) expectedResource(ref, action string) (resource, bucket string) {
	if b := x.buckets[ref]; b != nil {
		if isObjectAction(action) {
			return b.ARN + "/" + objectKey, b.Address
		}
		return b.ARN, b.Address
	}
	if k := x.KeyOf(ref); k != nil {
		return k.ARN, ""
	}
	if strings.HasSuffix(ref, "*") {
		ref = strings.TrimRight(ref, "*") + objectKey
	}
	if b := x.BucketOf(ref); b != nil {
		return ref, b.Address
	}
	return ref, ""
}

// isObjectAction reports whether an S3 action acts on objects rather than
// on the bucket. The catalog knows exactly; this is what expectations need.
func isObjectAction(action string) bool {
	a := strings.ToLower(action)
	if !strings.HasPrefix(a, "s3:") {
		return false
	}
	for _, p := range []string{"s3:getobject", "s3:putobject", "s3:deleteobject", "s3:restoreobject", "s3:abortmultipartupload", "s3:listmultipartuploadparts"} {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}

// EndpointPaths repeats every identity grant through each S3 gateway
// endpoint its bucket may be reached through (see endpointsFor), for rules
// about what endpoint policies refuse.
func (x *Index) EndpointPaths() []Intent {
	var out []Intent
	for _, it := range x.IdentityGrants() {
		for _, e := range x.endpointsFor(x.BucketOf(it.Resource)) {
			it.Path, it.Source = e.Address, FromEndpoint
			out = append(out, it)
		}
	}
	return out
}

// PrincipalNamed finds a principal the way people name one in a config
// file: by address or ARN, else by what they can write without knowing the
// account: its name, "role/NAME" or "user/NAME", or a CloudFormation
// logical id. A name two principals share names none.
func (x *Index) PrincipalNamed(ref string) *model.Principal {
	if p := x.Principal(ref); p != nil {
		return p
	}
	var found *model.Principal
	for _, p := range x.env.Principals {
		if p.Name == ref || strings.HasSuffix(p.ARN, ":"+ref) || strings.HasSuffix(p.Address, "#"+ref) {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// sessionPolicy is the session policy an expectation assumes its principal
// with, nil for every other intent.
func (x *Index) sessionPolicy(it Intent) *iam.Policy {
	if it.Source != FromExpectation {
		return nil
	}
	for _, e := range x.env.Expectations {
		if e.Address == it.Origin {
			return e.SessionPolicy
		}
	}
	return nil
}
