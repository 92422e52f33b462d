package cloudformation

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/denylint/denylint/model"
)

// bigTemplate has n resources: buckets, their policies and roles that
// refer to them, in the proportions of a real estate.
func bigTemplate(n int) []byte {
	var b strings.Builder
	b.WriteString("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  Env: {Type: String, Default: prod}\nResources:\n")
	for i := 0; i < n/3; i++ {
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

// TestLoadLargeTemplate guards against work that grows faster than the
// template: the best of three loads of 5,000 resources must stay within a
// budget that a quadratic step would blow (BenchmarkLoad5000 measures).
func TestLoadLargeTemplate(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing a large template needs a normal build")
	}
	data := bigTemplate(5000)
	best := time.Hour
	for range 3 {
		start := time.Now()
		env := model.New()
		diags := Load(env, "big.yaml", data, Options{})
		best = min(best, time.Since(start))
		if len(diags) > 0 {
			t.Fatalf("diagnostics: %v", summaries(diags[:1]))
		}
		if len(env.Buckets) != 5000/3 || env.Buckets[0].Policy == nil {
			t.Fatalf("loaded %d buckets", len(env.Buckets))
		}
	}
	t.Logf("5000 resources, %d bytes: best of three %s", len(data), best)
	if best > 1500*time.Millisecond {
		t.Errorf("loading took %s; the budget is well under a second", best)
	}
}

func BenchmarkLoad5000(b *testing.B) {
	data := bigTemplate(5000)
	for b.Loop() {
		Load(model.New(), "big.yaml", data, Options{})
	}
}
