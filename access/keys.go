package access

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// keyPolicy returns the policy in force on a key. A key created without a
// policy gets AWS's default key policy, which delegates every KMS action to
// the account, so that IAM policies decide.
func keyPolicy(k *model.Key) *iam.Policy {
	if k.Policy != nil && k.Policy.Document != nil {
		return k.Policy.Document
	}
	if k.AWSManaged {
		return awsManagedS3KeyPolicy(k)
	}
	return &iam.Policy{
		Origin:  k.Address + "#default_key_policy",
		Version: "2012-10-17",
		Statements: []iam.Statement{{
			ID:        k.Address + "#default_key_policy/0",
			Sid:       "Enable IAM User Permissions",
			Effect:    iam.Allow,
			Principal: &iam.Principals{AWS: []string{"arn:aws:iam::" + k.Account + ":root"}},
			Actions:   []string{"kms:*"},
			Resources: []string{"*"},
		}},
	}
}

// awsManagedS3KeyPolicy is the policy of the aws/s3 key: any principal of
// the account may use it through S3, and nobody else.
func awsManagedS3KeyPolicy(k *model.Key) *iam.Policy {
	region := regionOr(k.Region)
	return &iam.Policy{
		Origin:  k.Address,
		Version: "2012-10-17",
		Statements: []iam.Statement{{
			ID:        k.Address + "/0",
			Effect:    iam.Allow,
			Principal: &iam.Principals{All: true},
			Actions:   []string{"kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"},
			Resources: []string{"*"},
			Conditions: []iam.Condition{
				{Operator: "StringEquals", Key: "kms:CallerAccount", Values: []string{k.Account}},
				{Operator: "StringEquals", Key: "kms:ViaService", Values: []string{"s3." + region + ".amazonaws.com"}},
			},
		}},
	}
}

// awsManagedS3Key stands for the aws/s3 key of the bucket's account, which
// SSE-KMS uses when no key is named.
func awsManagedS3Key(b *model.Bucket) *model.Key {
	region := regionOr(b.Region)
	return &model.Key{
		Resource:   model.Resource{Address: "aws/s3 key of " + b.Address, Account: b.Account, Region: region},
		ARN:        "arn:aws:kms:" + region + ":" + b.Account + ":key/" + iam.Unknown("aws/s3 key id of "+b.Account),
		Aliases:    []string{"alias/aws/s3"},
		AWSManaged: true,
	}
}

// bucketKey returns the KMS key that encrypts the bucket's new objects, nil
// when objects are not encrypted with KMS; known is false when the key is
// named but not in the estate.
func (x *Index) bucketKey(b *model.Bucket) (k *model.Key, known bool) {
	e := b.Encryption
	if e == nil || (e.Algorithm != "aws:kms" && e.Algorithm != "aws:kms:dsse") {
		return nil, true
	}
	if e.KMSKeyID == "" || e.KMSKeyID == "alias/aws/s3" {
		return awsManagedS3Key(b), true
	}
	if k := x.KeyOf(e.KMSKeyID); k != nil {
		return k, true
	}
	return nil, false
}

// deployerGrantKey is a context key of denylint's own: whether the principal
// that deploys the storage config may create the grant Connect asks for.
const deployerGrantKey = "denylint:DeployerCanCreateGrant"

// withConnectGrant adds to a copy of the key policy the grant that Connect
// creates for its role when a storage config names the key. Connect creates
// it with the deploying principal's permissions, so it exists only if the
// key policy lets that principal call kms:CreateGrant; who deploys is not
// in the configuration, so it is taken to be an administrator of the key's
// account, and a key policy that names particular principals leaves the
// grant unknown.
func withConnectGrant(policy *iam.Policy, p *model.Principal, k *model.Key, ctx map[string][]string) *iam.Policy {
	d := iam.Decide(deployerCreateGrant(k, policy))
	switch d.Outcome {
	case iam.Allowed:
		ctx[deployerGrantKey] = []string{"true"}
	case iam.Undecided:
		ctx[deployerGrantKey] = []string{iam.Unknown("whether the deploying principal may call kms:CreateGrant on " + k.Address)}
	default:
		return policy
	}
	grant := iam.Statement{
		ID:         k.Address + "#connect_grant",
		Sid:        "grant created by Amazon Connect",
		Effect:     iam.Allow,
		Principal:  &iam.Principals{AWS: []string{p.ARN}},
		Actions:    []string{"kms:Decrypt", "kms:GenerateDataKey", "kms:Encrypt", "kms:DescribeKey"},
		Resources:  []string{"*"},
		Conditions: []iam.Condition{{Operator: "StringEquals", Key: deployerGrantKey, Values: []string{"true"}}},
		Range:      policy.Range,
	}
	cp := *policy
	cp.Statements = append(append([]iam.Statement(nil), policy.Statements...), grant)
	return &cp
}

func deployerCreateGrant(k *model.Key, policy *iam.Policy) *iam.Request {
	return &iam.Request{
		Caller: iam.Caller{
			ARN:     "arn:aws:iam::" + k.Account + ":role/" + iam.Unknown("deploying role"),
			Account: k.Account,
			Kind:    iam.KindRole,
			UserID:  iam.Unknown("deploying role id"),
		},
		Action:           "kms:CreateGrant",
		Resource:         k.ARN,
		ResourceAccount:  k.Account,
		Context:          map[string][]string{"aws:SecureTransport": {"true"}, "kms:GrantIsForAWSResource": {"true"}, "aws:ViaAWSService": {"true"}, "kms:ViaService": {"connect." + regionOr(k.Region) + ".amazonaws.com"}},
		IdentityPolicies: []*iam.Policy{allowEverything("deploying principal")},
		ResourcePolicy:   policy,
		ResourceLayer:    iam.LayerKMSKeyPolicy,
	}
}

// regionOr is a resource's region, or the unknown region when the
// configuration does not say.
func regionOr(region string) string {
	if region == "" {
		return iam.Unknown("region")
	}
	return region
}
