package rules.aws.kms.key_policy_refuses_reader_test

import data.rules.aws.kms.key_policy_refuses_reader as rule

grant := {
	"principal": "aws_iam_role.admin",
	"principal_arn": "arn:aws:iam::111122223333:role/admin",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::recordings/key",
	"source": "identity_grant",
	"origin": "aws_iam_role_policy.admin/0",
}

requests(_) := [grant]

kms_verdict(decision, layer, deciding) := {
	"decision": decision,
	"denied_by": layer,
	"service": "kms",
	"action": "kms:Decrypt",
	"resource": "arn:aws:kms:eu-west-1:111122223333:key/k",
	"explanation": "arn:aws:iam::111122223333:role/admin is not authorized to perform: kms:Decrypt",
	"deciding": deciding,
	"policy_address": "aws_kms_key.recordings",
	"policy_attribute": "policy",
}

implicit(_) := kms_verdict("implicitly_denied", "kms_key_policy", [])

explicit(_) := kms_verdict("explicitly_denied", "kms_key_policy", [{"statement": {"id": "aws_kms_key.recordings/DenyDecrypt", "sid": "DenyDecrypt"}}])

s3_side(_) := object.union(implicit(0), {"service": "s3"})

identity_side(_) := kms_verdict("implicitly_denied", "identity_policy", [])

test_missing_allow_points_at_the_key_policy if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as implicit
	f.rule_id == "DL002"
	f.severity == "error"
	f.action == "kms:Decrypt"
	f.at == {"address": "aws_kms_key.recordings", "path": "policy"}
	contains(f.message, "so s3:GetObject on arn:aws:s3:::recordings/key fails")
}

test_explicit_deny_points_at_the_statement if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as explicit
	f.at == {"statement": "aws_kms_key.recordings/DenyDecrypt"}
}

test_s3_refusals_are_not_this_rule if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as s3_side
}

test_missing_identity_allow_is_not_this_rule if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as identity_side
}
