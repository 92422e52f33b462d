package rules.aws.connect.recording_writer_refused_test

import data.rules.aws.connect.recording_writer_refused as rule

put := {
	"principal": "aws_connect_instance.main#service_role",
	"principal_arn": "arn:aws:iam::111122223333:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_x",
	"action": "s3:PutObject",
	"resource": "arn:aws:s3:::rec/connect/acme/k",
	"source": "connect_recording",
	"origin": "aws_connect_instance_storage_config.rec",
}

requests(_) := [put]

bucket_deny(_) := {
	"decision": "explicitly_denied", "denied_by": "bucket_policy", "service": "s3",
	"action": "s3:PutObject", "resource": put.resource, "explanation": "denied",
	"deciding": [{"statement": {"id": "aws_s3_bucket_policy.rec/OnlyAdmins", "sid": "OnlyAdmins"}}],
	"policy_address": "aws_s3_bucket_policy.rec", "policy_attribute": "policy",
}

no_grant(_) := {
	"decision": "implicitly_denied", "denied_by": "kms_key_policy", "service": "kms",
	"action": "kms:GenerateDataKey", "resource": "arn:aws:kms:eu-west-2:111122223333:key/k", "explanation": "denied",
	"deciding": [], "policy_address": "aws_kms_key.rec", "policy_attribute": "policy",
}

allowed(_) := {"decision": "allowed", "denied_by": "", "service": "s3", "explanation": "allowed"}

test_bucket_policy_deny_points_at_the_statement if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as bucket_deny
	f.rule_id == "DL003"
	f.root_cause == "connect_service_role"
	f.denied_by == "bucket_policy"
	f.at == {"statement": "aws_s3_bucket_policy.rec/OnlyAdmins"}
	f.related[0].at == {"address": "aws_connect_instance_storage_config.rec"}
	contains(f.message, "cannot store call recordings")
}

test_missing_grant_blames_the_key_policy if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as no_grant
	f.at == {"address": "aws_kms_key.rec", "path": "policy"}
	contains(f.message, "create the grant")
	contains(f.fix, "kms:CreateGrant")
}

test_working_writer_is_silent if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as allowed
}
