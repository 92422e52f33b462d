package access

import "github.com/denylint/denylint/iam"

// Intent is one access the configuration means to work: a principal doing
// an action on a resource, with what makes us think so.
type Intent struct {
	// Principal is the address of the principal in the estate.
	Principal    string `json:"principal"`
	PrincipalARN string `json:"principal_arn"`
	Action       string `json:"action"`
	Resource     string `json:"resource"`
	// Path is "" for a request from outside any VPC, or the address of the
	// S3 gateway endpoint the request goes through.
	Path string `json:"path,omitempty"`
	// Source says where the intent comes from: identity_grant,
	// connect_recording, resource_grant or expectation.
	Source string `json:"source"`
	// Origin is the statement ID or address that made the intent.
	Origin string `json:"origin"`
	// Bucket is the address of the bucket the resource belongs to.
	Bucket string `json:"bucket,omitempty"`
	// Expect is set for expectations: whether the access must succeed.
	Expect *bool `json:"expect,omitempty"`
}

// Intent sources.
const (
	FromIdentityGrant    = "identity_grant"
	FromConnectRecording = "connect_recording"
)

// s3ObjectActions are the object actions whose refusal is a recording 403.
var s3ObjectActions = []string{"s3:GetObject", "s3:PutObject"}

// s3ExplicitObjectActions are intended only when a grant names them: a
// wildcard grant does not mean its holder sets out to delete versions, and
// a bucket policy that forbids it is then a guard, not a mistake.
var s3ExplicitObjectActions = []string{"s3:DeleteObjectVersion"}

// s3BucketActions are the bucket actions readers of recordings need.
var s3BucketActions = []string{"s3:ListBucket"}

// objectKey stands for the key of an object the configuration does not name.
var objectKey = iam.Unknown("object key")
