package cloudformation

import (
	"fmt"
	"slices"
	"strings"

	"github.com/denylint/denylint/source"
)

// parameter is a template parameter with the value it takes.
type parameter struct {
	name, typ string
	// value is the parameter's value at the declaration's range; unknown
	// when nothing gives it one.
	value *source.Node
}

// override is a value given outside the template, with where it was given.
type override struct {
	value string
	rng   source.Range
	from  string
}

// readParams resolves every declared parameter: a --param value wins over
// a parameters file, which wins over the Default.
func readParams(t *template, overrides map[string]override) ([]source.Diagnostic, map[string]*parameter) {
	var diags []source.Diagnostic
	params := map[string]*parameter{}
	section := t.root.get("Parameters")
	if section == nil {
		return nil, params
	}
	for _, f := range section.fields {
		p := &parameter{name: f.key, typ: "String"}
		if ty := f.value.get("Type"); ty != nil {
			p.typ = ty.scalar
		}
		at := fieldRange(f.keyRng, f.value.rng)
		raw, rng, from, ok := chooseValue(f.value, overrides[f.key], at)
		if ok {
			diags = append(diags, checkAllowed(f.key, f.value.get("AllowedValues"), raw, rng, from)...)
		}
		p.value = parameterValue(t.file, p, raw, ok, at)
		params[f.key] = p
	}
	return diags, params
}

func chooseValue(decl *node, o override, at source.Range) (string, source.Range, string, bool) {
	if o.from != "" {
		if o.rng.IsZero() {
			o.rng = at
		}
		return o.value, o.rng, o.from, true
	}
	if d := decl.get("Default"); d != nil && d.tag == "" && d.kind != source.Object && d.kind != source.Array {
		return d.scalar, d.rng, "Default", true
	} else if d != nil && d.kind == source.Array {
		parts := make([]string, 0, len(d.items))
		for _, item := range d.items {
			parts = append(parts, item.scalar)
		}
		return strings.Join(parts, ","), d.rng, "Default", true
	}
	return "", at, "", false
}

func checkAllowed(name string, allowed *node, value string, at source.Range, from string) []source.Diagnostic {
	if allowed == nil || allowed.kind != source.Array {
		return nil
	}
	var values []string
	for _, a := range allowed.items {
		values = append(values, a.scalar)
	}
	if slices.Contains(values, value) {
		return nil
	}
	return []source.Diagnostic{errorAt(at, fmt.Sprintf("parameter %s value %q is not allowed", name, value),
		fmt.Sprintf("the value comes from %s; AllowedValues are %s", from, strings.Join(values, ", ")))}
}

// parameterValue turns a parameter's text into its value. SSM parameter
// types hold the name of an SSM parameter, whose value is unknown.
func parameterValue(file string, p *parameter, raw string, ok bool, at source.Range) *source.Node {
	list := strings.Contains(p.typ, "List<") || strings.Contains(p.typ, "CommaDelimitedList")
	switch {
	case strings.HasPrefix(p.typ, "AWS::SSM::Parameter::Value<"):
		if !ok {
			return unknownNode(file+"#"+p.name, at)
		}
		if list {
			return unknownNode("ssm:"+raw, at)
		}
		return unknownString("ssm:"+raw, at)
	case !ok && list:
		return unknownNode(file+"#"+p.name, at)
	case !ok:
		return unknownString(file+"#"+p.name, at)
	case list:
		out := &source.Node{Kind: source.Array, Range: at}
		for _, part := range strings.Split(raw, ",") {
			out.Items = append(out.Items, stringNode(strings.TrimSpace(part), at))
		}
		return out
	}
	return stringNode(raw, at)
}
