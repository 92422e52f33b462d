# METADATA
# title: Resource control policy refuses access to a bucket or key of the organisation
# description: >-
#   Resource control policies cap what anyone may do to the resources of
#   member accounts, whoever asks. A data-perimeter RCP (only principals of
#   the organisation, only from the corporate network, only with TLS) that
#   catches a legitimate caller overrides the bucket policy, the key policy
#   and the caller's own policies alike, and the caller sees 403 Access
#   Denied. The management account's resources and service-linked roles are
#   not restricted by RCPs.
# related_resources:
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_evaluation.html
# custom:
#   id: DL013
#   severity: error
#   root_cause: rcp
#   remediation: Add an exception for the legitimate caller to the RCP's Deny statement, or make its requests meet the perimeter's condition.
package rules.aws.organizations.rcp_refuses_access

import data.lib.result

deny contains f if {
	some r in result.refusals(["identity_grant", "connect_recording", "expectation"])
	r.v.denied_by == "rcp"
	object.get(r.req, "expect", true) != false
	f := result.from_verdict(rego.metadata.chain(), r.req, r.v, {
		"message": sprintf("%s, so the request fails with 403 Access Denied although the bucket or key policy and the caller's own policies allow it", [r.v.explanation]),
		"at": result.at(r.v),
		"fix": sprintf(
			"Exempt %s from %s of the resource control policy (for example with an aws:PrincipalArn or aws:PrincipalTag exception), or make its requests meet the condition (from the network or organisation the perimeter names).",
			[r.req.principal_arn, result.statement_name(r.v)],
		),
	})
}
