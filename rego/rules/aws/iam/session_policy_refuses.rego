# METADATA
# title: The session policy a principal is assumed with refuses an access it needs
# description: >-
#   A session policy, passed when a role is assumed, can only narrow what the
#   role's own policies allow: the session gets the intersection. An access
#   the role grants but the session policy leaves out is refused with 403,
#   although every policy attached to the role allows it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
# custom:
#   id: DL016
#   severity: error
#   root_cause: session_policy
#   remediation: Add the action and resource to the session policy passed when the role is assumed.
package rules.aws.iam.session_policy_refuses

import data.lib.result

deny contains f if {
	some req in denylint.requests("expectation")
	req.expect == true
	v := denylint.decide(req)
	result.refused(v)
	v.denied_by == "session_policy"
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": sprintf("%s, although the policies of %s allow it", [v.explanation, req.principal_arn]),
		"at": at(v, req),
		"related": [{"at": {"address": req.origin}, "message": "the config file expects this access from a session with this policy"}],
		"fix": sprintf("Allow %s on %s in the session policy (%s).", [v.action, v.resource, req.origin]),
	})
}

at(v, _) := {"statement": v.deciding[0].statement.id} if {
	v.decision == "explicitly_denied"
}

at(v, req) := {"address": req.origin} if v.decision != "explicitly_denied"
