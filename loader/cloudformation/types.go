package cloudformation

// types lists, per resource type, its name property and what Ref and
// Fn::GetAtt return, as CloudFormation documents them. Types not listed
// return unknown tokens.
var types = map[string]typeInfo{
	"AWS::S3::Bucket": {nameProp: "BucketName", attrs: map[string]func(ident) string{
		"Arn":                 func(id ident) string { return "arn:" + partition + ":s3:::" + id.name },
		"DomainName":          func(id ident) string { return id.name + ".s3." + urlSuffix },
		"RegionalDomainName":  func(id ident) string { return id.name + ".s3." + id.region + "." + urlSuffix },
		"DualStackDomainName": func(id ident) string { return id.name + ".s3.dualstack." + id.region + "." + urlSuffix },
	}},
	"AWS::IAM::Role": {nameProp: "RoleName", attrs: map[string]func(ident) string{
		"Arn":    func(id ident) string { return iamARN(id, "role") },
		"RoleId": func(id ident) string { return id.token("RoleId") },
	}},
	"AWS::IAM::User": {nameProp: "UserName", attrs: map[string]func(ident) string{
		"Arn": func(id ident) string { return iamARN(id, "user") },
	}},
	"AWS::IAM::Group": {nameProp: "GroupName", attrs: map[string]func(ident) string{
		"Arn": func(id ident) string { return iamARN(id, "group") },
	}},
	"AWS::IAM::InstanceProfile": {nameProp: "InstanceProfileName", attrs: map[string]func(ident) string{
		"Arn": func(id ident) string { return iamARN(id, "instance-profile") },
	}},
	"AWS::IAM::ManagedPolicy": {nameProp: "ManagedPolicyName", ref: "PolicyArn", attrs: map[string]func(ident) string{
		"PolicyArn": func(id ident) string { return iamARN(id, "policy") },
		"PolicyId":  func(id ident) string { return id.token("PolicyId") },
	}},
	"AWS::IAM::Policy": {ref: "Id", attrs: map[string]func(ident) string{
		"Id": func(id ident) string { return id.token("Id") },
	}},
	"AWS::IAM::ServiceLinkedRole": {ref: "RoleName", attrs: map[string]func(ident) string{
		"RoleName": func(id ident) string { return id.token("RoleName") },
	}},
	"AWS::KMS::Key": {ref: "KeyId", attrs: map[string]func(ident) string{
		"KeyId": func(id ident) string { return id.token("KeyId") },
		"Arn":   func(id ident) string { return regional(id, "kms", "key/"+id.token("KeyId")) },
	}},
	"AWS::KMS::Alias": {nameProp: "AliasName"},
	"AWS::Organizations::Policy": {ref: "Id", attrs: map[string]func(ident) string{
		"Id":  func(id ident) string { return id.token("Id") },
		"Arn": func(id ident) string { return id.token("Arn") },
	}},
	"AWS::Organizations::OrganizationalUnit": {ref: "Id", attrs: map[string]func(ident) string{
		"Id":  func(id ident) string { return id.token("Id") },
		"Arn": func(id ident) string { return id.token("Arn") },
	}},
	"AWS::Organizations::Account": {ref: "AccountId", attrs: map[string]func(ident) string{
		"AccountId": func(id ident) string { return id.token("AccountId") },
		"Arn":       func(id ident) string { return id.token("Arn") },
	}},
	"AWS::EC2::VPCEndpoint": {ref: "Id", attrs: map[string]func(ident) string{
		"Id": func(id ident) string { return id.token("Id") },
	}},
	"AWS::Connect::Instance": {ref: "Arn", attrs: map[string]func(ident) string{
		"Id":          func(id ident) string { return id.token("Id") },
		"Arn":         func(id ident) string { return regional(id, "connect", "instance/"+id.token("Id")) },
		"ServiceRole": connectServiceRole,
	}},
	"AWS::Connect::ContactFlow": {ref: "ContactFlowArn", attrs: map[string]func(ident) string{
		"ContactFlowArn": func(id ident) string { return id.prop("InstanceArn") + "/contact-flow/" + id.token("Id") },
	}},
	"AWS::Connect::ContactFlowModule": {ref: "ContactFlowModuleArn", attrs: map[string]func(ident) string{
		"ContactFlowModuleArn": func(id ident) string { return id.prop("InstanceArn") + "/flow-module/" + id.token("Id") },
	}},
	"AWS::Lambda::Function":     {nameProp: "FunctionName", attrs: map[string]func(ident) string{"Arn": lambdaARN}},
	"AWS::Serverless::Function": {nameProp: "FunctionName", attrs: map[string]func(ident) string{"Arn": lambdaARN}},
	"AWS::SNS::Topic": {nameProp: "TopicName", ref: "TopicArn", attrs: map[string]func(ident) string{
		"TopicArn":  func(id ident) string { return regional(id, "sns", id.name) },
		"TopicName": func(id ident) string { return id.name },
	}},
	"AWS::SQS::Queue": {nameProp: "QueueName", ref: "QueueUrl", attrs: map[string]func(ident) string{
		"Arn":       func(id ident) string { return regional(id, "sqs", id.name) },
		"QueueName": func(id ident) string { return id.name },
		"QueueUrl": func(id ident) string {
			return "https://sqs." + id.region + "." + urlSuffix + "/" + id.acct + "/" + id.name
		},
	}},
}

func lambdaARN(id ident) string { return regional(id, "lambda", "function:"+id.name) }

// connectServiceRole is the instance's service-linked role, which Connect
// creates with a generated suffix.
func connectServiceRole(id ident) string {
	return "arn:" + partition + ":iam::" + id.acct +
		":role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_" + id.token("ServiceRoleSuffix")
}
