package access

import "github.com/denylint/denylint/model"

// allEndpointsUpTo is how many S3 gateway endpoints an estate may have for
// every request to be tried through each of them. Beyond it, a request to
// a bucket is tried only through the endpoints its bucket policy names:
// an estate of hundreds of VPCs does not send every principal's traffic
// through every VPC, and trying it would make the work quadratic.
const allEndpointsUpTo = 4

// indexEndpoints finds, for every bucket, the S3 gateway endpoints its
// policy names in a condition, by endpoint id or VPC id.
func (x *Index) indexEndpoints() {
	var gateways []*model.VPCEndpoint
	byValue := map[string][]*model.VPCEndpoint{}
	for _, e := range x.env.VPCEndpoints {
		if !isS3Gateway(e) {
			continue
		}
		gateways = append(gateways, e)
		for _, v := range []string{e.ID, e.VPCID} {
			if v != "" {
				byValue[v] = append(byValue[v], e)
			}
		}
	}
	x.bucketEndpoints = map[string][]*model.VPCEndpoint{}
	for _, b := range x.env.Buckets {
		if len(gateways) <= allEndpointsUpTo {
			x.bucketEndpoints[b.Address] = gateways
			continue
		}
		if b.Policy == nil || b.Policy.Document == nil {
			continue
		}
		seen := map[*model.VPCEndpoint]bool{}
		for _, s := range b.Policy.Document.Statements {
			for _, c := range s.Conditions {
				for _, v := range c.Values {
					for _, e := range byValue[v] {
						if !seen[e] {
							seen[e] = true
							x.bucketEndpoints[b.Address] = append(x.bucketEndpoints[b.Address], e)
						}
					}
				}
			}
		}
	}
}

// endpointsFor returns the S3 gateway endpoints a request to bucket b may
// take.
func (x *Index) endpointsFor(b *model.Bucket) []*model.VPCEndpoint {
	if b == nil {
		return nil
	}
	return x.bucketEndpoints[b.Address]
}
