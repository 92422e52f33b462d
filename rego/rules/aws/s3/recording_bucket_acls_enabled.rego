# METADATA
# title: Recording bucket keeps ACLs in force instead of enforcing bucket ownership
# description: >-
#   With object ownership ObjectWriter or BucketOwnerPreferred, ACLs still
#   decide who owns and reads each object: an object written by another
#   account (or without the bucket-owner-full-control ACL) stays its
#   writer's, and the bucket owner's own readers get 403 on it.
#   BucketOwnerEnforced turns ACLs off so the bucket policy alone decides.
#   Hardening for call-recording buckets, never an error; root cause
#   object_ownership, the layer it protects.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/ensure-object-ownership.html
# custom:
#   id: DL101
#   severity: warning
#   root_cause: object_ownership
#   remediation: Set the recording bucket's object ownership to BucketOwnerEnforced.
package rules.aws.s3.recording_bucket_acls_enabled

import data.lib.estate
import data.lib.result

deny contains f if {
	some addr, facts in denylint.buckets()
	count(estate.list(facts.recording_configs)) > 0
	b := estate.bucket_by_address[addr]
	b.object_ownership in {"ObjectWriter", "BucketOwnerPreferred"}
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"Call-recording bucket %s has object ownership %s, so ACLs still decide who owns each recording: an object written without the bucket-owner-full-control ACL, or by another account, stays its writer's and readers of the bucket get 403 Access Denied on it",
			[b.name, b.object_ownership],
		),
		"resource": b.arn,
		"at": {"address": b.address, "path": estate.attr(b.address, "object_ownership", "Properties.OwnershipControls.Rules[0].ObjectOwnership")},
		"related": [{"at": {"address": facts.recording_configs[0]}, "message": "this storage configuration sends Amazon Connect's call recordings to the bucket"}],
		"fix": sprintf("Set object ownership of bucket %s to BucketOwnerEnforced (aws_s3_bucket_ownership_controls rule, or OwnershipControls in CloudFormation), which disables ACLs.", [b.name]),
	})
}
