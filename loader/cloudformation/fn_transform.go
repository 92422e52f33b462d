package cloudformation

import "github.com/denylint/denylint/source"

// fnTransform is Fn::Transform: a macro runs at deploy time, so its result
// is unknown.
func fnTransform(_ *evaluator, arg *node, at source.Range) *source.Node {
	name := "a macro"
	if n := arg.get("Name"); n != nil {
		name = n.scalar
	}
	return unknownNode("Fn::Transform "+name+" at "+at.String(), at)
}
