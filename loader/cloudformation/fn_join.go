package cloudformation

import (
	"strings"

	"github.com/denylint/denylint/source"
)

// fnJoin is Fn::Join [delimiter, [values]].
func fnJoin(e *evaluator, arg *node, at source.Range) *source.Node {
	items, ok := e.args("Fn::Join", arg, at, 2, 2)
	if !ok {
		return unknownNode("Fn::Join at "+at.String(), at)
	}
	delim, ok := e.textArg("Fn::Join", items[0])
	if !ok {
		return unknownNode("Fn::Join at "+at.String(), at)
	}
	list := e.value(items[1])
	switch {
	case list == nil:
		return stringNode("", at)
	case list.Kind == source.Unknown:
		return unknownString("Fn::Join of "+list.Scalar, at)
	case list.Kind != source.Array:
		return e.invalid("Fn::Join", at, "Fn::Join expects a list of values to join", "")
	}
	parts := make([]string, 0, len(list.Items))
	for _, item := range list.Items {
		s, ok := text(item)
		if !ok {
			return e.invalid("Fn::Join", item.Range, "Fn::Join can only join strings", "")
		}
		parts = append(parts, s)
	}
	return e.capped("Fn::Join", strings.Join(parts, delim), at)
}
