package lib.estate_test

import data.lib.estate

test_known_strings if {
	estate.known("eu-west-2")
	not estate.known("")
	not estate.known("arn:aws:kms:\ue000region\ue001:1:key/k")
	not estate.known(7)
}

test_unknown_names_lists_every_token if {
	estate.unknown_names("a\ue000AWS::Region\ue001b\ue000key id\ue001") == ["AWS::Region", "key id"]
	estate.unknown_names("plain") == []
}

test_attr_picks_the_format_of_the_address if {
	estate.attr("aws_kms_key.rec", "enable_key_rotation", "Properties.EnableKeyRotation") == "enable_key_rotation"
	estate.attr("template.yaml#Key", "enable_key_rotation", "Properties.EnableKeyRotation") == "Properties.EnableKeyRotation"
}

test_list_turns_null_into_empty if {
	estate.list(null) == []
	estate.list([1]) == [1]
}
