package access

// ResolveIntent completes an intent a person wrote by hand: the principal
// by ARN or address, the resource by ARN or by the address of a bucket or
// key. It reports false when the principal is not in the estate.
func (x *Index) ResolveIntent(it Intent) (Intent, bool) {
	p := x.PrincipalNamed(it.Principal)
	if p == nil {
		return it, false
	}
	it.Principal, it.PrincipalARN = p.Address, p.ARN
	it.Resource, it.Bucket = x.expectedResource(it.Resource, it.Action)
	if it.Source == "" {
		it.Source = "simulation"
	}
	return it, true
}
