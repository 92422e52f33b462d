# METADATA
# title: S3 gateway endpoint policy refuses access to the bucket through the endpoint
# description: >-
#   Requests from a VPC with an S3 gateway endpoint go through it, and its
#   policy must allow them as well: an endpoint policy that lists approved
#   buckets or actions, or denies others, refuses the rest with 403 Access
#   Denied although the caller's policy and the bucket policy allow them.
#   When the bucket policy accepts requests only through that endpoint
#   (aws:SourceVpce or aws:SourceVpc naming it), there is no other way in
#   and the refusal is an error; otherwise callers outside the VPC still
#   succeed and it is a warning.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html
# custom:
#   id: DL014
#   severity: error
#   root_cause: vpc_endpoint_policy
#   remediation: Allow the bucket and action in the S3 gateway endpoint's policy (or narrow its Deny), since the bucket is reached through the endpoint.
package rules.aws.vpc.endpoint_policy_refuses_bucket

import data.lib.estate
import data.lib.result

deny contains f if {
	some req in denylint.requests("endpoint_path")
	v := denylint.decide(req)
	v.denied_by == "vpc_endpoint_policy"
	result.refused(v)
	e := estate.endpoint_by_address[req.path]
	only_way := required_by(req, e)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": message(v, e, only_way),
		"severity": severity(v, only_way),
		"at": at(v, e),
		"related": array.concat([{"at": {"statement": req.origin}, "message": sprintf("%s is granted here", [req.action])}], [{"at": {"statement": s}, "message": "the bucket policy accepts requests only through the endpoint"} | some s in only_way]),
		"fix": fix(req, v, e),
	})
}

# required_by lists the bucket policy's Deny statements that refuse
# requests not made through endpoint e (or its VPC).
required_by(req, e) := [s.id |
	b := estate.bucket_by_address[req.bucket]
	some s in estate.list(b.policy.document.statements)
	s.effect == "Deny"
	some c in estate.list(s.conditions)
	startswith(lower(c.operator), "stringnot")
	names_endpoint(c, e)
]

names_endpoint(c, e) if {
	lower(c.key) == "aws:sourcevpce"
	e.id in c.values
}

names_endpoint(c, e) if {
	lower(c.key) == "aws:sourcevpc"
	e.vpc_id in c.values
}

severity(v, only_way) := "error" if {
	v.decision != "unknown"
	count(only_way) > 0
} else := "warning"

message(v, e, only_way) := sprintf("%s, and the bucket policy accepts requests only through %s, so the request has no way in", [v.explanation, endpoint_name(e)]) if {
	count(only_way) > 0
} else := sprintf("%s, so callers in the VPC of %s get 403 Access Denied (callers outside it are not affected)", [v.explanation, endpoint_name(e)])

# at is the endpoint policy's Deny statement, or the endpoint policy that
# lacks an allow.
at(v, e) := {"statement": v.deciding[0].statement.id} if {
	v.decision != "implicitly_denied"
	count(object.get(v, "deciding", [])) > 0
} else := {"address": e.policy.address, "path": object.get(e.policy, "attribute", "")} if {
	e.policy.address
} else := {"address": e.address, "path": ""}

fix(req, v, e) := sprintf(
	"Change %s of the policy of %s so it does not refuse %s on %s.",
	[result.statement_name(v), endpoint_name(e), req.action, pattern(req.resource)],
) if {
	v.decision != "implicitly_denied"
	count(object.get(v, "deciding", [])) > 0
} else := sprintf(
	"Add %s on %s to an Allow statement of the policy of %s.",
	[req.action, pattern(req.resource), endpoint_name(e)],
)

endpoint_name(e) := sprintf("VPC endpoint %s", [e.id]) if estate.known(e.id)

else := sprintf("VPC endpoint %s", [e.address])

# pattern writes an object the configuration does not name as a wildcard.
pattern(resource) := replace(resource, "\ue000object key\ue001", "*")
