package gen

import (
	"fmt"
	"strings"
)

func cfnRoles(w workload) string {
	boundary := ""
	if w.boundary {
		boundary = "      PermissionsBoundary: !Ref Boundary\n"
	}
	var b strings.Builder
	b.WriteString(`  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: {{W}}-boundary
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: Storage
            Effect: Allow
            Action: ["s3:*", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"]
            Resource: "*"
          - Sid: NoIAM
            Effect: Deny
            Action: ["iam:*", "organizations:*"]
            Resource: "*"
  ReadRecordings:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: {{W}}-read-recordings
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: ReadCallRecordings
            Effect: Allow
            Action: s3:GetObject
            Resource: !Sub ${Recordings.Arn}/connect/${InstanceAlias}/CallRecordings/*
          - Sid: ListCallRecordings
            Effect: Allow
            Action: s3:ListBucket
            Resource: !GetAtt Recordings.Arn
  Admin:
    Type: AWS::IAM::Role
    Properties:
      RoleName: {{W}}-admin
` + boundary + cfnTrust + `      Policies:
        - PolicyName: manage-recordings
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Sid: List
                Effect: Allow
                Action: [s3:ListBucket, s3:GetBucketLocation]
                Resource: !GetAtt Recordings.Arn
              - Sid: Objects
                Effect: Allow
                Action: [s3:GetObject, s3:DeleteObject]
                Resource: !Sub ${Recordings.Arn}/*
              - Sid: Key
                Effect: Allow
                Action: [kms:Decrypt, kms:GenerateDataKey]
                Resource: !GetAtt RecordingsKey.Arn
`)
	for _, r := range w.readers {
		fmt.Fprintf(&b, `  Reader%s:
    Type: AWS::IAM::Role
    Properties:
      RoleName: {{W}}-%s
`, camel(r), r)
		b.WriteString(boundary + cfnTrust + `      ManagedPolicyArns:
        - !Ref ReadRecordings
      Policies:
        - PolicyName: decrypt-recordings
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Sid: DecryptCallRecordings
                Effect: Allow
                Action: kms:Decrypt
                Resource: !GetAtt RecordingsKey.Arn
`)
	}
	return b.String()
}

const cfnTrust = `      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub arn:aws:iam::${AWS::AccountId}:root
            Action: [sts:AssumeRole, sts:TagSession]
`

func cfnConnect(w workload) string {
	record := `            {
              "Identifier": "record",
              "Type": "UpdateContactRecordingBehavior",
              "Parameters": {"RecordingBehavior": {"RecordedParticipants": ["Agent", "Customer"]}},
              "Transitions": {"NextAction": "set-queue"}
            },
`
	start := "record"
	if w.mistake == flowWithoutRecording {
		record, start = "", "set-queue"
	}
	return `  Instance:
    Type: AWS::Connect::Instance
    Properties:
      IdentityManagementType: CONNECT_MANAGED
      InstanceAlias: !Ref InstanceAlias
      Attributes:
        InboundCalls: true
        OutboundCalls: true
  RecordingsStorage:
    Type: AWS::Connect::InstanceStorageConfig
    Properties:
      InstanceArn: !GetAtt Instance.Arn
      ResourceType: CALL_RECORDINGS
      StorageType: S3
      S3Config:
        BucketName: !Ref Recordings
        BucketPrefix: !Sub connect/${InstanceAlias}
        EncryptionConfig:
          EncryptionType: KMS
          KeyId: !GetAtt RecordingsKey.Arn
  TranscriptsStorage:
    Type: AWS::Connect::InstanceStorageConfig
    Properties:
      InstanceArn: !GetAtt Instance.Arn
      ResourceType: CHAT_TRANSCRIPTS
      StorageType: S3
      S3Config:
        BucketName: !Ref Archivearchive
        BucketPrefix: !Sub connect/${InstanceAlias}/transcripts
        EncryptionConfig:
          EncryptionType: KMS
          KeyId: !GetAtt RecordingsKey.Arn
  InboundFlow:
    Type: AWS::Connect::ContactFlow
    Properties:
      InstanceArn: !GetAtt Instance.Arn
      Name: Inbound {{W}}
      Type: CONTACT_FLOW
      Content: !Sub |
        {
          "Version": "2019-10-30",
          "StartAction": "` + start + `",
          "Actions": [
` + record + `            {
              "Identifier": "set-queue",
              "Type": "UpdateContactTargetQueue",
              "Parameters": {"QueueId": "${Instance.Arn}/queue/5d2c7a3e-1b9f-4c6e-8f0a-3e7b9d1c2a4f"},
              "Transitions": {"NextAction": "transfer", "Errors": [{"NextAction": "hang-up", "ErrorType": "NoMatchingError"}]}
            },
            {
              "Identifier": "transfer",
              "Type": "TransferContactToQueue",
              "Parameters": {},
              "Transitions": {"NextAction": "hang-up", "Errors": [{"NextAction": "hang-up", "ErrorType": "QueueAtCapacity"}]}
            },
            {
              "Identifier": "hang-up",
              "Type": "DisconnectParticipant",
              "Parameters": {},
              "Transitions": {}
            }
          ]
        }
`
}
