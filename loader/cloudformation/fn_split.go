package cloudformation

import "github.com/denylint/denylint/source"

// fnSplit is Fn::Split [delimiter, string].
func fnSplit(e *evaluator, arg *node, at source.Range) *source.Node {
	items, ok := e.args("Fn::Split", arg, at, 2, 2)
	if !ok {
		return unknownNode("Fn::Split at "+at.String(), at)
	}
	delim, ok1 := e.textArg("Fn::Split", items[0])
	s, ok2 := e.textArg("Fn::Split", items[1])
	if !ok1 || !ok2 {
		return unknownNode("Fn::Split at "+at.String(), at)
	}
	if delim == "" {
		return e.invalid("Fn::Split", items[0].rng, "Fn::Split needs a delimiter", "")
	}
	out := &source.Node{Kind: source.Array, Range: at}
	for _, part := range splitOutsideTokens(s, delim) {
		out.Items = append(out.Items, stringNode(part, at))
	}
	return out
}
