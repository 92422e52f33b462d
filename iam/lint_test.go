package iam

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Resource types come from the service authorization reference ("Actions,
// resources, and condition keys for Amazon S3"); ARN syntax from "IAM
// identifiers" (IAM user guide).
func TestLint(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{name: "clean", doc: `{"Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:List*"],"Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"]}]}`},
		{name: "list bucket on objects", doc: `{"Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b/*"}]}`,
			want: []string{"action s3:ListBucket applies to accesspoint or bucket, which none of the statement's resources can be"}},
		{name: "get object on bucket", doc: `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b"}]}`,
			want: []string{"action s3:GetObject applies to accesspointobject or object, which none of the statement's resources can be"}},
		{name: "space in arn", doc: `{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b /*"}]}`,
			want: []string{`resource "arn:aws:s3:::b /*" contains whitespace`}},
		{name: "short arn", doc: `{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:key/1"}]}`,
			want: []string{
				`resource "arn:aws:kms:key/1" is not an ARN (arn:partition:service:region:account:resource)`,
				"action kms:Decrypt applies to key, which none of the statement's resources can be",
			}},
		{name: "unknown action", doc: `{"Statement":[{"Effect":"Allow","Action":"s3:GetObjects","Resource":"*"}]}`,
			want: []string{`unknown action "s3:GetObjects"`}},
		{name: "pattern matching nothing", doc: `{"Statement":[{"Effect":"Allow","Action":"kms:Fetch*","Resource":"*"}]}`,
			want: []string{`action pattern "kms:Fetch*" matches no kms action`}},
		{name: "uncatalogued service", doc: `{"Statement":[{"Effect":"Allow","Action":"ec2:Whatever","Resource":"*"}]}`},
		{name: "decrypt on key", doc: `{"Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:eu-west-1:111111111111:key/*"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, p := range Lint(pol(t, "p", tt.doc)) {
				got = append(got, p.Summary)
				if p.Range.IsZero() {
					t.Errorf("problem %q has no range", p.Summary)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lint mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExpandActions(t *testing.T) {
	t.Parallel()
	got := ExpandActions("kms:GenerateDataKey*")
	want := []string{"kms:GenerateDataKey", "kms:GenerateDataKeyPair", "kms:GenerateDataKeyPairWithoutPlaintext", "kms:GenerateDataKeyWithoutPlaintext"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ExpandActions mismatch (-want +got):\n%s", diff)
	}
	if n := len(ExpandActions("s3:*")); n < 100 {
		t.Errorf("s3:* expands to %d actions, want the whole service", n)
	}
}
