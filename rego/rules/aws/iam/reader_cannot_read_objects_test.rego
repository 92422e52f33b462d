package rules.aws.iam.reader_cannot_read_objects_test

import data.rules.aws.iam.reader_cannot_read_objects as rule

need := {
	"principal": "aws_iam_role.qa",
	"principal_arn": "arn:aws:iam::111122223333:role/qa",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::rec/connect/acme/CallRecordings/\ue000object key\ue001",
	"source": "reader_needs",
	"origin": "aws_iam_role_policy.qa/List",
	"bucket": "aws_s3_bucket.rec",
}

list_grant := {
	"principal": "aws_iam_role.qa", "principal_arn": "arn:aws:iam::111122223333:role/qa",
	"action": "s3:ListBucket", "resource": "arn:aws:s3:::rec", "source": "identity_grant",
	"origin": "aws_iam_role_policy.qa/List", "bucket": "aws_s3_bucket.rec",
}

other_prefix_grant := object.union(list_grant, {
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::rec/reports/\ue000object key\ue001",
	"origin": "aws_iam_role_policy.qa/Reports",
})

only_list("reader_needs") := [need]

only_list("identity_grant") := [list_grant]

reads_elsewhere("reader_needs") := [need]

reads_elsewhere("identity_grant") := [list_grant, other_prefix_grant]

verdict(decision, layer, service) := {
	"decision": decision, "denied_by": layer, "service": service, "action": "s3:GetObject",
	"resource": need.resource, "explanation": "denied", "deciding": [],
	"policy_address": "aws_s3_bucket.rec", "policy_attribute": "policy",
}

no_identity_allow(_) := verdict("implicitly_denied", "identity_policy", "s3")

unknown_identity(_) := object.union(verdict("unknown", "identity_policy", "s3"), {"unknowns": ["aws:SourceIp"]})

kms_refusal(_) := verdict("implicitly_denied", "identity_policy", "kms")

bucket_refusal(_) := verdict("explicitly_denied", "bucket_policy", "s3")

allowed(_) := verdict("allowed", "", "s3")

test_lister_without_read_is_an_error_at_the_list_grant if {
	fs := rule.deny with denylint.requests as only_list with denylint.decide as no_identity_allow
	count(fs) == 1
	some f in fs
	f.rule_id == "DL005"
	f.severity == "error"
	f.at == {"statement": "aws_iam_role_policy.qa/List"}
	contains(f.fix, "arn:aws:s3:::rec/connect/acme/CallRecordings/*")
}

test_reader_of_another_prefix_is_a_warning_at_that_grant if {
	some f in rule.deny with denylint.requests as reads_elsewhere with denylint.decide as no_identity_allow
	f.severity == "warning"
	f.at == {"statement": "aws_iam_role_policy.qa/Reports"}
}

test_refusal_that_depends_on_unknowns_is_a_warning if {
	some f in rule.deny with denylint.requests as only_list with denylint.decide as unknown_identity
	f.severity == "warning"
	f.unknowns == ["aws:SourceIp"]
}

test_kms_and_bucket_policy_refusals_are_other_rules if {
	count(rule.deny) == 0 with denylint.requests as only_list with denylint.decide as kms_refusal
	count(rule.deny) == 0 with denylint.requests as only_list with denylint.decide as bucket_refusal
}

test_reader_that_can_read_is_silent if {
	count(rule.deny) == 0 with denylint.requests as only_list with denylint.decide as allowed
}
