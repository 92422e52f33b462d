package rules.aws.connect.recording_disabled_test

import data.rules.aws.connect.recording_disabled as rule

storage := {
	"address": "aws_connect_instance_storage_config.recordings",
	"resource_type": "CALL_RECORDINGS",
	"storage_type": "S3",
	"bucket_name": "acme-recordings",
}

flow(name, actions) := {
	"address": sprintf("aws_connect_contact_flow.%s", [name]),
	"name": name,
	"type": "CONTACT_FLOW",
	"content_known": true,
	"recording_actions": actions,
}

record_both := {"identifier": "rec", "voice_participants": ["Agent", "Customer"]}

record_none := {"identifier": "off", "voice_participants": []}

instance(flows) := {"connect_instances": [{
	"address": "aws_connect_instance.support",
	"alias": "acme-support",
	"storage_configs": [storage],
	"contact_flows": flows,
}]}

test_flow_without_recording_block_is_a_warning_at_its_content if {
	fs := rule.deny with input as instance([flow("inbound", [])])
	count(fs) == 1
	some f in fs
	f.rule_id == "DL011"
	f.severity == "warning"
	f.root_cause == "recording_disabled"
	f.at == {"address": "aws_connect_contact_flow.inbound", "path": "content"}
	f.related[0].at == {"address": "aws_connect_instance_storage_config.recordings"}
	contains(f.message, "has no UpdateContactRecordingBehavior action")
	contains(f.message, "not an S3 permissions error")
}

test_flow_that_records_nobody_says_it_turns_recording_off if {
	some f in rule.deny with input as instance([flow("inbound", [record_none])])
	contains(f.message, "turns call recording off")
}

test_cloudformation_flow_points_at_its_content_property if {
	cfn := object.union(flow("x", []), {"address": "template.yaml#InboundFlow"})
	some f in rule.deny with input as instance([cfn])
	f.at == {"address": "template.yaml#InboundFlow", "path": "Properties.Content"}
}

test_recording_flow_is_silent if {
	count(rule.deny) == 0 with input as instance([flow("inbound", [record_both])])
}

test_another_flow_that_records_silences_the_instance if {
	count(rule.deny) == 0 with input as instance([flow("inbound", [record_both]), flow("card_payment", [record_none])])
}

test_unknown_content_is_silent if {
	unknown := object.union(flow("inbound", []), {"content_known": false})
	count(rule.deny) == 0 with input as instance([unknown, flow("after_hours", [])])
}

test_queue_and_whisper_flows_do_not_count if {
	whisper := object.union(flow("whisper", []), {"type": "AGENT_WHISPER"})
	count(rule.deny) == 0 with input as instance([whisper])
}

test_instance_without_recording_storage_is_silent if {
	inst := {"connect_instances": [{"address": "a", "storage_configs": [], "contact_flows": [flow("inbound", [])]}]}
	count(rule.deny) == 0 with input as inst
}

test_null_lists_from_loaders_are_tolerated if {
	inst := {"connect_instances": [{"address": "a", "storage_configs": [storage], "contact_flows": [object.union(flow("inbound", null), {})]}]}
	count(rule.deny) == 1 with input as inst
}
