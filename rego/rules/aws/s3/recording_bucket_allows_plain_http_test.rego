package rules.aws.s3.recording_bucket_allows_plain_http_test

import data.rules.aws.s3.recording_bucket_allows_plain_http as rule

facts(tls) := {"aws_s3_bucket.rec": {"recording_configs": ["aws_connect_instance_storage_config.rec"], "tls_enforced": tls}}

policy(statements) := {"address": "aws_s3_bucket_policy.rec", "attribute": "policy", "document": {"statements": statements}}

estate(p) := {"buckets": [{"address": "aws_s3_bucket.rec", "name": "rec", "arn": "arn:aws:s3:::rec", "policy": p}]}

test_policy_without_tls_deny_is_a_note_at_the_policy if {
	fs := rule.deny with input as estate(policy([])) with denylint.buckets as facts(false)
	count(fs) == 1
	some f in fs
	f.rule_id == "DL103"
	f.severity == "note"
	f.at == {"address": "aws_s3_bucket_policy.rec", "path": "policy"}
	contains(f.fix, "aws:SecureTransport")
}

test_bucket_without_policy_points_at_the_bucket if {
	some f in rule.deny with input as estate(null) with denylint.buckets as facts(false)
	f.at == {"address": "aws_s3_bucket.rec", "path": ""}
}

test_enforced_tls_is_silent if {
	count(rule.deny) == 0 with input as estate(policy([])) with denylint.buckets as facts(true)
}

test_unknown_tls_condition_is_silent if {
	s := {"effect": "Deny", "conditions": [{"operator": "Bool", "key": "aws:SecureTransport", "values": ["\ue000var.tls\ue001"]}]}
	count(rule.deny) == 0 with input as estate(policy([s])) with denylint.buckets as facts(false)
}

test_unreadable_policy_is_silent if {
	p := {"address": "aws_s3_bucket_policy.rec", "attribute": "policy", "document": {"statements": [], "unknown": "var.policy"}}
	count(rule.deny) == 0 with input as estate(p) with denylint.buckets as facts(false)
}

test_bucket_without_recordings_is_silent if {
	count(rule.deny) == 0 with input as estate(null) with denylint.buckets as {"aws_s3_bucket.rec": {"recording_configs": [], "tls_enforced": false}}
}
