package rules.aws.s3.object_lock_blocks_version_delete_test

import data.rules.aws.s3.object_lock_blocks_version_delete as rule

grant(action) := {
	"principal": "aws_iam_role.erasure",
	"principal_arn": "arn:aws:iam::111122223333:role/erasure",
	"action": action,
	"resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "identity_grant",
	"origin": "aws_iam_role_policy.erasure/0",
	"bucket": "aws_s3_bucket.rec",
}

requests(_) := [grant("s3:GetObject"), grant("s3:DeleteObjectVersion")]

estate(mode, days, lock_address) := {"buckets": [{
	"address": "aws_s3_bucket.rec", "name": "rec", "arn": "arn:aws:s3:::rec",
	"object_lock": {"address": lock_address, "enabled": true, "mode": mode, "days": days},
}]}

allowed(_) := {"decision": "allowed", "denied_by": ""}

refused(_) := {"decision": "explicitly_denied", "denied_by": "bucket_policy"}

test_compliance_lock_and_named_version_delete_is_a_warning if {
	fs := rule.deny with input as estate("COMPLIANCE", 90, "aws_s3_bucket_object_lock_configuration.rec")
		with denylint.requests as requests with denylint.decide as allowed
	count(fs) == 1
	some f in fs
	f.rule_id == "DL018"
	f.severity == "warning"
	f.action == "s3:DeleteObjectVersion"
	f.at == {"address": "aws_s3_bucket_object_lock_configuration.rec", "path": "rule.default_retention.mode"}
	f.related[0].at == {"statement": "aws_iam_role_policy.erasure/0"}
	contains(f.message, "arn:aws:s3:::rec/*")
	contains(f.message, "90 days")
}

test_lock_on_the_bucket_block_points_there if {
	some f in rule.deny with input as estate("COMPLIANCE", 90, "aws_s3_bucket.rec")
		with denylint.requests as requests with denylint.decide as allowed
	f.at.path == "object_lock_configuration.rule.default_retention.mode"
}

test_governance_mode_and_no_retention_are_silent if {
	count(rule.deny) == 0 with input as estate("GOVERNANCE", 90, "a") with denylint.requests as requests with denylint.decide as allowed
	count(rule.deny) == 0 with input as estate("COMPLIANCE", 0, "a") with denylint.requests as requests with denylint.decide as allowed
}

test_delete_another_layer_refuses_is_left_to_that_layer if {
	count(rule.deny) == 0 with input as estate("COMPLIANCE", 90, "a") with denylint.requests as requests with denylint.decide as refused
}

test_other_buckets_are_silent if {
	other := object.union(grant("s3:DeleteObjectVersion"), {"bucket": "aws_s3_bucket.other"})
	count(rule.deny) == 0 with input as estate("COMPLIANCE", 90, "a") with denylint.requests as [other] with denylint.decide as allowed
}
