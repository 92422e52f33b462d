# METADATA
# title: Bucket policy does not allow a principal of another account that its own policy lets in
# description: >-
#   Across accounts both sides must allow: the caller's IAM policy and the
#   bucket policy. A principal of another account whose identity policy
#   grants access to the bucket, while the bucket policy names neither it
#   nor its account, gets 403 Access Denied because no resource-based
#   policy allows the action.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html
# custom:
#   id: DL004
#   severity: error
#   root_cause: bucket_policy
#   remediation: Add to the bucket policy an Allow statement that names the principal (or its account) for the action on the resource.
package rules.aws.s3.cross_account_bucket_policy_lacks_allow

import data.lib.result

deny contains f if {
	some req in denylint.requests("identity_grant")
	v := denylint.decide(req)
	v.service == "s3"
	v.denied_by == "bucket_policy"
	missing_allow(v)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"at": {"address": v.policy_address, "path": v.policy_attribute},
		"fix": sprintf(
			"Add to the bucket policy: {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": %q}, \"Action\": %q, \"Resource\": %q}.",
			[req.principal_arn, req.action, pattern(req.resource)],
		),
	})
}

# missing_allow: refused for want of an allow, certainly or depending on
# unknowns, but not by an explicit deny (DL001 reports those).
missing_allow(v) if v.decision == "implicitly_denied"

missing_allow(v) if {
	v.decision == "unknown"
	count(object.get(v, "deciding", [])) == 0
}

pattern(resource) := replace(resource, "\ue000object key\ue001", "*")
