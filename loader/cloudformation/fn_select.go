package cloudformation

import (
	"fmt"
	"strconv"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// fnSelect is Fn::Select [index, list].
func fnSelect(e *evaluator, arg *node, at source.Range) *source.Node {
	items, ok := e.args("Fn::Select", arg, at, 2, 2)
	if !ok {
		return unknownNode("Fn::Select at "+at.String(), at)
	}
	index, ok := e.textArg("Fn::Select", items[0])
	if !ok {
		return unknownNode("Fn::Select at "+at.String(), at)
	}
	list := e.value(items[1])
	i, err := strconv.Atoi(index)
	switch {
	case !iam.IsKnown(index) || list != nil && list.Kind == source.Unknown:
		return unknownNode(fmt.Sprintf("Fn::Select %s of %s", tokenName(index), tokenName(describe(list))), at)
	case err != nil || i < 0:
		return e.invalid("Fn::Select", items[0].rng, fmt.Sprintf("Fn::Select index %q is not a whole number", index), "")
	case list == nil || list.Kind != source.Array:
		return e.invalid("Fn::Select", items[1].rng, "Fn::Select expects a list", "")
	case i >= len(list.Items):
		return e.invalid("Fn::Select", items[0].rng, fmt.Sprintf("Fn::Select index %d is past the end of a list of %d", i, len(list.Items)), "")
	}
	return moved(list.Items[i], at)
}

// describe names a value for an unknown token built from it.
func describe(v *source.Node) string {
	if s, ok := text(v); ok {
		return s
	}
	return "a list"
}
