package cloudformation

import (
	"testing"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

const estateYAML = `Transform: AWS::Serverless-2016-10-31
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: boundary
      PolicyDocument: {Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
  Worker:
    Type: AWS::IAM::Role
    Properties:
      RoleName: worker
      PermissionsBoundary: !Ref Boundary
      ManagedPolicyArns: [!Ref Boundary, arn:aws:iam::aws:policy/ReadOnlyAccess]
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]}
  WorkerExtra:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Worker
      PolicyName: extra
      PolicyDocument: {Statement: [{Effect: Allow, Action: kms:Decrypt, Resource: "*"}]}
  Ops:
    Type: AWS::IAM::Group
    Properties:
      GroupName: ops
      Policies: [{PolicyName: g, PolicyDocument: {Statement: [{Effect: Allow, Action: s3:ListBucket, Resource: "*"}]}}]
  Alice:
    Type: AWS::IAM::User
    Properties: {UserName: alice, Groups: [!Ref Ops]}
  Bob:
    Type: AWS::IAM::User
    Properties: {UserName: bob}
  BobInOps:
    Type: AWS::IAM::UserToGroupAddition
    Properties: {GroupName: !Ref Ops, Users: [!Ref Bob]}
  ConnectSLR:
    Type: AWS::IAM::ServiceLinkedRole
    Properties: {AWSServiceName: connect.amazonaws.com}
  Scp:
    Type: AWS::Organizations::Policy
    Properties:
      Name: deny-s3-delete
      Type: SERVICE_CONTROL_POLICY
      TargetIds: [!Ref Unit]
      Content: '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}'
  Rcp:
    Type: AWS::Organizations::Policy
    Properties:
      Name: rcp
      Type: RESOURCE_CONTROL_POLICY
      TargetIds: [r-root]
      Content: {Version: "2012-10-17", Statement: [{Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*", Condition: {Bool: {aws:SecureTransport: "false"}}}]}
  Unit:
    Type: AWS::Organizations::OrganizationalUnit
    Properties: {Name: workloads, ParentId: r-root}
  Member:
    Type: AWS::Organizations::Account
    Properties: {AccountName: prod, Email: a@example.com, ParentIds: [!Ref Unit]}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-1
      ServiceName: !Sub com.amazonaws.${AWS::Region}.s3
      PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "*"}]}
  Locked:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: locked
      AccessControl: LogDeliveryWrite
      ObjectLockEnabled: true
      ObjectLockConfiguration: {ObjectLockEnabled: Enabled, Rule: {DefaultRetention: {Mode: COMPLIANCE, Years: 1, Days: 2}}}
      PublicAccessBlockConfiguration: {BlockPublicAcls: true}
  External:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: elsewhere
      PolicyDocument: {Statement: [{Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*"}]}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Policies:
        - AWSLambdaBasicExecutionRole
        - S3ReadPolicy: {BucketName: locked}
        - Statement: [{Effect: Allow, Action: s3:GetObject, Resource: arn:aws:s3:::locked/*}]
  Reader:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: !GetAtt FnRole.Arn}, Action: sts:AssumeRole}]}
    Metadata: {aws:cdk:path: Stack/Reader/Resource}
`

func TestOtherResources(t *testing.T) {
	t.Parallel()
	env := model.New()
	if diags := Load(env, "e.yaml", []byte(estateYAML), Options{}); len(diags) > 0 {
		t.Fatalf("diagnostics: %v", summaries(diags))
	}
	principals := map[string][]string{}
	for _, p := range env.Principals {
		var docs []string
		for _, d := range p.Policies {
			docs = append(docs, docName(d))
		}
		if p.PermissionsBoundary != nil {
			docs = append(docs, "boundary="+docName(p.PermissionsBoundary))
		}
		principals[string(p.Kind)+" "+iam.Display(p.ARN)] = docs
	}
	wantPrincipals := map[string][]string{
		"role arn:aws:iam::<current account>:role/worker": {
			"arn:aws:iam::<current account>:policy/boundary", "unknown: managed policy arn:aws:iam::aws:policy/ReadOnlyAccess is not in the estate",
			"e.yaml#WorkerExtra",
			"boundary=arn:aws:iam::<current account>:policy/boundary",
		},
		"user arn:aws:iam::<current account>:user/alice": {"e.yaml#Ops#Properties.Policies[0].PolicyDocument"},
		"user arn:aws:iam::<current account>:user/bob":   {"e.yaml#Ops#Properties.Policies[0].PolicyDocument"},
		"service_linked_role arn:aws:iam::<current account>:role/aws-service-role/connect.amazonaws.com/<e.yaml#ConnectSLR.RoleName>": nil,
		"role arn:aws:iam::<current account>:role/<e.yaml#FnRole.Name>": {
			"unknown: managed policy arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole is not in the estate",
			"unknown: SAM policy template S3ReadPolicy", "e.yaml#Fn#Properties.Policies[2]",
		},
		"role arn:aws:iam::<current account>:role/<e.yaml#Reader.Name>": nil,
	}
	if diff := cmp.Diff(wantPrincipals, principals); diff != "" {
		t.Errorf("principals (-want +got):\n%s", diff)
	}
	org := env.Organization
	got := map[string]any{
		"org policies":  []string{env.OrgPolicies[0].Type + " " + iam.Display(env.OrgPolicies[0].TargetIDs[0]), env.OrgPolicies[1].Type},
		"scp statement": span(env.OrgPolicies[0].Policy.Document.Statements[0].Range),
		"unit":          iam.Display(org.Units[0].ID) + " under " + org.Units[0].ParentID,
		"account":       iam.Display(org.Accounts[0].ParentID),
		"endpoint":      env.VPCEndpoints[0].Type + " " + iam.Display(env.VPCEndpoints[0].ServiceName),
		"locked":        []any{env.Buckets[0].ACL, *env.Buckets[0].ObjectLock, *env.Buckets[0].PublicAccessBlock.BlockPublicAcls, *env.Buckets[0].PublicAccessBlock.IgnorePublicAcls},
		"external":      env.Buckets[1].Name + " " + env.Buckets[1].Address,
		"trust":         iam.Display(env.Principals[5].TrustPolicy.Document.Statements[0].Principal.AWS[0]),
		"cdk path":      env.Sources.Note("e.yaml#Reader"),
	}
	want := map[string]any{
		"org policies":  []string{"SERVICE_CONTROL_POLICY <e.yaml#Unit.Id>", "RESOURCE_CONTROL_POLICY"},
		"scp statement": "44:57-44:121",
		"unit":          "<e.yaml#Unit.Id> under r-root",
		"account":       "<e.yaml#Unit.Id>",
		"endpoint":      "Gateway com.amazonaws.<AWS::Region>.s3",
		"locked":        []any{"log-delivery-write", model.ObjectLock{Address: "e.yaml#Locked", Enabled: true, Mode: "COMPLIANCE", Days: 367}, true, false},
		"external":      "elsewhere e.yaml#External",
		"trust":         "arn:aws:iam::<current account>:role/<e.yaml#FnRole.Name>",
		"cdk path":      "Stack/Reader/Resource",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("estate (-want +got):\n%s", diff)
	}
}

func docName(d *model.PolicyDoc) string {
	switch {
	case d.Document.Unknown != "":
		return "unknown: " + iam.Display(d.Document.Unknown)
	case d.ARN != "":
		return iam.Display(d.ARN)
	}
	return d.Document.Origin
}

func TestFlowContentWithUnknowns(t *testing.T) {
	t.Parallel()
	src := `Parameters:
  InstanceArn: {Type: String}
Resources:
  Flow:
    Type: AWS::Connect::ContactFlow
    Properties:
      InstanceArn: !Ref InstanceArn
      Name: flow
      Type: CONTACT_FLOW
      Content: !Sub
        - '{"Actions": [{"Identifier": "${AWS::StackName}", "Type": "UpdateContactRecordingBehavior", "Parameters": {"RecordingBehavior": {"RecordedParticipants": []}}}, {"Identifier": "x", "Type": "Compare", "Parameters": {"RecordingBehavior": 3}}], "Split": "${Piece}"}'
        - Piece: !Select [1, !Split ["/", !Ref InstanceArn]]
`
	env := model.New()
	if diags := Load(env, `C:\stacks\"flows".yaml`, []byte(src), Options{}); len(diags) > 0 {
		t.Fatalf("diagnostics: %v", summaries(diags))
	}
	f := env.ConnectInstances[0].ContactFlows[0]
	got := []any{f.ContentKnown, len(f.RecordingActions), iam.Display(f.RecordingActions[0].Identifier), f.RecordingActions[0].VoiceParticipants}
	want := []any{true, 1, `<C:/stacks/'flows'.yaml#AWS::StackName>`, []string{}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("flow (-want +got):\n%s", diff)
	}
}
