# METADATA
# title: IAM statement names an action on a resource it can never apply to
# description: >-
#   Each S3 action applies to one kind of resource: s3:GetObject to objects
#   (bucket/*), s3:ListBucket to the bucket itself, s3:ListAllMyBuckets only
#   to "*". A statement that pairs an action with resources of the wrong
#   kind grants nothing for that action, and the request it was written
#   for is refused with 403 Access Denied.
# related_resources:
#   - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
# custom:
#   id: DL007
#   severity: warning
#   root_cause: identity_policy
#   remediation: Give the action the resource it applies to (objects as bucket ARN + /*, the bucket as its ARN, s3:ListAllMyBuckets as *), in this statement or a separate one.
package rules.aws.iam.action_resource_type_mismatch

import data.lib.result

deny contains f if {
	some p in denylint.policy_problems()
	p.code == "resource_type_mismatch"
	p.kind == "identity"
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf("This IAM policy statement grants nothing for the action: %s", [p.summary]),
		"at": {"statement": p.statement},
	})
}
