# METADATA
# title: No trail records S3 data events for a call-recording bucket
# description: >-
#   Without CloudTrail S3 data events, a 403 on a recording leaves no record
#   of which principal asked for which object and which policy refused it,
#   and nobody can tell who listened to a call. The root cause named is the
#   bucket policy, the layer whose refusals such a log explains; the gap
#   itself is an audit one.
# related_resources:
#   - ref: https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/cloudtrail-logging-s3-info.html
# custom:
#   id: DL104
#   severity: note
#   root_cause: bucket_policy
#   remediation: Add an event selector (or advanced event selector) for AWS::S3::Object data events on the recording bucket to a trail.
package rules.aws.cloudtrail.recording_reads_not_logged

import data.lib.estate
import data.lib.result

deny contains f if {
	some addr, facts in denylint.buckets()
	count(estate.list(facts.recording_configs)) > 0
	facts.reads_logged == "no"
	b := estate.bucket_by_address[addr]
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"No CloudTrail trail in this configuration (%d declared) records reads of call-recording bucket %s as S3 data events: a 403 on a recording leaves no trace of who asked for what, and who listened to a call is not audited",
			[facts.trails, b.name],
		),
		"resource": b.arn,
		"at": {"address": addr},
		"related": [{"at": {"address": facts.recording_configs[0]}, "message": "this storage configuration sends Amazon Connect's call recordings to the bucket"}],
		"fix": sprintf(
			"Record data events for %s/ on a trail: an event_selector with data_resource { type = \"AWS::S3::Object\", values = [\"%s/\"] } (EventSelectors/DataResources in CloudFormation), or an advanced event selector.",
			[b.arn, b.arn],
		),
	})
}
