package rules.aws.kms.recording_key_rotation_off_test

import data.rules.aws.kms.recording_key_rotation_off as rule

key(managed, rotation) := {"address": "aws_kms_key.rec", "arn": "arn:aws:kms:eu-west-2:111122223333:key/k", "aws_managed": managed, "rotation_enabled": rotation}

facts(k, configs) := {"aws_s3_bucket.rec": {"address": "aws_s3_bucket.rec", "name": "rec", "recording_configs": configs, "key": k}}

estate := {"keys": [{"address": "aws_kms_key.rec"}]}

configs := ["aws_connect_instance_storage_config.rec"]

test_key_without_rotation_is_a_note_at_the_rotation_setting if {
	fs := rule.deny with input as estate with denylint.buckets as facts(key(false, false), configs)
	count(fs) == 1
	some f in fs
	f.rule_id == "DL105"
	f.severity == "note"
	f.at == {"address": "aws_kms_key.rec", "path": "enable_key_rotation"}
	f.related[0].at == {"address": "aws_s3_bucket.rec"}
}

test_rotating_and_aws_managed_keys_are_silent if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as facts(key(false, true), configs)
	count(rule.deny) == 0 with input as estate with denylint.buckets as facts(key(true, false), configs)
}

test_key_outside_the_estate_is_silent if {
	count(rule.deny) == 0 with input as {"keys": []} with denylint.buckets as facts(key(false, false), configs)
}

test_bucket_without_kms_or_recordings_is_silent if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as facts(null, configs)
	count(rule.deny) == 0 with input as estate with denylint.buckets as facts(key(false, false), [])
}
