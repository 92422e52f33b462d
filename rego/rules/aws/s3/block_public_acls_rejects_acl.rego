# METADATA
# title: Block Public Access rejects the bucket's public canned ACL at deploy time
# description: >-
#   With BlockPublicAcls on (for the bucket or for the whole account), S3
#   refuses any request that sets a public ACL: public-read,
#   public-read-write or authenticated-read. Creating the bucket with that
#   ACL, or applying it, fails with 403 Access Denied.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
# custom:
#   id: DL009
#   severity: error
#   root_cause: block_public_access
#   remediation: Remove the public canned ACL (use private, or no ACL with Object Ownership BucketOwnerEnforced) and grant readers through IAM or the bucket policy.
package rules.aws.s3.block_public_acls_rejects_acl

import data.lib.estate
import data.lib.result

public_acls := {"public-read", "public-read-write", "authenticated-read"}

deny contains f if {
	some b in input.buckets
	b.acl in public_acls
	facts := denylint.buckets()[b.address]
	facts.block_public_access.block_public_acls

	# A Terraform aws_s3_bucket_acl resource is not recorded in the model,
	# so its location falls back to the bucket.
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"The deploying principal is not authorized to perform: s3:PutBucketAcl on resource: %q because Block Public Access (BlockPublicAcls) rejects the public canned ACL %s; the deployment fails with 403 Access Denied",
			[facts.arn, b.acl],
		),
		"action": "s3:PutBucketAcl",
		"resource": facts.arn,
		"denied_by": "block_public_access",
		"at": {"address": b.address, "path": estate.attr(b.address, "acl", "Properties.AccessControl")},
		"related": [{"at": {"address": facts.bpa_address}, "message": "BlockPublicAcls is turned on here"}],
	})
}
