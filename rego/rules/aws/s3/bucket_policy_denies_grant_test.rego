package rules.aws.s3.bucket_policy_denies_grant_test

import data.rules.aws.s3.bucket_policy_denies_grant as rule

grant := {
	"principal": "aws_iam_role.supervisor",
	"principal_arn": "arn:aws:iam::111122223333:role/supervisor",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::recordings/key",
	"source": "identity_grant",
	"origin": "aws_iam_role_policy.supervisor/0",
}

requests(_) := [grant]

verdict(decision, layer) := {
	"decision": decision,
	"denied_by": layer,
	"service": "s3",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::recordings/key",
	"explanation": "denied",
	"deciding": [{"layer": layer, "statement": {"id": "aws_s3_bucket_policy.rec/DenyOutsideVpce", "sid": "DenyOutsideVpce"}}],
	"policy_address": "aws_s3_bucket_policy.rec",
	"policy_attribute": "policy",
}

explicit_bucket_deny(_) := verdict("explicitly_denied", "bucket_policy")

unknown_bucket_deny(_) := object.union(verdict("unknown", "bucket_policy"), {"unknowns": ["aws:SourceIp"]})

scp_deny(_) := verdict("explicitly_denied", "scp")

allowed(_) := verdict("allowed", "")

test_explicit_deny_is_an_error_at_the_deny_statement if {
	fs := rule.deny with denylint.requests as requests with denylint.decide as explicit_bucket_deny
	count(fs) == 1
	some f in fs
	f.rule_id == "DL001"
	f.severity == "error"
	f.at == {"statement": "aws_s3_bucket_policy.rec/DenyOutsideVpce"}
	f.principal == "arn:aws:iam::111122223333:role/supervisor"
	f.related[0].at == {"statement": "aws_iam_role_policy.supervisor/0"}
	contains(f.fix, "DenyOutsideVpce")
}

test_deny_that_depends_on_unknowns_is_a_warning if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as unknown_bucket_deny
	f.severity == "warning"
	f.unknowns == ["aws:SourceIp"]
}

test_other_layers_are_not_this_rule if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as scp_deny
}

test_allowed_access_is_silent if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as allowed
}
