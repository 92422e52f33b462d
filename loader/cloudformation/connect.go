package cloudformation

import (
	"strings"

	"github.com/denylint/denylint/model"
)

func connectInstance(b *builder, it *item) {
	b.env.ConnectInstances = append(b.env.ConnectInstances, &model.ConnectInstance{
		Resource: it.base, ID: b.attr(it, "Id"), Alias: it.str("InstanceAlias"),
		ARN: b.attr(it, "Arn"), ServiceRole: b.attr(it, "ServiceRole"),
	})
}

// storageConfig is AWS::Connect::InstanceStorageConfig.
func storageConfig(b *builder, it *item) {
	sc := &model.StorageConfig{
		Address: it.r.address, ResourceType: it.str("ResourceType"), StorageType: it.str("StorageType"),
		BucketName: it.str("S3Config", "BucketName"), Prefix: it.str("S3Config", "BucketPrefix"),
		EncryptionType: it.str("S3Config", "EncryptionConfig", "EncryptionType"),
		KMSKeyID:       it.str("S3Config", "EncryptionConfig", "KeyId"),
	}
	arn := it.str("InstanceArn")
	b.later = append(b.later, func() {
		in := b.instance(it, arn)
		in.StorageConfigs = append(in.StorageConfigs, sc)
	})
}

// instance finds a Connect instance by ARN; one the estate does not
// declare is added with what the ARN tells.
func (b *builder) instance(it *item, arn string) *model.ConnectInstance {
	if in := b.estate.instance(arn); in != nil {
		return in
	}
	in := &model.ConnectInstance{Resource: it.base, ARN: arn}
	if i := strings.LastIndex(arn, "instance/"); i >= 0 {
		in.ID = arn[i+len("instance/"):]
	}
	b.env.ConnectInstances = append(b.env.ConnectInstances, in)
	return in
}
