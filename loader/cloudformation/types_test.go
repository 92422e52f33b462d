package cloudformation

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

const typesResources = `Resources:
  Named: {Type: AWS::S3::Bucket, Properties: {BucketName: rec}}
  Generated: {Type: AWS::S3::Bucket}
  Role: {Type: AWS::IAM::Role, Properties: {RoleName: admin, Path: /team/}}
  AnonRole: {Type: AWS::IAM::Role}
  User: {Type: AWS::IAM::User, Properties: {UserName: alice}}
  Group: {Type: AWS::IAM::Group, Properties: {GroupName: ops}}
  Managed: {Type: AWS::IAM::ManagedPolicy, Properties: {ManagedPolicyName: read}}
  Inline: {Type: AWS::IAM::Policy}
  Key: {Type: AWS::KMS::Key}
  Alias: {Type: AWS::KMS::Alias, Properties: {AliasName: alias/rec}}
  SLR: {Type: AWS::IAM::ServiceLinkedRole, Properties: {AWSServiceName: connect.amazonaws.com}}
  Scp: {Type: AWS::Organizations::Policy}
  Unit: {Type: AWS::Organizations::OrganizationalUnit}
  Account: {Type: AWS::Organizations::Account}
  Endpoint: {Type: AWS::EC2::VPCEndpoint}
  Instance: {Type: AWS::Connect::Instance}
  Flow: {Type: AWS::Connect::ContactFlow, Properties: {InstanceArn: !GetAtt Instance.Arn}}
  Fn: {Type: AWS::Lambda::Function, Properties: {FunctionName: f}}
  Other: {Type: AWS::SNS::Subscription}
  Probe:
    Type: Test::Probe
    Properties:
`

func TestRefAndGetAttPerType(t *testing.T) {
	t.Parallel()
	const acct, region = "<current account>", "<AWS::Region>"
	cases := []struct{ expr, want string }{
		{"!Ref Named", `"rec"`},
		{"!GetAtt Named.Arn", `"arn:aws:s3:::rec"`},
		{"!GetAtt Named.DomainName", `"rec.s3.amazonaws.com"`},
		{"!Ref Generated", `"<t.yaml#Generated.Name>"`},
		{"!GetAtt Generated.Arn", `"arn:aws:s3:::<t.yaml#Generated.Name>"`},
		{"!Ref Role", `"admin"`},
		{"!GetAtt Role.Arn", `"arn:aws:iam::` + acct + `:role/team/admin"`},
		{"!GetAtt Role.RoleId", `"<t.yaml#Role.RoleId>"`},
		{"!GetAtt AnonRole.Arn", `"arn:aws:iam::` + acct + `:role/<t.yaml#AnonRole.Name>"`},
		{"!Ref User", `"alice"`},
		{"!GetAtt User.Arn", `"arn:aws:iam::` + acct + `:user/alice"`},
		{"!GetAtt Group.Arn", `"arn:aws:iam::` + acct + `:group/ops"`},
		{"!Ref Managed", `"arn:aws:iam::` + acct + `:policy/read"`},
		{"!Ref Inline", `"<t.yaml#Inline.Id>"`},
		{"!Ref Key", `"<t.yaml#Key.KeyId>"`},
		{"!GetAtt Key.Arn", `"arn:aws:kms:` + region + `:` + acct + `:key/<t.yaml#Key.KeyId>"`},
		{"!Ref Alias", `"alias/rec"`},
		{"!Ref SLR", `"<t.yaml#SLR.RoleName>"`},
		{"!Ref Scp", `"<t.yaml#Scp.Id>"`},
		{"!Ref Unit", `"<t.yaml#Unit.Id>"`},
		{"!Ref Account", `"<t.yaml#Account.AccountId>"`},
		{"!Ref Endpoint", `"<t.yaml#Endpoint.Id>"`},
		{"!Ref Instance", `"arn:aws:connect:` + region + `:` + acct + `:instance/<t.yaml#Instance.Id>"`},
		{"!GetAtt Instance.ServiceRole", `"arn:aws:iam::` + acct + `:role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_<t.yaml#Instance.ServiceRoleSuffix>"`},
		{"!Ref Flow", `"arn:aws:connect:` + region + `:` + acct + `:instance/<t.yaml#Instance.Id>/contact-flow/<t.yaml#Flow.Id>"`},
		{"!GetAtt Fn.Arn", `"arn:aws:lambda:` + region + `:` + acct + `:function:f"`},
		{"!Ref Other", `"<t.yaml#Other.Ref>"`},
		{"!GetAtt Other.Anything", "?t.yaml#Other.Anything"},
	}
	var b strings.Builder
	b.WriteString(typesResources)
	for i, c := range cases {
		fmt.Fprintf(&b, "      V%02d: %s\n", i, c.expr)
	}
	firstLine := strings.Count(typesResources, "\n") + 1
	_, props, diags := evaluate(t, "t.yaml", b.String(), Options{})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", summaries(diags))
	}
	for i, c := range cases {
		t.Run(c.expr, func(t *testing.T) {
			t.Parallel()
			v := props["Probe"].Get(fmt.Sprintf("V%02d", i))
			if diff := cmp.Diff(c.want, show(v)); diff != "" {
				t.Errorf("value (-want +got):\n%s", diff)
			}
			line := firstLine + i
			want := fmt.Sprintf("%d:12-%d:%d", line, line, 12+utf8.RuneCountInString(c.expr))
			if got := span(v.Range); got != want {
				t.Errorf("range = %s, want %s", got, want)
			}
		})
	}
}

func TestRegionOverrideInARNs(t *testing.T) {
	t.Parallel()
	src := typesResources + "      K: !GetAtt Key.Arn\n"
	_, props, _ := evaluate(t, "t.yaml", src, Options{Params: map[string]string{"AWS::Region": "eu-west-1"}})
	want := `"arn:aws:kms:eu-west-1:<current account>:key/<t.yaml#Key.KeyId>"`
	if got := show(props["Probe"].Get("K")); got != want {
		t.Errorf("key ARN = %s, want %s", got, want)
	}
}
