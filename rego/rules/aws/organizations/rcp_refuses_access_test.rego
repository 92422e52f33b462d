package rules.aws.organizations.rcp_refuses_access_test

import data.rules.aws.organizations.rcp_refuses_access as rule

grant := {
	"principal": "aws_iam_role.supervisor",
	"principal_arn": "arn:aws:iam::111122223333:role/supervisor",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::rec/k",
	"source": "identity_grant",
	"origin": "aws_iam_role_policy.supervisor/0",
}

vendor := {
	"principal": "arn:aws:iam::444455556666:role/vendor", "principal_arn": "arn:aws:iam::444455556666:role/vendor",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/k", "source": "expectation",
	"origin": ".denylint.yaml#expect[1]", "expect": false,
}

requests("identity_grant") := [grant]

requests("connect_recording") := []

requests("expectation") := [vendor]

verdict(decision, layer) := {
	"decision": decision, "denied_by": layer, "service": "s3",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/k", "explanation": "not authorized",
	"deciding": [{"statement": {"id": "aws_organizations_policy.perimeter/EnforceNetworkPerimeter", "sid": "EnforceNetworkPerimeter"}}],
	"policy_address": "aws_s3_bucket.rec", "policy_attribute": "policy",
}

explicit(_) := verdict("explicitly_denied", "rcp")

unknown(_) := object.union(verdict("unknown", "rcp"), {"unknowns": ["organization id"]})

scp(_) := verdict("explicitly_denied", "scp")

test_perimeter_deny_is_an_error_at_the_rcp_statement if {
	fs := rule.deny with denylint.requests as requests with denylint.decide as explicit
	count(fs) == 1
	some f in fs
	f.rule_id == "DL013"
	f.severity == "error"
	f.root_cause == "rcp"
	f.denied_by == "rcp"
	f.at == {"statement": "aws_organizations_policy.perimeter/EnforceNetworkPerimeter"}
	f.related[0].at == {"statement": "aws_iam_role_policy.supervisor/0"}
	contains(f.fix, "\"EnforceNetworkPerimeter\"")
}

test_expected_refusal_is_not_reported if {
	fs := rule.deny with denylint.requests as requests with denylint.decide as explicit
	every f in fs {
		f.principal != vendor.principal_arn
	}
}

test_perimeter_on_an_unknown_organisation_id_is_a_warning_naming_it if {
	some f in rule.deny with denylint.requests as requests with denylint.decide as unknown
	f.severity == "warning"
	f.unknowns == ["organization id"]
}

test_other_layers_are_silent if {
	count(rule.deny) == 0 with denylint.requests as requests with denylint.decide as scp
}
