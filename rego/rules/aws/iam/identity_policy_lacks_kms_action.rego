# METADATA
# title: IAM policy lacks the KMS action that reading or writing the bucket's encrypted objects needs
# description: >-
#   Objects of an SSE-KMS bucket are decrypted (reads) or their data keys
#   generated (writes) by KMS on the caller's behalf. When the key policy
#   delegates to the account, the caller's own IAM policy must also allow
#   kms:Decrypt or kms:GenerateDataKey on the key; without it S3 answers 403
#   Access Denied although every S3 permission is in place.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html
# custom:
#   id: DL006
#   severity: error
#   root_cause: identity_policy
#   remediation: Allow the KMS action (kms:Decrypt to read, kms:GenerateDataKey to write) on the bucket's key ARN in the principal's IAM policy.
package rules.aws.iam.identity_policy_lacks_kms_action

import data.lib.result

deny contains f if {
	some r in refusals
	f := result.from_verdict(rego.metadata.chain(), r.req, r.v, {
		"message": sprintf("%s, so %s on %s fails with 403 Access Denied", [r.v.explanation, r.req.action, r.req.resource]),
		"at": {"statement": r.req.origin},
		"related": [],
		"fix": sprintf(
			"Add %s on %s (the key of %s) to the statement that grants %s, or to another statement of the principal's IAM policy.",
			[r.v.action, r.v.resource, r.v.policy_address, r.req.action],
		),
	})
}

# refusals are the KMS refusals of granted accesses, and of the reads a
# reader needs when no grant of the same principal already shows the same
# missing KMS action.
refusals contains r if {
	some r in result.refusals(["identity_grant", "resource_grant"])
	kms_identity(r.v)
}

refusals contains r if {
	some r in result.refusals(["reader_needs"])
	kms_identity(r.v)
	not [r.req.principal, r.v.action, r.v.resource] in granted_refusals
}

kms_identity(v) if {
	v.service == "kms"
	v.denied_by == "identity_policy"
}

# granted_refusals are computed once (a rule, not a function), so that
# checking each reader's need against them stays linear.
granted_refusals contains [g.req.principal, g.v.action, g.v.resource] if {
	some g in result.refusals(["identity_grant", "resource_grant"])
	kms_identity(g.v)
}
