package tfplan

import (
	"strconv"

	"github.com/denylint/denylint/source"
	"github.com/zclconf/go-cty/cty"
)

// value converts a planned value to cty. unknown is the matching part of
// the change's after_unknown: true where the value is known only after
// apply (planned_values leaves such values null or out).
func value(n, unknown *source.Node) cty.Value {
	if unknown != nil && unknown.Kind == source.Bool && unknown.Scalar == "true" {
		return cty.DynamicVal
	}
	if n == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	switch n.Kind {
	case source.String:
		return cty.StringVal(n.Scalar)
	case source.Number:
		if v, err := cty.ParseNumberVal(n.Scalar); err == nil {
			return v
		}
		return cty.DynamicVal
	case source.Bool:
		return cty.BoolVal(n.Scalar == "true")
	case source.Array:
		return arrayValue(n, unknown)
	case source.Object:
		return objectValue(n, unknown)
	}
	return cty.NullVal(cty.DynamicPseudoType)
}

func arrayValue(n, unknown *source.Node) cty.Value {
	if len(n.Items) == 0 {
		return cty.EmptyTupleVal
	}
	vals := make([]cty.Value, len(n.Items))
	for i, it := range n.Items {
		var u *source.Node
		if unknown != nil && unknown.Kind == source.Array && i < len(unknown.Items) {
			u = unknown.Items[i]
		}
		vals[i] = value(it, u)
	}
	return cty.TupleVal(vals)
}

func objectValue(n, unknown *source.Node) cty.Value {
	attrs := make(map[string]cty.Value, len(n.Fields))
	for _, f := range n.Fields {
		attrs[f.Key] = value(f.Value, unknown.Get(f.Key))
	}
	if unknown != nil && unknown.Kind == source.Object {
		for _, f := range unknown.Fields {
			if _, ok := attrs[f.Key]; !ok {
				attrs[f.Key] = value(nil, f.Value)
			}
		}
	}
	if len(attrs) == 0 {
		return cty.EmptyObjectVal
	}
	return cty.ObjectVal(attrs)
}

// ranges records where each attribute and nested block of a planned
// value is, by path, as the Terraform loader names them.
func ranges(out map[string]source.Range, prefix string, n *source.Node) {
	if n == nil || n.Kind != source.Object {
		return
	}
	for _, f := range n.Fields {
		path := prefix + f.Key
		out[path] = source.Range{File: f.KeyRange.File, Start: f.KeyRange.Start, End: f.Value.Range.End}
		if f.Value.Kind != source.Array {
			continue
		}
		for i, it := range f.Value.Items {
			if it.Kind != source.Object {
				continue
			}
			if i == 0 {
				ranges(out, path+".", it)
			}
			item := path + "[" + strconv.Itoa(i) + "]"
			out[item] = it.Range
			ranges(out, item+".", it)
		}
	}
}
