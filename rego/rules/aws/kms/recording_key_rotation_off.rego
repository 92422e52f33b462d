# METADATA
# title: Customer managed key of a recording bucket does not rotate
# description: >-
#   The KMS key that encrypts call recordings keeps the same key material
#   for ever unless automatic rotation is on; rotation limits how much data
#   one key version protects and is what most recording-retention audits
#   ask for. AWS managed keys rotate by themselves. Hardening for
#   call-recording buckets, a note; root cause kms_key_policy, the key
#   configuration the setting belongs to.
# related_resources:
#   - ref: https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
# custom:
#   id: DL105
#   severity: note
#   root_cause: kms_key_policy
#   remediation: Turn on automatic rotation of the recording bucket's KMS key.
package rules.aws.kms.recording_key_rotation_off

import data.lib.estate
import data.lib.result

deny contains f if {
	some facts in denylint.buckets()
	count(estate.list(facts.recording_configs)) > 0
	k := facts.key
	k.aws_managed == false
	k.rotation_enabled == false
	some key in estate.list(input.keys)
	key.address == k.address
	f := result.finding(rego.metadata.chain(), {
		"message": sprintf(
			"KMS key %s encrypts the call recordings of bucket %s and does not rotate its key material automatically",
			[key_name(k), facts.name],
		),
		"resource": k.arn,
		"at": {"address": k.address, "path": estate.attr(k.address, "enable_key_rotation", "Properties.EnableKeyRotation")},
		"related": [{"at": {"address": facts.address}, "message": "this call-recording bucket is encrypted with the key"}],
		"fix": "Set enable_key_rotation = true on the key (EnableKeyRotation: true in CloudFormation).",
	})
}

key_name(k) := k.arn if estate.known(k.arn)

else := k.address
