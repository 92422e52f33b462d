# METADATA
# title: Amazon Connect cannot write call recordings to the configured bucket
# description: >-
#   Amazon Connect writes call recordings as the instance's service-linked
#   role, which gets S3 permissions for the storage configuration's bucket
#   and a grant on its KMS key. An explicit Deny in the bucket or key
#   policy, a condition Connect cannot meet, or a key policy that does not
#   let the deploying principal create the grant leaves the bucket empty.
# related_resources:
#   - ref: https://docs.aws.amazon.com/connect/latest/adminguide/connect-slr.html
#   - ref: https://docs.aws.amazon.com/connect/latest/adminguide/encryption-at-rest.html
# custom:
#   id: DL003
#   severity: error
#   root_cause: connect_service_role
#   remediation: Exempt the Connect service-linked role from the refusing statement, or let the deploying principal create grants on the key.
package rules.aws.connect.recording_writer_refused

import data.lib.result

deny contains f if {
	some r in result.refusals(["connect_recording"])
	f := result.from_verdict(rego.metadata.chain(), r.req, r.v, {
		"message": sprintf("%s, so Amazon Connect cannot %s call recordings (%s)", [r.v.explanation, verb(r.req.action), cause(r.v)]),
		"at": result.at(r.v),
		"related": [result.connect_origin(r.req)],
		"fix": fix(r.v),
	})
}

verb("s3:PutObject") := "store"

verb("s3:GetObject") := "play back"

cause(v) := "the key policy does not let the deploying principal create the grant Connect needs" if {
	v.service == "kms"
	v.decision == "implicitly_denied"
} else := sprintf("refused by the %s", [replace(v.denied_by, "_", " ")])

fix(v) := "Add a key policy statement that allows the account root (or the deploying role) kms:CreateGrant, so the storage association can create Connect's grant." if {
	v.service == "kms"
	v.decision == "implicitly_denied"
} else := sprintf("Exempt the Connect service-linked role (arn:aws:iam::<account>:role/aws-service-role/connect.amazonaws.com/*) from %s.", [result.statement_name(v)])
