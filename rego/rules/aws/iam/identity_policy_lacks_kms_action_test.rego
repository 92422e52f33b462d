package rules.aws.iam.identity_policy_lacks_kms_action_test

import data.rules.aws.iam.identity_policy_lacks_kms_action as rule

grant := {
	"principal": "aws_iam_role.auditor", "principal_arn": "arn:aws:iam::111122223333:role/auditor",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "identity_grant", "origin": "aws_iam_role_policy.auditor/Read", "bucket": "aws_s3_bucket.rec",
}

need := object.union(grant, {
	"source": "reader_needs",
	"resource": "arn:aws:s3:::rec/connect/CallRecordings/\ue000object key\ue001",
})

other_need := object.union(need, {"principal": "aws_iam_role.lister", "origin": "aws_iam_role_policy.lister/List"})

both("identity_grant") := [grant]

both("reader_needs") := [need, other_need]

verdict(decision, layer, service) := {
	"decision": decision, "denied_by": layer, "service": service, "action": "kms:Decrypt",
	"resource": "arn:aws:kms:eu-west-2:111122223333:key/k", "explanation": "denied", "deciding": [],
	"policy_address": "aws_kms_key.rec", "policy_attribute": "policy",
}

kms_identity(_) := verdict("implicitly_denied", "identity_policy", "kms")

kms_unknown(_) := object.union(verdict("unknown", "identity_policy", "kms"), {"unknowns": ["kms:ViaService"]})

key_policy(_) := verdict("implicitly_denied", "kms_key_policy", "kms")

s3_identity(_) := verdict("implicitly_denied", "identity_policy", "s3")

allowed(_) := verdict("allowed", "", "s3")

test_missing_decrypt_is_an_error_at_the_grant_once_per_principal if {
	fs := rule.deny with denylint.requests as both with denylint.decide as kms_identity
	count(fs) == 2
	some f in fs
	f.at == {"statement": "aws_iam_role_policy.auditor/Read"}
	f.severity == "error"
	f.rule_id == "DL006"
	contains(f.fix, "kms:Decrypt on arn:aws:kms:eu-west-2:111122223333:key/k")
	some g in fs
	g.at == {"statement": "aws_iam_role_policy.lister/List"}
}

test_unknown_is_a_warning if {
	some f in rule.deny with denylint.requests as both with denylint.decide as kms_unknown
	f.severity == "warning"
	f.unknowns == ["kms:ViaService"]
}

test_other_layers_and_services_are_other_rules if {
	count(rule.deny) == 0 with denylint.requests as both with denylint.decide as key_policy
	count(rule.deny) == 0 with denylint.requests as both with denylint.decide as s3_identity
	count(rule.deny) == 0 with denylint.requests as both with denylint.decide as allowed
}
