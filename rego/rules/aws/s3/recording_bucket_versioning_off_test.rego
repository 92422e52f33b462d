package rules.aws.s3.recording_bucket_versioning_off_test

import data.rules.aws.s3.recording_bucket_versioning_off as rule

facts := {"aws_s3_bucket.rec": {"recording_configs": ["aws_connect_instance_storage_config.rec"]}}

estate(status) := {"buckets": [{"address": "aws_s3_bucket.rec", "name": "rec", "arn": "arn:aws:s3:::rec", "versioning": status}]}

test_versioning_off_is_a_note if {
	fs := rule.deny with input as estate("") with denylint.buckets as facts
	count(fs) == 1
	some f in fs
	f.rule_id == "DL102"
	f.severity == "note"
	f.root_cause == "object_lock"
	f.at == {"address": "aws_s3_bucket.rec", "path": "versioning"}
}

test_suspended_and_disabled_are_reported if {
	some f in rule.deny with input as estate("Suspended") with denylint.buckets as facts
	contains(f.message, "suspended")
	count(rule.deny) == 1 with input as estate("Disabled") with denylint.buckets as facts
}

test_cloudformation_points_at_versioning_configuration if {
	cfn := {"buckets": [{"address": "t.yaml#Rec", "name": "rec", "arn": "arn:aws:s3:::rec", "versioning": "Disabled"}]}
	some f in rule.deny with input as cfn with denylint.buckets as {"t.yaml#Rec": {"recording_configs": ["t.yaml#Storage"]}}
	f.at.path == "Properties.VersioningConfiguration"
}

test_enabled_and_unknown_are_silent if {
	count(rule.deny) == 0 with input as estate("Enabled") with denylint.buckets as facts
	count(rule.deny) == 0 with input as estate("\ue000status\ue001") with denylint.buckets as facts
}

test_bucket_without_recordings_is_silent if {
	count(rule.deny) == 0 with input as estate("") with denylint.buckets as {"aws_s3_bucket.rec": {"recording_configs": []}}
}
