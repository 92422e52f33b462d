package rules.aws.s3.foreign_objects_stay_foreign_test

import data.rules.aws.s3.foreign_objects_stay_foreign as rule

writer := {
	"principal": "arn:aws:iam::444455556666:role/uploader", "principal_arn": "arn:aws:iam::444455556666:role/uploader",
	"action": "s3:PutObject", "resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "foreign_writer", "origin": "aws_s3_bucket_policy.rec/PartnerUploads", "bucket": "aws_s3_bucket.rec",
}

writers(_) := [writer]

estate(ownership) := {"buckets": [{"address": "aws_s3_bucket.rec", "object_ownership": ownership}]}

test_object_writer_is_an_error_at_the_ownership_setting if {
	fs := rule.deny with input as estate("ObjectWriter") with denylint.requests as writers
	count(fs) == 1
	some f in fs
	f.rule_id == "DL010"
	f.severity == "error"
	f.at == {"address": "aws_s3_bucket.rec", "path": "object_ownership"}
	f.related[0].at == {"statement": "aws_s3_bucket_policy.rec/PartnerUploads"}
	contains(f.message, "arn:aws:iam::444455556666:role/uploader")
	contains(f.fix, "BucketOwnerEnforced")
}

test_bucket_owner_preferred_depends_on_the_upload_acl if {
	some f in rule.deny with input as estate("BucketOwnerPreferred") with denylint.requests as writers
	f.severity == "warning"
	contains(f.message, "bucket-owner-full-control")
}

test_enforced_or_unstated_ownership_is_silent if {
	count(rule.deny) == 0 with input as estate("BucketOwnerEnforced") with denylint.requests as writers
	count(rule.deny) == 0 with input as estate("") with denylint.requests as writers
}
