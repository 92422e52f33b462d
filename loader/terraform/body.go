package terraform

import (
	"sort"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// jsonencodeArg returns x when expr is jsonencode(x).
func jsonencodeArg(expr hcl.Expression) hcl.Expression {
	if call, ok := unwrap(expr).(*hclsyntax.FunctionCallExpr); ok && call.Name == "jsonencode" && len(call.Args) == 1 {
		return call.Args[0]
	}
	return nil
}

// blockVal is an evaluated block: its attribute values with their
// expressions and ranges, and its nested blocks (dynamic ones expanded).
type blockVal struct {
	typ      string
	rng      hcl.Range // the whole block
	defRng   hcl.Range // its header
	attrs    map[string]cty.Value
	exprs    map[string]hcl.Expression
	attrRngs map[string]hcl.Range
	blocks   map[string][]*blockVal
	scope    *scope
	// encoded holds, for an attribute written as jsonencode(x), the value
	// of x, so that its tree is built without evaluating x twice.
	encoded map[string]cty.Value
}

// metaArguments are the resource arguments that are Terraform's, not the
// provider's.
var metaArguments = map[string]bool{
	"count": true, "for_each": true, "provider": true, "depends_on": true,
	"lifecycle": true, "provisioner": true, "connection": true,
}

func newBlockVal(typ string, rng, defRng hcl.Range, s *scope) *blockVal {
	return &blockVal{
		typ: typ, rng: rng, defRng: defRng, scope: s,
		attrs: map[string]cty.Value{}, exprs: map[string]hcl.Expression{},
		attrRngs: map[string]hcl.Range{}, blocks: map[string][]*blockVal{},
	}
}

// evalBody evaluates body in s; top skips meta-arguments.
func evalBody(body hcl.Body, s *scope, bv *blockVal, top bool) *blockVal {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		attrs, _ := body.JustAttributes()
		for name, a := range attrs {
			if !top || !metaArguments[name] {
				bv.setAttr(name, a.Expr, a.Range, s)
			}
		}
		return bv
	}
	for name, a := range sb.Attributes {
		if !top || !metaArguments[name] {
			bv.setAttr(name, a.Expr, a.SrcRange, s)
		}
	}
	for _, blk := range sb.Blocks {
		switch {
		case top && metaArguments[blk.Type]:
		case blk.Type == "dynamic" && len(blk.Labels) == 1:
			bv.addDynamic(blk, s)
		default:
			child := newBlockVal(blk.Type, blk.Range(), blk.DefRange(), s)
			bv.blocks[blk.Type] = append(bv.blocks[blk.Type], evalBody(blk.Body, s, child, false))
		}
	}
	return bv
}

func (bv *blockVal) setAttr(name string, expr hcl.Expression, rng hcl.Range, s *scope) {
	if arg := jsonencodeArg(expr); arg != nil {
		v := s.eval(arg)
		if bv.encoded == nil {
			bv.encoded = map[string]cty.Value{}
		}
		bv.encoded[name] = v
		bv.attrs[name] = cty.UnknownVal(cty.String)
		if v.IsWhollyKnown() {
			if text, err := stdlib.JSONEncode(v); err == nil {
				bv.attrs[name] = text
			}
		}
	} else {
		bv.attrs[name] = s.eval(expr)
	}
	bv.exprs[name] = expr
	bv.attrRngs[name] = rng
}

// addDynamic expands a dynamic block into one block per element of its
// for_each; an unknown collection gives one block of unknown content.
func (bv *blockVal) addDynamic(blk *hclsyntax.Block, s *scope) {
	label, iter := blk.Labels[0], blk.Labels[0]
	var forEach hcl.Expression
	var content *hclsyntax.Block
	for name, a := range blk.Body.Attributes {
		switch name {
		case "for_each":
			forEach = a.Expr
		case "iterator":
			if t := traversalText(a.Expr); t != "" {
				iter = t
			}
		}
	}
	for _, c := range blk.Body.Blocks {
		if c.Type == "content" {
			content = c
		}
	}
	if forEach == nil || content == nil {
		return
	}
	add := func(k, v cty.Value) {
		child := newBlockVal(label, content.Range(), content.DefRange(), s)
		cs := s.with(iter, cty.ObjectVal(map[string]cty.Value{"key": k, "value": v}))
		child.scope = cs
		bv.blocks[label] = append(bv.blocks[label], evalBody(content.Body, cs, child, false))
	}
	v := s.eval(forEach)
	switch {
	case v.IsNull():
	case !v.IsWhollyKnown() || !v.CanIterateElements():
		add(cty.DynamicVal, cty.DynamicVal)
	case !s.mod.budget.charge(v.LengthInt()):
		s.mod.ev.report(diagAt(source.Warning, forEach.Range(), "too many instances", errInstances.Error()+"."))
		add(cty.DynamicVal, cty.DynamicVal)
	default:
		for it := v.ElementIterator(); it.Next(); {
			add(it.Element())
		}
	}
}

// value is the block as other expressions see it: attributes, and nested
// blocks as lists of objects.
func (bv *blockVal) value() cty.Value {
	out := make(map[string]cty.Value, len(bv.attrs)+len(bv.blocks))
	for k, v := range bv.attrs {
		out[k] = v
	}
	for k, list := range bv.blocks {
		vals := make([]cty.Value, len(list))
		for i, c := range list {
			vals[i] = c.value()
		}
		out[k] = cty.TupleVal(vals)
	}
	return cty.ObjectVal(out)
}

// blockTypes lists the nested block types in a stable order.
func (bv *blockVal) blockTypes() []string {
	out := make([]string, 0, len(bv.blocks))
	for k := range bv.blocks {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
