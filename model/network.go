package model

// VPCEndpoint is a VPC endpoint; S3 gateway endpoints are access paths.
type VPCEndpoint struct {
	Resource
	ID          string `json:"id"`
	VPCID       string `json:"vpc_id"`
	ServiceName string `json:"service_name"`
	// Type is Gateway or Interface.
	Type string `json:"type"`
	// Policy is nil for the default policy, which allows everything.
	Policy *PolicyDoc `json:"policy,omitempty"`
}
