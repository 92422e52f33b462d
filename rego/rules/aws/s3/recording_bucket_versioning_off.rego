# METADATA
# title: Recording bucket does not keep object versions
# description: >-
#   Without versioning, an overwrite or a delete of a call recording is
#   final: nothing can restore it, and Object Lock (which keeps recordings
#   immutable for a retention period) cannot be turned on. Hardening for
#   call-recording buckets, a note; root cause object_lock, the retention
#   controls that versioning is the precondition of.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html
# custom:
#   id: DL102
#   severity: note
#   root_cause: object_lock
#   remediation: Enable versioning on the recording bucket.
package rules.aws.s3.recording_bucket_versioning_off

import data.lib.estate
import data.lib.result

deny contains f if {
	some addr, facts in denylint.buckets()
	count(estate.list(facts.recording_configs)) > 0
	b := estate.bucket_by_address[addr]
	status := object.get(b, "versioning", "")
	not_enabled(status)
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"Call-recording bucket %s %s, so an overwritten or deleted recording cannot be restored and Object Lock cannot protect recordings",
			[b.name, state(status)],
		),
		"resource": b.arn,
		"at": {"address": b.address, "path": estate.attr(b.address, "versioning", "Properties.VersioningConfiguration")},
		"related": [{"at": {"address": facts.recording_configs[0]}, "message": "this storage configuration sends Amazon Connect's call recordings to the bucket"}],
		"fix": sprintf("Enable versioning on bucket %s (aws_s3_bucket_versioning with status Enabled, or VersioningConfiguration Status Enabled in CloudFormation).", [b.name]),
	})
}

# An absent setting is the default, versioning off; an unknown one is
# left alone.
not_enabled("") := true

not_enabled(s) if {
	estate.known(s)
	s != "Enabled"
}

state(s) := "has versioning suspended" if s == "Suspended"

else := "does not have versioning enabled"
