package cloudformation

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/source"
)

// fnGetAtt is Fn::GetAtt in its list form [Resource, Attribute] and its
// YAML scalar form Resource.Attribute (the attribute may hold dots).
func fnGetAtt(e *evaluator, arg *node, at source.Range) *source.Node {
	var id, attr string
	switch {
	case arg.kind == source.String && arg.tag == "":
		var ok bool
		id, attr, ok = strings.Cut(arg.scalar, ".")
		if !ok {
			return e.invalid("Fn::GetAtt", at, "Fn::GetAtt expects Resource.Attribute", "")
		}
	default:
		items, ok := e.args("Fn::GetAtt", arg, at, 2, 2)
		if !ok {
			return unknownNode("Fn::GetAtt at "+at.String(), at)
		}
		id = items[0].scalar
		if attr, ok = e.textArg("Fn::GetAtt", items[1]); !ok {
			return unknownNode("Fn::GetAtt at "+at.String(), at)
		}
	}
	return e.getAtt(id, attr, at)
}

func (e *evaluator) getAtt(id, attr string, at source.Range) *source.Node {
	r, ok := e.t.resources[id]
	if !ok {
		return e.invalid("Fn::GetAtt", at, fmt.Sprintf("Fn::GetAtt names %s, which is not a resource", id), "")
	}
	e.depend(r)
	return e.attribute(r, attr, at)
}
