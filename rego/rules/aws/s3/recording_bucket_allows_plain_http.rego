# METADATA
# title: Recording bucket policy does not refuse requests without TLS
# description: >-
#   Nothing in the bucket policy denies requests made over plain HTTP, so a
#   misconfigured client can read or write call recordings unencrypted in
#   transit. A Deny on aws:SecureTransport false closes that. Hardening for
#   call-recording buckets, a note; root cause bucket_policy, where the
#   missing statement belongs. Policies whose TLS conditions the
#   configuration does not decide are left alone.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html
#   - ref: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-securetransport
# custom:
#   id: DL103
#   severity: note
#   root_cause: bucket_policy
#   remediation: Add to the bucket policy a Deny of s3:* for every principal when aws:SecureTransport is false.
package rules.aws.s3.recording_bucket_allows_plain_http

import data.lib.estate
import data.lib.result

deny contains f if {
	some addr, facts in denylint.buckets()
	count(estate.list(facts.recording_configs)) > 0
	facts.tls_enforced == false
	b := estate.bucket_by_address[addr]
	not undecided(b)
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"The policy of call-recording bucket %s does not deny requests made without TLS, so a client that uses plain HTTP can read or write recordings unencrypted in transit",
			[b.name],
		),
		"resource": b.arn,
		"at": at(b),
		"related": [{"at": {"address": facts.recording_configs[0]}, "message": "this storage configuration sends Amazon Connect's call recordings to the bucket"}],
		"fix": sprintf("Add to the policy of bucket %s a statement that denies s3:* on %s and %s/* to Principal \"*\" when Bool aws:SecureTransport is false.", [b.name, b.arn, b.arn]),
	})
}

# undecided is true when the policy could not be read, or a statement's
# TLS condition holds values the configuration does not decide.
undecided(b) if estate.known(b.policy.document.unknown)

undecided(b) if {
	some s in estate.list(b.policy.document.statements)
	some c in estate.list(s.conditions)
	lower(c.key) == "aws:securetransport"
	some v in c.values
	not estate.known(v)
}

at(b) := {"address": b.policy.address, "path": b.policy.attribute} if b.policy.address

else := {"address": b.address, "path": ""}
