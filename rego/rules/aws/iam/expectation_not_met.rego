# METADATA
# title: An access the config file expects does not hold
# description: >-
#   The config file's expect entries state which principals must be able to
#   reach which buckets and keys, and which must not. An expected access that
#   AWS would refuse is an outage waiting for deployment; an access expected
#   to be refused that AWS would allow is a hole. The finding's root cause is
#   the layer that decides.
# related_resources:
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
# custom:
#   id: DL022
#   severity: error
#   root_cause: identity_policy
#   remediation: Change the statement the finding points at so that the access goes the way the expectation says, or correct the expectation.
package rules.aws.iam.expectation_not_met

import data.lib.result

layers := {
	"identity_policy", "bucket_policy", "block_public_access", "kms_key_policy", "object_ownership",
	"scp", "rcp", "vpc_endpoint_policy", "permissions_boundary", "session_policy", "requester_pays",
}

deny contains f if {
	some req in denylint.requests("expectation")
	req.expect == true
	v := denylint.decide(req)
	result.refused(v)
	v.denied_by != "session_policy" # DL016 says it
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"root_cause": root_cause(v.denied_by),
		"message": sprintf("%s, although the config file expects %s to be able to %s it", [v.explanation, req.principal_arn, req.action]),
		"at": result.at(v),
		"related": [expectation(req)],
	})
}

deny contains f if {
	some req in denylint.requests("expectation")
	req.expect == false
	v := denylint.decide(req)
	v.decision == "allowed"
	grant := v.deciding[0]
	f := result.finding(rego.metadata.chain(), {
		"root_cause": root_cause(grant.layer),
		"message": sprintf("%s, although the config file expects %s to be refused %s on %s", [v.explanation, req.principal_arn, req.action, req.resource]),
		"principal": req.principal_arn,
		"action": v.action,
		"resource": v.resource,
		"denied_by": "",
		"at": {"statement": grant.statement.id},
		"related": [expectation(req)],
		"fix": sprintf("Narrow %s so that it no longer grants %s, or add a Deny for it.", [statement_label(grant), req.action]),
	})
}

root_cause(layer) := layer if {
	layer in layers
} else := "identity_policy"

expectation(req) := {"at": {"address": req.origin}, "message": "the config file expects this"}

statement_label(ref) := sprintf("statement %q", [ref.statement.sid]) if {
	ref.statement.sid != ""
} else := "the statement"
