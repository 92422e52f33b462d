# METADATA
# title: Object Lock compliance retention refuses version deletes that a policy grants
# description: >-
#   A bucket whose default Object Lock retention is in COMPLIANCE mode keeps
#   every object version for the retention period: nobody, not even the
#   account root user, can delete a locked version or shorten the period.
#   A principal granted s3:DeleteObjectVersion by name (an erasure job, a
#   clean-up role) gets 403 Access Denied on every version younger than the
#   retention. Lifecycle expirations are not in the model, so only grants
#   are checked.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html
#   - ref: https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock-managing.html
# custom:
#   id: DL018
#   severity: warning
#   root_cause: object_lock
#   remediation: Drop the version-delete grant (or the job behind it), or use a GOVERNANCE-mode retention with s3:BypassGovernanceRetention for the principal if deletes before the retention ends are really required.
package rules.aws.s3.object_lock_blocks_version_delete

import data.lib.estate
import data.lib.result

deny contains f if {
	some req in denylint.requests("identity_grant")
	req.action == "s3:DeleteObjectVersion"
	b := estate.bucket_by_address[req.bucket]
	lock := b.object_lock
	lock.mode == "COMPLIANCE"
	lock.days > 0
	v := denylint.decide(req)
	not certainly_refused(v)
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"%s is granted s3:DeleteObjectVersion on %s, but bucket %s keeps every version under Object Lock COMPLIANCE retention for %d days: deleting a version younger than that fails with 403 Access Denied, and no policy, not even the root user's, can bypass it",
			[req.principal_arn, pattern(req.resource), b.name, lock.days],
		),
		"principal": req.principal_arn,
		"action": req.action,
		"resource": req.resource,
		"denied_by": "object_lock",
		"at": {"address": lock.address, "path": retention_path(b, lock)},
		"related": [result.origin(req)],
		"fix": sprintf(
			"Remove s3:DeleteObjectVersion from the statement that grants it to %s if recordings must be kept %d days; if they must be deletable earlier, set the default retention of bucket %s to GOVERNANCE and grant s3:BypassGovernanceRetention to that principal only.",
			[req.principal_arn, lock.days, b.name],
		),
	})
}

# A delete that another layer refuses anyway is that layer's finding.
certainly_refused(v) if v.decision in {"explicitly_denied", "implicitly_denied"}

# retention_path is where the retention mode is written: on the bucket's
# own block, on a separate lock configuration, or in the template.
retention_path(b, lock) := "Properties.ObjectLockConfiguration.Rule.DefaultRetention.Mode" if {
	estate.cloudformation(lock.address)
} else := "object_lock_configuration.rule.default_retention.mode" if {
	lock.address == b.address
} else := "rule.default_retention.mode"

# pattern writes an object the configuration does not name as a wildcard.
pattern(resource) := replace(resource, "\ue000object key\ue001", "*")
