package cloudformation

import (
	"fmt"

	"github.com/denylint/denylint/source"
)

// fnRef is Ref: a pseudo parameter, a parameter's value, or what the
// resource returns for Ref.
func fnRef(e *evaluator, arg *node, at source.Range) *source.Node {
	name, ok := e.textArg("Ref", arg)
	if !ok {
		return unknownNode("Ref at "+at.String(), at)
	}
	return e.lookup(name, at)
}

// lookup resolves a name as Ref and Fn::Sub do.
func (e *evaluator) lookup(name string, at source.Range) *source.Node {
	if v, ok := e.pseudo(name, at); ok {
		return v
	}
	if p, ok := e.t.params[name]; ok {
		return moved(p.value, at)
	}
	if r, ok := e.t.resources[name]; ok {
		e.depend(r)
		return e.attribute(r, "", at)
	}
	return e.invalid("Ref", at, fmt.Sprintf("reference to undefined %s", name),
		"no parameter, resource or pseudo parameter has this name")
}
