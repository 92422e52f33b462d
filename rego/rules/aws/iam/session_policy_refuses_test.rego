package rules.aws.iam.session_policy_refuses_test

import data.rules.aws.iam.session_policy_refuses as rule

read := {
	"principal": "aws_iam_role.analyst", "principal_arn": "arn:aws:iam::111122223333:role/analyst",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/k", "source": "expectation",
	"origin": ".denylint.yaml#expect[0]", "expect": true,
}

reads(_) := [read]

verdict(decision, layer) := {
	"decision": decision, "denied_by": layer, "service": "s3",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/k", "explanation": "denied", "deciding": [],
}

session_implicit(_) := verdict("implicitly_denied", "session_policy")

session_explicit(_) := object.union(verdict("explicitly_denied", "session_policy"), {"deciding": [{"statement": {"id": ".denylint.yaml#expect[0]/NoRecordings"}}]})

identity(_) := verdict("implicitly_denied", "identity_policy")

test_missing_allow_points_at_the_expectation if {
	some f in rule.deny with denylint.requests as reads with denylint.decide as session_implicit
	f.rule_id == "DL016"
	f.root_cause == "session_policy"
	f.at == {"address": ".denylint.yaml#expect[0]"}
}

test_deny_points_at_the_statement if {
	some f in rule.deny with denylint.requests as reads with denylint.decide as session_explicit
	f.at == {"statement": ".denylint.yaml#expect[0]/NoRecordings"}
}

test_other_layers_are_not_this_rule if {
	count(rule.deny) == 0 with denylint.requests as reads with denylint.decide as identity
}
