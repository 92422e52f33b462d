package model

// Key is a KMS key.
type Key struct {
	Resource
	ARN   string `json:"arn"`
	KeyID string `json:"key_id"`
	// Policy is nil when the configuration sets none: AWS then applies the
	// default key policy, which delegates to the account root.
	Policy          *PolicyDoc `json:"policy,omitempty"`
	Aliases         []string   `json:"aliases,omitempty"`
	Grants          []*Grant   `json:"grants,omitempty"`
	RotationEnabled bool       `json:"rotation_enabled"`
	// AWSManaged marks keys such as aws/s3 that AWS owns the policy of.
	AWSManaged bool `json:"aws_managed,omitempty"`
}

// Grant is a KMS grant.
type Grant struct {
	Address          string   `json:"address"`
	GranteePrincipal string   `json:"grantee_principal"`
	Operations       []string `json:"operations"`
}
