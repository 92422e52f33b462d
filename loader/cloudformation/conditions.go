package cloudformation

import (
	"fmt"

	"github.com/denylint/denylint/source"
)

// tri is the value of a condition: true, false, or not decidable from the
// template (it depends on a parameter without a value, the region, …).
type tri int8

const (
	triFalse tri = iota
	triTrue
	triUnknown
)

func triOf(b bool) tri {
	if b {
		return triTrue
	}
	return triFalse
}

func (v tri) String() string {
	return [...]string{"false", "true", "unknown"}[v]
}

// conditionFuncs are the functions a condition is built from.
var conditionFuncs map[string]func(e *evaluator, arg *node, at source.Range) tri

func init() {
	conditionFuncs = map[string]func(e *evaluator, arg *node, at source.Range) tri{
		"Fn::Equals": condEquals,
		"Fn::And":    condAnd,
		"Fn::Or":     condOr,
		"Fn::Not":    condNot,
		"Condition":  condRef,
	}
}

// condition evaluates a condition expression.
func (e *evaluator) condition(n *node) tri {
	if !e.spend(n.rng) {
		return triUnknown
	}
	if name, arg, ok := intrinsicCall(n, true); ok {
		if fn, ok := conditionFuncs[name]; ok {
			return fn(e, arg, n.rng)
		}
	}
	v := e.value(n)
	if v != nil && v.Kind == source.Bool || v != nil && v.Kind == source.String && (v.Scalar == "true" || v.Scalar == "false") {
		return triOf(v.Scalar == "true")
	}
	if v != nil && v.Kind == source.Unknown {
		return triUnknown
	}
	e.diags = append(e.diags, errorAt(n.rng, "condition is not a condition function", "use Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition"))
	return triUnknown
}

// named evaluates the condition called name in the Conditions section.
func (e *evaluator) named(name string, at source.Range) tri {
	if v, ok := e.condMemo[name]; ok {
		return v
	}
	n, ok := e.t.conditions[name]
	if !ok {
		e.diags = append(e.diags, errorAt(at, fmt.Sprintf("condition %s is not defined", name), ""))
		return triUnknown
	}
	if e.condBusy[name] {
		e.diags = append(e.diags, errorAt(n.rng, fmt.Sprintf("condition %s depends on itself", name), ""))
		return triUnknown
	}
	e.condBusy[name] = true
	v := e.condition(n)
	delete(e.condBusy, name)
	e.condMemo[name] = v
	return v
}

// conditionValue lets a condition function appear where a value is
// expected: it yields a boolean.
func conditionValue(name string) intrinsic {
	return func(e *evaluator, arg *node, at source.Range) *source.Node {
		switch conditionFuncs[name](e, arg, at) {
		case triTrue:
			return &source.Node{Kind: source.Bool, Scalar: "true", Range: at}
		case triFalse:
			return &source.Node{Kind: source.Bool, Scalar: "false", Range: at}
		}
		return unknownNode(fmt.Sprintf("%s at %s", name, at), at)
	}
}
