package cloudformation

import (
	"strconv"

	"github.com/denylint/denylint/source"
)

// fnLength is Fn::Length (language extensions): the length of a list.
func fnLength(e *evaluator, arg *node, at source.Range) *source.Node {
	list := e.value(arg)
	switch {
	case list != nil && list.Kind == source.Unknown:
		return unknownNode("Fn::Length of "+list.Scalar, at)
	case list == nil || list.Kind != source.Array:
		return e.invalid("Fn::Length", at, "Fn::Length expects a list", "")
	}
	return &source.Node{Kind: source.Number, Scalar: strconv.Itoa(len(list.Items)), Range: at}
}
