package iam

import "github.com/denylint/denylint/source"

// Effect is Allow or Deny.
type Effect string

// The two effects a statement can have.
const (
	Allow Effect = "Allow"
	Deny  Effect = "Deny"
)

// Policy is a normalised policy document.
type Policy struct {
	// Origin names where the document came from, e.g.
	// "aws_s3_bucket_policy.recordings" or "RecordingsBucketPolicy"; it is
	// the prefix of every statement's ID.
	Origin     string      `json:"origin"`
	Version    string      `json:"version,omitempty"`
	ID         string      `json:"id,omitempty"`
	Statements []Statement `json:"statements"`
	// Unknown names why the document could not be read, when it could not
	// (a variable without default, a remote module); Statements is then
	// empty and every decision it takes part in is unknown.
	Unknown string       `json:"unknown,omitempty"`
	Range   source.Range `json:"-"`
}

// Statement is one normalised policy statement. A nil slice means the
// element is absent; Action and NotAction never both appear.
type Statement struct {
	// ID is unique within an estate: Origin + "/" + index or Sid.
	ID           string       `json:"id"`
	Sid          string       `json:"sid,omitempty"`
	Effect       Effect       `json:"effect"`
	Actions      []string     `json:"actions,omitempty"`
	NotActions   []string     `json:"not_actions,omitempty"`
	Resources    []string     `json:"resources,omitempty"`
	NotResources []string     `json:"not_resources,omitempty"`
	Principal    *Principals  `json:"principal,omitempty"`
	NotPrincipal *Principals  `json:"not_principal,omitempty"`
	Conditions   []Condition  `json:"conditions,omitempty"`
	Range        source.Range `json:"-"`
}

// Principals is the value of a Principal or NotPrincipal element.
type Principals struct {
	// All is true for "Principal": "*" and {"AWS": "*"}.
	All           bool     `json:"all,omitempty"`
	AWS           []string `json:"aws,omitempty"`
	Service       []string `json:"service,omitempty"`
	Federated     []string `json:"federated,omitempty"`
	CanonicalUser []string `json:"canonical_user,omitempty"`
}

// Condition is one operator/key pair of a Condition block.
type Condition struct {
	// Operator as written, e.g. "ForAnyValue:StringNotLikeIfExists".
	Operator string   `json:"operator"`
	Key      string   `json:"key"`
	Values   []string `json:"values"`
}
