package iam

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type layerCase struct {
	name string
	req  Request
	want decideWant
}

func runLayerCases(t *testing.T, tests []layerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := summarize(Decide(&tt.req))
			got.Deciding = nil
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Decide() mismatch (-want +got):\n%s\n%s", diff, Decide(&tt.req).Explanation)
			}
		})
	}
}

func allowOnly(t *testing.T, origin, action string) *Policy {
	return pol(t, origin, `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"`+action+`","Resource":"*"}]}`)
}

func keyPolicy(t *testing.T, principal string) *Policy {
	return pol(t, "key", `{"Version":"2012-10-17","Statement":[{"Sid":"K","Effect":"Allow","Principal":{"AWS":"`+principal+`"},"Action":"kms:*","Resource":"*"}]}`)
}

// KMS: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html,
// .../key-policy-modifying-external-accounts.html and .../grants.html
func TestKMS(t *testing.T) {
	t.Parallel()
	kmsReq := func(c Caller, account string, key *Policy, ids ...*Policy) Request {
		return Request{Caller: c, Action: "kms:Decrypt", Resource: keyARN, ResourceAccount: account, ResourceLayer: LayerKMSKeyPolicy, ResourcePolicy: key, IdentityPolicies: ids}
	}
	rootA := "arn:aws:iam::111111111111:root"
	grantReq := kmsReq(role(roleA, acctA), acctA, keyPolicy(t, "arn:aws:iam::111111111111:role/admin"))
	grantReq.KMSGrants = []KMSGrant{{GranteePrincipal: roleA, Operations: []string{"Decrypt", "GenerateDataKey"}}}
	runLayerCases(t, []layerCase{
		{name: "root delegation with iam allow", req: kmsReq(role(roleA, acctA), acctA, keyPolicy(t, rootA), allowOnly(t, "id", "kms:Decrypt")),
			want: decideWant{Outcome: Allowed}},
		{name: "root delegation without iam allow", req: kmsReq(role(roleA, acctA), acctA, keyPolicy(t, rootA)),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerIdentityPolicy}},
		{name: "key policy names the role", req: kmsReq(role(roleA, acctA), acctA, keyPolicy(t, roleA)),
			want: decideWant{Outcome: Allowed}},
		{name: "iam allow but key policy silent", req: kmsReq(role(roleA, acctA), acctA, keyPolicy(t, "arn:aws:iam::111111111111:role/admin"), allowOnly(t, "id", "kms:*")),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerKMSKeyPolicy}},
		{name: "grant allows", req: grantReq, want: decideWant{Outcome: Allowed}},
		{name: "cross account needs both", req: kmsReq(role(roleB, acctB), acctA, keyPolicy(t, acctB)),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerIdentityPolicy}},
		{name: "cross account both", req: kmsReq(role(roleB, acctB), acctA, keyPolicy(t, acctB), allowOnly(t, "id", "kms:Decrypt")),
			want: decideWant{Outcome: Allowed}},
		{name: "cross account key policy silent", req: kmsReq(role(roleB, acctB), acctA, keyPolicy(t, rootA), allowOnly(t, "id", "kms:Decrypt")),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerKMSKeyPolicy}},
		{name: "cross account administration refused",
			req:  Request{Caller: role(roleB, acctB), Action: "kms:ScheduleKeyDeletion", Resource: keyARN, ResourceAccount: acctA, ResourceLayer: LayerKMSKeyPolicy, ResourcePolicy: keyPolicy(t, acctB), IdentityPolicies: []*Policy{allowOnly(t, "id", "kms:*")}},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerKMSKeyPolicy}},
		{name: "root user needs the key policy", req: kmsReq(Caller{ARN: rootA, Account: acctA, Kind: KindRoot}, acctA, keyPolicy(t, roleA)),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerKMSKeyPolicy}},
		{name: "root user through root principal", req: kmsReq(Caller{ARN: rootA, Account: acctA, Kind: KindRoot}, acctA, keyPolicy(t, rootA)),
			want: decideWant{Outcome: Allowed}},
	})
}

// Permissions boundaries and session policies:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// ("The effect of permissions boundaries", "The effect of session policies").
func TestBoundariesAndSessions(t *testing.T) {
	t.Parallel()
	session := Caller{ARN: roleA, Account: acctA, Kind: KindRole, SessionARN: "arn:aws:sts::111111111111:assumed-role/app/s1"}
	bpNames := func(p string) *Policy {
		return pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"`+p+`"},"Action":"s3:GetObject","Resource":"*"}]}`)
	}
	req := func(c Caller, bp *Policy, boundary, sessionPolicy *Policy, ids ...*Policy) Request {
		return Request{Caller: c, Action: "s3:GetObject", Resource: object, ResourceAccount: acctA, ResourcePolicy: bp,
			PermissionsBoundary: boundary, SessionPolicy: sessionPolicy, IdentityPolicies: ids}
	}
	kmsOnly := allowOnly(t, "limit", "kms:*")
	runLayerCases(t, []layerCase{
		{name: "boundary bounds identity allow", req: req(session, nil, kmsOnly, nil, allowOnly(t, "id", "s3:*")),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerPermissionsBoundary}},
		{name: "boundary and identity both allow", req: req(session, nil, allowOnly(t, "pb", "s3:*"), nil, allowOnly(t, "id", "s3:*")),
			want: decideWant{Outcome: Allowed}},
		{name: "resource policy naming the role is bounded", req: req(session, bpNames(roleA), kmsOnly, nil),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerPermissionsBoundary}},
		{name: "resource policy naming the session is not bounded", req: req(session, bpNames(session.SessionARN), kmsOnly, nil),
			want: decideWant{Outcome: Allowed}},
		{name: "resource policy naming a user is not bounded", req: req(Caller{ARN: "arn:aws:iam::111111111111:user/alice", Account: acctA, Kind: KindUser}, bpNames("arn:aws:iam::111111111111:user/alice"), kmsOnly, nil),
			want: decideWant{Outcome: Allowed}},
		{name: "session policy bounds identity", req: req(session, nil, nil, kmsOnly, allowOnly(t, "id", "s3:*")),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerSessionPolicy}},
		{name: "session policy bounds role arn grant", req: req(session, bpNames(roleA), nil, kmsOnly),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerSessionPolicy}},
		{name: "session policy does not bound session arn grant", req: req(session, bpNames(session.SessionARN), nil, kmsOnly),
			want: decideWant{Outcome: Allowed}},
		{name: "session policy deny", req: req(session, nil, nil, pol(t, "sp", denyS3), allowOnly(t, "id", "s3:*")),
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerSessionPolicy}},
	})
}

// Organizations: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
// and .../orgs_manage_policies_rcps.html; the root user:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
func TestOrganisationLayersAndSpecialCallers(t *testing.T) {
	t.Parallel()
	scpDeny := [][]*Policy{{pol(t, "root", allowAll)}, {pol(t, "ou", denyS3)}}
	rcpDeny := [][]*Policy{{pol(t, "rcp", `{"Version":"2012-10-17","Statement":[{"Sid":"R","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}`)}}
	slr := Caller{ARN: "arn:aws:iam::111111111111:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_x", Account: acctA, Kind: KindServiceLinkedRole}
	connect := Caller{ARN: "connect.amazonaws.com", Kind: KindService}
	bpConnect := pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"connect.amazonaws.com"},"Action":"s3:PutObject","Resource":"*"}]}`)
	root := Caller{ARN: "arn:aws:iam::111111111111:root", Account: acctA, Kind: KindRoot}
	mgmt := role(roleA, acctA)
	mgmt.ManagementAccount = true
	s3 := func(c Caller, action string) Request {
		return Request{Caller: c, Action: action, Resource: object, ResourceAccount: acctA, IdentityPolicies: []*Policy{allowOnly(t, "id", "s3:*")}}
	}
	with := func(r Request, f func(*Request)) Request { f(&r); return r }
	runLayerCases(t, []layerCase{
		{name: "scp binds a member role", req: with(s3(role(roleA, acctA), "s3:PutObject"), func(r *Request) { r.SCPs = scpDeny }),
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerSCP}},
		{name: "scp spares the management account", req: with(s3(mgmt, "s3:PutObject"), func(r *Request) { r.SCPs = scpDeny }),
			want: decideWant{Outcome: Allowed}},
		{name: "scp spares service-linked roles", req: with(s3(slr, "s3:PutObject"), func(r *Request) { r.SCPs = scpDeny }),
			want: decideWant{Outcome: Allowed}},
		{name: "scp binds the member root user", req: with(s3(root, "s3:PutObject"), func(r *Request) { r.SCPs = scpDeny }),
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerSCP}},
		{name: "root user allowed unless denied", req: Request{Caller: root, Action: "s3:GetObject", Resource: object, ResourceAccount: acctA},
			want: decideWant{Outcome: Allowed}},
		{name: "service principal through bucket policy", req: Request{Caller: connect, Action: "s3:PutObject", Resource: object, ResourceAccount: acctA, ResourcePolicy: bpConnect, SCPs: scpDeny},
			want: decideWant{Outcome: Allowed}},
		{name: "service principal without bucket policy", req: Request{Caller: connect, Action: "s3:PutObject", Resource: object, ResourceAccount: acctA},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerBucketPolicy}},
		{name: "rcp binds", req: with(s3(role(roleA, acctA), "s3:GetObject"), func(r *Request) { r.RCPs = rcpDeny }),
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerRCP}},
		{name: "rcp binds service principals", req: Request{Caller: connect, Action: "s3:PutObject", Resource: object, ResourceAccount: acctA, ResourcePolicy: bpConnect, RCPs: rcpDeny},
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerRCP}},
		{name: "rcp spares service-linked roles", req: with(s3(slr, "s3:GetObject"), func(r *Request) { r.RCPs = rcpDeny }),
			want: decideWant{Outcome: Allowed}},
		{name: "rcp spares management account resources", req: with(s3(role(roleA, acctA), "s3:GetObject"), func(r *Request) { r.RCPs = rcpDeny; r.ResourceInManagementAccount = true }),
			want: decideWant{Outcome: Allowed}},
		{name: "vpce policy must allow", req: with(s3(role(roleA, acctA), "s3:GetObject"), func(r *Request) {
			r.VPCEndpointPolicies = []*Policy{pol(t, "vpce", `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:PutObject","Resource":"*"}]}`)}
		}),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerVPCEndpointPolicy}},
	})
}

// S3 settings: Block Public Access (https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html),
// ACLs and Object Ownership (.../about-object-ownership.html, .../acl-overview.html),
// Requester Pays (.../RequesterPaysBuckets.html).
func TestS3Settings(t *testing.T) {
	t.Parallel()
	public := pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`)
	base := func(c Caller, action, res string, s S3Settings, ids ...*Policy) Request {
		return Request{Caller: c, Action: action, Resource: res, ResourceAccount: acctA, S3: &s, IdentityPolicies: ids}
	}
	idAll := allowOnly(t, "id", "s3:*")
	with := func(r Request, f func(*Request)) Request { f(&r); return r }
	runLayerCases(t, []layerCase{
		{name: "restrict public buckets blocks cross account", req: with(base(role(roleB, acctB), "s3:GetObject", object, S3Settings{BlockPublicAccess: BPA{RestrictPublicBuckets: true}}, idAll), func(r *Request) { r.ResourcePolicy = public }),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerBlockPublicAccess}},
		{name: "public policy without restriction", req: with(base(role(roleB, acctB), "s3:GetObject", object, S3Settings{}, idAll), func(r *Request) { r.ResourcePolicy = public }),
			want: decideWant{Outcome: Allowed}},
		{name: "restriction spares the owner account", req: with(base(role(roleA, acctA), "s3:GetObject", object, S3Settings{BlockPublicAccess: BPA{RestrictPublicBuckets: true}}), func(r *Request) { r.ResourcePolicy = public }),
			want: decideWant{Outcome: Allowed}},
		{name: "public read acl lists for another account", req: base(role(roleB, acctB), "s3:ListBucket", bucket, S3Settings{BucketACL: "public-read", ObjectOwnership: "ObjectWriter"}, idAll),
			want: decideWant{Outcome: Allowed}},
		{name: "acl disabled by bucket owner enforced", req: base(role(roleB, acctB), "s3:ListBucket", bucket, S3Settings{BucketACL: "public-read", ObjectOwnership: "BucketOwnerEnforced"}, idAll),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerBucketPolicy}},
		{name: "acl ignored by block public access", req: base(role(roleB, acctB), "s3:ListBucket", bucket, S3Settings{BucketACL: "public-read", ObjectOwnership: "ObjectWriter", BlockPublicAccess: BPA{IgnorePublicAcls: true}}, idAll),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerBucketPolicy}},
		{name: "acl with unknown ownership", req: base(role(roleB, acctB), "s3:ListBucket", bucket, S3Settings{BucketACL: "public-read"}, idAll),
			want: decideWant{Outcome: Undecided, Unknowns: []string{"object ownership of the bucket"}}},
		{name: "object of another account", req: base(role(roleA, acctA), "s3:GetObject", object, S3Settings{ObjectOwnership: "ObjectWriter", ObjectOwnerAccount: acctB}, idAll),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerObjectOwnership}},
		{name: "object of another account under enforced ownership", req: base(role(roleA, acctA), "s3:GetObject", object, S3Settings{ObjectOwnership: "BucketOwnerEnforced", ObjectOwnerAccount: acctB}, idAll),
			want: decideWant{Outcome: Allowed}},
		{name: "requester pays cross account without header", req: with(base(role(roleB, acctB), "s3:GetObject", object, S3Settings{RequesterPays: true}, idAll), func(r *Request) { r.ResourcePolicy = public }),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerRequesterPays}},
		{name: "requester pays with header", req: with(base(role(roleB, acctB), "s3:GetObject", object, S3Settings{RequesterPays: true, RequestPayer: true}, idAll), func(r *Request) { r.ResourcePolicy = public }),
			want: decideWant{Outcome: Allowed}},
		{name: "requester pays owner", req: base(role(roleA, acctA), "s3:GetObject", object, S3Settings{RequesterPays: true}, idAll),
			want: decideWant{Outcome: Allowed}},
		{name: "block public acls refuses public put", req: with(base(role(roleA, acctA), "s3:PutObject", object, S3Settings{ObjectOwnership: "ObjectWriter", BlockPublicAccess: BPA{BlockPublicAcls: true}}, idAll), func(r *Request) { r.Context = ctx("s3:x-amz-acl", "public-read") }),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerBlockPublicAccess}},
		{name: "enforced ownership refuses acl put", req: with(base(role(roleA, acctA), "s3:PutObject", object, S3Settings{ObjectOwnership: "BucketOwnerEnforced"}, idAll), func(r *Request) { r.Context = ctx("s3:x-amz-acl", "private") }),
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerObjectOwnership}},
		{name: "an unknown acl header on enforced ownership may fail", req: with(base(role(roleA, acctA), "s3:PutObject", object, S3Settings{ObjectOwnership: "BucketOwnerEnforced"}, idAll), func(r *Request) { r.Context = ctx("s3:x-amz-acl", Unknown("s3:x-amz-acl")) }),
			want: decideWant{Outcome: Undecided, Unknowns: []string{"s3:x-amz-acl"}}},
		{name: "an unknown acl header with ACLs in force and no block", req: with(base(role(roleA, acctA), "s3:PutObject", object, S3Settings{ObjectOwnership: "ObjectWriter"}, idAll), func(r *Request) { r.Context = ctx("s3:x-amz-acl", Unknown("s3:x-amz-acl")) }),
			want: decideWant{Outcome: Allowed}},
	})
}

// "The meaning of public": https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
func TestIsPublicPolicy(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		doc  string
		want bool
	}{
		{name: "star principal", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}`, want: true},
		{name: "aws star", doc: `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"*"}]}`, want: true},
		{name: "fixed account", doc: `{"Statement":[{"Effect":"Allow","Principal":{"AWS":"111111111111"},"Action":"s3:GetObject","Resource":"*"}]}`},
		{name: "pinned by org", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}]}`},
		{name: "pinned by vpce", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}]}`},
		{name: "wildcard org is public", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"StringLike":{"aws:PrincipalOrgID":"o-*"}}}]}`, want: true},
		{name: "wide ip range", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"0.0.0.0/1"}}}]}`, want: true},
		{name: "narrow ip range", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}`},
		{name: "unrelated condition", doc: `{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}`, want: true},
		{name: "deny is never public", doc: `{"Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := IsPublicPolicy(pol(t, "p", tt.doc)); got != tt.want {
				t.Errorf("IsPublicPolicy() = %v, want %v", got, tt.want)
			}
		})
	}
}
