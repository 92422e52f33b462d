package rules.aws.organizations.scp_refuses_access_test

import data.rules.aws.organizations.scp_refuses_access as rule

grant := {
	"principal": "aws_iam_role.supervisor",
	"principal_arn": "arn:aws:iam::111122223333:role/supervisor",
	"action": "s3:GetObject",
	"resource": "arn:aws:s3:::rec/\ue000object key\ue001",
	"source": "identity_grant",
	"origin": "aws_iam_role_policy.supervisor/0",
}

must_deny := {
	"principal": "arn:aws:iam::444455556666:role/vendor", "principal_arn": "arn:aws:iam::444455556666:role/vendor",
	"action": "s3:GetObject", "resource": "arn:aws:s3:::rec/x", "source": "expectation",
	"origin": ".denylint.yaml#expect[0]", "expect": false,
}

must_allow := object.union(must_deny, {"expect": true})

requests("identity_grant") := [grant]

requests("connect_recording") := []

requests("expectation") := [must_deny, must_allow]

verdict(decision, deciding) := {
	"decision": decision, "denied_by": "scp", "service": "s3",
	"action": "s3:GetObject", "resource": grant.resource, "explanation": "not authorized",
	"deciding": deciding, "policy_address": "aws_s3_bucket.rec", "policy_attribute": "policy",
}

explicit(_) := verdict("explicitly_denied", [{"statement": {"id": "aws_organizations_policy.guard/DenyOutsideIreland", "sid": "DenyOutsideIreland"}}])

implicit(_) := verdict("implicitly_denied", [])

unknown(_) := object.union(verdict("unknown", []), {"unknowns": ["organization id"]})

bucket_deny(_) := object.union(verdict("explicitly_denied", []), {"denied_by": "bucket_policy"})

allow_list := {"org_policies": [
	{"address": "aws_organizations_policy.approved", "type": "SERVICE_CONTROL_POLICY", "policy": {"document": {"statements": [{"effect": "Allow"}, {"effect": "Allow"}]}}},
	{"address": "aws_organizations_policy.guard", "type": "SERVICE_CONTROL_POLICY", "policy": {"document": {"statements": [{"effect": "Deny"}]}}},
	{"address": "aws_organizations_policy.rcp", "type": "RESOURCE_CONTROL_POLICY", "policy": {"document": {"statements": [{"effect": "Allow"}]}}},
]}

test_scp_deny_is_an_error_at_the_statement if {
	fs := rule.deny with input as allow_list with denylint.requests as requests with denylint.decide as explicit
	some f in fs
	f.rule_id == "DL012"
	f.severity == "error"
	f.root_cause == "scp"
	f.principal == grant.principal_arn
	f.at == {"statement": "aws_organizations_policy.guard/DenyOutsideIreland"}
	f.related[0].at == {"statement": "aws_iam_role_policy.supervisor/0"}
	contains(f.fix, "\"DenyOutsideIreland\"")
	contains(f.fix, "arn:aws:s3:::rec/*")
}

test_missing_allow_points_at_the_grant_and_the_allow_list_scps if {
	some f in rule.deny with input as allow_list with denylint.requests as requests with denylint.decide as implicit
	f.at == {"statement": "aws_iam_role_policy.supervisor/0"}
	f.related == [{"at": {"address": "aws_organizations_policy.approved", "path": "content"}, "message": "this SCP allows only the actions it lists"}]
	contains(f.fix, "allow-list")
}

test_expectation_that_must_succeed_points_at_the_expectation if {
	fs := rule.deny with input as allow_list with denylint.requests as requests with denylint.decide as implicit
	origins := {f.at | some f in fs}
	origins == {{"statement": "aws_iam_role_policy.supervisor/0"}, {"address": ".denylint.yaml#expect[0]"}}
	count(fs) == 2
}

test_refusal_that_depends_on_unknowns_is_a_warning if {
	fs := rule.deny with input as allow_list with denylint.requests as requests with denylint.decide as unknown
	every f in fs {
		f.severity == "warning"
	}
	count(fs) > 0
}

test_other_layers_are_silent if {
	count(rule.deny) == 0 with input as allow_list with denylint.requests as requests with denylint.decide as bucket_deny
}
