package cloudformation

import (
	"strings"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

func bucket(b *builder, it *item) {
	name := b.name(it)
	bk := &model.Bucket{
		Resource: it.base, Name: name, ARN: b.attr(it, "Arn"),
		ACL:        cannedACL(it.str("AccessControl")),
		Versioning: "Disabled",
	}
	if rules := get(it.props, "OwnershipControls", "Rules"); rules != nil && len(rules.Items) > 0 {
		bk.ObjectOwnership, _ = text(rules.Items[0].Get("ObjectOwnership"))
	}
	if v := it.str("VersioningConfiguration", "Status"); v != "" {
		bk.Versioning = v
	}
	bk.Encryption = encryption(it)
	bk.PublicAccessBlock = publicAccessBlock(it)
	bk.ObjectLock = objectLock(it)
	b.env.Buckets = append(b.env.Buckets, bk)
}

func encryption(it *item) *model.Encryption {
	rules := get(it.props, "BucketEncryption", "ServerSideEncryptionConfiguration")
	if rules == nil || rules.Kind != source.Array || len(rules.Items) == 0 {
		return nil
	}
	rule := rules.Items[0]
	enc := &model.Encryption{Address: it.r.address}
	enc.Algorithm, _ = text(get(rule, "ServerSideEncryptionByDefault", "SSEAlgorithm"))
	enc.KMSKeyID, _ = text(get(rule, "ServerSideEncryptionByDefault", "KMSMasterKeyID"))
	if on := boolean(rule.Get("BucketKeyEnabled")); on != nil {
		enc.BucketKeyEnabled = *on
	}
	return enc
}

// publicAccessBlock reads the bucket's Block Public Access settings;
// CloudFormation leaves a setting that is not written false.
func publicAccessBlock(it *item) *model.PublicAccessBlock {
	c := it.props.Get("PublicAccessBlockConfiguration")
	if c == nil {
		return nil
	}
	setting := func(key string) *bool {
		if v := c.Get(key); v != nil {
			return boolean(v)
		}
		f := false
		return &f
	}
	return &model.PublicAccessBlock{
		Address:               it.r.address,
		BlockPublicAcls:       setting("BlockPublicAcls"),
		IgnorePublicAcls:      setting("IgnorePublicAcls"),
		BlockPublicPolicy:     setting("BlockPublicPolicy"),
		RestrictPublicBuckets: setting("RestrictPublicBuckets"),
	}
}

func objectLock(it *item) *model.ObjectLock {
	enabled := boolean(it.props.Get("ObjectLockEnabled"))
	conf := it.props.Get("ObjectLockConfiguration")
	if enabled == nil && conf == nil {
		return nil
	}
	lock := &model.ObjectLock{Address: it.r.address, Enabled: enabled != nil && *enabled || it.str("ObjectLockConfiguration", "ObjectLockEnabled") == "Enabled"}
	retention := get(conf, "Rule", "DefaultRetention")
	lock.Mode, _ = text(retention.Get("Mode"))
	lock.Days = atoi(retention.Get("Days")) + 365*atoi(retention.Get("Years"))
	return lock
}

// cannedACL turns CloudFormation's AccessControl names (PublicRead) into
// the S3 API's canned ACLs (public-read), the form Terraform uses too.
func cannedACL(s string) string {
	if s == "" || strings.Contains(s, "-") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('-')
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

func bucketPolicy(b *builder, it *item) {
	doc := b.document(it, "Properties.PolicyDocument", it.r.address, it.props.Get("PolicyDocument"))
	name := it.str("Bucket")
	b.later = append(b.later, func() {
		if bk := b.estate.bucket(name); bk != nil {
			bk.Policy = doc
			return
		}
		// A bucket the estate does not declare: keep its policy in scope.
		b.env.Buckets = append(b.env.Buckets, &model.Bucket{
			Resource: it.base, Name: name, ARN: "arn:" + partition + ":s3:::" + name, Policy: doc,
		})
	})
}
