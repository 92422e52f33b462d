package rules.aws.s3.block_public_acls_rejects_acl_test

import data.rules.aws.s3.block_public_acls_rejects_acl as rule

estate(address, acl) := {"buckets": [{"address": address, "acl": acl}]}

facts(address, block) := {address: {
	"address": address, "arn": "arn:aws:s3:::site",
	"block_public_access": {"block_public_acls": block},
	"bpa_address": "aws_s3_account_public_access_block.account",
}}

test_public_acl_under_block_public_acls_is_an_error_at_the_acl if {
	fs := rule.deny with input as estate("aws_s3_bucket.site", "public-read") with denylint.buckets as facts("aws_s3_bucket.site", true)
	count(fs) == 1
	some f in fs
	f.rule_id == "DL009"
	f.severity == "error"
	f.at == {"address": "aws_s3_bucket.site", "path": "acl"}
	f.related[0].at == {"address": "aws_s3_account_public_access_block.account"}
	contains(f.message, "public-read")
}

test_cloudformation_points_at_access_control if {
	some f in rule.deny with input as estate("t.yaml#Site", "authenticated-read") with denylint.buckets as facts("t.yaml#Site", true)
	f.at == {"address": "t.yaml#Site", "path": "Properties.AccessControl"}
}

test_private_acl_is_silent if {
	count(rule.deny) == 0 with input as estate("aws_s3_bucket.site", "private") with denylint.buckets as facts("aws_s3_bucket.site", true)
}

test_public_acl_without_the_block_is_not_this_rule if {
	count(rule.deny) == 0 with input as estate("aws_s3_bucket.site", "public-read") with denylint.buckets as facts("aws_s3_bucket.site", false)
}
