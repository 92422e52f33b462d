package cloudformation

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// condEquals is Fn::Equals [a, b]. Values with unknown parts are equal
// when written identically (the same unknown is the same value) and
// undecided otherwise.
func condEquals(e *evaluator, arg *node, at source.Range) tri {
	items, ok := e.args("Fn::Equals", arg, at, 2, 2)
	if !ok {
		return triUnknown
	}
	return equalValues(e.value(items[0]), e.value(items[1]))
}

func equalValues(a, b *source.Node) tri {
	if sameValue(a, b) {
		return triTrue
	}
	if a == nil || b == nil {
		return triFalse
	}
	if a.Kind == source.Unknown || b.Kind == source.Unknown {
		return triUnknown
	}
	if a.Kind == source.Array && b.Kind == source.Array {
		return equalLists(a.Items, b.Items)
	}
	sa, oka := text(a)
	sb, okb := text(b)
	if !oka || !okb {
		return triFalse
	}
	if iam.IsKnown(sa) && iam.IsKnown(sb) {
		return triOf(sa == sb)
	}
	return triUnknown
}

func equalLists(a, b []*source.Node) tri {
	if len(a) != len(b) {
		return triFalse
	}
	out := triTrue
	for i := range a {
		switch equalValues(a[i], b[i]) {
		case triFalse:
			return triFalse
		case triUnknown:
			out = triUnknown
		}
	}
	return out
}
