package model

import "github.com/denylint/denylint/iam"

// Principal is an IAM role, user or service-linked role of the estate.
type Principal struct {
	Resource
	Kind iam.PrincipalKind `json:"kind"`
	Name string            `json:"name"`
	ARN  string            `json:"arn"`
	// UniqueID is the role or user id (AROA…/AIDA…), usually unknown but
	// stable per principal.
	UniqueID string            `json:"unique_id,omitempty"`
	Tags     map[string]string `json:"tags,omitempty"`
	// Policies are the identity policies in force: inline, managed and
	// those of the user's groups.
	Policies            []*PolicyDoc `json:"policies"`
	PermissionsBoundary *PolicyDoc   `json:"permissions_boundary,omitempty"`
	TrustPolicy         *PolicyDoc   `json:"trust_policy,omitempty"`
	// Service is the AWS service a service-linked role belongs to.
	Service string `json:"service,omitempty"`
}
