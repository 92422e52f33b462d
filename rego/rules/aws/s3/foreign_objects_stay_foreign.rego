# METADATA
# title: Objects another account writes stay its own while the bucket keeps ACLs in force
# description: >-
#   Unless Object Ownership is BucketOwnerEnforced, an object that a
#   principal of another account uploads belongs to that account. The
#   bucket policy and the bucket owner's IAM policies do not reach it, so
#   the bucket owner's readers get 403 Access Denied on it unless the
#   uploader grants access through the object's ACL.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
# custom:
#   id: DL010
#   severity: error
#   root_cause: object_ownership
#   remediation: Set the bucket's Object Ownership to BucketOwnerEnforced, so that the bucket owner owns every object and ACLs no longer decide access.
package rules.aws.s3.foreign_objects_stay_foreign

import data.lib.estate
import data.lib.result

deny contains f if {
	some req in denylint.requests("foreign_writer")
	some b in input.buckets
	b.address == req.bucket
	b.object_ownership in {"ObjectWriter", "BucketOwnerPreferred"}
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"%s may put objects into %s, whose Object Ownership is %s: what it uploads%s stays owned by its account, so the bucket owner's principals are not authorized to perform: s3:GetObject on those objects and get 403 Access Denied",
			[req.principal_arn, arn(req), b.object_ownership, unless_acl[b.object_ownership]],
		),
		"severity": severity[b.object_ownership],
		"principal": req.principal_arn,
		"action": "s3:GetObject",
		"resource": req.resource,
		"denied_by": "object_ownership",
		"at": {"address": b.address, "path": estate.attr(b.address, "object_ownership", "Properties.OwnershipControls")},
		"related": [{"at": {"statement": req.origin}, "message": "the bucket policy lets the other account write here"}],
		"fix": sprintf("Set Object Ownership of %s to BucketOwnerEnforced (aws_s3_bucket_ownership_controls, or OwnershipControls in CloudFormation).", [arn(req)]),
	})
}

# With BucketOwnerPreferred an upload that carries the
# bucket-owner-full-control ACL becomes the bucket owner's; whether the
# uploader sends it is not in the configuration, so that case is a warning.
severity := {"ObjectWriter": "error", "BucketOwnerPreferred": "warning"}

unless_acl := {
	"ObjectWriter": "",
	"BucketOwnerPreferred": " without the bucket-owner-full-control ACL",
}

arn(req) := split(req.resource, "/")[0]
