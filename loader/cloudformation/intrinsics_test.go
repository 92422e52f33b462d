package cloudformation

import (
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

type intrinsicCase struct {
	name string
	expr string
	want string
	// at is the expected range; empty means the whole expression.
	at    string
	diags []string
}

func TestIntrinsicsYAML(t *testing.T) {
	t.Parallel()
	cases := []intrinsicCase{
		{name: "Ref parameter default", expr: "!Ref Env", want: `"prod"`},
		{name: "Ref parameter without value", expr: "!Ref Name", want: `"<t.yaml#Name>"`},
		{name: "Ref list parameter", expr: "!Ref Subnets", want: `["a" "b" "c"]`},
		{name: "Ref bucket is its name", expr: "!Ref Bucket", want: `"recordings"`},
		{name: "Ref AccountId", expr: "!Ref AWS::AccountId", want: `"<current account>"`},
		{name: "Ref Region unknown", expr: "!Ref AWS::Region", want: `"<AWS::Region>"`},
		{name: "Ref Partition", expr: "!Ref AWS::Partition", want: `"aws"`},
		{name: "Ref URLSuffix", expr: "!Ref AWS::URLSuffix", want: `"amazonaws.com"`},
		{name: "Ref StackName", expr: "!Ref AWS::StackName", want: `"<t.yaml#AWS::StackName>"`},
		{name: "Ref NoValue removes the property", expr: "!Ref AWS::NoValue", want: "<novalue>"},
		{name: "Ref to nothing", expr: "!Ref Nothing", want: "?Ref at t.yaml:18:14",
			diags: []string{"error 18:14 reference to undefined Nothing"}},
		{name: "long Ref in YAML", expr: "{Ref: Env}", want: `"prod"`},
		{name: "GetAtt dotted", expr: "!GetAtt Bucket.Arn", want: `"arn:aws:s3:::recordings"`},
		{name: "GetAtt list", expr: "!GetAtt [Bucket, RegionalDomainName]", want: `"recordings.s3.<AWS::Region>.amazonaws.com"`},
		{name: "GetAtt unknown attribute", expr: "!GetAtt Bucket.Mystery", want: "?t.yaml#Bucket.Mystery"},
		{name: "GetAtt missing resource", expr: "!GetAtt Nope.Arn", want: "?Fn::GetAtt at t.yaml:18:14",
			diags: []string{"error 18:14 Fn::GetAtt names Nope, which is not a resource"}},
		{name: "Sub string", expr: `!Sub "${Bucket.Arn}/${Env}/*"`, want: `"arn:aws:s3:::recordings/prod/*"`},
		{name: "Sub pseudo", expr: "!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root", want: `"arn:aws:iam::<current account>:root"`},
		{name: "Sub literal", expr: `!Sub "${!Literal}-${Env}"`, want: `"${Literal}-prod"`},
		{name: "Sub list form", expr: "!Sub [\"${A}-${Bucket}\", {A: !Ref Env}]", want: `"prod-recordings"`},
		{name: "Sub undefined", expr: `!Sub "${Nope}"`, want: `"<Ref at t.yaml:18:14>"`,
			diags: []string{"error 18:14 reference to undefined Nope"}},
		{name: "Join", expr: `!Join ["", [!GetAtt Bucket.Arn, "/*"]]`, want: `"arn:aws:s3:::recordings/*"`},
		{name: "Join list parameter", expr: `!Join [",", !Ref Subnets]`, want: `"a,b,c"`},
		{name: "Join unknown list", expr: `!Join [",", !GetAZs ""]`, want: `"<Fn::Join of Fn::GetAZs <AWS::Region>>"`},
		{name: "Select", expr: "!Select [1, !Ref Subnets]", want: `"b"`},
		{name: "Select past the end", expr: "!Select [5, [a]]", want: "?Fn::Select at t.yaml:18:23",
			diags: []string{"error 18:23 Fn::Select index 5 is past the end of a list of 1"}, at: "18:23-18:24"},
		{name: "Split", expr: `!Split [":", !GetAtt Bucket.Arn]`, want: `["arn" "aws" "s3" "" "" "recordings"]`},
		{name: "Split of an unknown", expr: `!Select [2, !Split ["/", !Ref AWS::StackId]]`, want: `?Fn::Select 2 of <Fn::Split '/' of <t.yaml#AWS::StackId>>`},
		{name: "If true", expr: "!If [IsProd, yes, no]", want: `"yes"`, at: "18:27-18:30"},
		{name: "If false", expr: "!If [IsDev, yes, no]", want: `"no"`, at: "18:31-18:33"},
		{name: "If NoValue", expr: "!If [IsProd, !Ref AWS::NoValue, no]", want: "<novalue>"},
		{name: "If undecided", expr: "!If [NameIsX, yes, no]", want: "?Fn::If NameIsX at t.yaml:18:14"},
		{name: "If undecided but equal branches", expr: "!If [NameIsX, same, same]", want: `"same"`, at: "18:28-18:32"},
		{name: "If undefined condition", expr: "!If [Nope, a, b]", want: "?Fn::If Nope at t.yaml:18:14",
			diags: []string{"error 18:19 condition Nope is not defined"}},
		{name: "Equals as value", expr: "!Equals [!Ref Env, prod]", want: "true"},
		{name: "And", expr: "!And [!Equals [a, a], !Condition IsProd]", want: "true"},
		{name: "And false wins over unknown", expr: "!And [!Condition NameIsX, !Condition IsDev]", want: "false"},
		{name: "Or", expr: "!Or [!Condition IsDev, !Condition IsProd]", want: "true"},
		{name: "Or unknown", expr: "!Or [!Condition IsDev, !Condition NameIsX]", want: "?Fn::Or at t.yaml:18:14"},
		{name: "Not", expr: "!Not [!Condition IsDev]", want: "true"},
		{name: "Condition in Not", expr: "!Not [{Condition: IsProd}]", want: "false"},
		{name: "FindInMap", expr: "!FindInMap [Regions, eu-west-1, Ami]", want: `"ami-1"`},
		{name: "FindInMap unknown key, entries differ", expr: "!FindInMap [Regions, !Ref AWS::Region, Ami]", want: "?Fn::FindInMap Regions <AWS::Region> Ami"},
		{name: "FindInMap unknown key, entries agree", expr: "!FindInMap [Regions, !Ref AWS::Region, Tier]", want: `"gold"`},
		{name: "FindInMap default", expr: "!FindInMap [Regions, ap-south-1, Ami, {DefaultValue: none}]", want: `"none"`},
		{name: "FindInMap missing", expr: "!FindInMap [Regions, ap-south-1, Ami]", want: "?Fn::FindInMap at t.yaml:18:14",
			diags: []string{"error 18:14 mapping Regions has no value for ap-south-1/Ami"}},
		{name: "ImportValue", expr: "!ImportValue shared-bucket", want: `"<Fn::ImportValue shared-bucket>"`},
		{name: "Base64", expr: "!Base64 hello", want: `"aGVsbG8="`},
		{name: "Base64 unknown", expr: "!Base64 {Ref: Name}", want: `"<Fn::Base64 <t.yaml#Name>>"`},
		{name: "Cidr", expr: `!Cidr ["10.0.0.0/16", 3, 8]`, want: `["10.0.0.0/24" "10.0.1.0/24" "10.0.2.0/24"]`},
		{name: "Cidr too many", expr: `!Cidr ["10.0.0.0/24", 3, 8]`, want: "?Fn::Cidr at t.yaml:18:14",
			diags: []string{"error 18:14 Fn::Cidr: 10.0.0.0/24 holds fewer than 3 subnets of 8 bits"}},
		{name: "GetAZs", expr: `!GetAZs ""`, want: "?Fn::GetAZs <AWS::Region>"},
		{name: "Transform", expr: "{Fn::Transform: {Name: AWS::Include}}", want: "?Fn::Transform AWS::Include at t.yaml:18:14"},
		{name: "Length", expr: "{Fn::Length: !Ref Subnets}", want: "3"},
		{name: "ToJsonString", expr: "{Fn::ToJsonString: {a: !Ref Env}}", want: `"{\"a\":\"prod\"}"`},
		{name: "unknown intrinsic", expr: "!Bogus x", want: "?Fn::Bogus at t.yaml:18:14",
			diags: []string{"error 18:14 unknown intrinsic function Fn::Bogus"}},
		{name: "wrong arity", expr: "!Join [a]", want: "?Fn::Join at t.yaml:18:14",
			diags: []string{"error 18:14 Fn::Join expects a list of 2 arguments"}},
		{name: "nested mapping keeps inner ranges", expr: "{A: !Ref Env, B: [x, !Ref AWS::NoValue]}", want: `{A:"prod" B:["x"]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			runIntrinsic(t, "t.yaml", fmt.Sprintf(probeYAML, c.expr), c, probeLine, probeColumn)
		})
	}
}

func TestIntrinsicsJSON(t *testing.T) {
	t.Parallel()
	cases := []intrinsicCase{
		{name: "Ref", expr: `{"Ref": "Env"}`, want: `"prod"`},
		{name: "Ref bucket", expr: `{"Ref": "Bucket"}`, want: `"recordings"`},
		{name: "GetAtt", expr: `{"Fn::GetAtt": ["Bucket", "Arn"]}`, want: `"arn:aws:s3:::recordings"`},
		{name: "Sub", expr: `{"Fn::Sub": "${Bucket.Arn}/*"}`, want: `"arn:aws:s3:::recordings/*"`},
		{name: "Sub list", expr: `{"Fn::Sub": ["${X}", {"X": {"Ref": "AWS::Partition"}}]}`, want: `"aws"`},
		{name: "Join CDK style", expr: `{"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::", {"Ref": "AWS::AccountId"}, ":root"]]}`,
			want: `"arn:aws:iam::<current account>:root"`},
		{name: "Select Split", expr: `{"Fn::Select": [5, {"Fn::Split": [":", {"Fn::GetAtt": ["Bucket", "Arn"]}]}]}`, want: `"recordings"`},
		{name: "If", expr: `{"Fn::If": ["IsProd", "yes", "no"]}`, want: `"yes"`, at: "18:40-18:45"},
		{name: "FindInMap", expr: `{"Fn::FindInMap": ["Regions", "us-east-1", "Ami"]}`, want: `"ami-2"`},
		{name: "escaped slash", expr: `"arn:aws:s3:::a\/b"`, want: `"arn:aws:s3:::a/b"`},
		{name: "unknown function", expr: `{"Fn::Nope": 1}`, want: "?Fn::Nope at t.json:18:18",
			diags: []string{"error 18:18 unknown intrinsic function Fn::Nope"}},
		{name: "Condition is a property outside conditions", expr: `{"Condition": "IsProd"}`, want: `{Condition:"IsProd"}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			runIntrinsic(t, "t.json", fmt.Sprintf(probeJSON, c.expr), c, probeLine, probeJSONColumn)
		})
	}
}

func runIntrinsic(t *testing.T, file, src string, c intrinsicCase, line, col int) {
	t.Helper()
	_, props, diags := evaluate(t, file, src, Options{})
	v := props["Probe"].Get("Value")
	if diff := cmp.Diff(c.want, show(v)); diff != "" {
		t.Errorf("value (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(c.diags, summaries(diags)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	if v == nil {
		return
	}
	want := c.at
	if want == "" {
		want = fmt.Sprintf("%d:%d-%d:%d", line, col, line, col+utf8.RuneCountInString(c.expr))
	}
	if got := span(v.Range); got != want {
		t.Errorf("range = %s, want %s", got, want)
	}
	if v.Range.File != file {
		t.Errorf("range file = %q, want %q", v.Range.File, file)
	}
}
