package iam

import "strings"

// s3Gates are the bucket settings besides its policy that can refuse an S3
// request: Requester Pays, object ownership and Block Public Access on
// ACLs.
func (e *evaluator) s3Gates(_ *evaluation) []gate {
	s := e.req.S3
	if s == nil || !isService(e.req.Action, "s3") {
		return nil
	}
	var out []gate
	if g, ok := e.requesterPays(s); ok {
		out = append(out, g)
	}
	if g, ok := e.objectOwner(s); ok {
		out = append(out, g)
	}
	if g, ok := e.aclHeader(s); ok {
		out = append(out, g)
	}
	return out
}

// requesterPays: on a Requester Pays bucket anyone but the bucket owner
// must send x-amz-request-payer ("Using Requester Pays buckets", S3 user
// guide).
func (e *evaluator) requesterPays(s *S3Settings) (gate, bool) {
	if !s.RequesterPays || s.RequestPayer {
		return gate{}, false
	}
	return gate{layer: LayerRequesterPays, t: e.sameAccount(),
		reason: "the bucket is Requester Pays and the request does not carry x-amz-request-payer"}, true
}

// objectOwner: unless the bucket enforces bucket-owner ownership, an object
// written by another account belongs to that account, and neither the
// bucket policy nor the bucket owner's IAM policies reach it; only its
// owner (or the object ACL, which denylint does not see) does ("Controlling
// ownership of objects", S3 user guide).
func (e *evaluator) objectOwner(s *S3Settings) (gate, bool) {
	if s.ObjectOwnerAccount == "" || s.ObjectOwnership == "BucketOwnerEnforced" || !isObjectARN(e.req.Resource) {
		return gate{}, false
	}
	foreign := equalTri(s.ObjectOwnerAccount, e.resourceAccount()).not()
	if foreign == False {
		return gate{}, false
	}
	callerOwns := equalTri(s.ObjectOwnerAccount, e.req.Caller.Account)
	return gate{layer: LayerObjectOwnership, t: foreign.not().or(callerOwns),
		reason: "the object is owned by account " + Display(s.ObjectOwnerAccount) + ", not the bucket owner"}, true
}

// aclHeader: Block Public Access refuses requests that set a public canned
// ACL, and a bucket that enforces bucket-owner ownership refuses any ACL
// but bucket-owner-full-control ("Blocking public access to your Amazon S3
// storage" and "Disabling ACLs", S3 user guide).
func (e *evaluator) aclHeader(s *S3Settings) (gate, bool) {
	entry, ok := e.ctx.lookup("s3:x-amz-acl")
	if !ok || len(entry.values) == 0 || !setsACL(e.req.Action) {
		return gate{}, false
	}
	acl := entry.values[0]
	if !IsKnown(acl) {
		// The client may send no ACL, bucket-owner-full-control, or a
		// public one: what the settings would refuse is only possible.
		switch {
		case s.ObjectOwnership == "BucketOwnerEnforced":
			e.noteUnknown(acl)
			return gate{layer: LayerObjectOwnership, t: Maybe,
				reason: "the bucket enforces bucket-owner object ownership, so any ACL but bucket-owner-full-control fails"}, true
		case s.BlockPublicAccess.BlockPublicAcls:
			e.noteUnknown(acl)
			return gate{layer: LayerBlockPublicAccess, t: Maybe,
				reason: "Block Public Access (BlockPublicAcls) refuses a public ACL"}, true
		}
		return gate{}, false
	}
	if s.BlockPublicAccess.BlockPublicAcls && isPublicCannedACL(acl) {
		return gate{layer: LayerBlockPublicAccess, t: False,
			reason: "Block Public Access (BlockPublicAcls) refuses the public ACL " + acl}, true
	}
	if s.ObjectOwnership == "BucketOwnerEnforced" && acl != "bucket-owner-full-control" {
		return gate{layer: LayerObjectOwnership, t: False,
			reason: "the bucket enforces bucket-owner object ownership, so ACLs are disabled (AccessControlListNotSupported)"}, true
	}
	return gate{}, false
}

func setsACL(action string) bool {
	switch strings.ToLower(action) {
	case "s3:putobject", "s3:putobjectacl", "s3:putbucketacl", "s3:createbucket":
		return true
	}
	return false
}

func isPublicCannedACL(acl string) bool {
	switch acl {
	case "public-read", "public-read-write", "authenticated-read":
		return true
	}
	return false
}

// isObjectARN reports whether an S3 ARN names an object (or a prefix of
// objects) rather than a bucket.
func isObjectARN(arn string) bool {
	rest, ok := strings.CutPrefix(arn, "arn:aws:s3:::")
	return ok && strings.Contains(rest, "/")
}

// aclGrant is what the bucket ACL grants to everyone: READ lists the
// bucket and WRITE writes objects ("Access control list (ACL) overview",
// S3 user guide). ACLs count only where object ownership allows them and
// Block Public Access does not ignore them.
func (e *evaluator) aclGrant() Tri {
	s := e.req.S3
	if s == nil || s.BlockPublicAccess.IgnorePublicAcls || s.ObjectOwnership == "BucketOwnerEnforced" {
		return False
	}
	var actions []string
	switch s.BucketACL {
	case "public-read", "authenticated-read":
		actions = aclRead
	case "public-read-write":
		actions = append(append([]string(nil), aclRead...), aclWrite...)
	}
	if e.req.Caller.Kind == KindService || !containsFold(actions, e.req.Action) {
		return False
	}
	if s.ObjectOwnership == "" {
		// New buckets enforce bucket-owner ownership unless told
		// otherwise; an unstated setting leaves ACLs in doubt.
		e.note("object ownership of the bucket")
		return Maybe
	}
	return True
}

var (
	aclRead  = []string{"s3:ListBucket", "s3:ListBucketVersions", "s3:ListBucketMultipartUploads"}
	aclWrite = []string{"s3:PutObject", "s3:DeleteObject"}
)

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// restrictsPublicPolicy: with RestrictPublicBuckets, a bucket whose policy
// is public is reachable only by AWS services and principals of the bucket
// owner's account ("The meaning of public", S3 user guide).
func (e *evaluator) restrictsPublicPolicy(ev *evaluation) bool {
	s := e.req.S3
	if s == nil || !s.BlockPublicAccess.RestrictPublicBuckets || ev.resource == nil || e.req.Caller.Kind == KindService {
		return false
	}
	return e.sameAccount() != True && IsPublicPolicy(e.req.ResourcePolicy)
}
