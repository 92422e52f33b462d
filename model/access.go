package model

// AccessPaths say where requests come from, as the user's config declares
// them; nil means the default: from outside any VPC and through every
// declared S3 gateway endpoint, with no source IP.
type AccessPaths struct {
	// VPCEndpoints are addresses of the endpoints requests go through;
	// empty means every declared S3 gateway endpoint.
	VPCEndpoints []string `json:"vpc_endpoints,omitempty"`
	// Internet is false when requests never come from outside a VPC.
	Internet bool `json:"internet"`
	// SourceIPs are addresses or CIDR blocks requests come from.
	SourceIPs []string `json:"source_ips,omitempty"`
}
