package cloudformation

import "github.com/denylint/denylint/source"

// condOr is Fn::Or: true if any condition is true.
func condOr(e *evaluator, arg *node, at source.Range) tri {
	items, ok := e.args("Fn::Or", arg, at, 2, 10)
	if !ok {
		return triUnknown
	}
	out := triFalse
	for _, item := range items {
		switch e.condition(item) {
		case triTrue:
			return triTrue
		case triUnknown:
			out = triUnknown
		}
	}
	return out
}
