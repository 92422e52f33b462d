package gen

import (
	"fmt"
	"strings"
)

// cfnWorkload is one workload's stack; its mistake, if any, is planted
// the same way as in Terraform.
func cfnWorkload(w workload) string {
	var b strings.Builder
	b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Description: Amazon Connect call recordings of {{W}}
Parameters:
  InstanceAlias:
    Type: String
    Default: {{W}}
Resources:
`)
	b.WriteString(cfnKey(w))
	b.WriteString(cfnBucket(w))
	for _, a := range w.archives {
		b.WriteString(strings.ReplaceAll(cfnArchive, "{{A}}", a))
	}
	b.WriteString(cfnRoles(w))
	b.WriteString(cfnConnect(w))
	if w.endpoint {
		b.WriteString(cfnEndpoint)
	}
	return b.String()
}

func cfnKey(w workload) string {
	root := `          - Sid: EnableIAMPolicies
            Effect: Allow
            Principal:
              AWS: !Sub arn:aws:iam::${AWS::AccountId}:root
            Action: kms:*
            Resource: "*"
`
	if w.mistake == keyWithoutRoot {
		root = ""
	}
	return `  RecordingsKey:
    Type: AWS::KMS::Key
    Properties:
      Description: Call recordings of {{W}}
      EnableKeyRotation: true
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
` + root + `          - Sid: KeyAdministration
            Effect: Allow
            Principal:
              AWS: !Sub arn:aws:iam::${AWS::AccountId}:role/platform-deployer
            Action: ["kms:Describe*", "kms:Put*", "kms:Enable*", "kms:ScheduleKeyDeletion"]
            Resource: "*"
  RecordingsKeyAlias:
    Type: AWS::KMS::Alias
    Properties:
      AliasName: alias/{{W}}-recordings
      TargetKeyId: !Ref RecordingsKey
`
}

func cfnBucket(w workload) string {
	var exempt strings.Builder
	if w.mistake != bucketDeniesReader {
		for _, r := range w.readers {
			fmt.Fprintf(&exempt, "                  - !GetAtt Reader%s.Arn\n", camel(r))
		}
	}
	return `  Recordings:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub acme-{{W}}-recordings-${AWS::Region}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      OwnershipControls:
        Rules:
          - ObjectOwnership: BucketOwnerEnforced
      VersioningConfiguration:
        Status: Enabled
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt RecordingsKey.Arn
            BucketKeyEnabled: true
  RecordingsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Recordings
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource:
              - !GetAtt Recordings.Arn
              - !Sub ${Recordings.Arn}/*
            Condition:
              Bool:
                aws:SecureTransport: "false"
          - Sid: RecordingsOnlyForConnectAndReaders
            Effect: Deny
            Principal: "*"
            Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
            Resource: !Sub ${Recordings.Arn}/*
            Condition:
              ArnNotLike:
                aws:PrincipalArn:
                  - !GetAtt Admin.Arn
                  - !Sub arn:aws:iam::${AWS::AccountId}:role/aws-service-role/connect.amazonaws.com/*
` + exempt.String()
}

const cfnArchive = `  Archive{{A}}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub acme-{{W}}-{{A}}-${AWS::Region}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt RecordingsKey.Arn
  Archive{{A}}Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Archive{{A}}
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: s3:*
            Resource: [!GetAtt Archive{{A}}.Arn, !Sub "${Archive{{A}}.Arn}/*"]
            Condition:
              Bool:
                aws:SecureTransport: "false"
          - Sid: Readers
            Effect: Allow
            Principal:
              AWS: !GetAtt Admin.Arn
            Action: [s3:GetObject, s3:ListBucket]
            Resource: [!GetAtt Archive{{A}}.Arn, !Sub "${Archive{{A}}.Arn}/*"]
`

const cfnEndpoint = `  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-0{{W}}
      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3
      VpcEndpointType: Gateway
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: CompanyBuckets
            Effect: Allow
            Principal: "*"
            Action: [s3:GetObject, s3:PutObject, s3:ListBucket]
            Resource: ["arn:aws:s3:::acme-*", "arn:aws:s3:::acme-*/*"]
`

// camel turns "qa-analyst" into "QaAnalyst" for logical ids.
func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}
