// Package model is the one normalised estate that every loader fills and
// every rule reads. Its JSON form is the Rego input.
package model

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// Env is everything loaded together: files in one run are one estate.
type Env struct {
	Organization     *Organization      `json:"organization,omitempty"`
	Principals       []*Principal       `json:"principals"`
	Buckets          []*Bucket          `json:"buckets"`
	Keys             []*Key             `json:"keys"`
	OrgPolicies      []*OrgPolicy       `json:"org_policies"`
	VPCEndpoints     []*VPCEndpoint     `json:"vpc_endpoints"`
	ConnectInstances []*ConnectInstance `json:"connect_instances"`
	Trails           []*Trail           `json:"trails"`
	// AccountPublicAccessBlock is the account-level Block Public Access
	// setting of the current account, when configured.
	AccountPublicAccessBlock *PublicAccessBlock `json:"account_public_access_block,omitempty"`
	// Expectations are the accesses the user's config declares.
	Expectations []*Expectation `json:"expectations,omitempty"`
	// AccessPaths are where the config says requests come from.
	AccessPaths *AccessPaths `json:"access_paths,omitempty"`
	// Ignores are suppressions written in the configuration as data rather
	// than as comments.
	Ignores []*Ignore `json:"-"`

	// Sources maps what rules name (addresses, attribute paths, statement
	// IDs) to where it was written; it stays out of the Rego input.
	Sources *Sources `json:"-"`
}

// New returns an empty estate ready to be filled.
func New() *Env {
	return &Env{Sources: NewSources()}
}

// Resource is what every located thing in the estate has.
type Resource struct {
	// Address identifies the resource in its own format:
	// "module.rec.aws_s3_bucket.this[0]" or "template.yaml#RecordingsBucket".
	Address string `json:"address"`
	// Account is the account number, or iam.CurrentAccount.
	Account string `json:"account"`
	Region  string `json:"region,omitempty"`
	// Conditional is set when the resource exists only under a condition
	// the configuration does not decide.
	Conditional bool `json:"conditional,omitempty"`
}

// PolicyDoc is a policy document attached somewhere, with where it came from.
type PolicyDoc struct {
	// Address of the resource that carries the document, and Attribute the
	// path inside it, e.g. "policy" or "inline_policy[0].policy".
	Address   string      `json:"address"`
	Attribute string      `json:"attribute,omitempty"`
	Name      string      `json:"name,omitempty"`
	ARN       string      `json:"arn,omitempty"`
	Document  *iam.Policy `json:"document"`
}

// Range returns where the document was written.
func (d *PolicyDoc) Range() source.Range {
	if d == nil || d.Document == nil {
		return source.Range{}
	}
	return d.Document.Range
}
