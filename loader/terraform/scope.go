package terraform

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// scope is where an expression is evaluated: a module instance plus the
// iteration symbols (count, each, dynamic block iterators) in force.
type scope struct {
	mod   *module
	extra map[string]cty.Value
}

// with returns a child scope that also defines name.
func (s *scope) with(name string, v cty.Value) *scope {
	extra := make(map[string]cty.Value, len(s.extra)+1)
	for k, x := range s.extra {
		extra[k] = x
	}
	extra[name] = v
	return &scope{mod: s.mod, extra: extra}
}

// eval evaluates expr; what cannot be evaluated becomes unknown and a
// warning, never a failure of the whole file.
func (s *scope) eval(expr hcl.Expression) (v cty.Value) {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	defer func() {
		if r := recover(); r != nil {
			s.mod.ev.report(diagAt("warning", expr.Range(), "expression could not be evaluated", sprint(r)))
			v = cty.DynamicVal
		}
	}()
	// Each reference is evaluated inside the expression that names it, so
	// a chain of locals recurses as deep as it is long.
	ev := s.mod.ev
	if ev.depth >= maxEvalDepth {
		ev.report(diagAt(source.Warning, expr.Range(), "references nested too deeply",
			fmt.Sprintf("Evaluating this expression needs a chain of more than %d references; denylint takes its value as unknown.", maxEvalDepth)))
		return cty.DynamicVal
	}
	ev.depth++
	defer func() { ev.depth-- }()
	refs := expr.Variables()
	ctx := s.context(refs)
	if inputTooLarge(refs, ctx) {
		s.mod.ev.report(diagAt(source.Warning, expr.Range(), "expression too large",
			fmt.Sprintf("The values this expression refers to hold more than %d bytes of text in all; denylint takes its value as unknown.", maxExprInput)))
		return cty.DynamicVal
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		s.mod.ev.reportHCL(diags)
		return cty.UnknownVal(v.Type())
	}
	if tooLarge(v) {
		s.mod.ev.report(diagAt(source.Warning, expr.Range(), "value too large",
			fmt.Sprintf("This value holds more than %d bytes of text or %d elements; denylint takes it as unknown.", maxValueSize, maxElements)))
		return cty.UnknownVal(v.Type())
	}
	s.remember(expr, v)
	return v
}

// context builds an evaluation context holding just the symbols an
// expression refers to (refs), so that only what is needed gets
// evaluated. Most expressions are literals and refer to nothing: they
// share one context per module, as evaluating never changes a context.
func (s *scope) context(refs []hcl.Traversal) *hcl.EvalContext {
	if len(refs) == 0 {
		if s.mod.bare == nil {
			s.mod.bare = &hcl.EvalContext{Variables: map[string]cty.Value{}, Functions: s.mod.funcs}
		}
		return s.mod.bare
	}
	b := &ctxBuilder{s: s}
	for _, t := range refs {
		b.add(t)
	}
	return &hcl.EvalContext{Variables: b.variables(), Functions: s.mod.funcs}
}

type ctxBuilder struct {
	s      *scope
	vars   map[string]cty.Value
	groups map[string]map[string]cty.Value // var, local, module, resource types
	data   map[string]map[string]cty.Value // data type -> name
}

func (b *ctxBuilder) set(group, name string, v cty.Value) {
	if b.groups == nil {
		b.groups = map[string]map[string]cty.Value{}
	}
	if b.groups[group] == nil {
		b.groups[group] = map[string]cty.Value{}
	}
	b.groups[group][name] = v
}

func (b *ctxBuilder) add(t hcl.Traversal) {
	root := t.RootName()
	if v, ok := b.s.extra[root]; ok {
		b.setVar(root, v)
		return
	}
	m := b.s.mod
	name, _ := attrStep(t, 1)
	switch root {
	case "var":
		if _, ok := m.cfg.variables[name]; ok {
			b.set(root, name, m.variable(name))
		} else if name != "" {
			b.undeclared(t, "variable", "var."+name)
		}
	case "local":
		if _, ok := m.cfg.locals[name]; ok {
			b.set(root, name, m.local(name))
		} else if name != "" {
			b.undeclared(t, "local value", "local."+name)
		}
	case "module":
		if c := m.calls[name]; c != nil {
			out, more := attrStep(t, 2+indexSteps(t, 1))
			b.set(root, name, c.value(out, more > 0))
		} else if name != "" {
			b.undeclared(t, "module call", "module."+name)
		}
	case "data":
		b.addData(t, name)
	case "path":
		// As in Terraform, paths are relative to where terraform runs (the
		// root module's directory), which is also where file() reads from.
		b.setVar(root, cty.ObjectVal(map[string]cty.Value{
			"module": cty.StringVal(relativeDir(m.root.cfg.dir, m.cfg.dir)), "root": cty.StringVal("."), "cwd": cty.StringVal("."),
		}))
	case "terraform":
		b.setVar(root, cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")}))
	case "count", "each", "self":
		b.setVar(root, cty.DynamicVal)
	default:
		b.addResource(t, root, name)
	}
}

func (b *ctxBuilder) addResource(t hcl.Traversal, typ, name string) {
	r := b.s.mod.resources[typ+"."+name]
	if r == nil {
		if name != "" {
			b.undeclared(t, "resource", typ+"."+name)
		}
		return
	}
	attr, more := attrStep(t, 2+indexSteps(t, 1))
	b.set(typ, name, r.reference(attr, more > 0))
}

func (b *ctxBuilder) addData(t hcl.Traversal, typ string) {
	name, _ := attrStep(t, 2)
	r := b.s.mod.resources["data."+typ+"."+name]
	if r == nil {
		if name != "" {
			b.undeclared(t, "data source", "data."+typ+"."+name)
		}
		return
	}
	attr, more := attrStep(t, 3+indexSteps(t, 2))
	if !strings.HasPrefix(typ, "aws_") {
		// Another provider's data source is unknown through and through;
		// its attributes may be lists or objects (tls_certificate's
		// certificates[*].sha1_fingerprint), not strings.
		more = 1
	}
	if b.data == nil {
		b.data = map[string]map[string]cty.Value{}
	}
	if b.data[typ] == nil {
		b.data[typ] = map[string]cty.Value{}
	}
	b.data[typ][name] = r.reference(attr, more > 0)
}

// undeclared reports a reference to nothing; its value stays unknown.
func (b *ctxBuilder) undeclared(t hcl.Traversal, kind, name string) {
	b.s.mod.ev.report(diagAt("warning", t.SourceRange(), "reference to undeclared "+kind,
		"There is no "+kind+" "+name+" in this module; its value is taken as unknown."))
	root, attr := t.RootName(), name[len(t.RootName())+1:]
	if root == "data" {
		return
	}
	if i := len(attr); i > 0 {
		b.set(root, firstSegment(attr), cty.DynamicVal)
	}
}

func (b *ctxBuilder) setVar(name string, v cty.Value) {
	if b.vars == nil {
		b.vars = map[string]cty.Value{}
	}
	b.vars[name] = v
}

func (b *ctxBuilder) variables() map[string]cty.Value {
	out := make(map[string]cty.Value, len(b.groups)+len(b.vars)+1)
	for k, v := range b.vars {
		out[k] = v
	}
	for g, members := range b.groups {
		out[g] = cty.ObjectVal(members)
	}
	if len(b.data) > 0 {
		types := map[string]cty.Value{}
		for typ, members := range b.data {
			types[typ] = cty.ObjectVal(members)
		}
		out["data"] = cty.ObjectVal(types)
	}
	return out
}

// attrStep returns the attribute name at step i of t and how many steps
// follow it.
func attrStep(t hcl.Traversal, i int) (string, int) {
	if i >= len(t) {
		return "", 0
	}
	switch s := t[i].(type) {
	case hcl.TraverseAttr:
		return s.Name, len(t) - i - 1
	case hcl.TraverseIndex:
		if s.Key.Type() == cty.String && s.Key.IsKnown() {
			return s.Key.AsString(), len(t) - i - 1
		}
	}
	return "", 0
}

// indexSteps counts the index steps (instance keys) that follow step i.
func indexSteps(t hcl.Traversal, i int) int {
	n := 0
	for j := i + 1; j < len(t); j++ {
		if _, ok := t[j].(hcl.TraverseIndex); !ok {
			break
		}
		n++
	}
	return n
}

func firstSegment(s string) string {
	for i, r := range s {
		if r == '.' || r == '[' {
			return s[:i]
		}
	}
	return s
}

// remember registers the positioned tree of a policy-like value that an
// expression produced, so that whoever uses the text later can find where
// its statements were written.
func (s *scope) remember(expr hcl.Expression, v cty.Value) {
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return
	}
	text := v.AsString()
	if _, ok := s.mod.ev.prov[text]; ok || !looksLikeJSONObject(text) {
		return
	}
	switch e := unwrap(expr).(type) {
	case *hclsyntax.FunctionCallExpr:
		if e.Name == "jsonencode" && len(e.Args) == 1 {
			arg := e.Args[0]
			s.mod.ev.addProv(text, func() *source.Node { return s.nodeOf(arg) })
		}
	case *hclsyntax.TemplateExpr:
		f := s.mod.ev.file(e.SrcRange.Filename)
		if f != nil {
			s.mod.ev.addProv(text, func() *source.Node { return templateNode(f, e, text) })
		}
	}
}

// relativeDir is dir relative to root, in slash form like Terraform's
// path values; dir itself when it cannot be made relative.
func relativeDir(root, dir string) string {
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return dir
	}
	return filepath.ToSlash(rel)
}
