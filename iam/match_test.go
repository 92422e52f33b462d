package iam

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Action matching is case-insensitive with * and ? ("IAM JSON policy
// elements: Action", IAM user guide).
func TestMatchAction(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name            string
		pattern, action string
		want            bool
	}{
		{name: "star", pattern: "*", action: "s3:GetObject", want: true},
		{name: "prefix", pattern: "s3:Get*", action: "s3:GetObject", want: true},
		{name: "case", pattern: "S3:getobject", action: "s3:GetObject", want: true},
		{name: "other service", pattern: "kms:*", action: "s3:GetObject"},
		{name: "question", pattern: "s3:?etObject", action: "s3:GetObject", want: true},
		{name: "question needs one", pattern: "s3:GetObject?", action: "s3:GetObject"},
		{name: "middle star", pattern: "s3:*Object*", action: "s3:PutObjectAcl", want: true},
		{name: "no partial", pattern: "s3:Get", action: "s3:GetObject"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := MatchAction(tt.pattern, tt.action); got != tt.want {
				t.Errorf("MatchAction(%q, %q) = %v, want %v", tt.pattern, tt.action, got, tt.want)
			}
		})
	}
}

// Resource matching is case-sensitive ("IAM JSON policy elements:
// Resource", IAM user guide); unknown tokens make it three-valued.
func TestMatchARN(t *testing.T) {
	t.Parallel()
	v := Unknown("var.bucket")
	w := Unknown("var.other")
	tests := []struct {
		name           string
		pattern, value string
		want           Tri
	}{
		{name: "exact", pattern: bucket, value: bucket, want: True},
		{name: "objects", pattern: bucket + "/*", value: object, want: True},
		{name: "bucket is not an object", pattern: bucket + "/*", value: bucket, want: False},
		{name: "case sensitive", pattern: "arn:aws:s3:::Recordings/*", value: object, want: False},
		{name: "question", pattern: "arn:aws:s3:::recording?/*", value: object, want: True},
		{name: "star spans colons", pattern: "arn:aws:kms:*", value: keyARN, want: True},
		{name: "unknown value may match", pattern: bucket + "/*", value: "arn:aws:s3:::" + v + "/k", want: Maybe},
		{name: "unknown value cannot match", pattern: bucket + "/*", value: "arn:aws:kms:" + v, want: False},
		{name: "same token", pattern: "arn:aws:s3:::" + v + "/*", value: "arn:aws:s3:::" + v + "/k", want: True},
		{name: "different tokens", pattern: "arn:aws:s3:::" + v + "/*", value: "arn:aws:s3:::" + w + "/k", want: Maybe},
		{name: "star absorbs token", pattern: "arn:aws:s3:::*/k", value: "arn:aws:s3:::" + v + "/k", want: True},
		{name: "question vs token", pattern: "arn:aws:s3:::?/k", value: "arn:aws:s3:::" + v + "/k", want: Maybe},
		{name: "token pattern literal value", pattern: "arn:aws:s3:::" + v, value: bucket, want: Maybe},
		{name: "token pattern wrong service", pattern: "arn:aws:s3:::" + v, value: keyARN, want: False},
		{name: "escaped star literal", pattern: "arn:aws:s3:::b/" + string(literalStar), value: "arn:aws:s3:::b/x", want: False},
		{name: "escaped star matches star", pattern: "arn:aws:s3:::b/" + string(literalStar), value: "arn:aws:s3:::b/*", want: True},
		{name: "escaped star matches unknown star", pattern: "arn:aws:s3:::b/" + string(literalStar), value: "arn:aws:s3:::" + v + "/*", want: Maybe},
		{name: "fixed end differs", pattern: "arn:aws:s3:::*/a.wav", value: "arn:aws:s3:::" + v + "/a.mp3", want: False},
		{name: "fixed end agrees", pattern: "arn:aws:s3:::*/a.wav", value: "arn:aws:s3:::" + v + "/a.wav", want: True},
		{name: "fixed start shorter than value's", pattern: "arn:aws:s3:::rec", value: "arn:aws:s3:::recordings" + v, want: False},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := MatchARN(tt.pattern, tt.value); got != tt.want {
				t.Errorf("MatchARN(%q, %q) = %v, want %v", Display(tt.pattern), Display(tt.value), got, tt.want)
			}
		})
	}
}

// Principal forms follow "AWS JSON policy elements: Principal" (IAM user
// guide).
func TestMatchPrincipal(t *testing.T) {
	t.Parallel()
	session := Caller{ARN: roleA, Account: acctA, Kind: KindRole, SessionARN: "arn:aws:sts::111111111111:assumed-role/app/s1"}
	tests := []struct {
		name string
		p    Principals
		c    Caller
		want Tri
	}{
		{name: "everyone", p: Principals{All: true}, c: session, want: True},
		{name: "role arn", p: Principals{AWS: []string{roleA}}, c: session, want: True},
		{name: "other role", p: Principals{AWS: []string{roleB}}, c: session, want: False},
		{name: "account id", p: Principals{AWS: []string{acctA}}, c: session, want: True},
		{name: "account root", p: Principals{AWS: []string{"arn:aws:iam::111111111111:root"}}, c: session, want: True},
		{name: "other account", p: Principals{AWS: []string{acctB}}, c: session, want: False},
		{name: "session arn", p: Principals{AWS: []string{"arn:aws:sts::111111111111:assumed-role/app/s1"}}, c: session, want: True},
		{name: "other session", p: Principals{AWS: []string{"arn:aws:sts::111111111111:assumed-role/app/s2"}}, c: session, want: False},
		{name: "service", p: Principals{Service: []string{"connect.amazonaws.com"}}, c: Caller{ARN: "connect.amazonaws.com", Kind: KindService}, want: True},
		{name: "service does not match role", p: Principals{Service: []string{"connect.amazonaws.com"}}, c: session, want: False},
		{name: "unknown account", p: Principals{AWS: []string{Unknown("var.account")}}, c: session, want: Maybe},
		{name: "current account", p: Principals{AWS: []string{"arn:aws:iam::" + CurrentAccount + ":root"}}, c: Caller{ARN: "x", Account: CurrentAccount, Kind: KindRole}, want: True},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, MatchPrincipal(&tt.p, tt.c)); diff != "" {
				t.Errorf("MatchPrincipal mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
