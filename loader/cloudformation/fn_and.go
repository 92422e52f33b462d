package cloudformation

import "github.com/denylint/denylint/source"

// condAnd is Fn::And: false if any condition is false.
func condAnd(e *evaluator, arg *node, at source.Range) tri {
	items, ok := e.args("Fn::And", arg, at, 2, 10)
	if !ok {
		return triUnknown
	}
	out := triTrue
	for _, item := range items {
		switch e.condition(item) {
		case triFalse:
			return triFalse
		case triUnknown:
			out = triUnknown
		}
	}
	return out
}
