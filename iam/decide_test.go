package iam

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type decideWant struct {
	Outcome  Outcome
	DeniedBy Layer
	Deciding []string
	Unknowns []string
}

func summarize(d Decision) decideWant {
	w := decideWant{Outcome: d.Outcome, DeniedBy: d.DeniedBy, Unknowns: d.Unknowns}
	for _, r := range d.Deciding {
		w.Deciding = append(w.Deciding, r.Statement.ID)
	}
	return w
}

// TestDecideCore follows "Policy evaluation logic" and "Cross-account
// policy evaluation logic" (IAM user guide,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
// and .../reference_policies_evaluation-logic-cross-account.html).
func TestDecideCore(t *testing.T) {
	t.Parallel()
	bucketAllowsRoleA := pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Principal":{"AWS":"`+roleA+`"},"Action":"s3:GetObject","Resource":"`+bucket+`/*"}]}`)
	bucketAllowsRoleB := pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Principal":{"AWS":"`+roleB+`"},"Action":"s3:GetObject","Resource":"`+bucket+`/*"}]}`)
	bucketDenies := pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Sid":"TLS","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["`+bucket+`","`+bucket+`/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}`)
	tests := []struct {
		name string
		req  Request
		want decideWant
	}{
		{
			name: "same account identity allow",
			req:  Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA, IdentityPolicies: []*Policy{pol(t, "id", allowS3)}},
			want: decideWant{Outcome: Allowed, Deciding: []string{"id/0"}},
		},
		{
			name: "same account nothing allows",
			req:  Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerIdentityPolicy},
		},
		{
			name: "same account bucket policy alone",
			req:  Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA, ResourcePolicy: bucketAllowsRoleA},
			want: decideWant{Outcome: Allowed, Deciding: []string{"bp/Read"}},
		},
		{
			name: "cross account bucket policy alone",
			req:  Request{Caller: role(roleB, acctB), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA, ResourcePolicy: bucketAllowsRoleB},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerIdentityPolicy},
		},
		{
			name: "cross account identity alone",
			req:  Request{Caller: role(roleB, acctB), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA, IdentityPolicies: []*Policy{pol(t, "id", allowS3)}},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerBucketPolicy},
		},
		{
			name: "cross account both",
			req:  Request{Caller: role(roleB, acctB), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA, IdentityPolicies: []*Policy{pol(t, "id", allowS3)}, ResourcePolicy: bucketAllowsRoleB},
			want: decideWant{Outcome: Allowed, Deciding: []string{"id/0", "bp/Read"}},
		},
		{
			name: "bucket policy deny without TLS",
			req: Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA,
				IdentityPolicies: []*Policy{pol(t, "id", allowS3)}, ResourcePolicy: bucketDenies, Context: map[string][]string{"aws:SecureTransport": {"false"}}},
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerBucketPolicy, Deciding: []string{"bp/TLS"}},
		},
		{
			name: "bucket policy deny unknown transport",
			req: Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA,
				IdentityPolicies: []*Policy{pol(t, "id", allowS3)}, ResourcePolicy: bucketDenies, Context: map[string][]string{"aws:SecureTransport": {Unknown("tls")}}},
			want: decideWant{Outcome: Undecided, Unknowns: []string{"aws:SecureTransport"}},
		},
		{
			name: "certain implicit deny despite unknown deny",
			req: Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA,
				ResourcePolicy: bucketDenies, Context: map[string][]string{"aws:SecureTransport": {Unknown("tls")}}},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerIdentityPolicy, Unknowns: []string{"aws:SecureTransport"}},
		},
		{
			name: "scp deny",
			req: Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA,
				IdentityPolicies: []*Policy{pol(t, "id", allowS3)}, SCPs: [][]*Policy{{pol(t, "root", allowAll)}, {pol(t, "ou", denyS3)}}},
			want: decideWant{Outcome: ExplicitlyDenied, DeniedBy: LayerSCP, Deciding: []string{"ou/NoS3"}},
		},
		{
			name: "scp level without allow",
			req: Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA,
				IdentityPolicies: []*Policy{pol(t, "id", allowS3)}, SCPs: [][]*Policy{{pol(t, "root", allowAll)}, {}}},
			want: decideWant{Outcome: ImplicitlyDenied, DeniedBy: LayerSCP},
		},
		{
			name: "bucket of an unknown account",
			req:  Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, IdentityPolicies: []*Policy{pol(t, "id", allowS3)}},
			want: decideWant{Outcome: Undecided, Unknowns: []string{"resource account"}},
		},
		{
			name: "unknown account is the same as itself",
			req: Request{Caller: role("arn:aws:iam::"+CurrentAccount+":role/app", CurrentAccount), Action: "s3:GetObject", Resource: object, ResourceAccount: CurrentAccount,
				ResourcePolicy: pol(t, "bp", `{"Version":"2012-10-17","Statement":[{"Sid":"R","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::`+CurrentAccount+`:role/app"},"Action":"s3:GetObject","Resource":"*"}]}`)},
			want: decideWant{Outcome: Allowed, Deciding: []string{"bp/R"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := summarize(Decide(&tt.req))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Decide() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExplanation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		req  Request
		want string
	}{
		{
			name: "no identity policy",
			req:  Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: "arn:aws:s3:::b/k", ResourceAccount: acctA},
			want: `arn:aws:iam::111111111111:role/app is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k" because no identity-based policy allows the s3:GetObject action`,
		},
		{
			name: "explicit deny in scp with session",
			req: Request{Caller: Caller{ARN: roleA, Account: acctA, Kind: KindRole, SessionARN: "arn:aws:sts::111111111111:assumed-role/app/s1"}, Action: "s3:GetObject", Resource: "arn:aws:s3:::" + Unknown("var.bucket") + "/k", ResourceAccount: acctA,
				SCPs: [][]*Policy{{pol(t, "scp", denyS3)}}},
			want: `arn:aws:sts::111111111111:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::<var.bucket>/k" with an explicit deny in a service control policy`,
		},
		{
			name: "kms without key policy allow",
			req:  Request{Caller: role(roleA, acctA), Action: "kms:Decrypt", Resource: keyARN, ResourceAccount: acctA, ResourceLayer: LayerKMSKeyPolicy, ResourcePolicy: pol(t, "key", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:role/admin"},"Action":"kms:*","Resource":"*"}]}`)},
			want: `arn:aws:iam::111111111111:role/app is not authorized to perform: kms:Decrypt on resource: "` + keyARN + `" because no resource-based policy allows the kms:Decrypt action`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, Decide(&tt.req).Explanation); diff != "" {
				t.Errorf("Explanation mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
