# METADATA
# title: KMS key policy refuses the key to a principal that reads or writes the bucket
# description: >-
#   Objects of an SSE-KMS bucket can only be read or written when the KMS key
#   policy lets the caller use the key, directly or by delegating to the
#   account so that IAM policies count. Without it S3 returns 403 Access
#   Denied although every S3 permission is in place.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
# custom:
#   id: DL002
#   severity: error
#   root_cause: kms_key_policy
#   remediation: Allow the principal the KMS action in the key policy, or add the statement that delegates to the account root so its IAM policy counts.
package rules.aws.kms.key_policy_refuses_reader

import data.lib.result

deny contains f if {
	some kind in ["identity_grant", "resource_grant"]
	some req in denylint.requests(kind)
	v := denylint.decide(req)
	v.service == "kms"
	v.denied_by == "kms_key_policy"
	result.refused(v)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": sprintf("%s, so %s on %s fails with 403 Access Denied", [v.explanation, req.action, req.resource]),
		"at": result.at(v),
		"fix": sprintf(
			"Add to the key policy a statement that allows %s to %s (or one that allows the account root, so the IAM policy counts).",
			[req.principal_arn, v.action],
		),
	})
}
