package rules.aws.s3.recording_bucket_acls_enabled_test

import data.rules.aws.s3.recording_bucket_acls_enabled as rule

facts := {"aws_s3_bucket.rec": {"recording_configs": ["aws_connect_instance_storage_config.rec"]}}

estate(ownership) := {"buckets": [{"address": "aws_s3_bucket.rec", "name": "rec", "arn": "arn:aws:s3:::rec", "object_ownership": ownership}]}

test_object_writer_is_a_warning_on_a_recording_bucket if {
	fs := rule.deny with input as estate("ObjectWriter") with denylint.buckets as facts
	count(fs) == 1
	some f in fs
	f.rule_id == "DL101"
	f.severity == "warning"
	f.at == {"address": "aws_s3_bucket.rec", "path": "object_ownership"}
	f.related[0].at == {"address": "aws_connect_instance_storage_config.rec"}
}

test_bucket_owner_preferred_is_reported_too if {
	count(rule.deny) == 1 with input as estate("BucketOwnerPreferred") with denylint.buckets as facts
}

test_enforced_and_default_ownership_are_silent if {
	count(rule.deny) == 0 with input as estate("BucketOwnerEnforced") with denylint.buckets as facts
	count(rule.deny) == 0 with input as estate("") with denylint.buckets as facts
}

test_unknown_ownership_is_silent if {
	count(rule.deny) == 0 with input as estate("\ue000ownership\ue001") with denylint.buckets as facts
}

test_bucket_without_recordings_is_silent if {
	count(rule.deny) == 0 with input as estate("ObjectWriter") with denylint.buckets as {"aws_s3_bucket.rec": {"recording_configs": []}}
}
