# METADATA
# title: Policy statement has a malformed ARN or an unknown action and silently does nothing
# description: >-
#   A resource with a space or a missing ARN field, an action name that AWS
#   does not define, or (in a bucket, key, endpoint or organisation policy)
#   an action paired with resources it can never apply to: the statement
#   never matches a request. An Allow written that way grants nothing and a
#   Deny protects nothing, without any error at deploy time.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
#   - ref: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
# custom:
#   id: DL020
#   severity: warning
#   root_cause: policy_syntax
#   remediation: Correct the ARN or action name the message quotes, so that the statement matches the requests it was written for.
package rules.aws.iam.policy_statement_never_applies

import data.lib.result

deny contains f if {
	some p in denylint.policy_problems()
	reported(p)
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf("This %s statement matches no request: %s", [policy_names[p.kind], p.summary]),
		"at": {"statement": p.statement},
		"fix": fixes[p.code],
	})
}

reported(p) if {
	p.code == "unknown_action"
}

reported(p) if {
	p.code == "malformed_arn"
}

# Identity policies have their own rule (DL007) for mismatched resource types.
reported(p) if {
	p.code == "resource_type_mismatch"
	p.kind != "identity"
}

fixes := {
	"malformed_arn": "Write the resource as a full ARN without spaces (arn:aws:s3:::BUCKET/KEY-PATTERN), so that the statement matches the requests it was written for.",
	"unknown_action": "Correct the action name (see the service authorization reference), so that the statement matches the requests it was written for.",
	"resource_type_mismatch": "Give the action the resource it applies to (objects as bucket ARN + /*, the bucket as its ARN), in this statement or a separate one.",
}

policy_names := {
	"identity": "IAM policy",
	"boundary": "permissions boundary",
	"bucket": "bucket policy",
	"key": "KMS key policy",
	"scp": "service control policy",
	"rcp": "resource control policy",
	"endpoint": "VPC endpoint policy",
	"trust": "role trust policy",
}
