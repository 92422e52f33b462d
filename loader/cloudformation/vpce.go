package cloudformation

import "github.com/denylint/denylint/model"

func vpcEndpoint(b *builder, it *item) {
	ep := &model.VPCEndpoint{
		Resource: it.base, ID: b.attr(it, "Id"), VPCID: it.str("VpcId"),
		ServiceName: it.str("ServiceName"), Type: it.str("VpcEndpointType"),
	}
	if ep.Type == "" {
		ep.Type = "Gateway"
	}
	ep.Policy = b.document(it, "Properties.PolicyDocument", it.r.address, it.props.Get("PolicyDocument"))
	b.env.VPCEndpoints = append(b.env.VPCEndpoints, ep)
}
