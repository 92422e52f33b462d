package access

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

const acct = "111122223333"

func doc(t *testing.T, origin, js string) *model.PolicyDoc {
	t.Helper()
	p, diags := iam.ParsePolicyJSON(origin, origin+".json", []byte(js), source.Pos{})
	if len(diags) > 0 {
		t.Fatalf("policy %s: %v", origin, diags)
	}
	return &model.PolicyDoc{Address: origin, Attribute: "policy", Document: p}
}

func role(t *testing.T, name string, policies ...string) *model.Principal {
	p := &model.Principal{
		Resource: model.Resource{Address: "aws_iam_role." + name, Account: acct},
		Kind:     iam.KindRole, Name: name, ARN: "arn:aws:iam::" + acct + ":role/" + name,
		UniqueID: iam.Unknown(name + " id"),
	}
	for i, js := range policies {
		p.Policies = append(p.Policies, doc(t, p.Address+"_policy"+string(rune('0'+i)), js))
	}
	return p
}

const readRecordings = `{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::rec","arn:aws:s3:::rec/*"]},
 {"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}]}`

const s3Only = `{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::rec/*"}]}`

const rootDelegation = `{"Version":"2012-10-17","Statement":[
 {"Sid":"Root","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}`

const onlyDeployer = `{"Version":"2012-10-17","Statement":[
 {"Sid":"Admin","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/deployer"},"Action":"kms:*","Resource":"*"}]}`

const denyOthers = `{"Version":"2012-10-17","Statement":[
 {"Sid":"OnlyAdmin","Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::rec/*",
  "Condition":{"ArnNotLike":{"aws:PrincipalArn":["arn:aws:iam::111122223333:role/admin","arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/*"]}}}]}`

const onlyThroughEndpoint = `{"Version":"2012-10-17","Statement":[
 {"Sid":"OnlyVpce","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::rec/*",
  "Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-1"}}}]}`

const grantReader = `{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/reader"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::rec/*"}]}`

type estate struct {
	bucketPolicy, keyPolicy string
	keyID                   string // bucket's kms key reference; "" for SSE-S3
	endpoint                bool
	connect                 bool
}

func build(t *testing.T, e estate, principals ...*model.Principal) *model.Env {
	env := model.New()
	env.Principals = principals
	b := &model.Bucket{Resource: model.Resource{Address: "aws_s3_bucket.rec", Account: acct, Region: "eu-west-2"},
		Name: "rec", ARN: "arn:aws:s3:::rec", ObjectOwnership: "BucketOwnerEnforced"}
	if e.bucketPolicy != "" {
		b.Policy = doc(t, "aws_s3_bucket_policy.rec", e.bucketPolicy)
	}
	k := &model.Key{Resource: model.Resource{Address: "aws_kms_key.rec", Account: acct, Region: "eu-west-2"},
		ARN: "arn:aws:kms:eu-west-2:" + acct + ":key/" + iam.Unknown("aws_kms_key.rec.key_id"), KeyID: iam.Unknown("aws_kms_key.rec.key_id")}
	if e.keyPolicy != "" {
		k.Policy = doc(t, "aws_kms_key.rec", e.keyPolicy)
	}
	if e.keyID != "" {
		ref := e.keyID
		if ref == "key" {
			ref = k.ARN
		}
		b.Encryption = &model.Encryption{Algorithm: "aws:kms", KMSKeyID: ref}
	}
	env.Buckets = []*model.Bucket{b}
	env.Keys = []*model.Key{k}
	if e.endpoint {
		env.VPCEndpoints = []*model.VPCEndpoint{{Resource: model.Resource{Address: "aws_vpc_endpoint.s3", Account: acct},
			ID: "vpce-1", VPCID: "vpc-1", ServiceName: "com.amazonaws.eu-west-2.s3", Type: "Gateway"}}
	}
	if e.connect {
		env.ConnectInstances = []*model.ConnectInstance{{
			Resource: model.Resource{Address: "aws_connect_instance.c", Account: acct, Region: "eu-west-2"},
			StorageConfigs: []*model.StorageConfig{{Address: "aws_connect_instance_storage_config.rec", ResourceType: "CALL_RECORDINGS",
				StorageType: "S3", BucketName: "rec", Prefix: "connect/acme", EncryptionType: "KMS", KMSKeyID: k.ARN}},
		}}
	}
	return env
}

type want struct {
	Outcome  iam.Outcome
	DeniedBy iam.Layer
	Service  string
}

func TestDecide(t *testing.T) {
	t.Parallel()
	object := "arn:aws:s3:::rec/" + objectKey
	tests := []struct {
		name      string
		estate    estate
		principal *model.Principal
		action    string
		want      want
	}{
		{"identity allow, no bucket policy, SSE-S3", estate{}, role(t, "reader", s3Only), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
		{"bucket policy deny catches a granted reader", estate{bucketPolicy: denyOthers}, role(t, "supervisor", s3Only), "s3:GetObject",
			want{iam.ExplicitlyDenied, iam.LayerBucketPolicy, "s3"}},
		{"bucket policy deny exempts the admin", estate{bucketPolicy: denyOthers}, role(t, "admin", s3Only), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
		{"same account: bucket policy alone grants", estate{bucketPolicy: grantReader}, role(t, "reader"), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
		{"no allow anywhere", estate{}, role(t, "reader"), "s3:GetObject",
			want{iam.ImplicitlyDenied, iam.LayerIdentityPolicy, "s3"}},
		{"key policy neither names nor delegates", estate{keyID: "key", keyPolicy: onlyDeployer}, role(t, "admin", readRecordings), "s3:GetObject",
			want{iam.ImplicitlyDenied, iam.LayerKMSKeyPolicy, "kms"}},
		{"key policy delegates to root and IAM allows", estate{keyID: "key", keyPolicy: rootDelegation}, role(t, "admin", readRecordings), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
		{"default key policy and IAM allows", estate{keyID: "key"}, role(t, "admin", readRecordings), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
		{"default key policy but IAM lacks kms:Decrypt", estate{keyID: "key"}, role(t, "reader", s3Only), "s3:GetObject",
			want{iam.ImplicitlyDenied, iam.LayerIdentityPolicy, "kms"}},
		{"key outside the estate is unknown", estate{keyID: "arn:aws:kms:eu-west-2:999988887777:key/abc"}, role(t, "admin", readRecordings), "s3:GetObject",
			want{iam.Undecided, "", "s3"}},
		{"aws/s3 managed key in the same account", estate{keyID: "alias/aws/s3"}, role(t, "reader", s3Only), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
		{"endpoint-only bucket, no endpoint declared", estate{bucketPolicy: onlyThroughEndpoint}, role(t, "reader", s3Only), "s3:GetObject",
			want{iam.ExplicitlyDenied, iam.LayerBucketPolicy, "s3"}},
		{"endpoint-only bucket reached through the endpoint", estate{bucketPolicy: onlyThroughEndpoint, endpoint: true}, role(t, "reader", s3Only), "s3:GetObject",
			want{iam.Allowed, "", "s3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			x := NewIndex(build(t, tc.estate, tc.principal))
			v := x.Decide(Intent{Principal: tc.principal.Address, Action: tc.action, Resource: object})
			got := want{v.Outcome, v.DeniedBy, v.Service}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("verdict (-want +got):\n%s\nexplanation: %s", diff, v.Explanation)
			}
		})
	}
}

func TestConnectWriter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		estate estate
		want   want
	}{
		{"default key policy lets the deployer create the grant", estate{keyID: "key", connect: true}, want{iam.Allowed, "", "s3"}},
		{"root delegation lets the deployer create the grant", estate{keyID: "key", keyPolicy: rootDelegation, connect: true}, want{iam.Allowed, "", "s3"}},
		{"a key policy for one named deployer leaves the grant unknown", estate{keyID: "key", keyPolicy: onlyDeployer, connect: true}, want{iam.Undecided, "", "kms"}},
		{"bucket policy exempting Connect's role", estate{bucketPolicy: denyOthers, connect: true}, want{iam.Allowed, "", "s3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			x := NewIndex(build(t, tc.estate))
			intents := x.ConnectRecordings()
			if len(intents) != 2 {
				t.Fatalf("got %d Connect intents, want 2 (put and get)", len(intents))
			}
			for _, it := range intents {
				if !strings.Contains(it.Resource, "rec/connect/acme/") {
					t.Errorf("intent resource %q is not under the storage prefix", iam.Display(it.Resource))
				}
				v := x.Decide(it)
				got := want{v.Outcome, v.DeniedBy, v.Service}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("%s: verdict (-want +got):\n%s\nexplanation: %s", it.Action, diff, v.Explanation)
				}
			}
		})
	}
}

func TestIdentityGrants(t *testing.T) {
	t.Parallel()
	prefixOnly := `{"Version":"2012-10-17","Statement":[
	 {"Sid":"Prefix","Effect":"Allow","Action":"s3:Get*","Resource":"arn:aws:s3:::rec/connect/*"},
	 {"Sid":"Elsewhere","Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::other-bucket/*"},
	 {"Sid":"All","Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}`
	env := build(t, estate{}, role(t, "reader", prefixOnly))
	got := NewIndex(env).IdentityGrants()
	var summary []string
	for _, it := range got {
		summary = append(summary, it.Action+" "+iam.Display(it.Resource)+" "+it.Origin)
	}
	want := []string{"s3:GetObject arn:aws:s3:::rec/connect/<object key> aws_iam_role.reader_policy0/Prefix"}
	if diff := cmp.Diff(want, summary); diff != "" {
		t.Errorf("grants (-want +got):\n%s", diff)
	}
}

func orgPolicy(t *testing.T, typ, target, js string) *model.OrgPolicy {
	addr := "aws_organizations_policy." + strings.ToLower(typ[:3])
	return &model.OrgPolicy{Address: addr, Type: typ, TargetIDs: []string{target}, Policy: doc(t, addr, js)}
}

func TestOrganizationPolicies(t *testing.T) {
	t.Parallel()
	denyGet := `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}`
	denyDeleteBucket := `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]}`
	allowOnlyEC2 := `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]}`
	perimeter := `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*",
	  "Condition":{"StringNotEqualsIfExists":{"aws:PrincipalOrgID":"o-abc123"},"BoolIfExists":{"aws:PrincipalIsAWSService":"false"}}}]}`
	tests := []struct {
		name     string
		policies []*model.OrgPolicy
		org      *model.Organization
		want     want
	}{
		{"SCP at the root denies the read", []*model.OrgPolicy{orgPolicy(t, typeSCP, "r-abcd", denyGet)}, nil,
			want{iam.ExplicitlyDenied, iam.LayerSCP, "s3"}},
		{"SCP denying only DeleteBucket", []*model.OrgPolicy{orgPolicy(t, typeSCP, "r-abcd", denyDeleteBucket)}, nil,
			want{iam.Allowed, "", "s3"}},
		{"allow-list SCP without S3", []*model.OrgPolicy{orgPolicy(t, typeSCP, "r-abcd", allowOnlyEC2)}, nil,
			want{iam.ImplicitlyDenied, iam.LayerSCP, "s3"}},
		{"the management account is not restricted", []*model.OrgPolicy{orgPolicy(t, typeSCP, "r-abcd", denyGet)},
			&model.Organization{Address: "aws_organizations_organization.org", ID: "o-abc123", RootID: "r-abcd", ManagementAccount: acct},
			want{iam.Allowed, "", "s3"}},
		{"RCP perimeter with the caller inside the organisation",
			[]*model.OrgPolicy{orgPolicy(t, typeRCP, "r-abcd", perimeter)},
			&model.Organization{Address: "data.aws_organizations_organization.org", ID: "o-abc123", RootID: "r-abcd"},
			want{iam.Allowed, "", "s3"}},
		{"RCP perimeter with an unknown organisation id", []*model.OrgPolicy{orgPolicy(t, typeRCP, "r-abcd", perimeter)}, nil,
			want{iam.Undecided, "", "s3"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			reader := role(t, "reader", s3Only)
			env := build(t, estate{}, reader)
			env.OrgPolicies = tc.policies
			env.Organization = tc.org
			v := NewIndex(env).Decide(Intent{Principal: reader.Address, Action: "s3:GetObject", Resource: "arn:aws:s3:::rec/" + objectKey})
			got := want{v.Outcome, v.DeniedBy, v.Service}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("verdict (-want +got):\n%s\nexplanation: %s", diff, v.Explanation)
			}
		})
	}
}

func TestAccessPaths(t *testing.T) {
	t.Parallel()
	corpOnly := `{"Version":"2012-10-17","Statement":[{"Sid":"CorpOnly","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::rec/*",
	  "Condition":{"NotIpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}]}`
	tests := []struct {
		name   string
		policy string
		paths  *model.AccessPaths
		vpce   bool
		want   iam.Outcome
	}{
		{"no declared source: the address decides", corpOnly, nil, false, iam.Undecided},
		{"a declared address inside the range", corpOnly, &model.AccessPaths{Internet: true, SourceIPs: []string{"203.0.113.10"}}, false, iam.Allowed},
		{"a declared address outside the range", corpOnly, &model.AccessPaths{Internet: true, SourceIPs: []string{"198.51.100.7/32"}}, false, iam.ExplicitlyDenied},
		{"a declared range stays unknown", corpOnly, &model.AccessPaths{Internet: true, SourceIPs: []string{"10.0.0.0/8"}}, false, iam.Undecided},
		{"only through the endpoint", onlyThroughEndpoint, &model.AccessPaths{Internet: false}, true, iam.Allowed},
		{"only from outside, though an endpoint exists", onlyThroughEndpoint, &model.AccessPaths{Internet: true, VPCEndpoints: []string{"aws_vpc_endpoint.other"}}, true, iam.ExplicitlyDenied},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			reader := role(t, "reader", s3Only)
			env := build(t, estate{bucketPolicy: tc.policy, endpoint: tc.vpce}, reader)
			env.AccessPaths = tc.paths
			v := NewIndex(env).Decide(Intent{Principal: reader.Address, Action: "s3:GetObject", Resource: "arn:aws:s3:::rec/" + objectKey})
			if v.Outcome != tc.want {
				t.Errorf("outcome %s, want %s: %s", v.Outcome, tc.want, v.Explanation)
			}
		})
	}
}
