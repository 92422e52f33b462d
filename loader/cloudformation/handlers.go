package cloudformation

func init() {
	handlers = map[string]func(b *builder, it *item){
		"AWS::S3::Bucket":                        bucket,
		"AWS::S3::BucketPolicy":                  bucketPolicy,
		"AWS::IAM::Role":                         role,
		"AWS::IAM::ServiceLinkedRole":            serviceLinkedRole,
		"AWS::IAM::User":                         user,
		"AWS::IAM::Group":                        iamGroup,
		"AWS::IAM::UserToGroupAddition":          userToGroup,
		"AWS::IAM::Policy":                       identityPolicy,
		"AWS::IAM::ManagedPolicy":                identityPolicy,
		"AWS::IAM::RolePolicy":                   principalPolicy,
		"AWS::IAM::UserPolicy":                   principalPolicy,
		"AWS::IAM::GroupPolicy":                  principalPolicy,
		"AWS::KMS::Key":                          key,
		"AWS::KMS::Alias":                        alias,
		"AWS::Organizations::Policy":             orgPolicy,
		"AWS::Organizations::OrganizationalUnit": orgUnit,
		"AWS::Organizations::Account":            orgAccount,
		"AWS::CloudTrail::Trail":                 trail,
		"AWS::EC2::VPCEndpoint":                  vpcEndpoint,
		"AWS::Connect::Instance":                 connectInstance,
		"AWS::Connect::InstanceStorageConfig":    storageConfig,
		"AWS::Connect::ContactFlow":              contactFlow,
		"AWS::Connect::ContactFlowModule":        contactFlow,
		"AWS::Serverless::Function":              samFunction,
	}
}
