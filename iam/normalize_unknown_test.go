package iam

import (
	"testing"

	"github.com/denylint/denylint/source"
)

// A statement the configuration may or may not include (Fn::If with an
// undecidable condition) leaves the decisions it could change unknown.
func TestUnknownStatementInList(t *testing.T) {
	t.Parallel()
	doc := &source.Node{Kind: source.Object, Fields: []source.Field{
		{Key: "Version", Value: &source.Node{Kind: source.String, Scalar: "2012-10-17"}},
		{Key: "Statement", Value: &source.Node{Kind: source.Array, Items: []*source.Node{
			{Kind: source.Unknown, Scalar: "Fn::If IsProduction"},
		}}},
	}}
	p, diags := Normalize("bp", doc)
	if len(diags) != 0 {
		t.Fatalf("diagnostics %v", diags)
	}
	if len(p.Statements) != 1 || IsKnown(string(p.Statements[0].Effect)) {
		t.Fatalf("statements %+v, want one unknown statement", p.Statements)
	}
	allow := pol(t, "id", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}`)
	d := Decide(&Request{Caller: role(roleA, acctA), Action: "s3:GetObject", Resource: object, ResourceAccount: acctA,
		IdentityPolicies: []*Policy{allow}, ResourcePolicy: p, ResourceLayer: LayerBucketPolicy})
	if d.Outcome != Undecided {
		t.Errorf("outcome %s, want unknown: the unknown statement may deny", d.Outcome)
	}
}

// Distinct principals have distinct unique ids, known or not.
func TestDistinctUniqueIDs(t *testing.T) {
	t.Parallel()
	admin, sup := Unknown("aws_iam_role.admin.unique_id"), Unknown("aws_iam_role.supervisor.unique_id")
	tests := []struct {
		name, pattern, value string
		want                 Tri
	}{
		{"own id", admin + ":*", admin + ":" + Unknown("session"), True},
		{"another role's id", admin + ":*", sup + ":" + Unknown("session"), False},
		{"a CloudFormation RoleId", Unknown("t.yaml#Admin.RoleId") + ":*", sup + ":x", False},
		{"a literal id may be the unknown one", "AROAEXAMPLE:*", sup + ":x", Maybe},
		{"a variable may be any id", Unknown("var.reader_id") + ":*", sup + ":x", Maybe},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := MatchARN(tc.pattern, tc.value); got != tc.want {
				t.Errorf("MatchARN(%s, %s) = %v, want %v", Display(tc.pattern), Display(tc.value), got, tc.want)
			}
		})
	}
}

func TestLintUnknownsAndStarOnlyActions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, statement string
		want            []string
	}{
		{"an unknown account is not whitespace", `{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:eu-west-2:` + CurrentAccount + `:key/x"}`, nil},
		{"an unknown region with colons in its name", `{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:` + Unknown("AWS::Region") + `:1:key/x"}`, nil},
		{"a written space", `{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3::: bucket/*"}`, []string{ProblemMalformedARN}},
		{"ListAllMyBuckets on a bucket", `{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"arn:aws:s3:::bucket"}`, []string{ProblemResourceType}},
		{"ListAllMyBuckets on *", `{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := pol(t, "p", `{"Version":"2012-10-17","Statement":[`+tc.statement+`]}`)
			var got []string
			for _, pr := range Lint(p) {
				got = append(got, pr.Code)
			}
			if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
				t.Errorf("Lint codes %v, want %v", got, tc.want)
			}
		})
	}
}
