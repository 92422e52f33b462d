package cloudformation

import (
	"fmt"
	"reflect"

	"github.com/denylint/denylint/source"
)

// fnIf is Fn::If [condition, value if true, value if false]. When the
// condition cannot be decided the value is unknown, unless both branches
// agree.
func fnIf(e *evaluator, arg *node, at source.Range) *source.Node {
	items, ok := e.args("Fn::If", arg, at, 3, 3)
	if !ok {
		return unknownNode("Fn::If at "+at.String(), at)
	}
	name, ok := e.textArg("Fn::If", items[0])
	if !ok {
		return unknownNode("Fn::If at "+at.String(), at)
	}
	switch e.named(name, items[0].rng) {
	case triTrue:
		return e.value(items[1])
	case triFalse:
		return e.value(items[2])
	}
	yes, no := e.value(items[1]), e.value(items[2])
	if sameValue(yes, no) {
		return yes
	}
	return unknownNode(fmt.Sprintf("Fn::If %s at %s", name, at), at)
}

// sameValue compares two values ignoring where they were written.
func sameValue(a, b *source.Node) bool {
	return reflect.DeepEqual(stripRanges(a), stripRanges(b))
}

func stripRanges(v *source.Node) *source.Node {
	if v == nil {
		return nil
	}
	c := &source.Node{Kind: v.Kind, Scalar: v.Scalar}
	for _, item := range v.Items {
		c.Items = append(c.Items, stripRanges(item))
	}
	for _, f := range v.Fields {
		c.Fields = append(c.Fields, source.Field{Key: f.Key, Value: stripRanges(f.Value)})
	}
	return c
}
