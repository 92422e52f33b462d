# METADATA
# title: No contact flow of the instance turns call recording on
# description: >-
#   Amazon Connect records a call only after the contact passes a Set
#   recording and analytics behavior block (UpdateContactRecordingBehavior)
#   that names voice participants; an empty list turns recording off. When
#   no call flow of an instance with a call-recording bucket does so, the
#   bucket stays empty, which looks like an S3 permissions error but is not
#   one. Flows whose content is not known, and instances where some other
#   flow turns recording on (it may be the one that transfers here), are
#   left alone.
# related_resources:
#   - ref: https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingbehavior.html
#   - ref: https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-behavior.html
# custom:
#   id: DL011
#   severity: warning
#   root_cause: recording_disabled
#   remediation: Add a Set recording and analytics behavior block that records the agent and the customer to the flow that answers calls.
package rules.aws.connect.recording_disabled

import data.lib.estate
import data.lib.result

deny contains f if {
	some inst in estate.list(input.connect_instances)
	some config in recording_configs(inst)
	every flow in call_flows(inst) {
		flow.content_known
		not records(flow)
	}
	some flow in call_flows(inst)
	f := result.finding(rego.metadata.chain(), {
		"message": message(inst, flow, config),
		"resource": object.get(config, "bucket_name", ""),
		"at": {"address": flow.address, "path": estate.attr(flow.address, "content", "Properties.Content")},
		"related": [{"at": {"address": config.address}, "message": "Amazon Connect stores call recordings for this instance here"}],
		"fix": sprintf("Add to %s an UpdateContactRecordingBehavior action (the Set recording and analytics behavior block) with RecordedParticipants [\"Agent\", \"Customer\"] before the call reaches an agent.", [name(flow)]),
	})
}

recording_configs(inst) := [c |
	some c in estate.list(inst.storage_configs)
	c.resource_type == "CALL_RECORDINGS"
	c.storage_type == "S3"
]

# call_flows are the flows that handle calls: contact flows (the type the
# providers default to), not queue, whisper or hold flows, nor modules.
call_flows(inst) := [f |
	some f in estate.list(inst.contact_flows)
	object.get(f, "type", "") in {"", "CONTACT_FLOW"}
]

records(flow) if {
	some a in estate.list(flow.recording_actions)
	count(estate.list(a.voice_participants)) > 0
}

turns_off(flow) if count(estate.list(flow.recording_actions)) > 0

message(inst, flow, config) := sprintf(
	"%s turns call recording off (an UpdateContactRecordingBehavior action with no voice participants) and no other flow of %s turns it on, so Amazon Connect writes no call recordings to %s: an empty bucket here is not an S3 permissions error",
	[name(flow), inst_name(inst), bucket(config)],
) if turns_off(flow)

else := sprintf(
	"%s has no UpdateContactRecordingBehavior action (Set recording and analytics behavior block) and no other flow of %s turns recording on, so Amazon Connect writes no call recordings to %s: an empty bucket here is not an S3 permissions error",
	[name(flow), inst_name(inst), bucket(config)],
)

name(flow) := sprintf("Contact flow %q", [flow.name]) if estate.known(flow.name)

else := sprintf("Contact flow %s", [flow.address])

inst_name(inst) := sprintf("instance %q", [inst.alias]) if estate.known(object.get(inst, "alias", ""))

else := sprintf("instance %s", [inst.address])

bucket(config) := sprintf("bucket %s", [config.bucket_name]) if estate.known(object.get(config, "bucket_name", ""))

else := "the recording bucket"
