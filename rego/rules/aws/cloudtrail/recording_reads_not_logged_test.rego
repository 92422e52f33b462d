package rules.aws.cloudtrail.recording_reads_not_logged_test

import data.rules.aws.cloudtrail.recording_reads_not_logged as rule

estate := {"buckets": [{"address": "aws_s3_bucket.rec", "name": "rec", "arn": "arn:aws:s3:::rec"}]}

facts(logged, configs) := {"aws_s3_bucket.rec": {"recording_configs": configs, "reads_logged": logged, "trails": 1}}

not_logged := facts("no", ["aws_connect_instance_storage_config.rec"])

logged := facts("yes", ["aws_connect_instance_storage_config.rec"])

unknown := facts("unknown", ["aws_connect_instance_storage_config.rec"])

not_recordings := facts("no", [])

test_unlogged_recording_bucket_is_a_note if {
	some f in rule.deny with input as estate with denylint.buckets as not_logged
	f.rule_id == "DL104"
	f.severity == "note"
	f.at == {"address": "aws_s3_bucket.rec"}
	f.related[0].at == {"address": "aws_connect_instance_storage_config.rec"}
}

test_logged_bucket_is_silent if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as logged
}

test_undecided_selector_is_silent if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as unknown
}

test_other_buckets_are_silent if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as not_recordings
}
