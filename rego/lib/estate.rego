# METADATA
# title: Estate helpers
# description: >-
#   Reading the estate without guessing: whether a value is known, and
#   where an attribute is written in either input format.
package lib.estate

# known is true for a string the configuration decides: one that holds no
# unknown token (private-use runes U+E000 … U+E001).
known(s) if {
	is_string(s)
	s != ""
	not contains(s, "\ue000")
}

# unknown_names lists the names of the unknown tokens in s, for findings
# that must say what they depend on.
unknown_names(s) := [n |
	some part in array.slice(split(s, "\ue000"), 1, count(split(s, "\ue000")))
	n := split(part, "\ue001")[0]
]

# cloudformation is true for the address of a CloudFormation resource,
# which names its template: "template.yaml#Recordings".
cloudformation(address) if contains(address, "#")

# attr is the path of an attribute in the resource's own format: tf for
# Terraform, cfn (under Properties) for CloudFormation.
attr(address, tf, _) := tf if not cloudformation(address)

attr(address, _, cfn) := cfn if cloudformation(address)

# list is x when it is an array, and the empty array otherwise: loaders
# leave empty lists null.
list(x) := x if is_array(x)

list(x) := [] if not is_array(x)

# bucket_by_address indexes the estate's buckets once per evaluation, so
# that rules look one up instead of scanning all of them for every item
# they check (addresses are unique). A complete object, not a partial
# rule: OPA caches its value, where a partial rule's body would run again
# for every key looked up.
bucket_by_address := {b.address: b | some b in list(input.buckets)}

# endpoint_by_address does the same for VPC endpoints.
endpoint_by_address := {e.address: e | some e in list(input.vpc_endpoints)}
