package terraform

import (
	"sort"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// A policy written in HCL becomes a source.Node tree by walking the
// evaluated value and its syntax side by side: where the syntax lines up
// (object and tuple constructors), each part keeps its own range; where it
// does not (a for expression, a reference), the parts share the range of
// the expression that produced them.

func looksLikeJSONObject(s string) bool {
	return strings.HasPrefix(strings.TrimSpace(s), "{")
}

func unwrap(expr hcl.Expression) hcl.Expression {
	for {
		switch e := expr.(type) {
		case *hclsyntax.ParenthesesExpr:
			expr = e.Expression
		case *hclsyntax.TemplateWrapExpr:
			expr = e.Wrapped
		default:
			return expr
		}
	}
}

// nodeWalker pairs values with syntax in one file.
type nodeWalker struct {
	f    *file
	eval func(hcl.Expression) cty.Value
}

// nodeOf builds the tree of the value of expr as evaluated in s.
func (s *scope) nodeOf(expr hcl.Expression) *source.Node {
	w := &nodeWalker{f: s.mod.ev.file(expr.Range().Filename), eval: s.eval}
	return w.node(expr, s.eval(expr), expr.Range())
}

// exprNode builds the tree of a JSON text that expr produced.
func exprNode(f *file, expr hcl.Expression, text string, eval func(hcl.Expression) cty.Value) *source.Node {
	switch e := unwrap(expr).(type) {
	case *hclsyntax.FunctionCallExpr:
		if e.Name == "jsonencode" && len(e.Args) == 1 {
			w := &nodeWalker{f: f, eval: eval}
			return w.node(e.Args[0], eval(e.Args[0]), e.Args[0].Range())
		}
	case *hclsyntax.TemplateExpr:
		return templateNode(f, e, text)
	}
	return flatJSON(text, expr.Range())
}

func (w *nodeWalker) node(expr hcl.Expression, v cty.Value, fallback hcl.Range) *source.Node {
	rng := fallback
	if expr != nil {
		expr = unwrap(expr)
		rng = expr.Range()
	}
	n := &source.Node{Range: source.FromHCL(rng)}
	switch {
	case !v.IsKnown():
		n.Kind, n.Scalar = source.Unknown, w.describe(rng)
		return n
	case v.IsNull():
		return n
	}
	t := v.Type()
	switch {
	case t == cty.String:
		n.Kind, n.Scalar = source.String, v.AsString()
	case t == cty.Number:
		n.Kind, n.Scalar = source.Number, v.AsBigFloat().Text('f', -1)
	case t == cty.Bool:
		n.Kind, n.Scalar = source.Bool, "false"
		if v.True() {
			n.Scalar = "true"
		}
	case t.IsObjectType() || t.IsMapType():
		n.Kind = source.Object
		n.Fields = w.fields(expr, v, rng)
	case t.IsListType() || t.IsTupleType() || t.IsSetType():
		n.Kind = source.Array
		n.Items = w.items(expr, v, rng)
	default:
		n.Kind, n.Scalar = source.Unknown, w.describe(rng)
	}
	return n
}

func (w *nodeWalker) fields(expr hcl.Expression, v cty.Value, rng hcl.Range) []source.Field {
	items := map[string]hclsyntax.ObjectConsItem{}
	var order []string
	if oc, ok := expr.(*hclsyntax.ObjectConsExpr); ok {
		for _, it := range oc.Items {
			k := w.key(it.KeyExpr)
			if _, dup := items[k]; !dup {
				order = append(order, k)
			}
			items[k] = it
		}
	}
	vals := v.AsValueMap()
	var rest []string
	for k := range vals {
		if _, ok := items[k]; !ok {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	out := make([]source.Field, 0, len(vals))
	for _, k := range append(order, rest...) {
		fv, ok := vals[k]
		if !ok {
			continue
		}
		it, paired := items[k]
		if paired {
			out = append(out, source.Field{Key: k, KeyRange: source.FromHCL(it.KeyExpr.Range()), Value: w.node(it.ValueExpr, fv, rng)})
		} else {
			out = append(out, source.Field{Key: k, KeyRange: source.FromHCL(rng), Value: w.node(nil, fv, rng)})
		}
	}
	return out
}

func (w *nodeWalker) key(expr hcl.Expression) string {
	if k := hcl.ExprAsKeyword(expr); k != "" {
		return k
	}
	if v := w.eval(expr); v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
		return v.AsString()
	}
	return ""
}

func (w *nodeWalker) items(expr hcl.Expression, v cty.Value, rng hcl.Range) []*source.Node {
	var exprs []hclsyntax.Expression
	if tc, ok := expr.(*hclsyntax.TupleConsExpr); ok && len(tc.Exprs) == v.LengthInt() && !v.Type().IsSetType() {
		exprs = tc.Exprs
	}
	out := make([]*source.Node, 0, v.LengthInt())
	i := 0
	for it := v.ElementIterator(); it.Next(); i++ {
		_, ev := it.Element()
		if exprs != nil {
			out = append(out, w.node(exprs[i], ev, rng))
		} else {
			out = append(out, w.node(nil, ev, rng))
		}
	}
	return out
}

// describe names an unknown part of a document by its source text.
func (w *nodeWalker) describe(rng hcl.Range) string {
	if w.f != nil {
		if t := strings.Join(strings.Fields(w.f.text(rng)), " "); t != "" {
			if len(t) > 80 {
				t = t[:77] + "..."
			}
			return t
		}
	}
	return "value at " + source.FromHCL(rng).String()
}

// flatJSON parses a JSON text whose parts cannot be traced to the source:
// every part gets the range of the expression.
func flatJSON(text string, rng hcl.Range) *source.Node {
	n, d := source.ParseJSON(rng.Filename, []byte(text), source.Pos{})
	if d != nil {
		return nil
	}
	r := source.FromHCL(rng)
	setRanges(n, func(source.Range) source.Range { return r })
	return n
}

func setRanges(n *source.Node, f func(source.Range) source.Range) {
	if n == nil {
		return
	}
	n.Range = f(n.Range)
	for i := range n.Fields {
		n.Fields[i].KeyRange = f(n.Fields[i].KeyRange)
		setRanges(n.Fields[i].Value, f)
	}
	for _, it := range n.Items {
		setRanges(it, f)
	}
}
