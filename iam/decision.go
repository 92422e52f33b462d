package iam

// Layer names the policy layer that took part in, or refused, a request.
// The values are the root_cause words of denylint's findings where they
// coincide.
type Layer string

// Policy layers in the order AWS evaluates them.
const (
	LayerSCP                 Layer = "scp"
	LayerRCP                 Layer = "rcp"
	LayerVPCEndpointPolicy   Layer = "vpc_endpoint_policy"
	LayerBucketPolicy        Layer = "bucket_policy"
	LayerKMSKeyPolicy        Layer = "kms_key_policy"
	LayerIdentityPolicy      Layer = "identity_policy"
	LayerPermissionsBoundary Layer = "permissions_boundary"
	LayerSessionPolicy       Layer = "session_policy"
	LayerBlockPublicAccess   Layer = "block_public_access"
	LayerObjectOwnership     Layer = "object_ownership"
	LayerRequesterPays       Layer = "requester_pays"
)

// Outcome is the three-valued result of a decision.
type Outcome string

// Outcomes. Unknown means the answer depends on values the configuration
// does not decide.
const (
	Allowed          Outcome = "allowed"
	ImplicitlyDenied Outcome = "implicitly_denied"
	ExplicitlyDenied Outcome = "explicitly_denied"
	Undecided        Outcome = "unknown"
)

// PrincipalKind distinguishes callers that AWS treats specially.
type PrincipalKind string

// Principal kinds.
const (
	KindRole              PrincipalKind = "role"
	KindUser              PrincipalKind = "user"
	KindRoot              PrincipalKind = "root"
	KindServiceLinkedRole PrincipalKind = "service_linked_role"
	KindService           PrincipalKind = "service"
)

// Caller is who makes a request.
type Caller struct {
	// ARN of the role or user (not of a session); for a service principal,
	// its name such as "connect.amazonaws.com".
	ARN      string        `json:"arn"`
	Account  string        `json:"account"`
	Kind     PrincipalKind `json:"kind"`
	UserID   string        `json:"user_id,omitempty"`
	Username string        `json:"username,omitempty"`
	// SessionARN is the assumed-role ARN of a role session, when known.
	SessionARN string `json:"session_arn,omitempty"`
	// OrgID and OrgPaths are empty when the account is outside a known
	// organisation.
	OrgID             string            `json:"org_id,omitempty"`
	OrgPaths          []string          `json:"org_paths,omitempty"`
	Tags              map[string]string `json:"tags,omitempty"`
	ManagementAccount bool              `json:"management_account,omitempty"`
}

// S3Settings are the bucket settings besides its policy that decide S3
// requests.
type S3Settings struct {
	// ObjectOwnership is BucketOwnerEnforced, BucketOwnerPreferred or
	// ObjectWriter; empty when unknown.
	ObjectOwnership    string `json:"object_ownership,omitempty"`
	BucketACL          string `json:"bucket_acl,omitempty"`
	ObjectOwnerAccount string `json:"object_owner_account,omitempty"`
	BlockPublicAccess  BPA    `json:"block_public_access"`
	RequesterPays      bool   `json:"requester_pays,omitempty"`
	// RequestPayer is true when the request carries x-amz-request-payer,
	// accepting the charges of a Requester Pays bucket.
	RequestPayer bool `json:"request_payer,omitempty"`
}

// BPA is the effective Block Public Access configuration (bucket and account
// settings combined).
type BPA struct {
	BlockPublicAcls       bool `json:"block_public_acls"`
	IgnorePublicAcls      bool `json:"ignore_public_acls"`
	BlockPublicPolicy     bool `json:"block_public_policy"`
	RestrictPublicBuckets bool `json:"restrict_public_buckets"`
}

// Request is one API call to decide, with every policy that applies to it.
type Request struct {
	Caller          Caller              `json:"principal"`
	Action          string              `json:"action"`
	Resource        string              `json:"resource"`
	ResourceAccount string              `json:"resource_account"`
	Context         map[string][]string `json:"context,omitempty"`

	IdentityPolicies    []*Policy `json:"identity_policies,omitempty"`
	PermissionsBoundary *Policy   `json:"permissions_boundary,omitempty"`
	SessionPolicy       *Policy   `json:"session_policy,omitempty"`
	// ResourcePolicy is the bucket policy or key policy; ResourceLayer says
	// which.
	ResourcePolicy *Policy `json:"resource_policy,omitempty"`
	ResourceLayer  Layer   `json:"resource_layer,omitempty"`
	// SCPs and RCPs list the policies attached at each level of the
	// organisation path, root first. Nil means outside an organisation.
	SCPs                [][]*Policy `json:"scps,omitempty"`
	RCPs                [][]*Policy `json:"rcps,omitempty"`
	VPCEndpointPolicies []*Policy   `json:"vpc_endpoint_policies,omitempty"`
	S3                  *S3Settings `json:"s3,omitempty"`

	// KMSGrants are the grants on the key of a KMS request.
	KMSGrants []KMSGrant `json:"kms_grants,omitempty"`
	// AWSManagedKey marks a request on an AWS managed key such as aws/s3,
	// which resource control policies do not restrict.
	AWSManagedKey bool `json:"aws_managed_key,omitempty"`
	// ResourceInManagementAccount marks a resource of the organisation's
	// management account, which resource control policies do not restrict.
	ResourceInManagementAccount bool `json:"resource_in_management_account,omitempty"`
}

// KMSGrant is a grant on a KMS key: it lets the grantee perform the listed
// operations (names without the "kms:" prefix, e.g. "Decrypt").
type KMSGrant struct {
	ID               string   `json:"id,omitempty"`
	GranteePrincipal string   `json:"grantee_principal"`
	Operations       []string `json:"operations"`
}

// StatementRef points at a statement that decided, or took part in, a
// decision.
type StatementRef struct {
	Layer     Layer     `json:"layer"`
	Origin    string    `json:"origin"`
	Statement Statement `json:"statement"`
}

// Decision is the answer to a Request and why.
type Decision struct {
	Outcome Outcome `json:"decision"`
	// DeniedBy is the layer that refused the request; empty when allowed
	// or unknown.
	DeniedBy Layer `json:"denied_by,omitempty"`
	// Deciding lists the statements that decided: the explicit denies, or
	// the allows that granted. An implicit deny has none.
	Deciding []StatementRef `json:"deciding,omitempty"`
	// Grants are the allows that the refusal defeated.
	Grants []StatementRef `json:"grants,omitempty"`
	// Unknowns names what an Undecided outcome depends on; it may also be
	// set on a certain outcome that other unknowns could not change.
	Unknowns []string `json:"unknowns,omitempty"`
	// Explanation is AWS's enhanced error sentence, or the reason access
	// is allowed.
	Explanation string `json:"explanation"`
}
