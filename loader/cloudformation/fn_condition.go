package cloudformation

import "github.com/denylint/denylint/source"

// condRef is the Condition function: the value of a named condition.
func condRef(e *evaluator, arg *node, at source.Range) tri {
	name, ok := e.textArg("Condition", arg)
	if !ok {
		return triUnknown
	}
	return e.named(name, at)
}
