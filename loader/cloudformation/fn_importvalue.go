package cloudformation

import "github.com/denylint/denylint/source"

// fnImportValue is Fn::ImportValue: another stack's output, which the
// template cannot know. The same export name is the same value.
func fnImportValue(e *evaluator, arg *node, at source.Range) *source.Node {
	name, ok := e.textArg("Fn::ImportValue", arg)
	if !ok {
		return unknownNode("Fn::ImportValue at "+at.String(), at)
	}
	return unknownString("Fn::ImportValue "+tokenName(name), at)
}
