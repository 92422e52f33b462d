package rules.aws.vpc.endpoint_policy_refuses_bucket_test

import data.rules.aws.vpc.endpoint_policy_refuses_bucket as rule

through := {
	"principal": "aws_iam_role.analytics",
	"principal_arn": "arn:aws:iam::111122223333:role/analytics",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"path": "aws_vpc_endpoint.s3",
	"source": "endpoint_path",
	"origin": "aws_iam_role_policy.analytics/0",
	"bucket": "aws_s3_bucket.rec",
}

requests(_) := [through]

endpoint := {"address": "aws_vpc_endpoint.s3", "id": "vpce-1", "vpc_id": "vpc-1", "policy": {"address": "aws_vpc_endpoint.s3", "attribute": "policy"}}

bucket(key, value) := {"address": "aws_s3_bucket.rec", "policy": {"document": {"statements": [{
	"id": "aws_s3_bucket_policy.rec/OnlyVpce", "effect": "Deny",
	"conditions": [{"operator": "StringNotEquals", "key": key, "values": [value]}],
}]}}}

estate(b) := {"vpc_endpoints": [endpoint], "buckets": [b]}

verdict(decision, deciding) := {
	"decision": decision, "denied_by": "vpc_endpoint_policy", "service": "s3",
	"action": "s3:GetObject", "resource": through.resource, "explanation": "not authorized",
	"deciding": deciding, "path": "aws_vpc_endpoint.s3",
	"policy_address": "aws_s3_bucket_policy.rec", "policy_attribute": "policy",
}

implicit(_) := verdict("implicitly_denied", [])

explicit(_) := verdict("explicitly_denied", [{"statement": {"id": "aws_vpc_endpoint.s3/OnlyListed", "sid": "OnlyListed"}}])

unknown(_) := object.union(verdict("unknown", []), {"unknowns": ["aws:PrincipalTag/team"]})

bucket_deny(_) := object.union(verdict("explicitly_denied", []), {"denied_by": "bucket_policy"})

test_endpoint_the_bucket_requires_is_an_error_at_the_endpoint_policy if {
	fs := rule.deny with input as estate(bucket("aws:SourceVpce", "vpce-1")) with denylint.requests as requests with denylint.decide as implicit
	count(fs) == 1
	some f in fs
	f.rule_id == "DL014"
	f.severity == "error"
	f.root_cause == "vpc_endpoint_policy"
	f.at == {"address": "aws_vpc_endpoint.s3", "path": "policy"}
	f.related[0].at == {"statement": "aws_iam_role_policy.analytics/0"}
	f.related[1].at == {"statement": "aws_s3_bucket_policy.rec/OnlyVpce"}
	contains(f.message, "no way in")
	contains(f.fix, "arn:aws:s3:::rec/*")
}

test_source_vpc_naming_the_endpoint_vpc_counts if {
	some f in rule.deny with input as estate(bucket("aws:SourceVpc", "vpc-1")) with denylint.requests as requests with denylint.decide as implicit
	f.severity == "error"
}

test_endpoint_deny_points_at_its_statement if {
	some f in rule.deny with input as estate(bucket("aws:SourceVpce", "vpce-1")) with denylint.requests as requests with denylint.decide as explicit
	f.at == {"statement": "aws_vpc_endpoint.s3/OnlyListed"}
	contains(f.fix, "\"OnlyListed\"")
}

test_bucket_reachable_another_way_is_a_warning if {
	some f in rule.deny with input as estate(bucket("aws:SourceVpce", "vpce-other")) with denylint.requests as requests with denylint.decide as implicit
	f.severity == "warning"
	count(f.related) == 1
	contains(f.message, "callers outside it are not affected")
}

test_refusal_that_depends_on_unknowns_is_a_warning if {
	some f in rule.deny with input as estate(bucket("aws:SourceVpce", "vpce-1")) with denylint.requests as requests with denylint.decide as unknown
	f.severity == "warning"
}

test_other_layers_are_silent if {
	count(rule.deny) == 0 with input as estate(bucket("aws:SourceVpce", "vpce-1")) with denylint.requests as requests with denylint.decide as bucket_deny
}
