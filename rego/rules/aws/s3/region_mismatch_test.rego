package rules.aws.s3.region_mismatch_test

import data.rules.aws.s3.region_mismatch as rule

key := {"address": "aws_kms_key.rec", "arn": "arn:aws:kms:us-east-1:111122223333:key/k", "region": "us-east-1", "aws_managed": false}

bucket(region, key_id) := {
	"address": "aws_s3_bucket.rec",
	"name": "rec",
	"arn": "arn:aws:s3:::rec",
	"region": region,
	"encryption": {"address": "aws_s3_bucket_server_side_encryption_configuration.rec", "algorithm": "aws:kms", "kms_key_id": key_id},
}

facts(k) := {"aws_s3_bucket.rec": {"key": k, "key_known": true}}

estate(b) := {"buckets": [b], "connect_instances": []}

test_key_of_another_region_is_an_error_at_the_key_attribute if {
	fs := rule.deny with input as estate(bucket("eu-west-2", "aws_kms_key.rec")) with denylint.buckets as facts(key)
	count(fs) == 1
	some f in fs
	f.rule_id == "DL017"
	f.severity == "error"
	f.root_cause == "region_endpoint"
	f.at == {"address": "aws_s3_bucket_server_side_encryption_configuration.rec", "path": "rule.apply_server_side_encryption_by_default.kms_master_key_id"}
	f.related[0].at == {"address": "aws_kms_key.rec"}
	contains(f.message, "in eu-west-2 but")
	contains(f.fix, "created in eu-west-2")
}

test_region_of_a_written_key_arn_counts_when_the_key_is_not_in_the_estate if {
	b := bucket("eu-west-2", "arn:aws:kms:us-east-1:444455556666:key/x")
	some f in rule.deny with input as estate(b) with denylint.buckets as facts(null)
	f.severity == "error"
	f.resource == "arn:aws:kms:us-east-1:444455556666:key/x"
	f.related == []
}

test_unknown_bucket_region_is_a_warning_naming_it if {
	b := bucket("\ue000AWS::Region\ue001", "arn:aws:kms:us-east-1:444455556666:key/x")
	some f in rule.deny with input as estate(b) with denylint.buckets as facts(null)
	f.severity == "warning"
	f.unknowns == ["AWS::Region"]
}

test_same_region_is_silent if {
	same := object.union(key, {"region": "eu-west-2"})
	count(rule.deny) == 0 with input as estate(bucket("eu-west-2", "aws_kms_key.rec")) with denylint.buckets as facts(same)
}

test_unknown_key_region_is_silent if {
	unknown := object.union(key, {"region": "\ue000region\ue001"})
	count(rule.deny) == 0 with input as estate(bucket("eu-west-2", "aws_kms_key.rec")) with denylint.buckets as facts(unknown)
}

test_aws_managed_key_is_silent if {
	managed := object.union(key, {"aws_managed": true})
	count(rule.deny) == 0 with input as estate(bucket("eu-west-2", "")) with denylint.buckets as facts(managed)
}

test_cloudformation_points_at_kms_master_key_id if {
	b := object.union(bucket("eu-west-2", "arn:aws:kms:us-east-1:4:key/x"), {"address": "t.yaml#Rec", "encryption": {"address": "t.yaml#Rec", "algorithm": "aws:kms", "kms_key_id": "arn:aws:kms:us-east-1:4:key/x"}})
	some f in rule.deny with input as estate(b) with denylint.buckets as {"t.yaml#Rec": {"key": null}}
	f.at.path == "Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID"
}

connect(bucket_region) := {
	"buckets": [{"address": "aws_s3_bucket.archive", "name": "archive", "arn": "arn:aws:s3:::archive", "region": bucket_region}],
	"connect_instances": [{
		"address": "aws_connect_instance.support", "alias": "support", "region": "eu-west-2",
		"storage_configs": [{"address": "aws_connect_instance_storage_config.rec", "resource_type": "CALL_RECORDINGS", "storage_type": "S3", "bucket_name": "archive"}],
	}],
}

archive_named("archive") := "aws_s3_bucket.archive"

test_recording_bucket_in_another_region_is_a_warning_at_the_storage_config if {
	fs := rule.deny with input as connect("eu-west-1") with denylint.buckets as {} with denylint.bucket_named as archive_named
	count(fs) == 1
	some f in fs
	f.severity == "warning"
	f.at == {"address": "aws_connect_instance_storage_config.rec", "path": "storage_config.s3_config.bucket_name"}
	contains(f.message, "eu-west-1")
}

test_recording_bucket_in_the_instance_region_is_silent if {
	count(rule.deny) == 0 with input as connect("eu-west-2") with denylint.buckets as {} with denylint.bucket_named as archive_named
}

test_recording_bucket_of_unknown_region_is_silent if {
	count(rule.deny) == 0 with input as connect("\ue000region\ue001") with denylint.buckets as {} with denylint.bucket_named as archive_named
}
