# METADATA
# title: Block Public Access rejects the bucket policy at deploy time
# description: >-
#   With BlockPublicPolicy on (for the bucket or for the whole account), S3
#   refuses any PutBucketPolicy whose policy is public: an Allow to every
#   principal that no condition pins to an account, organisation, VPC or
#   source. The deployment fails with 403 Access Denied and the bucket keeps
#   its old policy, or none.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
# custom:
#   id: DL008
#   severity: error
#   root_cause: block_public_access
#   remediation: Pin the public Allow statement to the callers it is for (name the principals, or add a condition on aws:PrincipalAccount, aws:PrincipalOrgID or aws:SourceVpce); turn BlockPublicPolicy off only for a bucket that must be public.
package rules.aws.s3.block_public_policy_rejects_policy

import data.lib.result

deny contains f if {
	some b in input.buckets
	facts := denylint.buckets()[b.address]
	facts.policy_public
	facts.block_public_access.block_public_policy
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"The deploying principal is not authorized to perform: s3:PutBucketPolicy on resource: %q because Block Public Access (BlockPublicPolicy) rejects public bucket policies, and this policy allows every principal without a condition that pins the caller; the deployment fails with 403 Access Denied",
			[facts.arn],
		),
		"action": "s3:PutBucketPolicy",
		"resource": facts.arn,
		"denied_by": "block_public_access",
		"at": {"address": b.policy.address, "path": b.policy.attribute},
		"related": [{"at": setting(facts), "message": "BlockPublicPolicy is turned on here"}],
	})
}

# setting points at the BlockPublicPolicy flag. CloudFormation writes it
# inside the bucket (whose address names the template), Terraform in a
# resource of its own.
setting(facts) := {"address": facts.bpa_address, "path": "Properties.PublicAccessBlockConfiguration.BlockPublicPolicy"} if {
	facts.bpa_address == facts.address
} else := {"address": facts.bpa_address, "path": "block_public_policy"}
