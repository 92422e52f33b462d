package rules.aws.iam.action_resource_type_mismatch_test

import data.rules.aws.iam.action_resource_type_mismatch as rule

problem(code, kind) := {
	"statement": "aws_iam_role_policy.qa/Get", "address": "aws_iam_role_policy.qa",
	"summary": "action s3:GetObject applies to accesspointobject or object, which none of the statement's resources can be",
	"code": code, "kind": kind,
}

identity_mismatch := [problem("resource_type_mismatch", "identity")]

bucket_mismatch := [problem("resource_type_mismatch", "bucket")]

identity_malformed := [problem("malformed_arn", "identity")]

test_identity_mismatch_is_a_warning_at_the_statement if {
	fs := rule.deny with denylint.policy_problems as identity_mismatch
	count(fs) == 1
	some f in fs
	f.rule_id == "DL007"
	f.severity == "warning"
	f.at == {"statement": "aws_iam_role_policy.qa/Get"}
	contains(f.message, "s3:GetObject applies to")
}

test_resource_policies_and_other_codes_are_other_rules if {
	count(rule.deny) == 0 with denylint.policy_problems as bucket_mismatch
	count(rule.deny) == 0 with denylint.policy_problems as identity_malformed
}
