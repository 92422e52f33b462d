package rules.aws.s3.requester_pays_refuses_reader_test

import data.rules.aws.s3.requester_pays_refuses_reader as rule

reader := {
	"principal": "arn:aws:iam::444455556666:role/analytics", "principal_arn": "arn:aws:iam::444455556666:role/analytics",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "foreign_reader", "origin": "aws_s3_bucket_policy.rec/Analytics", "bucket": "aws_s3_bucket.rec",
}

grant := object.union(reader, {"principal": "aws_iam_role.analytics", "source": "identity_grant", "origin": "aws_iam_role_policy.analytics/0"})

foreign("foreign_reader") := [reader]

foreign("identity_grant") := []

granted("identity_grant") := [grant]

granted("foreign_reader") := []

estate(payer) := {"buckets": [{"address": "aws_s3_bucket.rec", "requester_pays": payer}]}

verdict(decision, layer) := {
	"decision": decision, "denied_by": layer, "service": "s3", "action": "s3:GetObject",
	"resource": reader.resource, "explanation": "denied", "deciding": [],
	"policy_address": "aws_s3_bucket.rec", "policy_attribute": "policy",
}

payer_refusal(_) := verdict("implicitly_denied", "requester_pays")

payer_unknown(_) := object.union(verdict("unknown", "requester_pays"), {"unknowns": ["current account"]})

bucket_refusal(_) := verdict("implicitly_denied", "bucket_policy")

test_reader_named_by_the_bucket_policy_is_a_warning_at_the_bucket if {
	fs := rule.deny with input as estate(true) with denylint.requests as foreign
	count(fs) == 1
	some f in fs
	f.rule_id == "DL019"
	f.severity == "warning"
	f.at == {"address": "aws_s3_bucket.rec", "path": "request_payer"}
	f.related[0].at == {"statement": "aws_s3_bucket_policy.rec/Analytics"}
}

test_bucket_without_requester_pays_is_silent if {
	count(rule.deny) == 0 with input as estate(false) with denylint.requests as foreign
}

test_engine_refusal_by_requester_pays if {
	some f in rule.deny with input as estate(true) with denylint.requests as granted with denylint.decide as payer_refusal
	f.severity == "warning"
	f.denied_by == "requester_pays"
}

test_engine_refusal_that_depends_on_the_account if {
	some f in rule.deny with input as estate(true) with denylint.requests as granted with denylint.decide as payer_unknown
	f.unknowns == ["current account"]
}

test_other_layers_are_other_rules if {
	count(rule.deny) == 0 with input as estate(true) with denylint.requests as granted with denylint.decide as bucket_refusal
}
