package rules.aws.iam.expectation_not_met_test

import data.rules.aws.iam.expectation_not_met as rule

must_read := {
	"principal": "aws_iam_role.auditor", "principal_arn": "arn:aws:iam::111122223333:role/auditor",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/k", "source": "expectation",
	"origin": ".denylint.yaml#expect[0]", "expect": true,
}

must_not_read := object.union(must_read, {"expect": false, "origin": ".denylint.yaml#expect[1]"})

reads(_) := [must_read]

no_reads(_) := [must_not_read]

denied_by_key(_) := {
	"decision": "implicitly_denied", "denied_by": "kms_key_policy", "service": "kms",
	"action": "kms:Decrypt", "resource": "arn:aws:kms:eu-west-2:111122223333:key/k", "explanation": "denied",
	"deciding": [], "policy_address": "aws_kms_key.rec", "policy_attribute": "policy",
}

allowed(_) := {
	"decision": "allowed", "denied_by": "", "service": "s3", "action": "s3:GetObject", "resource": "arn:aws:s3:::rec/k",
	"explanation": "allowed",
	"deciding": [{"layer": "bucket_policy", "statement": {"id": "aws_s3_bucket_policy.rec/Everyone", "sid": "Everyone"}}],
}

test_refused_expectation_points_at_the_refusing_layer if {
	some f in rule.deny with denylint.requests as reads with denylint.decide as denied_by_key
	f.rule_id == "DL022"
	f.root_cause == "kms_key_policy"
	f.at == {"address": "aws_kms_key.rec", "path": "policy"}
	f.related == [{"at": {"address": ".denylint.yaml#expect[0]"}, "message": "the config file expects this"}]
}

test_met_expectation_is_silent if {
	count(rule.deny) == 0 with denylint.requests as reads with denylint.decide as allowed
}

test_allowed_forbidden_access_points_at_the_grant if {
	some f in rule.deny with denylint.requests as no_reads with denylint.decide as allowed
	f.root_cause == "bucket_policy"
	f.at == {"statement": "aws_s3_bucket_policy.rec/Everyone"}
	contains(f.fix, `"Everyone"`)
}

test_refused_forbidden_access_is_silent if {
	count(rule.deny) == 0 with denylint.requests as no_reads with denylint.decide as denied_by_key
}
