package cloudformation

import (
	"fmt"
	"strings"
	"testing"

	"github.com/denylint/denylint/model"
)

// bigTemplate has n resources: buckets, their policies and roles that
// refer to them, in the proportions of a real estate.
func bigTemplate(n int) []byte {
	var b strings.Builder
	b.WriteString("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Env: {Type: String, Default: prod}\nResources:\n")
	for i := range n / 3 {
		fmt.Fprintf(&b, `  Bucket%[1]d:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "data-${Env}-%[1]d"
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
  Policy%[1]d:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket%[1]d
      PolicyDocument:
        Statement:
          - Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource: [!GetAtt Bucket%[1]d.Arn, !Sub "${Bucket%[1]d.Arn}/*"]
            Condition: {Bool: {aws:SecureTransport: "false"}}
  Role%[1]d:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub "reader-%[1]d"
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement: [{Effect: Allow, Action: s3:GetObject, Resource: !Join ["", [!GetAtt Bucket%[1]d.Arn, "/*"]]}]
`, i)
	}
	return []byte(b.String())
}

// TestLoadLargeTemplate checks that a template of 5,000 resources loads
// whole; how long it takes is BenchmarkLoad5000's to measure, since a test
// must not fail because the machine is slow.
func TestLoadLargeTemplate(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("a large template")
	}
	env := model.New()
	if diags := Load(env, "big.yaml", bigTemplate(5000), Options{}); len(diags) > 0 {
		t.Fatalf("diagnostics: %v", summaries(diags[:1]))
	}
	if len(env.Buckets) != 5000/3 || env.Buckets[0].Policy == nil {
		t.Fatalf("loaded %d buckets", len(env.Buckets))
	}
}

func BenchmarkLoad5000(b *testing.B) {
	data := bigTemplate(5000)
	for b.Loop() {
		Load(model.New(), "big.yaml", data, Options{})
	}
}
