package cloudformation

import "github.com/denylint/denylint/source"

// condNot is Fn::Not [condition].
func condNot(e *evaluator, arg *node, at source.Range) tri {
	items, ok := e.args("Fn::Not", arg, at, 1, 1)
	if !ok {
		return triUnknown
	}
	switch e.condition(items[0]) {
	case triTrue:
		return triFalse
	case triFalse:
		return triTrue
	}
	return triUnknown
}
