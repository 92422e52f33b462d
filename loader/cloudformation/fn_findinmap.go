package cloudformation

import (
	"fmt"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// fnFindInMap is Fn::FindInMap [map, top key, second key], with the
// optional {DefaultValue: v} of the language extensions. An unknown key
// still decides the value when every entry it could select agrees.
func fnFindInMap(e *evaluator, arg *node, at source.Range) *source.Node {
	items, ok := e.args("Fn::FindInMap", arg, at, 3, 4)
	if !ok {
		return unknownNode("Fn::FindInMap at "+at.String(), at)
	}
	var keys [3]string
	for i := range keys {
		if keys[i], ok = e.textArg("Fn::FindInMap", items[i]); !ok {
			return unknownNode("Fn::FindInMap at "+at.String(), at)
		}
	}
	var fallback *node
	if len(items) == 4 {
		fallback = items[3].get("DefaultValue")
	}
	m := e.t.mappings.get(keys[0])
	if m == nil {
		return e.invalid("Fn::FindInMap", items[0].rng, fmt.Sprintf("mapping %s is not defined", keys[0]), "")
	}
	var found *source.Node
	first := true
	for _, top := range entries(m, keys[1]) {
		for _, raw := range entries(top, keys[2]) {
			v := e.value(raw)
			if v == nil && fallback != nil {
				v = e.value(fallback)
			}
			if v == nil && iam.IsKnown(keys[1]) && iam.IsKnown(keys[2]) {
				return e.invalid("Fn::FindInMap", at, fmt.Sprintf("mapping %s has no value for %s/%s", keys[0], keys[1], keys[2]), "")
			}
			if v == nil || !first && !sameValue(found, v) {
				return unknownNode(fmt.Sprintf("Fn::FindInMap %s %s %s", keys[0], tokenName(keys[1]), tokenName(keys[2])), at)
			}
			found, first = v, false
		}
	}
	return moved(found, at)
}

// entries returns the values a key can select in a mapping: the one it
// names, or all of them when the key is unknown. A missing key selects one
// nil value.
func entries(m *node, key string) []*node {
	if !iam.IsKnown(key) && m != nil && m.kind == source.Object && len(m.fields) > 0 {
		out := make([]*node, 0, len(m.fields))
		for _, f := range m.fields {
			out = append(out, f.value)
		}
		return out
	}
	return []*node{m.get(key)}
}
