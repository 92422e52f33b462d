package rules.aws.iam.permissions_boundary_refuses_grant_test

import data.rules.aws.iam.permissions_boundary_refuses_grant as rule

grant := {
	"principal": "aws_iam_role.review",
	"principal_arn": "arn:aws:iam::111122223333:role/review",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "identity_grant",
	"origin": "aws_iam_role_policy.review/0",
}

requests(_) := [grant]

estate := {"principals": [{
	"address": "aws_iam_role.review",
	"permissions_boundary": {"address": "aws_iam_policy.boundary", "attribute": "policy", "name": "team-boundary"},
}]}

verdict(decision, layer, deciding) := {
	"decision": decision, "denied_by": layer, "service": "s3",
	"action": "s3:GetObject", "resource": grant.resource, "explanation": "not authorized",
	"deciding": deciding, "policy_address": "aws_s3_bucket.rec", "policy_attribute": "policy",
}

implicit(_) := verdict("implicitly_denied", "permissions_boundary", [])

explicit(_) := verdict("explicitly_denied", "permissions_boundary", [{"statement": {"id": "aws_iam_policy.boundary/KeepOut", "sid": "KeepOut"}}])

unknown(_) := object.union(verdict("unknown", "permissions_boundary", []), {"unknowns": ["aws:SourceIp"]})

bucket_deny(_) := verdict("explicitly_denied", "bucket_policy", [{"statement": {"id": "b/0", "sid": ""}}])

allowed(_) := verdict("allowed", "", [])

test_missing_allow_points_at_the_principal_boundary_setting if {
	fs := rule.deny with input as estate with denylint.requests as requests with denylint.decide as implicit
	count(fs) == 1
	some f in fs
	f.rule_id == "DL015"
	f.severity == "error"
	f.root_cause == "permissions_boundary"
	f.at == {"address": "aws_iam_role.review", "path": "permissions_boundary"}
	f.related[0].at == {"statement": "aws_iam_role_policy.review/0"}
	f.related[1].at == {"address": "aws_iam_policy.boundary", "path": "policy"}
	contains(f.fix, "team-boundary")
	contains(f.fix, "arn:aws:s3:::rec/*")
}

test_boundary_deny_points_at_the_statement if {
	some f in rule.deny with input as estate with denylint.requests as requests with denylint.decide as explicit
	f.at == {"statement": "aws_iam_policy.boundary/KeepOut"}
	contains(f.fix, "\"KeepOut\"")
	count(f.related) == 1
}

test_cloudformation_principal_points_at_its_property if {
	cfn := object.union(grant, {"principal": "t.yaml#Role"})
	some f in rule.deny with input as {"principals": []} with denylint.requests as [cfn] with denylint.decide as implicit
	f.at == {"address": "t.yaml#Role", "path": "Properties.PermissionsBoundary"}
}

test_refusal_that_depends_on_unknowns_is_a_warning if {
	some f in rule.deny with input as estate with denylint.requests as requests with denylint.decide as unknown
	f.severity == "warning"
	f.unknowns == ["aws:SourceIp"]
}

test_other_layers_and_allowed_access_are_silent if {
	count(rule.deny) == 0 with input as estate with denylint.requests as requests with denylint.decide as bucket_deny
	count(rule.deny) == 0 with input as estate with denylint.requests as requests with denylint.decide as allowed
}
