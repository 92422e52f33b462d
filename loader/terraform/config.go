package terraform

import (
	"sort"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// moduleConfig is the static content of one module directory.
type moduleConfig struct {
	dir       string
	files     []*file
	variables map[string]*variableConfig
	locals    map[string]*hcl.Attribute
	outputs   map[string]*hcl.Attribute
	// resources and data are in declaration order; byKey indexes both as
	// "type.name" and "data.type.name".
	resources []*resourceConfig
	data      []*resourceConfig
	byKey     map[string]*resourceConfig
	calls     map[string]*callConfig
	callOrder []string
	providers []*providerConfig
	imports   []*hcl.Block
}

type variableConfig struct {
	name     string
	def      hcl.Expression
	typ      cty.Type
	defaults *typeexpr.Defaults
	nullable bool
	rng      hcl.Range
}

type resourceConfig struct {
	data      bool
	typ, name string
	body      hcl.Body
	count     hcl.Expression
	forEach   hcl.Expression
	provider  string // "aws" or "aws.alias"
	rng       hcl.Range
	file      *file
}

func (r *resourceConfig) key() string {
	if r.data {
		return "data." + r.typ + "." + r.name
	}
	return r.typ + "." + r.name
}

type callConfig struct {
	name      string
	source    string
	sourceRng hcl.Range
	count     hcl.Expression
	forEach   hcl.Expression
	inputs    map[string]*hcl.Attribute
	providers map[string]string // child name -> parent name
	rng       hcl.Range
}

type providerConfig struct {
	name, alias string
	attrs       hcl.Attributes
	// roleARN is assume_role's role_arn: resources the provider creates
	// belong to that role's account.
	roleARN hcl.Expression
	rng     hcl.Range
}

var providerSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "assume_role"}}}

var fileSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "terraform"}, {Type: "provider", LabelNames: []string{"name"}},
	{Type: "variable", LabelNames: []string{"name"}}, {Type: "locals"},
	{Type: "output", LabelNames: []string{"name"}}, {Type: "module", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "moved"}, {Type: "import"}, {Type: "check", LabelNames: []string{"name"}}, {Type: "removed"},
	{Type: "ephemeral", LabelNames: []string{"type", "name"}},
}}

// readModule collects the declarations of the .tf files of one directory.
func readModule(dir string, files []*file) (*moduleConfig, []source.Diagnostic) {
	m := &moduleConfig{
		dir: dir, files: files,
		variables: map[string]*variableConfig{}, locals: map[string]*hcl.Attribute{},
		outputs: map[string]*hcl.Attribute{}, byKey: map[string]*resourceConfig{},
		calls: map[string]*callConfig{},
	}
	var diags hcl.Diagnostics
	for _, f := range files {
		content, _, d := f.body.PartialContent(fileSchema)
		diags = append(diags, d...)
		for _, b := range content.Blocks {
			diags = append(diags, m.addBlock(f, b)...)
		}
	}
	return m, fromHCL(diags)
}

func (m *moduleConfig) addBlock(f *file, b *hcl.Block) hcl.Diagnostics {
	switch b.Type {
	case "variable":
		return m.addVariable(b)
	case "locals":
		attrs, d := b.Body.JustAttributes()
		for name, a := range attrs {
			m.locals[name] = a
		}
		return d
	case "output":
		content, _, d := b.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "value"}}})
		if a := content.Attributes["value"]; a != nil {
			m.outputs[b.Labels[0]] = a
		}
		return d
	case "module":
		return m.addCall(b)
	case "resource", "data":
		return m.addResource(f, b)
	case "provider":
		return m.addProvider(b)
	case "import":
		m.imports = append(m.imports, b)
	}
	return nil
}

var variableSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "default"}, {Name: "type"}, {Name: "nullable"},
}}

func (m *moduleConfig) addVariable(b *hcl.Block) hcl.Diagnostics {
	content, _, diags := b.Body.PartialContent(variableSchema)
	v := &variableConfig{name: b.Labels[0], typ: cty.DynamicPseudoType, nullable: true, rng: b.DefRange}
	if a := content.Attributes["default"]; a != nil {
		v.def = a.Expr
	}
	if a := content.Attributes["type"]; a != nil {
		t, defaults, d := typeexpr.TypeConstraintWithDefaults(a.Expr)
		if !d.HasErrors() {
			v.typ, v.defaults = t, defaults
		}
		diags = append(diags, d...)
	}
	if a := content.Attributes["nullable"]; a != nil {
		if val, d := a.Expr.Value(nil); !d.HasErrors() && val.Type() == cty.Bool && val.IsKnown() && !val.IsNull() {
			v.nullable = val.True()
		}
	}
	m.variables[v.name] = v
	return diags
}

var metaSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{
	{Name: "count"}, {Name: "for_each"}, {Name: "provider"},
}}

func (m *moduleConfig) addResource(f *file, b *hcl.Block) hcl.Diagnostics {
	content, _, diags := b.Body.PartialContent(metaSchema)
	r := &resourceConfig{data: b.Type == "data", typ: b.Labels[0], name: b.Labels[1], body: b.Body, rng: blockRange(b), file: f}
	if a := content.Attributes["count"]; a != nil {
		r.count = a.Expr
	}
	if a := content.Attributes["for_each"]; a != nil {
		r.forEach = a.Expr
	}
	if a := content.Attributes["provider"]; a != nil {
		r.provider = traversalText(a.Expr)
	}
	if _, dup := m.byKey[r.key()]; dup {
		return append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "duplicate " + b.Type + " block",
			Detail: r.key() + " is declared more than once.", Subject: &r.rng})
	}
	m.byKey[r.key()] = r
	if r.data {
		m.data = append(m.data, r)
	} else {
		m.resources = append(m.resources, r)
	}
	return diags
}

func (m *moduleConfig) addCall(b *hcl.Block) hcl.Diagnostics {
	attrs, diags := b.Body.JustAttributes()
	c := &callConfig{name: b.Labels[0], inputs: map[string]*hcl.Attribute{}, providers: map[string]string{}, rng: b.DefRange}
	for name, a := range attrs {
		switch name {
		case "source":
			v, _ := a.Expr.Value(nil)
			if v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
				c.source = v.AsString()
			}
			c.sourceRng = a.Expr.Range()
		case "count":
			c.count = a.Expr
		case "for_each":
			c.forEach = a.Expr
		case "providers":
			c.providers = providerMap(a.Expr)
		case "version", "depends_on":
		default:
			c.inputs[name] = a
		}
	}
	m.calls[c.name] = c
	m.callOrder = append(m.callOrder, c.name)
	sort.Strings(m.callOrder)
	return diags
}

func (m *moduleConfig) addProvider(b *hcl.Block) hcl.Diagnostics {
	content, rest, _ := b.Body.PartialContent(providerSchema)
	attrs, _ := rest.JustAttributes()
	p := &providerConfig{name: b.Labels[0], attrs: attrs, rng: b.DefRange}
	for _, ar := range content.Blocks {
		if roleAttrs, _ := ar.Body.JustAttributes(); roleAttrs["role_arn"] != nil {
			p.roleARN = roleAttrs["role_arn"].Expr
		}
	}
	if a := attrs["alias"]; a != nil {
		if v, _ := a.Expr.Value(nil); v.Type() == cty.String && v.IsKnown() && !v.IsNull() {
			p.alias = v.AsString()
		}
	}
	m.providers = append(m.providers, p)
	// Blocks such as assume_role make JustAttributes complain; they are
	// not needed here, so neither are its diagnostics.
	return nil
}

// providerMap reads `providers = { aws = aws.west }`.
func providerMap(expr hcl.Expression) map[string]string {
	out := map[string]string{}
	pairs, _ := hcl.ExprMap(expr)
	for _, p := range pairs {
		k, v := traversalText(p.Key), traversalText(p.Value)
		if k != "" && v != "" {
			out[k] = v
		}
	}
	return out
}

// traversalText renders a bare reference such as aws.west as text.
func traversalText(expr hcl.Expression) string {
	t, d := hcl.AbsTraversalForExpr(expr)
	if d.HasErrors() {
		return ""
	}
	s := t.RootName()
	for _, step := range t[1:] {
		if a, ok := step.(hcl.TraverseAttr); ok {
			s += "." + a.Name
		}
	}
	return s
}

// blockRange is the whole block where the syntax knows it, else its header.
func blockRange(b *hcl.Block) hcl.Range {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.DefRange, sb.SrcRange)
	}
	return b.DefRange
}
