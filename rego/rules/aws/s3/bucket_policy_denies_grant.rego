# METADATA
# title: Bucket policy denies access that an identity policy grants
# description: >-
#   An explicit Deny in the bucket policy overrides every Allow, so the
#   principal receives 403 Access Denied although its own policy grants the
#   access. Conditions the caller cannot meet (a VPC endpoint, a source IP,
#   an aws:userId allow-list) are the usual cause.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
# custom:
#   id: DL001
#   severity: error
#   root_cause: bucket_policy
#   remediation: Exempt the principal from the Deny statement, or change the condition so that the intended caller meets it.
package rules.aws.s3.bucket_policy_denies_grant

import data.lib.result

deny contains f if {
	some req in denylint.requests("identity_grant")
	v := denylint.decide(req)
	v.service == "s3"
	v.denied_by == "bucket_policy"
	v.decision != "implicitly_denied"
	result.refused(v)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"at": result.at(v),
		"fix": sprintf(
			"Exempt %s from %s of the bucket policy (for example with an aws:PrincipalArn exception), or change its condition so the request meets it.",
			[req.principal_arn, result.statement_name(v)],
		),
	})
}
