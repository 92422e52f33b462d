# METADATA
# title: Requester Pays refuses readers from other accounts that do not accept the charges
# description: >-
#   On a Requester Pays bucket every request from outside the bucket
#   owner's account must carry x-amz-request-payer, accepting the charges;
#   without it S3 answers 403 Access Denied, whatever the policies allow.
#   Whether a reader's client sends the header is not in the
#   configuration, so this is a warning.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html
# custom:
#   id: DL019
#   severity: warning
#   root_cause: requester_pays
#   remediation: Make every cross-account reader send x-amz-request-payer (--request-payer requester), or turn Requester Pays off on a bucket that other accounts read.
package rules.aws.s3.requester_pays_refuses_reader

import data.lib.estate
import data.lib.result

# Readers of the estate in another account, as the engine decides them.
deny contains f if {
	some req in denylint.requests("identity_grant")
	v := denylint.decide(req)
	v.denied_by == "requester_pays"
	result.refused(v)
	f := result.from_verdict(rego.metadata.chain(), req, v, {
		"message": sprintf("%s unless the request carries x-amz-request-payer: the bucket is Requester Pays", [v.explanation]),
		"at": payer_at(req.bucket),
	})
}

# Readers of other accounts that the bucket policy names.
deny contains f if {
	some req in denylint.requests("foreign_reader")
	some b in input.buckets
	b.address == req.bucket
	b.requester_pays
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"%s is allowed s3:GetObject by the bucket policy, but %s is Requester Pays: unless each request carries x-amz-request-payer, the reader is not authorized and gets 403 Access Denied",
			[req.principal_arn, split(req.resource, "/")[0]],
		),
		"principal": req.principal_arn,
		"action": req.action,
		"resource": req.resource,
		"denied_by": "requester_pays",
		"at": payer_at(b.address),
		"related": [{"at": {"statement": req.origin}, "message": "the bucket policy lets the other account read here"}],
	})
}

payer_at(address) := {"address": address, "path": estate.attr(address, "request_payer", "Properties")}
