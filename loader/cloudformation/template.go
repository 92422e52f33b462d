package cloudformation

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/source"
)

// template is a parsed template split into its sections.
type template struct {
	file       string
	data       []byte
	root       *node
	params     map[string]*parameter
	mappings   *node
	conditions map[string]*node
	resources  map[string]*resource
	order      []*resource
}

// resource is one entry of the Resources section.
type resource struct {
	id, typ, address string
	def              *node
	// rng spans the logical id and the resource's mapping.
	rng       source.Range
	props     *node
	condition string
	dependsOn []dependency
	// implicit marks a resource a transform creates (a SAM function's
	// role): it can be referred to but is modelled by its creator.
	implicit bool
}

type dependency struct {
	id  string
	rng source.Range
}

func readTemplate(file string, root *node) (*template, []source.Diagnostic) {
	t := &template{file: file, root: root, conditions: map[string]*node{}, resources: map[string]*resource{}}
	if root.kind != source.Object {
		return nil, []source.Diagnostic{errorAt(root.rng, "template is not a mapping", "a template is a YAML mapping or JSON object with a Resources section")}
	}
	t.mappings = root.get("Mappings")
	if c := root.get("Conditions"); c != nil {
		for _, f := range c.fields {
			t.conditions[f.key] = f.value
		}
	}
	diags := t.readResources(root.get("Resources"))
	return t, diags
}

func (t *template) readResources(section *node) []source.Diagnostic {
	var diags []source.Diagnostic
	if section == nil || section.kind != source.Object {
		at := t.root.rng
		if section != nil {
			at = section.rng
		}
		return []source.Diagnostic{errorAt(at, "template has no Resources mapping", "")}
	}
	for _, f := range section.fields {
		if strings.HasPrefix(f.key, "Fn::ForEach::") {
			diags = append(diags, warningAt(f.keyRng, fmt.Sprintf("%s is not expanded", f.key),
				"the resources this loop creates are not modelled"))
			continue
		}
		r, d := t.readResource(f)
		diags = append(diags, d...)
		if r != nil {
			t.resources[r.id] = r
			t.order = append(t.order, r)
		}
	}
	t.addImplicit()
	return diags
}

func (t *template) readResource(f field) (*resource, []source.Diagnostic) {
	def := f.value
	r := &resource{id: f.key, def: def, address: t.file + "#" + f.key, rng: fieldRange(f.keyRng, def.rng)}
	if def.kind != source.Object {
		return nil, []source.Diagnostic{errorAt(def.rng, fmt.Sprintf("resource %s is not a mapping", f.key), "")}
	}
	typ := def.get("Type")
	if typ != nil && typ.tag != "" {
		return nil, []source.Diagnostic{warningAt(typ.rng, fmt.Sprintf("resource %s has a computed Type", f.key),
			"a Type built by a tool before deployment (such as a Rain module) is not modelled")}
	}
	if typ == nil || typ.kind != source.String {
		return nil, []source.Diagnostic{errorAt(r.rng, fmt.Sprintf("resource %s has no Type", f.key), "")}
	}
	r.typ, r.props = typ.scalar, def.get("Properties")
	if c := def.get("Condition"); c != nil && c.kind == source.String {
		r.condition = c.scalar
	}
	r.dependsOn = dependencies(def.get("DependsOn"))
	return r, nil
}

func dependencies(n *node) []dependency {
	if n == nil {
		return nil
	}
	list := []*node{n}
	if n.kind == source.Array {
		list = n.items
	}
	var out []dependency
	for _, d := range list {
		if d.kind == source.String && d.tag == "" {
			out = append(out, dependency{id: d.scalar, rng: d.rng})
		}
	}
	return out
}

func errorAt(r source.Range, summary, detail string) source.Diagnostic {
	return source.Diagnostic{Severity: source.Error, Summary: summary, Detail: detail, Range: r}
}

func warningAt(r source.Range, summary, detail string) source.Diagnostic {
	return source.Diagnostic{Severity: source.Warning, Summary: summary, Detail: detail, Range: r}
}

// addImplicit declares the roles the SAM transform creates for functions
// that name no Role, so that templates can refer to them.
func (t *template) addImplicit() {
	for _, r := range t.order {
		id := r.id + "Role"
		if r.typ != "AWS::Serverless::Function" || r.props.get("Role") != nil || t.resources[id] != nil {
			continue
		}
		t.resources[id] = &resource{id: id, typ: "AWS::IAM::Role", address: t.file + "#" + id, def: r.def, rng: r.rng, implicit: true}
	}
}
