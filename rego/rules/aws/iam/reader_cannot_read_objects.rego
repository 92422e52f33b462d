# METADATA
# title: Principal can reach the bucket but not the objects it is meant to read
# description: >-
#   The principal's IAM policies let it list the bucket, or read some of it,
#   but no identity policy allows s3:GetObject on the objects it most likely
#   exists for (the call recordings when Amazon Connect stores them there).
#   Every download fails with 403 Access Denied because no identity-based
#   policy allows the action.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
# custom:
#   id: DL005
#   severity: error
#   root_cause: identity_policy
#   remediation: Allow s3:GetObject on the object ARN pattern the principal must read (bucket ARN, prefix and /*), not only on the bucket or another prefix.
package rules.aws.iam.reader_cannot_read_objects

import data.lib.result

deny contains f if {
	some req in denylint.requests("reader_needs")
	v := denylint.decide(req)
	v.service == "s3"
	v.denied_by == "identity_policy"
	result.refused(v)
	grant := partial_grant(req)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": sprintf("%s: the principal can reach the bucket but cannot download these objects", [v.explanation]),
		"severity": severity(req, v),
		"at": {"statement": grant.origin},
		"related": [],
		"fix": sprintf("Add s3:GetObject on %s to the principal's policy (for example next to the statement that grants %s).", [pattern(req.resource), grant.action]),
	})
}

# partial_grant is the grant that shows the principal is meant to use the
# bucket: a read of some objects first, else a listing.
partial_grant(req) := g if {
	gets := [g |
		some g in denylint.requests("identity_grant")
		g.principal == req.principal
		g.bucket == req.bucket
		g.action == "s3:GetObject"
	]
	g := gets[0]
} else := g if {
	lists := [g |
		some g in denylint.requests("identity_grant")
		g.principal == req.principal
		g.bucket == req.bucket
		g.action == "s3:ListBucket"
	]
	g := lists[0]
}

# A principal that reads another part of the bucket may exist for that
# part: that it needs these objects too is a guess, so only a warning.
severity(req, _) := "warning" if {
	partial_grant(req).action == "s3:GetObject"
} else := result.severity("error", v) if {
	v := denylint.decide(req)
}

# pattern turns the object the reader needs into the ARN pattern to allow.
pattern(resource) := replace(resource, "\ue000object key\ue001", "*")
