package rules.aws.iam.policy_statement_never_applies_test

import data.rules.aws.iam.policy_statement_never_applies as rule

problem(code, kind, summary) := {
	"statement": "aws_s3_bucket_policy.rec/Read", "address": "aws_s3_bucket_policy.rec",
	"summary": summary, "code": code, "kind": kind,
}

space := [problem("malformed_arn", "identity", `resource "arn:aws:s3::: acme-recordings/*" contains whitespace`)]

space_beside_unknown := [problem("malformed_arn", "identity", `resource "arn:aws:s3::: <var.bucket>/*" contains whitespace`)]

action := [problem("unknown_action", "scp", `unknown action "s3:GetObjects"`)]

bucket_mismatch := [problem("resource_type_mismatch", "bucket", "action s3:ListBucket applies to bucket, which none of the statement's resources can be")]

identity_mismatch := [problem("resource_type_mismatch", "identity", "action s3:ListBucket applies to bucket, which none of the statement's resources can be")]

test_malformed_arn_is_a_warning_quoting_the_problem if {
	fs := rule.deny with denylint.policy_problems as space
	count(fs) == 1
	some f in fs
	f.rule_id == "DL020"
	f.severity == "warning"
	f.at == {"statement": "aws_s3_bucket_policy.rec/Read"}
	contains(f.message, `"arn:aws:s3::: acme-recordings/*" contains whitespace`)
	contains(f.message, "IAM policy")
}

test_whitespace_beside_an_unknown_is_a_problem if {
	count(rule.deny) == 1 with denylint.policy_problems as space_beside_unknown
}

test_unknown_action_in_any_policy if {
	some f in rule.deny with denylint.policy_problems as action
	contains(f.message, "service control policy")
}

test_resource_type_mismatch_outside_identity_policies if {
	count(rule.deny) == 1 with denylint.policy_problems as bucket_mismatch
	count(rule.deny) == 0 with denylint.policy_problems as identity_mismatch
}
