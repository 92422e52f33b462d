package cloudformation

import "testing"

func TestDetect(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name string
		src  string
		want bool
	}{
		{name: "format version", src: "AWSTemplateFormatVersion: '2010-09-09'\n", want: true},
		{name: "YAML resources", src: "Resources:\n  B:\n    Type: AWS::S3::Bucket\n", want: true},
		{name: "SAM", src: "Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n", want: true},
		{name: "CDK JSON", src: `{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`, want: true},
		{name: "quoted YAML keys", src: "\"Resources\":\n  B:\n    \"Type\": \"AWS::SQS::Queue\"\n", want: true},
		{name: "Kubernetes manifest", src: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n", want: false},
		{name: "workflow", src: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n", want: false},
		{name: "JSON without resources", src: `{"Type": "AWS::S3::Bucket"}`, want: false},
		{name: "Terraform plan JSON", src: `{"format_version": "1.2", "resource_changes": []}`, want: false},
		{name: "empty", src: "", want: false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := Detect([]byte(c.src)); got != c.want {
				t.Errorf("Detect = %v, want %v", got, c.want)
			}
		})
	}
}
