package rules.aws.s3.block_public_policy_rejects_policy_test

import data.rules.aws.s3.block_public_policy_rejects_policy as rule

bucket := {"address": "aws_s3_bucket.site", "policy": {"address": "aws_s3_bucket_policy.site", "attribute": "policy"}}

estate := {"buckets": [bucket]}

facts(public, block) := {"aws_s3_bucket.site": {
	"address": "aws_s3_bucket.site", "arn": "arn:aws:s3:::site",
	"policy_public": public, "block_public_access": {"block_public_policy": block},
	"bpa_address": "aws_s3_bucket_public_access_block.site",
}}

public_blocked := facts(true, true)

public_allowed := facts(true, false)

private_blocked := facts(false, true)

test_public_policy_under_block_public_policy_is_an_error_at_the_policy if {
	fs := rule.deny with input as estate with denylint.buckets as public_blocked
	count(fs) == 1
	some f in fs
	f.rule_id == "DL008"
	f.severity == "error"
	f.at == {"address": "aws_s3_bucket_policy.site", "path": "policy"}
	f.related[0].at == {"address": "aws_s3_bucket_public_access_block.site", "path": "block_public_policy"}
	f.denied_by == "block_public_access"
}

test_cloudformation_points_at_the_flag_inside_the_bucket if {
	inline := {"aws_s3_bucket.site": object.union(public_blocked["aws_s3_bucket.site"], {"bpa_address": "aws_s3_bucket.site"})}
	some f in rule.deny with input as estate with denylint.buckets as inline
	f.related[0].at.path == "Properties.PublicAccessBlockConfiguration.BlockPublicPolicy"
}

test_public_policy_without_the_block_is_not_this_rule if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as public_allowed
}

test_private_policy_is_silent if {
	count(rule.deny) == 0 with input as estate with denylint.buckets as private_blocked
}
