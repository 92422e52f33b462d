package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// attrRange is where attr was written, or the block when it was not.
func (bv *blockVal) attrRange(attr string) hcl.Range {
	if r, ok := bv.attrRngs[attr]; ok {
		return r
	}
	return bv.rng
}

// nested returns the nested blocks of a type. In JSON syntax, where blocks
// cannot be told from attributes without a schema, an object or a list of
// objects under that name counts as blocks.
func (bv *blockVal) nested(typ string) []*blockVal {
	if bs, ok := bv.blocks[typ]; ok {
		return bs
	}
	v, ok := bv.attrs[typ]
	if !ok || v.IsNull() || !v.IsKnown() {
		return nil
	}
	rng := bv.attrRange(typ)
	var out []*blockVal
	add := func(x cty.Value) {
		if x.IsKnown() && !x.IsNull() && (x.Type().IsObjectType() || x.Type().IsMapType()) {
			child := newBlockVal(typ, rng, rng, bv.scope)
			for k, a := range x.AsValueMap() {
				child.attrs[k] = a
				child.attrRngs[k] = rng
			}
			out = append(out, child)
		}
	}
	switch {
	case v.Type().IsObjectType() || v.Type().IsMapType():
		add(v)
	case v.CanIterateElements():
		for it := v.ElementIterator(); it.Next(); {
			_, x := it.Element()
			add(x)
		}
	}
	return out
}

// blockStr reads a string attribute of a block; unknown values become a
// token named after the attribute's place, absent ones "".
func blockStr(bv *blockVal, attr string) string {
	v, ok := bv.attrs[attr]
	if !ok {
		return ""
	}
	return valueString(v, "value at "+rangeText(bv.attrRange(attr))+" ("+attr+")")
}

func rangeText(r hcl.Range) string {
	return r.Filename + ":" + itoa(r.Start.Line) + ":" + itoa(r.Start.Column)
}

// valueString renders a scalar as a string, as Terraform converts
// arguments; an unknown becomes a token called name.
func valueString(v cty.Value, name string) string {
	switch {
	case v.IsNull():
		return ""
	case !v.IsKnown():
		return iam.Unknown(name)
	case v.Type() == cty.String:
		return v.AsString()
	case v.Type() == cty.Number:
		return v.AsBigFloat().Text('f', -1)
	case v.Type() == cty.Bool:
		if v.True() {
			return "true"
		}
		return "false"
	}
	return iam.Unknown(name)
}

// blockBool reads a bool attribute; nil when absent or unknown.
func blockBool(bv *blockVal, attr string) *bool {
	v, ok := bv.attrs[attr]
	if !ok || v.IsNull() || !v.IsKnown() {
		return nil
	}
	if v.Type() == cty.String {
		switch v.AsString() {
		case "true":
			return ptr(true)
		case "false":
			return ptr(false)
		}
		return nil
	}
	if v.Type() != cty.Bool {
		return nil
	}
	return ptr(v.True())
}

func ptr[T any](v T) *T { return &v }

// blockStrings reads a list or set of strings; unknown elements become
// tokens; nil when absent.
func blockStrings(bv *blockVal, attr string) []string {
	v, ok := bv.attrs[attr]
	if !ok || v.IsNull() {
		return nil
	}
	name := "value at " + rangeText(bv.attrRange(attr)) + " (" + attr + ")"
	if !v.IsKnown() || !v.CanIterateElements() {
		if v.Type() == cty.String {
			return []string{valueString(v, name)}
		}
		return []string{iam.Unknown(name)}
	}
	out := []string{}
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		out = append(out, valueString(e, name))
	}
	return out
}

// blockInt reads a whole number; 0 when absent or unknown.
func blockInt(bv *blockVal, attr string) int {
	v, ok := bv.attrs[attr]
	if !ok {
		return 0
	}
	n, _ := smallInt(v)
	return n
}
