# METADATA
# title: Permissions boundary refuses access that the principal's own policy grants
# description: >-
#   A permissions boundary caps what a role's or user's identity policies
#   can grant: an action is allowed only when both the identity policy and
#   the boundary allow it, and a Deny in the boundary overrides both. A
#   grant the boundary does not also allow ends in 403 Access Denied, and
#   the principal's own policy gives no hint of it.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
# custom:
#   id: DL015
#   severity: error
#   root_cause: permissions_boundary
#   remediation: Allow the action on the resource in the permissions boundary (or remove its Deny), or drop the grant the boundary was meant to forbid.
package rules.aws.iam.permissions_boundary_refuses_grant

import data.lib.estate
import data.lib.result

deny contains f if {
	some req in denylint.requests("identity_grant")
	v := denylint.decide(req)
	v.denied_by == "permissions_boundary"
	result.refused(v)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": sprintf("%s, although the principal's own policy grants it", [v.explanation]),
		"at": at(req, v),
		"related": array.concat([result.origin(req)], boundary_doc(req, v)),
		"fix": fix(req, v),
	})
}

# at is the boundary's Deny statement, or the principal's boundary setting
# when the boundary lacks an allow.
at(req, v) := {"statement": v.deciding[0].statement.id} if {
	v.decision != "implicitly_denied"
	count(object.get(v, "deciding", [])) > 0
} else := {"address": req.principal, "path": estate.attr(req.principal, "permissions_boundary", "Properties.PermissionsBoundary")}

fix(req, v) := sprintf(
	"Change %s of the permissions boundary %s so it no longer denies %s on %s, or remove that grant from the principal's policy if the boundary is right.",
	[result.statement_name(v), boundary_name(req), req.action, pattern(req.resource)],
) if {
	v.decision != "implicitly_denied"
	count(object.get(v, "deciding", [])) > 0
} else := sprintf(
	"Add %s on %s to an Allow statement of the permissions boundary %s (a boundary grants nothing by itself; it only lets the identity policy's grant through).",
	[req.action, pattern(req.resource), boundary_name(req)],
)

# boundary_name names the boundary policy of the request's principal.
boundary_name(req) := name if {
	some p in estate.list(input.principals)
	p.address == req.principal
	name := boundary_label(p.permissions_boundary)
} else := sprintf("of %s", [req.principal_arn])

boundary_label(b) := b.name if estate.known(object.get(b, "name", ""))

else := b.arn if estate.known(object.get(b, "arn", ""))

else := b.address

# boundary_doc points at the boundary document that lacks the allow.
boundary_doc(req, v) := [{"at": {"address": b.address, "path": object.get(b, "attribute", "")}, "message": "the permissions boundary allows only what this document allows"}] if {
	v.decision == "implicitly_denied"
	some p in estate.list(input.principals)
	p.address == req.principal
	b := p.permissions_boundary
	b.address != req.principal
} else := []

# pattern writes an object the configuration does not name as a wildcard.
pattern(resource) := replace(resource, "\ue000object key\ue001", "*")
