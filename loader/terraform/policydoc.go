package terraform

import (
	"sort"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// renderPolicyDocument builds what data "aws_iam_policy_document" renders:
// source documents first, this document's statements merged into them by
// Sid, then each override document merged by Sid. Every statement keeps
// the range of the block (or document) it came from.
func renderPolicyDocument(c *computer) *source.Node {
	bv := c.inst.body
	w := &docWriter{c: c, bv: bv}
	var stmts []*source.Node
	for _, doc := range w.documents("source_policy_documents") {
		stmts = mergeBySid(stmts, doc, false)
	}
	var own []*source.Node
	for _, sb := range bv.blocks["statement"] {
		own = append(own, w.statement(sb))
	}
	stmts = mergeBySid(stmts, own, true)
	for _, doc := range w.documents("override_policy_documents") {
		stmts = mergeBySid(stmts, doc, true)
	}
	doc := w.object(bv.rng)
	version := c.str("version")
	if version == "" {
		version = "2012-10-17"
	}
	w.field(doc, "Version", w.str(version, bv.attrRange("version")))
	if id := c.str("policy_id"); id != "" {
		w.field(doc, "Id", w.str(id, bv.attrRange("policy_id")))
	}
	list := &source.Node{Kind: source.Array, Items: stmts, Range: source.FromHCL(bv.rng)}
	w.field(doc, "Statement", list)
	return doc
}

// mergeBySid adds stmts to base: a statement whose Sid is already there
// replaces it in place (when override), otherwise it is appended.
func mergeBySid(base, stmts []*source.Node, override bool) []*source.Node {
	for _, s := range stmts {
		sid := ""
		if n := s.Get("Sid"); n != nil && n.Kind == source.String {
			sid = n.Scalar
		}
		replaced := false
		if sid != "" {
			for i, b := range base {
				if n := b.Get("Sid"); n != nil && n.Scalar == sid {
					if override {
						base[i] = s
					}
					replaced = true
					break
				}
			}
		}
		if !replaced {
			base = append(base, s)
		}
	}
	return base
}

type docWriter struct {
	c  *computer
	bv *blockVal
}

func (w *docWriter) object(rng hcl.Range) *source.Node {
	return &source.Node{Kind: source.Object, Range: source.FromHCL(rng)}
}

func (w *docWriter) field(n *source.Node, key string, v *source.Node) {
	n.Fields = append(n.Fields, source.Field{Key: key, KeyRange: v.Range, Value: v})
}

func (w *docWriter) str(s string, rng hcl.Range) *source.Node {
	return &source.Node{Kind: source.String, Scalar: s, Range: source.FromHCL(rng)}
}

// documents reads a list-of-JSON argument, each text traced to where it
// was written when the evaluation produced it.
func (w *docWriter) documents(attr string) [][]*source.Node {
	v, ok := w.bv.attrs[attr]
	if !ok || v.IsNull() {
		return nil
	}
	rng := w.bv.attrRange(attr)
	if !v.IsWhollyKnown() || !v.CanIterateElements() {
		return [][]*source.Node{{w.unknown(rng, attr)}}
	}
	var out [][]*source.Node
	for it := v.ElementIterator(); it.Next(); {
		_, d := it.Element()
		if d.IsNull() || d.Type() != cty.String {
			continue
		}
		n := w.c.inst.res.mod.ev.traced(d.AsString(), rng)
		if st := n.Get("Statement"); st != nil {
			switch st.Kind {
			case source.Array:
				out = append(out, st.Items)
			case source.Object, source.Unknown:
				out = append(out, []*source.Node{st})
			}
		} else if n.Kind == source.Unknown {
			out = append(out, []*source.Node{n})
		}
	}
	return out
}

func (w *docWriter) unknown(rng hcl.Range, what string) *source.Node {
	return &source.Node{Kind: source.Unknown, Scalar: w.c.inst.addr + "." + what, Range: source.FromHCL(rng)}
}

func (w *docWriter) statement(sb *blockVal) *source.Node {
	n := w.object(sb.rng)
	if sid := blockStr(sb, "sid"); sid != "" {
		w.field(n, "Sid", w.str(sid, sb.attrRange("sid")))
	}
	effect := blockStr(sb, "effect")
	if effect == "" {
		effect = "Allow"
	}
	w.field(n, "Effect", w.str(effect, sb.attrRange("effect")))
	for _, p := range [][2]string{{"actions", "Action"}, {"not_actions", "NotAction"}, {"resources", "Resource"}, {"not_resources", "NotResource"}} {
		if v := w.stringSet(sb, p[0]); v != nil {
			w.field(n, p[1], v)
		}
	}
	for _, p := range [][2]string{{"principals", "Principal"}, {"not_principals", "NotPrincipal"}} {
		if v := w.principals(sb, p[0]); v != nil {
			w.field(n, p[1], v)
		}
	}
	if v := w.conditions(sb); v != nil {
		w.field(n, "Condition", v)
	}
	return n
}

// stringSet renders a set argument as the provider does: one element as a
// string, more as a list in reverse lexical order.
func (w *docWriter) stringSet(sb *blockVal, attr string) *source.Node {
	v, ok := sb.attrs[attr]
	if !ok || v.IsNull() {
		return nil
	}
	return w.setNode(v, sb.attrRange(attr), attr)
}

func (w *docWriter) setNode(v cty.Value, rng hcl.Range, what string) *source.Node {
	if !v.IsWhollyKnown() || !v.CanIterateElements() {
		return w.unknown(rng, what)
	}
	var items []string
	seen := map[string]bool{}
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		s := valueString(e, w.c.inst.addr+"."+what)
		if !seen[s] {
			seen[s] = true
			items = append(items, s)
		}
	}
	if len(items) == 1 {
		return w.str(items[0], rng)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(items)))
	n := &source.Node{Kind: source.Array, Range: source.FromHCL(rng)}
	for _, s := range items {
		n.Items = append(n.Items, w.str(s, rng))
	}
	return n
}

func (w *docWriter) principals(sb *blockVal, typ string) *source.Node {
	blocks := sb.nested(typ)
	if len(blocks) == 0 {
		return nil
	}
	n := w.object(blocks[0].rng)
	byType := map[string][]cty.Value{}
	var order []string
	for _, b := range blocks {
		t := blockStr(b, "type")
		v := b.attrs["identifiers"]
		if t == "*" {
			return w.str("*", b.rng)
		}
		if _, ok := byType[t]; !ok {
			order = append(order, t)
		}
		if v.IsKnown() && !v.IsNull() && v.CanIterateElements() {
			byType[t] = append(byType[t], v.AsValueSlice()...)
		} else {
			byType[t] = append(byType[t], cty.DynamicVal)
		}
	}
	sort.Strings(order)
	for _, t := range order {
		w.field(n, t, w.setNode(listOf(byType[t]), blocks[0].rng, typ))
	}
	return n
}

func (w *docWriter) conditions(sb *blockVal) *source.Node {
	blocks := sb.nested("condition")
	if len(blocks) == 0 {
		return nil
	}
	n := w.object(blocks[0].rng)
	ops := map[string]*source.Node{}
	var order []string
	for _, b := range blocks {
		test := blockStr(b, "test")
		if ops[test] == nil {
			ops[test] = w.object(b.rng)
			order = append(order, test)
		}
		w.field(ops[test], blockStr(b, "variable"), w.setNode(b.attrs["values"], b.attrRange("values"), "condition"))
	}
	sort.Strings(order)
	for _, t := range order {
		w.field(n, t, ops[t])
	}
	return n
}

func listOf(vals []cty.Value) cty.Value {
	for _, v := range vals {
		if !v.IsKnown() {
			return cty.DynamicVal
		}
	}
	return cty.TupleVal(vals)
}
