package cloudformation

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

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
	if !iam.IsKnown(s) {
		// An unknown part may itself hold the delimiter (a stack id holds
		// slashes), so not even the number of items is known.
		return unknownNode(fmt.Sprintf("Fn::Split %q of %s", delim, tokenName(s)), at)
	}
	out := &source.Node{Kind: source.Array, Range: at}
	for _, part := range strings.Split(s, delim) {
		out.Items = append(out.Items, stringNode(part, at))
	}
	return out
}
