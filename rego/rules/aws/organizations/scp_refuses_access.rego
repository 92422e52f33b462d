# METADATA
# title: Service control policy refuses access that the account's own policies allow
# description: >-
#   Service control policies set the most a member account's principals may
#   do. A Deny in any SCP on the account's path (root, organisational units,
#   account) overrides every Allow in the account, and where FullAWSAccess
#   was replaced by an allow-list, an action that no SCP at some level
#   allows is refused as well. The principal sees 403 Access Denied although
#   its IAM policy and the bucket policy allow the request. The management
#   account and service-linked roles are not restricted by SCPs.
# related_resources:
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
#   - ref: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
# custom:
#   id: DL012
#   severity: error
#   root_cause: scp
#   remediation: Exempt the principal or the action from the SCP's Deny statement, or add the action to the allow-list SCP at every level of the account's path.
package rules.aws.organizations.scp_refuses_access

import data.lib.estate
import data.lib.result

deny contains f if {
	some r in result.refusals(["identity_grant", "connect_recording", "expectation"])
	r.v.denied_by == "scp"
	object.get(r.req, "expect", true) != false
	f := result.from_verdict(rego.metadata.chain(), r.req, r.v, object.union(located(r.req, r.v), {
		"message": sprintf("%s, so the request fails with 403 Access Denied whatever the account's own policies allow", [r.v.explanation]),
	}))
}

explicit(v) if {
	v.decision != "implicitly_denied"
	count(object.get(v, "deciding", [])) > 0
}

# located points at the SCP's Deny statement; with no allow at some level,
# at the grant the SCPs do not let through, next to the allow-list SCPs.
located(req, v) := {
	"at": {"statement": v.deciding[0].statement.id},
	"fix": sprintf(
		"Change %s of the service control policy so it does not catch %s on %s (for example with an aws:PrincipalArn exception or a narrower condition), or drop the grant if the guardrail is right.",
		[result.statement_name(v), req.action, pattern(req.resource)],
	),
} if {
	explicit(v)
} else := {
	"at": grant_at(req),
	"related": [x | some x in allow_lists],
	"fix": sprintf(
		"Add %s to the allow-list service control policy at every level of the account's path (root, each OU, the account), or attach FullAWSAccess where the allow-list replaced it.",
		[req.action],
	),
}

grant_at(req) := {"statement": req.origin} if req.source == "identity_grant"

else := {"address": req.origin}

# allow_lists are the SCPs that allow only what they list: they replaced
# FullAWSAccess at the level they are attached to.
allow_lists contains {"at": {"address": p.address, "path": estate.attr(p.address, "content", "Properties.Content")}, "message": "this SCP allows only the actions it lists"} if {
	some p in estate.list(input.org_policies)
	p.type == "SERVICE_CONTROL_POLICY"
	some s in estate.list(p.policy.document.statements)
	s.effect == "Allow"
}

# pattern writes an object the configuration does not name as a wildcard.
pattern(resource) := replace(resource, "\ue000object key\ue001", "*")
