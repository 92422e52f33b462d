package cloudformation

import "github.com/denylint/denylint/source"

// fnGetAZs is Fn::GetAZs: the region's availability zones, which depend on
// the account and are unknown.
func fnGetAZs(e *evaluator, arg *node, at source.Range) *source.Node {
	region, ok := e.textArg("Fn::GetAZs", arg)
	if !ok {
		return unknownNode("Fn::GetAZs at "+at.String(), at)
	}
	if region == "" {
		region, _ = text(e.region(at))
	}
	return unknownNode("Fn::GetAZs "+tokenName(region), at)
}
