# METADATA
# title: Findings
# description: >-
#   The one place where findings are built, from the calling rule's
#   metadata, so that every rule reports the same fields.
package lib.result

# meta is the annotation of the rule package in a metadata chain.
meta(chain) := m if {
	some entry in chain
	m := entry.annotations
	m.custom.id
}

# finding builds a finding of the rule whose metadata chain is given;
# fields override or add to the defaults taken from the metadata.
finding(chain, fields) := object.union(base, fields) if {
	m := meta(chain)
	base := {
		"rule_id": m.custom.id,
		"root_cause": m.custom.root_cause,
		"severity": m.custom.severity,
		"message": m.title,
		"fix": m.custom.remediation,
		"principal": "",
		"action": "",
		"resource": "",
		"denied_by": "",
		"related": [],
		"unknowns": [],
	}
}

# from_verdict builds a finding about a refused request; the finding's
# level drops to warning when the refusal depends on values the
# configuration does not decide.
from_verdict(chain, req, v, fields) := finding(chain, object.union(
	{
		"message": v.explanation,
		"principal": req.principal_arn,
		"action": v.action,
		"resource": v.resource,
		"denied_by": v.denied_by,
		"severity": severity(meta(chain).custom.severity, v),
		"unknowns": object.get(v, "unknowns", []),
		"related": [origin(req)],
	},
	fields,
))

severity(declared, v) := "warning" if {
	v.decision == "unknown"
	declared == "error"
} else := declared

# origin is the related location of what made the request.
origin(req) := {"at": {"statement": req.origin}, "message": sprintf("%s is granted here", [req.action])} if {
	req.source in {"identity_grant", "resource_grant"}
} else := {"at": {"address": req.origin}, "message": "the request comes from this configuration"}

# refused is true for a certain refusal or one that depends on unknowns.
refused(v) if v.decision in {"explicitly_denied", "implicitly_denied"}

refused(v) if {
	v.decision == "unknown"
	v.denied_by != ""
}

# at points at the deciding statement of an explicit deny, or at the
# resource policy that lacks an allow.
at(v) := {"statement": v.deciding[0].statement.id} if {
	v.decision != "implicitly_denied"
	count(object.get(v, "deciding", [])) > 0
} else := {"address": v.policy_address, "path": v.policy_attribute}

# statement_name names a statement for people: its Sid, or its ID.
statement_name(v) := sprintf("statement %q", [v.deciding[0].statement.sid]) if {
	v.deciding[0].statement.sid != ""
} else := "a statement"

# refusals are the intents of the given sources that AWS would refuse, each
# as {"req": intent, "v": verdict}.
refusals(sources) := [r |
	some src in sources
	some req in denylint.requests(src)
	v := denylint.decide(req)
	refused(v)
	r := {"req": req, "v": v}
]

# connect_origin points at the storage config that makes Connect's
# requests, for related locations.
connect_origin(req) := {"at": {"address": req.origin}, "message": "Amazon Connect writes call recordings for this storage configuration"}
