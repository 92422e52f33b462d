package rules.aws.s3.bucket_policy_locks_out_administrators_test

import data.rules.aws.s3.bucket_policy_locks_out_administrators as rule

root(action, resource) := {
	"principal": "root user of account 111122223333", "principal_arn": "arn:aws:iam::111122223333:root",
	"action": action, "resource": resource, "source": "root_lockout",
	"origin": "aws_s3_bucket_policy.rec", "bucket": "aws_s3_bucket.rec",
}

requests(_) := [root("s3:GetObject", "arn:aws:s3:::rec/\ue000object key\ue001"), root("s3:PutBucketPolicy", "arn:aws:s3:::rec")]

verdict(decision) := {
	"decision": decision, "denied_by": "bucket_policy", "service": "s3", "explanation": "denied",
	"action": "s3:PutBucketPolicy", "resource": "arn:aws:s3:::rec",
	"deciding": [{"layer": "bucket_policy", "statement": {"id": "aws_s3_bucket_policy.rec/OnlyAdmin", "sid": "OnlyAdmin"}}],
	"policy_address": "aws_s3_bucket_policy.rec", "policy_attribute": "policy",
}

all_denied(_) := verdict("explicitly_denied")

reads_denied(req) := verdict("explicitly_denied") if req.action == "s3:GetObject"

reads_denied(req) := verdict("allowed") if req.action == "s3:PutBucketPolicy"

unknown(_) := object.union(verdict("unknown"), {"unknowns": ["aws:SourceIp"]})

allowed(_) := verdict("allowed")

test_denied_policy_change_is_a_warning_at_the_deny if {
	fs := rule.deny with denylint.requests as requests with denylint.decide as all_denied
	count(fs) == 1
	some f in fs
	f.rule_id == "DL021"
	f.severity == "warning"
	f.at == {"statement": "aws_s3_bucket_policy.rec/OnlyAdmin"}
	contains(f.message, "and reads of its objects")
	contains(f.fix, "OnlyAdmin")
}

test_a_deny_of_reads_alone_is_no_lockout if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as reads_denied
}

test_a_deny_that_depends_on_unknowns_is_not_reported if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as unknown
}

test_allowed_is_silent if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as allowed
}
