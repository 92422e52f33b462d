package iam

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type condCase struct {
	name    string
	op, key string
	values  []string
	ctx     map[string][]string
	version string
	want    Tri
}

func runConditions(t *testing.T, tests []condCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req := &Request{Caller: Caller{ARN: "arn:aws:iam::111111111111:user/alice", Account: acctA, Kind: KindUser, UserID: "AIDAALICE"},
				Action: "s3:ListBucket", Resource: bucket, ResourceAccount: acctA, Context: tt.ctx}
			version := tt.version
			if version == "" {
				version = policyVersion2012
			}
			got := newEvaluator(req).condition(&Condition{Operator: tt.op, Key: tt.key, Values: tt.values}, version)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s %s %v with %v (-want +got):\n%s", tt.op, tt.key, tt.values, tt.ctx, diff)
			}
		})
	}
}

func ctx(kv ...string) map[string][]string {
	m := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = append(m[kv[i]], kv[i+1])
	}
	return m
}

// String operators: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
func TestStringOperators(t *testing.T) {
	t.Parallel()
	runConditions(t, []condCase{
		{name: "equals", op: "StringEquals", key: "s3:prefix", values: []string{"a", "home/"}, ctx: ctx("s3:prefix", "home/"), want: True},
		{name: "equals is case sensitive", op: "StringEquals", key: "s3:prefix", values: []string{"Home/"}, ctx: ctx("s3:prefix", "home/"), want: False},
		{name: "key is case insensitive", op: "StringEquals", key: "S3:Prefix", values: []string{"home/"}, ctx: ctx("s3:prefix", "home/"), want: True},
		{name: "operator name is case insensitive", op: "stringequals", key: "s3:prefix", values: []string{"home/"}, ctx: ctx("s3:prefix", "home/"), want: True},
		{name: "absent key", op: "StringEquals", key: "s3:prefix", values: []string{"home/"}, want: False},
		{name: "not equals over values is nor", op: "StringNotEquals", key: "s3:prefix", values: []string{"a", "b"}, ctx: ctx("s3:prefix", "b"), want: False},
		{name: "not equals none match", op: "StringNotEquals", key: "s3:prefix", values: []string{"a", "b"}, ctx: ctx("s3:prefix", "c"), want: True},
		{name: "not equals absent key holds", op: "StringNotEquals", key: "aws:SourceVpce", values: []string{"vpce-1"}, want: True},
		{name: "ignore case", op: "StringEqualsIgnoreCase", key: "aws:PrincipalTag/team", values: []string{"BILLING"}, ctx: ctx("aws:PrincipalTag/team", "billing"), want: True},
		{name: "not equals ignore case", op: "StringNotEqualsIgnoreCase", key: "aws:PrincipalTag/team", values: []string{"BILLING"}, ctx: ctx("aws:PrincipalTag/team", "billing"), want: False},
		{name: "like", op: "StringLike", key: "s3:prefix", values: []string{"home/*"}, ctx: ctx("s3:prefix", "home/alice/x"), want: True},
		{name: "like question", op: "StringLike", key: "s3:prefix", values: []string{"h?me"}, ctx: ctx("s3:prefix", "home"), want: True},
		{name: "not like", op: "StringNotLike", key: "s3:prefix", values: []string{"home/*"}, ctx: ctx("s3:prefix", "tmp/"), want: True},
		{name: "equals does not glob", op: "StringEquals", key: "s3:prefix", values: []string{"home/*"}, ctx: ctx("s3:prefix", "home/a"), want: False},
		{name: "unknown request value", op: "StringEquals", key: "aws:SourceVpce", values: []string{"vpce-1"}, ctx: ctx("aws:SourceVpce", Unknown("endpoint")), want: Maybe},
		{name: "unknown same token", op: "StringEquals", key: "aws:SourceAccount", values: []string{CurrentAccount}, ctx: ctx("aws:SourceAccount", CurrentAccount), want: True},
		{name: "partly unknown cannot match", op: "StringLike", key: "aws:SourceArn", values: []string{"arn:aws:connect:*"}, ctx: ctx("aws:SourceArn", "arn:aws:s3:::"+Unknown("b")), want: False},
	})
}

// Numeric, Date, Bool and Binary operators: same page, sections
// Conditions_Numeric, Conditions_Date, Conditions_Boolean, Conditions_BinaryEquals.
func TestScalarOperators(t *testing.T) {
	t.Parallel()
	runConditions(t, []condCase{
		{name: "numeric less", op: "NumericLessThan", key: "s3:max-keys", values: []string{"10"}, ctx: ctx("s3:max-keys", "9"), want: True},
		{name: "numeric less equal boundary", op: "NumericLessThanEquals", key: "s3:max-keys", values: []string{"10"}, ctx: ctx("s3:max-keys", "10"), want: True},
		{name: "numeric greater", op: "NumericGreaterThan", key: "s3:max-keys", values: []string{"10"}, ctx: ctx("s3:max-keys", "10"), want: False},
		{name: "numeric greater equal", op: "NumericGreaterThanEquals", key: "s3:max-keys", values: []string{"10"}, ctx: ctx("s3:max-keys", "10.5"), want: True},
		{name: "numeric equals", op: "NumericEquals", key: "s3:max-keys", values: []string{"10"}, ctx: ctx("s3:max-keys", "10.0"), want: True},
		{name: "numeric not equals", op: "NumericNotEquals", key: "s3:max-keys", values: []string{"10"}, ctx: ctx("s3:max-keys", "11"), want: True},
		{name: "numeric not a number", op: "NumericEquals", key: "s3:max-keys", values: []string{"ten"}, ctx: ctx("s3:max-keys", "10"), want: False},
		{name: "date before", op: "DateLessThan", key: "aws:CurrentTime", values: []string{"2026-03-01T00:00:00Z"}, ctx: ctx("aws:CurrentTime", "2026-01-15T10:00:00Z"), want: True},
		{name: "date epoch", op: "DateGreaterThan", key: "aws:EpochTime", values: []string{"2026-01-01"}, ctx: ctx("aws:EpochTime", "1800000000"), want: True},
		{name: "date equals", op: "DateEquals", key: "aws:CurrentTime", values: []string{"2026-01-15T10:00:00Z"}, ctx: ctx("aws:CurrentTime", "2026-01-15T11:00:00+01:00"), want: True},
		{name: "date not equals", op: "DateNotEquals", key: "aws:CurrentTime", values: []string{"2026-01-15T10:00:00Z"}, ctx: ctx("aws:CurrentTime", "2026-01-15T10:00:01Z"), want: True},
		{name: "date less equal", op: "DateLessThanEquals", key: "aws:CurrentTime", values: []string{"2026-01-15T10:00:00Z"}, ctx: ctx("aws:CurrentTime", "2026-01-15T10:00:00Z"), want: True},
		{name: "date greater equal", op: "DateGreaterThanEquals", key: "aws:CurrentTime", values: []string{"2026-01-15T10:00:00Z"}, ctx: ctx("aws:CurrentTime", "2026-01-14T10:00:00Z"), want: False},
		{name: "bool", op: "Bool", key: "aws:SecureTransport", values: []string{"false"}, ctx: ctx("aws:SecureTransport", "FALSE"), want: True},
		{name: "bool absent", op: "Bool", key: "aws:MultiFactorAuthPresent", values: []string{"false"}, want: False},
		{name: "bool if exists absent", op: "BoolIfExists", key: "aws:MultiFactorAuthPresent", values: []string{"false"}, want: True},
		{name: "bool if exists present", op: "BoolIfExists", key: "aws:MultiFactorAuthPresent", values: []string{"false"}, ctx: ctx("aws:MultiFactorAuthPresent", "true"), want: False},
		{name: "binary", op: "BinaryEquals", key: "k:bin", values: []string{"QmluYXJ5"}, ctx: ctx("k:bin", "QmluYXJ5"), want: True},
		{name: "binary differs", op: "BinaryEquals", key: "k:bin", values: []string{"QmluYXJ5"}, ctx: ctx("k:bin", "QmluYXJ6"), want: False},
	})
}

// IP address and ARN operators: sections Conditions_IPAddress and Conditions_ARN.
func TestAddressAndARNOperators(t *testing.T) {
	t.Parallel()
	runConditions(t, []condCase{
		{name: "ip in range", op: "IpAddress", key: "aws:SourceIp", values: []string{"203.0.113.0/24"}, ctx: ctx("aws:SourceIp", "203.0.113.7"), want: True},
		{name: "ip single", op: "IpAddress", key: "aws:SourceIp", values: []string{"203.0.113.7"}, ctx: ctx("aws:SourceIp", "203.0.113.7"), want: True},
		{name: "ip outside", op: "IpAddress", key: "aws:SourceIp", values: []string{"10.0.0.0/8"}, ctx: ctx("aws:SourceIp", "203.0.113.7"), want: False},
		{name: "ipv6", op: "IpAddress", key: "aws:SourceIp", values: []string{"2001:db8::/32"}, ctx: ctx("aws:SourceIp", "2001:db8::1"), want: True},
		{name: "not ip absent holds", op: "NotIpAddress", key: "aws:SourceIp", values: []string{"10.0.0.0/8"}, want: True},
		{name: "not ip inside", op: "NotIpAddress", key: "aws:SourceIp", values: []string{"10.0.0.0/8", "192.0.2.0/24"}, ctx: ctx("aws:SourceIp", "192.0.2.1"), want: False},
		{name: "unknown source ip", op: "IpAddress", key: "aws:SourceIp", values: []string{"10.0.0.0/8"}, ctx: ctx("aws:SourceIp", Unknown("ip")), want: Maybe},
		{name: "arn like", op: "ArnLike", key: "aws:SourceArn", values: []string{"arn:aws:connect:*:111111111111:instance/*"}, ctx: ctx("aws:SourceArn", "arn:aws:connect:eu-west-2:111111111111:instance/abc"), want: True},
		{name: "arn parts separately", op: "ArnLike", key: "aws:SourceArn", values: []string{"arn:aws:connect:*"}, ctx: ctx("aws:SourceArn", "arn:aws:connect:eu-west-2:1:instance/abc"), want: False},
		{name: "arn equals takes wildcards", op: "ArnEquals", key: "aws:PrincipalArn", values: []string{"arn:aws:iam::*:user/alice"}, ctx: ctx("aws:PrincipalArn", "arn:aws:iam::111111111111:user/alice"), want: True},
		{name: "arn not like derived key", op: "ArnNotLike", key: "aws:PrincipalArn", values: []string{"arn:aws:iam::111111111111:user/*"}, want: False},
		{name: "arn not equals with derived key", op: "ArnNotEquals", key: "aws:PrincipalArn", values: []string{"arn:aws:iam::111111111111:role/x"}, want: True},
	})
}

// Null, IfExists and set operators: sections Conditions_Null, Conditions_IfExists
// and https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
func TestPresenceAndSetOperators(t *testing.T) {
	t.Parallel()
	paths := map[string][]string{"aws:PrincipalOrgPaths": {"o-1/r-1/ou-a/", "o-1/r-1/ou-b/"}}
	runConditions(t, []condCase{
		{name: "null true absent", op: "Null", key: "aws:SourceVpce", values: []string{"true"}, want: True},
		{name: "null true present", op: "Null", key: "aws:SourceVpce", values: []string{"true"}, ctx: ctx("aws:SourceVpce", "vpce-1"), want: False},
		{name: "null false present unknown value", op: "Null", key: "aws:SourceVpce", values: []string{"false"}, ctx: ctx("aws:SourceVpce", "vpce-"+Unknown("id")), want: True},
		{name: "null on unknown value", op: "Null", key: "aws:SourceVpce", values: []string{"true"}, ctx: ctx("aws:SourceVpce", Unknown("path")), want: False},
		{name: "if exists absent", op: "StringEqualsIfExists", key: "aws:SourceVpce", values: []string{"vpce-1"}, want: True},
		{name: "if exists present", op: "StringEqualsIfExists", key: "aws:SourceVpce", values: []string{"vpce-1"}, ctx: ctx("aws:SourceVpce", "vpce-2"), want: False},
		{name: "any value", op: "ForAnyValue:StringLike", key: "aws:PrincipalOrgPaths", values: []string{"o-1/r-1/ou-b/*"}, ctx: paths, want: True},
		{name: "all values", op: "ForAllValues:StringLike", key: "aws:PrincipalOrgPaths", values: []string{"o-1/r-1/ou-b/*"}, ctx: paths, want: False},
		{name: "all values all match", op: "ForAllValues:StringLike", key: "aws:PrincipalOrgPaths", values: []string{"o-1/*"}, ctx: paths, want: True},
		{name: "all values empty set", op: "ForAllValues:StringEquals", key: "aws:TagKeys", values: []string{"a"}, want: True},
		{name: "any value empty set", op: "ForAnyValue:StringEquals", key: "aws:TagKeys", values: []string{"a"}, want: False},
		{name: "any value negated", op: "ForAnyValue:StringNotLike", key: "aws:PrincipalOrgPaths", values: []string{"o-1/r-1/ou-a/*"}, ctx: paths, want: True},
		{name: "all values negated", op: "ForAllValues:StringNotLike", key: "aws:PrincipalOrgPaths", values: []string{"o-1/r-1/ou-a/*"}, ctx: paths, want: False},
		{name: "unsupported operator", op: "StringSortOf", key: "k", values: []string{"x"}, ctx: ctx("k", "x"), want: Maybe},
	})
}

// Policy variables: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
func TestPolicyVariables(t *testing.T) {
	t.Parallel()
	runConditions(t, []condCase{
		{name: "username", op: "StringLike", key: "s3:prefix", values: []string{"home/${aws:username}/*"}, ctx: ctx("s3:prefix", "home/alice/x"), want: True},
		{name: "other user", op: "StringLike", key: "s3:prefix", values: []string{"home/${aws:username}/*"}, ctx: ctx("s3:prefix", "home/bob/x"), want: False},
		{name: "userid derived", op: "StringEquals", key: "s3:prefix", values: []string{"${aws:userid}"}, ctx: ctx("s3:prefix", "AIDAALICE"), want: True},
		{name: "default value", op: "StringEquals", key: "s3:prefix", values: []string{"${aws:PrincipalTag/team, 'none'}"}, ctx: ctx("s3:prefix", "none"), want: True},
		{name: "literal star", op: "StringLike", key: "s3:prefix", values: []string{"a${*}"}, ctx: ctx("s3:prefix", "ab"), want: False},
		{name: "literal star matches star", op: "StringLike", key: "s3:prefix", values: []string{"a${*}"}, ctx: ctx("s3:prefix", "a*"), want: True},
		{name: "dollar", op: "StringEquals", key: "s3:prefix", values: []string{"${$}x"}, ctx: ctx("s3:prefix", "$x"), want: True},
		{name: "old version is literal", op: "StringEquals", key: "s3:prefix", values: []string{"${aws:username}"}, ctx: ctx("s3:prefix", "${aws:username}"), version: "2008-10-17", want: True},
		{name: "unknown variable value", op: "StringEquals", key: "s3:prefix", values: []string{"${aws:PrincipalTag/team}"}, ctx: ctx("s3:prefix", "x", "aws:PrincipalTag/team", Unknown("tag")), want: Maybe},
	})
}
