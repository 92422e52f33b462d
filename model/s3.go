package model

// Bucket is an S3 bucket with every setting that decides access to it.
type Bucket struct {
	Resource
	Name   string     `json:"name"`
	ARN    string     `json:"arn"`
	Policy *PolicyDoc `json:"policy,omitempty"`
	// PublicAccessBlock is nil when none is configured for the bucket.
	PublicAccessBlock *PublicAccessBlock `json:"public_access_block,omitempty"`
	// ObjectOwnership is BucketOwnerEnforced (the default for new buckets),
	// BucketOwnerPreferred or ObjectWriter.
	ObjectOwnership string      `json:"object_ownership,omitempty"`
	ACL             string      `json:"acl,omitempty"`
	Encryption      *Encryption `json:"encryption,omitempty"`
	// Versioning is Enabled, Suspended or Disabled.
	Versioning    string      `json:"versioning,omitempty"`
	ObjectLock    *ObjectLock `json:"object_lock,omitempty"`
	RequesterPays bool        `json:"requester_pays,omitempty"`
}

// PublicAccessBlock is a Block Public Access configuration. A nil field is
// a value the configuration does not decide.
type PublicAccessBlock struct {
	Address               string `json:"address"`
	BlockPublicAcls       *bool  `json:"block_public_acls"`
	IgnorePublicAcls      *bool  `json:"ignore_public_acls"`
	BlockPublicPolicy     *bool  `json:"block_public_policy"`
	RestrictPublicBuckets *bool  `json:"restrict_public_buckets"`
}

// Encryption is a bucket's default encryption.
type Encryption struct {
	Address string `json:"address"`
	// Algorithm is AES256, aws:kms or aws:kms:dsse.
	Algorithm string `json:"algorithm"`
	// KMSKeyID is the key as written: ARN, key id, alias name or alias ARN;
	// empty for the AWS managed key aws/s3.
	KMSKeyID         string `json:"kms_key_id,omitempty"`
	BucketKeyEnabled bool   `json:"bucket_key_enabled,omitempty"`
}

// ObjectLock is a bucket's Object Lock configuration.
type ObjectLock struct {
	Address string `json:"address"`
	Enabled bool   `json:"enabled"`
	// Mode is GOVERNANCE or COMPLIANCE for a default retention.
	Mode string `json:"mode,omitempty"`
	Days int    `json:"days,omitempty"`
	// Years int is folded into Days by the loaders.
}
