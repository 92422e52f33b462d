package access

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
)

// connectWriter makes up the principal Connect writes recordings as: the
// instance's service-linked role. Associating a storage config adds the
// S3 permissions for its bucket to that role, so its identity policy is the
// sum of the instance's S3 storage configs.
func connectWriter(c *model.ConnectInstance) *model.Principal {
	arn := c.ServiceRole
	if arn == "" {
		arn = "arn:aws:iam::" + c.Account +
			":role/aws-service-role/connect.amazonaws.com/AWSServiceRoleForAmazonConnect_" +
			iam.Unknown(c.Address+" service-linked role suffix")
	}
	p := &model.Principal{
		Resource: model.Resource{Address: c.Address + "#service_role", Account: c.Account, Region: c.Region},
		Kind:     iam.KindServiceLinkedRole,
		ARN:      arn,
		UniqueID: iam.Unknown(c.Address + " service-linked role id"),
		Service:  "connect.amazonaws.com",
	}
	for _, sc := range c.StorageConfigs {
		if sc.StorageType != "S3" || sc.BucketName == "" {
			continue
		}
		p.Policies = append(p.Policies, storagePolicy(sc))
	}
	return p
}

// storagePolicy is what Connect grants its role for one storage config.
func storagePolicy(sc *model.StorageConfig) *model.PolicyDoc {
	bucket := "arn:aws:s3:::" + sc.BucketName
	doc := &iam.Policy{
		Origin:  sc.Address + "#connect",
		Version: "2012-10-17",
		Statements: []iam.Statement{{
			ID:        sc.Address + "#connect/0",
			Effect:    iam.Allow,
			Actions:   []string{"s3:PutObject", "s3:GetObject", "s3:GetObjectAcl", "s3:PutObjectAcl", "s3:DeleteObject"},
			Resources: []string{bucket + "/" + prefixPattern(sc.Prefix)},
		}, {
			ID:        sc.Address + "#connect/1",
			Effect:    iam.Allow,
			Actions:   []string{"s3:GetBucketLocation", "s3:GetBucketAcl", "s3:ListBucket"},
			Resources: []string{bucket},
		}},
	}
	return &model.PolicyDoc{Address: sc.Address, Attribute: "storage_config", Name: "Connect storage association", Document: doc}
}

func prefixPattern(prefix string) string {
	if prefix == "" {
		return "*"
	}
	if prefix[len(prefix)-1] != '/' {
		prefix += "/"
	}
	return prefix + "*"
}

// ConnectRecordings lists the accesses Connect needs for each call
// recording storage config: writing recordings, and reading them back when
// agents and supervisors play them.
func (x *Index) ConnectRecordings() []Intent {
	var out []Intent
	for _, c := range x.env.ConnectInstances {
		w := x.connect[c.Address]
		for _, sc := range c.StorageConfigs {
			if sc.ResourceType != "CALL_RECORDINGS" || sc.StorageType != "S3" || sc.BucketName == "" {
				continue
			}
			object := "arn:aws:s3:::" + sc.BucketName + "/" + prefixPattern(sc.Prefix)
			object = object[:len(object)-1] + objectKey
			b := x.Bucket(sc.BucketName)
			addr := ""
			if b != nil {
				addr = b.Address
			}
			for _, a := range s3ObjectActions {
				out = append(out, Intent{
					Principal: w.Address, PrincipalARN: w.ARN, Action: a, Resource: object,
					Source: FromConnectRecording, Origin: sc.Address, Bucket: addr,
				})
			}
		}
	}
	return out
}
