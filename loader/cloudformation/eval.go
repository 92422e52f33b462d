package cloudformation

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/source"
)

// Evaluation budget: an alias bomb is a small tree that expands to a huge
// one, so every evaluated node is counted, and long strings are capped.
const (
	maxEvaluatedNodes = 1_000_000
	maxStringLength   = 1 << 20
)

// intrinsic evaluates one intrinsic function from its argument; at is the
// range of the whole call.
type intrinsic func(e *evaluator, arg *node, at source.Range) *source.Node

// evaluator resolves intrinsic functions against one template.
type evaluator struct {
	t     *template
	opts  Options
	diags []source.Diagnostic
	spent int
	// current is the resource whose properties are being evaluated; the
	// resources it refers to are its dependencies.
	current *resource
	deps    map[*resource]map[*resource]bool
	// busy guards against properties that refer to themselves.
	busy      map[*resource]bool
	nameMemo  map[*resource]map[string]*source.Node
	condMemo  map[string]tri
	condBusy  map[string]bool
	exhausted bool
}

func newEvaluator(t *template, opts Options) *evaluator {
	return &evaluator{
		t: t, opts: opts,
		deps:     map[*resource]map[*resource]bool{},
		busy:     map[*resource]bool{},
		nameMemo: map[*resource]map[string]*source.Node{},
		condMemo: map[string]tri{},
		condBusy: map[string]bool{},
	}
}

// value evaluates n. A nil result is AWS::NoValue: the member or item that
// holds it is removed.
func (e *evaluator) value(n *node) *source.Node {
	if n == nil {
		return nil
	}
	if !e.spend(n.rng) {
		return unknownNode("template too large", n.rng)
	}
	if name, arg, ok := intrinsicCall(n, false); ok {
		return e.call(name, arg, n.rng)
	}
	switch n.kind {
	case source.Object:
		out := &source.Node{Kind: source.Object, Range: n.rng, Fields: make([]source.Field, 0, len(n.fields))}
		for _, f := range n.fields {
			if v := e.value(f.value); v != nil {
				out.Fields = append(out.Fields, source.Field{Key: f.key, KeyRange: f.keyRng, Value: v})
			}
		}
		return out
	case source.Array:
		out := &source.Node{Kind: source.Array, Range: n.rng, Items: make([]*source.Node, 0, len(n.items))}
		for _, item := range n.items {
			if v := e.value(item); v != nil {
				out.Items = append(out.Items, v)
			}
		}
		return out
	}
	return &source.Node{Kind: n.kind, Scalar: n.scalar, Range: n.rng}
}

// intrinsicCall recognises a function call: a short-form tag, or a mapping
// with the single key Ref or Fn::…. Condition is a function only inside
// conditions, where a property could not be named so.
func intrinsicCall(n *node, inCondition bool) (string, *node, bool) {
	if n.tag != "" {
		return n.tag, n.untagged(), true
	}
	if n.kind != source.Object || len(n.fields) != 1 {
		return "", nil, false
	}
	k := n.fields[0].key
	if k == "Ref" || strings.HasPrefix(k, "Fn::") || (inCondition && k == "Condition") {
		return k, n.fields[0].value, true
	}
	return "", nil, false
}

func (e *evaluator) call(name string, arg *node, at source.Range) *source.Node {
	fn, ok := functions[name]
	if !ok {
		return e.invalid(name, at, fmt.Sprintf("unknown intrinsic function %s", name),
			"CloudFormation has no such function; its value is treated as unknown")
	}
	return fn(e, arg, at)
}

// invalid reports a misused function and stands an unknown in for its value.
func (e *evaluator) invalid(fn string, at source.Range, summary, detail string) *source.Node {
	e.diags = append(e.diags, errorAt(at, summary, detail))
	return unknownNode(fmt.Sprintf("%s at %s", fn, at), at)
}

func (e *evaluator) spend(at source.Range) bool {
	e.spent++
	if e.spent <= maxEvaluatedNodes {
		return true
	}
	if !e.exhausted {
		e.exhausted = true
		e.diags = append(e.diags, errorAt(at, "template too large to evaluate",
			fmt.Sprintf("evaluation stopped after %d values (YAML aliases expand); the rest is treated as unknown", maxEvaluatedNodes)))
	}
	return false
}

// args evaluates the list argument of a function, checking its length.
func (e *evaluator) args(fn string, arg *node, at source.Range, minN, maxN int) ([]*node, bool) {
	if arg.kind != source.Array || arg.tag != "" || len(arg.items) < minN || len(arg.items) > maxN {
		want := fmt.Sprintf("%d", minN)
		if maxN != minN {
			want = fmt.Sprintf("%d to %d", minN, maxN)
		}
		e.diags = append(e.diags, errorAt(at, fmt.Sprintf("%s expects a list of %s arguments", fn, want), ""))
		return nil, false
	}
	return arg.items, true
}

// textArg evaluates a function argument that must be a string.
func (e *evaluator) textArg(fn string, n *node) (string, bool) {
	s, ok := text(e.value(n))
	if !ok {
		e.diags = append(e.diags, errorAt(n.rng, fmt.Sprintf("%s expects a string here", fn), ""))
	}
	return s, ok
}

// capped checks a computed string against the length limit.
func (e *evaluator) capped(fn, s string, at source.Range) *source.Node {
	if len(s) > maxStringLength {
		return e.invalid(fn, at, fmt.Sprintf("%s result longer than %d bytes", fn, maxStringLength), "")
	}
	return stringNode(s, at)
}

// depend records that the resource being evaluated refers to r.
func (e *evaluator) depend(r *resource) {
	if e.current == nil {
		return
	}
	if e.deps[e.current] == nil {
		e.deps[e.current] = map[*resource]bool{}
	}
	e.deps[e.current][r] = true
}

// properties evaluates a resource's Properties in its own context.
func (e *evaluator) properties(r *resource) *source.Node {
	prev := e.current
	e.current = r
	defer func() { e.current = prev }()
	for _, d := range r.dependsOn {
		if target, ok := e.t.resources[d.id]; ok {
			e.depend(target)
		} else {
			e.diags = append(e.diags, errorAt(d.rng, fmt.Sprintf("DependsOn names %s, which is not a resource", d.id), ""))
		}
	}
	props := e.value(r.props)
	if props == nil || props.Kind != source.Object {
		return &source.Node{Kind: source.Object, Range: r.rng}
	}
	return props
}

// property evaluates one property of r, for the names and ARNs other
// resources refer to. A property that needs itself is unknown; the
// dependency cycle is reported once, by the cycle check.
func (e *evaluator) property(r *resource, key string) *source.Node {
	if v, ok := e.nameMemo[r][key]; ok {
		return v
	}
	if e.busy[r] {
		return unknownNode(r.address+"."+key, r.rng)
	}
	e.busy[r] = true
	prev := e.current
	e.current = r
	v := e.value(r.props.get(key))
	e.current = prev
	delete(e.busy, r)
	if e.nameMemo[r] == nil {
		e.nameMemo[r] = map[string]*source.Node{}
	}
	e.nameMemo[r][key] = v
	return v
}
