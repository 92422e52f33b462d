package cloudformation

import (
	"testing"

	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

func TestConditions(t *testing.T) {
	t.Parallel()
	src := `Parameters:
  Env: {Type: String, Default: prod}
  Name: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  HasName: !Not [!Equals [!Ref Name, ""]]
  ProdAndNamed: !And [!Condition IsProd, !Condition HasName]
  DevAndNamed: !And [!Condition IsDev, !Condition HasName]
  ProdOrNamed: !Or [!Condition IsProd, !Condition HasName]
  SameUnknown: !Equals [!Ref Name, !Ref Name]
  RegionIsEU: !Equals [!Ref AWS::Region, eu-west-1]
  Loop: !Condition Loop
Resources:
  Placeholder: {Type: Test::Probe}
`
	cases := []struct {
		name string
		opts Options
		want map[string]string
	}{
		{name: "defaults", want: map[string]string{
			"IsProd": "true", "IsDev": "false", "HasName": "unknown", "ProdAndNamed": "unknown",
			"DevAndNamed": "false", "ProdOrNamed": "true", "SameUnknown": "true", "RegionIsEU": "unknown", "Loop": "unknown",
		}},
		{name: "overrides decide", opts: Options{Params: map[string]string{"Name": "x", "AWS::Region": "eu-west-1", "Env": "dev"}},
			want: map[string]string{
				"IsProd": "false", "IsDev": "true", "HasName": "true", "ProdAndNamed": "false",
				"DevAndNamed": "true", "ProdOrNamed": "true", "SameUnknown": "true", "RegionIsEU": "true", "Loop": "unknown",
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			e, _, _ := evaluate(t, "t.yaml", src, c.opts)
			got := map[string]string{}
			for name := range e.t.conditions {
				got[name] = e.named(name, e.t.root.rng).String()
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("conditions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{"error 13:9 condition Loop depends on itself"}, summaries(e.diags)); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}

func TestResourceConditions(t *testing.T) {
	t.Parallel()
	src := `Parameters:
  Env: {Type: String, Default: prod}
  Name: {Type: String}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Equals [!Ref Env, dev]
  Named: !Equals [!Ref Name, x]
Resources:
  Always: {Type: AWS::S3::Bucket, Properties: {BucketName: always}}
  OnlyProd: {Type: AWS::S3::Bucket, Condition: IsProd, Properties: {BucketName: prod}}
  OnlyDev: {Type: AWS::S3::Bucket, Condition: IsDev, Properties: {BucketName: dev}}
  Maybe: {Type: AWS::S3::Bucket, Condition: Named, Properties: {BucketName: maybe}}
`
	env := model.New()
	if diags := Load(env, "t.yaml", []byte(src), Options{}); len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	got := map[string]bool{}
	for _, b := range env.Buckets {
		got[b.Name] = b.Conditional
	}
	want := map[string]bool{"always": false, "prod": false, "maybe": true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("buckets and whether conditional (-want +got):\n%s", diff)
	}
}
