# METADATA
# title: Bucket policy denies policy changes to every administrator, the account root user included
# description: >-
#   A Deny-all-but bucket policy that refuses s3:PutBucketPolicy to every
#   principal it does not exempt catches the account's administrators too:
#   once the exempted roles are renamed, deleted or lose their own
#   permissions, nobody can change or remove the policy except the account
#   root user, which S3 always lets manage the bucket policy.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html
#   - ref: https://repost.aws/knowledge-center/s3-accidentally-denied-access
# custom:
#   id: DL021
#   severity: warning
#   root_cause: bucket_policy
#   remediation: Leave s3:PutBucketPolicy, s3:GetBucketPolicy and s3:DeleteBucketPolicy out of the Deny (or exempt an administrator role), so that the policy can be repaired without the root user.
package rules.aws.s3.bucket_policy_locks_out_administrators

import data.lib.result

deny contains f if {
	some req in denylint.requests("root_lockout")
	req.action == "s3:PutBucketPolicy"
	v := denylint.decide(req)
	v.decision == "explicitly_denied"
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": sprintf(
			"The bucket policy's %s denies s3:PutBucketPolicy%s to every principal it does not exempt, the account's administrators included: should the exempted roles go, only the account root user, whom S3 always lets manage a bucket's policy, can repair it",
			[result.statement_name(v), and_reads(req)],
		),
		"at": result.at(v),
		"related": [],
		"fix": sprintf(
			"Take s3:PutBucketPolicy, s3:GetBucketPolicy and s3:DeleteBucketPolicy out of %s, or exempt an administrator role that is not the one it protects.",
			[result.statement_name(v)],
		),
	})
}

# and_reads adds that the root user's reads are refused too, when they are.
and_reads(req) := " and reads of its objects" if {
	some r in denylint.requests("root_lockout")
	r.bucket == req.bucket
	r.action == "s3:GetObject"
	denylint.decide(r).decision == "explicitly_denied"
} else := ""
