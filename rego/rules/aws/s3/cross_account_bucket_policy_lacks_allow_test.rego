package rules.aws.s3.cross_account_bucket_policy_lacks_allow_test

import data.rules.aws.s3.cross_account_bucket_policy_lacks_allow as rule

grant := {
	"principal": "aws_iam_role.analytics", "principal_arn": "arn:aws:iam::444455556666:role/analytics",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "identity_grant", "origin": "aws_iam_role_policy.analytics/Read", "bucket": "aws_s3_bucket.rec",
}

requests(_) := [grant]

verdict(decision, layer, deciding) := {
	"decision": decision, "denied_by": layer, "service": "s3", "action": "s3:GetObject",
	"resource": grant.resource, "explanation": "no resource-based policy allows", "deciding": deciding,
	"policy_address": "aws_s3_bucket_policy.rec", "policy_attribute": "policy",
}

no_allow(_) := verdict("implicitly_denied", "bucket_policy", [])

unknown_no_allow(_) := object.union(verdict("unknown", "bucket_policy", []), {"unknowns": ["current account"]})

explicit(_) := verdict("explicitly_denied", "bucket_policy", [{"statement": {"id": "aws_s3_bucket_policy.rec/Deny"}}])

identity(_) := verdict("implicitly_denied", "identity_policy", [])

test_missing_allow_is_an_error_at_the_bucket_policy_with_the_statement_to_add if {
	fs := rule.deny with denylint.requests as requests with denylint.decide as no_allow
	count(fs) == 1
	some f in fs
	f.rule_id == "DL004"
	f.severity == "error"
	f.at == {"address": "aws_s3_bucket_policy.rec", "path": "policy"}
	f.related[0].at == {"statement": "aws_iam_role_policy.analytics/Read"}
	contains(f.fix, `"arn:aws:iam::444455556666:role/analytics"`)
	contains(f.fix, `"arn:aws:s3:::rec/*"`)
}

test_unknown_is_a_warning if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as unknown_no_allow
	f.severity == "warning"
}

test_explicit_denies_and_other_layers_are_other_rules if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as explicit
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as identity
}
