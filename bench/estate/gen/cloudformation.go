package gen

import (
	"fmt"
	"strings"
)

// cfnFiles lays out n CloudFormation templates: the organisation stack and
// one self-contained stack per workload, as teams deploy them.
func cfnFiles(p *plan) map[string]string {
	files := map[string]string{"organization/organization.yaml": cfnOrganization(p)}
	for _, w := range p.workloads {
		r := w.replacer(p)
		files[fmt.Sprintf("stacks/%s/recordings.yaml", w.name)] = r.Replace(cfnWorkload(w))
	}
	return files
}

// cfnWorkloadCount is how many workloads fill n files.
func cfnWorkloadCount(n int) int { return max(1, n-1) }

func cfnOrganization(p *plan) string {
	var b strings.Builder
	b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Description: Organisation units, member accounts, SCPs and RCPs
Parameters:
  RootId:
    Type: String
    Default: r-a1b2
Resources:
`)
	for i, u := range p.org.units {
		fmt.Fprintf(&b, "  Unit%d:\n    Type: AWS::Organizations::OrganizationalUnit\n    Properties:\n      Name: %s\n      ParentId: !Ref RootId\n", i, u)
	}
	for i, a := range p.org.accounts {
		fmt.Fprintf(&b, "  Account%d:\n    Type: AWS::Organizations::Account\n    Properties:\n      AccountName: %s\n      Email: aws+%s@example.com\n      ParentIds:\n        - !Ref Unit%d\n", i, a.name, a.name, a.unit)
	}
	b.WriteString(cfnOrgPolicies)
	return b.String()
}

const cfnOrgPolicies = `  ProtectRecordings:
    Type: AWS::Organizations::Policy
    Properties:
      Name: protect-recordings
      Type: SERVICE_CONTROL_POLICY
      TargetIds:
        - !Ref Unit2
        - !Ref Unit3
      Content:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyBucketDeletion
            Effect: Deny
            Action: [s3:DeleteBucket, s3:PutBucketPolicy, s3:DeleteBucketPolicy]
            Resource: arn:aws:s3:::*-recordings-*
            Condition:
              ArnNotLike:
                aws:PrincipalArn: arn:aws:iam::*:role/platform-deployer
  DenyLeave:
    Type: AWS::Organizations::Policy
    Properties:
      Name: deny-leave-organization
      Type: SERVICE_CONTROL_POLICY
      TargetIds: [!Ref RootId]
      Content:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyLeave
            Effect: Deny
            Action: organizations:LeaveOrganization
            Resource: "*"
  EnforceTLS:
    Type: AWS::Organizations::Policy
    Properties:
      Name: enforce-tls
      Type: RESOURCE_CONTROL_POLICY
      TargetIds: [!Ref RootId]
      Content:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: ["s3:*", "kms:*"]
            Resource: "*"
            Condition:
              BoolIfExists:
                aws:SecureTransport: "false"
`
