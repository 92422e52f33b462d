package model

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// Expectation is an access the user declares must work (Allow) or must
// not (!Allow), from the config file; rules decide it like any intended
// access.
type Expectation struct {
	// Principal is an ARN or an address of the estate.
	Principal string   `json:"principal"`
	Actions   []string `json:"actions"`
	// Resources are ARNs (object ARNs may end in /*) or addresses.
	Resources []string `json:"resources"`
	Allow     bool     `json:"allow"`
	// Via is "" (any path) or the address of a VPC endpoint.
	Via string `json:"via,omitempty"`
	// SessionPolicy is the policy the principal's session is assumed
	// with, when the expectation names one.
	SessionPolicy *iam.Policy `json:"-"`
	// Address names the expectation for findings, e.g. ".denylint.yaml#expect[0]".
	Address string       `json:"address"`
	Range   source.Range `json:"-"`
}

// Ignore is an inline suppression a loader found in the configuration,
// such as a CloudFormation resource's Metadata denylint ignore list.
type Ignore struct {
	// Address is the resource the suppression belongs to.
	Address string       `json:"address"`
	RuleID  string       `json:"rule_id"`
	Reason  string       `json:"reason"`
	Range   source.Range `json:"-"`
}
