package cloudformation

import (
	"fmt"
	"strings"

	"github.com/denylint/denylint/source"
)

// fnSub is Fn::Sub in both forms: a string, or [string, {Name: value}].
// ${Name} is a variable, a parameter, a resource's Ref or a pseudo
// parameter; ${Resource.Attribute} is Fn::GetAtt; ${!Literal} is written as
// ${Literal}.
func fnSub(e *evaluator, arg *node, at source.Range) *source.Node {
	format, vars := arg, map[string]*node{}
	if arg.kind == source.Array && arg.tag == "" {
		items, ok := e.args("Fn::Sub", arg, at, 2, 2)
		if !ok {
			return unknownNode("Fn::Sub at "+at.String(), at)
		}
		format = items[0]
		for _, f := range items[1].fields {
			vars[f.key] = f.value
		}
	}
	tmpl, ok := e.textArg("Fn::Sub", format)
	if !ok {
		return unknownNode("Fn::Sub at "+at.String(), at)
	}
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "${")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		b.WriteString(e.substitute(tmpl[i+2:i+j], vars, at))
		tmpl = tmpl[i+j+1:]
	}
	return e.capped("Fn::Sub", b.String(), at)
}

// substitute returns the text that replaces ${name}.
func (e *evaluator) substitute(name string, vars map[string]*node, at source.Range) string {
	if strings.HasPrefix(name, "!") {
		return "${" + name[1:] + "}"
	}
	name = strings.TrimSpace(name)
	var v *source.Node
	if n, ok := vars[name]; ok {
		v = e.value(n)
	} else if id, attr, ok := strings.Cut(name, "."); ok {
		v = e.getAtt(id, attr, at)
	} else {
		v = e.lookup(name, at)
	}
	s, ok := text(v)
	if !ok {
		e.diags = append(e.diags, errorAt(at, fmt.Sprintf("Fn::Sub variable %s is not a string", name), ""))
		return "${" + name + "}"
	}
	return s
}
