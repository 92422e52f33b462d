package terraform

import "github.com/denylint/denylint/iam"

// primaryBuilders create the things others attach to.
var primaryBuilders = map[string]func(*builder, *instance){
	"aws_s3_bucket":                         buildBucket,
	"aws_iam_role":                          buildPrincipal(iam.KindRole),
	"aws_iam_user":                          buildPrincipal(iam.KindUser),
	"aws_iam_group":                         buildGroup,
	"aws_iam_policy":                        buildManagedPolicy,
	"aws_iam_service_linked_role":           buildServiceLinkedRole,
	"aws_kms_key":                           buildKey,
	"aws_connect_instance":                  buildConnectInstance,
	"aws_vpc_endpoint":                      buildEndpoint,
	"aws_organizations_organization":        buildOrganization,
	"aws_organizations_organizational_unit": buildOrgUnit,
	"aws_organizations_account":             buildOrgAccount,
	"aws_organizations_policy":              buildOrgPolicy,
	"aws_cloudtrail":                        buildTrail,
}

// attachBuilders attach settings and policies to what the first pass
// created.
var attachBuilders = map[string]func(*builder, *instance){
	"aws_s3_bucket_policy":                               attachBucketPolicy,
	"aws_s3_bucket_public_access_block":                  attachPublicAccessBlock,
	"aws_s3_account_public_access_block":                 attachPublicAccessBlock,
	"aws_s3_bucket_ownership_controls":                   attachOwnership,
	"aws_s3_bucket_acl":                                  attachACL,
	"aws_s3_bucket_server_side_encryption_configuration": attachEncryption,
	"aws_s3_bucket_versioning":                           attachVersioning,
	"aws_s3_bucket_object_lock_configuration":            attachObjectLock,
	"aws_s3_bucket_request_payment_configuration":        attachRequestPayment,
	"aws_kms_key_policy":                                 attachKeyPolicy,
	"aws_kms_alias":                                      attachAlias,
	"aws_kms_grant":                                      attachGrant,
	"aws_iam_role_policy":                                inlinePolicy("role", "role"),
	"aws_iam_user_policy":                                inlinePolicy("user", "user"),
	"aws_iam_group_policy":                               inlinePolicy("group", "group"),
	"aws_iam_role_policy_attachment":                     policyAttachment("role", "role"),
	"aws_iam_user_policy_attachment":                     policyAttachment("user", "user"),
	"aws_iam_group_policy_attachment":                    policyAttachment("group", "group"),
	"aws_iam_policy_attachment":                          multiAttachment,
	"aws_iam_group_membership":                           groupMembership,
	"aws_iam_user_group_membership":                      userGroupMembership,
	"aws_vpc_endpoint_policy":                            attachEndpointPolicy,
	"aws_organizations_policy_attachment":                attachOrgPolicy,
	"aws_connect_instance_storage_config":                attachStorageConfig,
	"aws_connect_contact_flow":                           attachContactFlow,
	"aws_connect_contact_flow_module":                    attachContactFlow,
}

// lateBuilders need the second pass done.
var lateBuilders = map[string]func(*builder, *instance){
	"aws_iam_role_policies_exclusive": exclusiveRolePolicies,
}
