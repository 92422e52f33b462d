package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// module is one instance of a module: the root, or a call's instance.
type module struct {
	ev   *evaluator
	cfg  *moduleConfig
	addr string // "" for a root, "module.a[0].module.b" below
	// callPath names the module by its calls alone ("a.b"), as
	// modules.json does.
	callPath string
	prefix   string // "<rootdir>#" when several roots load together
	root     *module
	parent   *module
	// inputs are the values the caller passes (or the root's variable
	// values), evaluated lazily in the caller's scope.
	inputs    map[string]func() cty.Value
	vars      map[string]*lazy
	locals    map[string]*lazy
	outputs   map[string]*lazy
	resources map[string]*resourceNode
	calls     map[string]*callNode
	providers map[string]*providerInfo
	callers   []source.Range
	depth     int
	// funcs is the function table of the root the module belongs to, and
	// budget the iterations left to it.
	funcs  map[string]function.Function
	budget *budget
	// bare is the context of expressions that refer to nothing.
	bare *hcl.EvalContext
}

func newModule(ev *evaluator, cfg *moduleConfig, addr string, parent *module) *module {
	m := &module{
		ev: ev, cfg: cfg, addr: addr, parent: parent,
		inputs: map[string]func() cty.Value{}, vars: map[string]*lazy{}, locals: map[string]*lazy{},
		outputs: map[string]*lazy{}, resources: map[string]*resourceNode{}, calls: map[string]*callNode{},
	}
	m.root = m
	if parent != nil {
		m.root, m.prefix, m.depth, m.funcs, m.budget = parent.root, parent.prefix, parent.depth+1, parent.funcs, parent.budget
	}
	for name := range cfg.variables {
		m.vars[name] = &lazy{}
	}
	for name := range cfg.locals {
		m.locals[name] = &lazy{}
	}
	for name := range cfg.outputs {
		m.outputs[name] = &lazy{}
	}
	for key, r := range cfg.byKey {
		m.resources[key] = &resourceNode{cfg: r, mod: m}
	}
	for name, c := range cfg.calls {
		m.calls[name] = &callNode{cfg: c, mod: m}
	}
	return m
}

// qualify prefixes a module-relative name with this module's address.
func (m *module) qualify(name string) string {
	if m.addr == "" {
		return m.prefix + name
	}
	return m.prefix + m.addr + "." + name
}

func (m *module) scope() *scope { return &scope{mod: m} }

// variable returns the value of var.name: the caller's input converted to
// the declared type, else the default, else an unknown named after it.
func (m *module) variable(name string) cty.Value {
	cfg := m.cfg.variables[name]
	return m.vars[name].get(m.ev, cfg.rng, "var."+name, func() cty.Value {
		if in := m.inputs[name]; in != nil {
			v := in()
			switch {
			case !v.IsNull():
				return m.convertVar(cfg, v)
			case cfg.nullable || cfg.def == nil:
				return cty.NullVal(cfg.typ)
			}
			return m.convertVar(cfg, m.evalDefault(cfg))
		}
		if cfg.def != nil {
			return m.convertVar(cfg, m.evalDefault(cfg))
		}
		return unknownOfType(cfg.typ, m.qualify("var."+name))
	})
}

func (m *module) evalDefault(cfg *variableConfig) cty.Value {
	v, d := cfg.def.Value(nil)
	m.ev.reportHCL(d)
	return v
}

func (m *module) convertVar(cfg *variableConfig, v cty.Value) cty.Value {
	if cfg.defaults != nil && !v.IsNull() {
		v = cfg.defaults.Apply(v)
	}
	out, err := convertValue(v, cfg.typ)
	if err != nil {
		m.ev.report(diagAt(source.Warning, cfg.rng, "invalid value for variable",
			"var."+cfg.name+": "+err.Error()))
		return unknownOfType(cfg.typ, m.qualify("var."+cfg.name))
	}
	return out
}

func (m *module) local(name string) cty.Value {
	a := m.cfg.locals[name]
	return m.locals[name].get(m.ev, a.NameRange, "local."+name, func() cty.Value {
		return m.scope().eval(a.Expr)
	})
}

func (m *module) output(name string) cty.Value {
	a := m.cfg.outputs[name]
	return m.outputs[name].get(m.ev, a.NameRange, "output "+name, func() cty.Value {
		return m.scope().eval(a.Expr)
	})
}

// unknownOfType is what a value the configuration does not give becomes:
// a token for strings (so that templates keep their known parts), an
// unknown value otherwise.
func unknownOfType(t cty.Type, name string) cty.Value {
	if t == cty.String || t == cty.DynamicPseudoType {
		return cty.StringVal(iam.Unknown(name))
	}
	return cty.UnknownVal(t)
}

// walk evaluates every resource of the module and its children, in
// declaration order.
func (m *module) walk() {
	for _, r := range m.cfg.resources {
		m.resources[r.key()].expand()
	}
	for _, name := range m.cfg.callOrder {
		for _, child := range m.calls[name].expand() {
			child.walk()
		}
	}
}
