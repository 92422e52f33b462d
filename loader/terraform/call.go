package terraform

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
	"github.com/zclconf/go-cty/cty"
)

// maxModuleDepth stops runaway module nesting that a cycle would cause.
const maxModuleDepth = 32

// callNode is a module block of a module instance.
type callNode struct {
	cfg      *callConfig
	mod      *module
	state    uint8
	rep      repetition
	children []*module
	keys     []instanceKey
	// followed is false for a module whose source is not read.
	followed bool
	outs     []map[string]cty.Value
	remote   map[string]cty.Value
}

func (c *callNode) expand() []*module {
	if c.state != 0 {
		return c.children
	}
	c.state = 1
	cfg := c.mod.ev.callConfig(c.mod, c.cfg)
	c.followed = cfg != nil
	if cfg != nil {
		s := c.mod.scope()
		c.rep, c.keys = repeat(s, c.cfg.count, c.cfg.forEach)
		for _, k := range c.keys {
			c.children = append(c.children, c.child(cfg, s, k))
			c.outs = append(c.outs, map[string]cty.Value{})
		}
	}
	c.state = 2
	return c.children
}

func (c *callNode) child(cfg *moduleConfig, s *scope, k instanceKey) *module {
	addr := "module." + c.cfg.name + k.suffix
	if c.mod.addr != "" {
		addr = c.mod.addr + "." + addr
	}
	child := newModule(c.mod.ev, cfg, addr, c.mod)
	child.callPath = c.cfg.name
	if c.mod.callPath != "" {
		child.callPath = c.mod.callPath + "." + c.cfg.name
	}
	cs := s
	for name, v := range k.symbols {
		cs = cs.with(name, v)
	}
	for name, a := range c.cfg.inputs {
		expr := a.Expr
		child.inputs[name] = func() cty.Value { return cs.eval(expr) }
	}
	child.callers = append(append([]source.Range{}, c.mod.callers...), source.FromHCL(c.cfg.rng))
	child.providers = inheritProviders(c.mod.providers, c.cfg.providers)
	child.configureProviders()
	return child
}

// value is what module.NAME evaluates to: the outputs of each instance.
// Only the output asked for is evaluated, so that two modules feeding
// each other through different outputs do not form a cycle.
func (c *callNode) value(out string, deeper bool) cty.Value {
	if c.state == 1 {
		return cty.DynamicVal
	}
	c.expand()
	if !c.followed {
		if out == "" || deeper || c.cfg.count != nil || c.cfg.forEach != nil {
			return cty.DynamicVal
		}
		// Keep every output asked for so far: two references to one
		// module in one expression must both resolve.
		if c.remote == nil {
			c.remote = map[string]cty.Value{}
		}
		c.remote[out] = cty.StringVal(iam.Unknown(c.mod.qualify("module." + c.cfg.name + "." + out)))
		return cty.ObjectVal(c.remote)
	}
	objs := make([]cty.Value, len(c.children))
	for i, child := range c.children {
		c.fill(i, child, out, deeper)
		objs[i] = cty.ObjectVal(c.outs[i])
	}
	switch c.rep {
	case single:
		if len(objs) == 1 {
			return objs[0]
		}
	case byCount:
		return cty.TupleVal(objs)
	case byForEach:
		m := make(map[string]cty.Value, len(objs))
		for i, k := range c.keys {
			m[k.key.AsString()] = objs[i]
		}
		return cty.ObjectVal(m)
	}
	return cty.DynamicVal
}

func (c *callNode) fill(i int, child *module, out string, deeper bool) {
	names := []string{out}
	if out == "" {
		names = names[:0]
		for name := range child.cfg.outputs {
			names = append(names, name)
		}
	}
	for _, name := range names {
		if _, done := c.outs[i][name]; done {
			continue
		}
		switch {
		case child.cfg.outputs[name] != nil:
			c.outs[i][name] = child.output(name)
		case deeper:
			c.outs[i][name] = cty.DynamicVal
		default:
			c.outs[i][name] = cty.StringVal(iam.Unknown(child.qualify(name)))
		}
	}
}

// callConfig finds the configuration a module block calls: a local
// directory, or one that `terraform init` installed. Anything else is not
// followed, with a note.
func (ev *evaluator) callConfig(parent *module, c *callConfig) *moduleConfig {
	dir, ok := "", false
	if isLocalSource(c.source) {
		dir, ok = filepath.Clean(filepath.Join(parent.cfg.dir, c.source)), true
	} else if d, found := ev.installedModule(parent, c.name); found {
		dir, ok = d, true
	}
	if !ok {
		ev.report(diagAt(source.Note, c.sourceRng, "remote module not followed",
			"Module "+c.name+" comes from "+c.source+", which denylint does not download; its outputs are unknown. Run terraform init to let denylint read it from .terraform/modules."))
		return nil
	}
	if parent.callsDir(dir) {
		ev.report(diagAt(source.Error, c.rng, "module cycle", "Module "+c.name+" calls "+dir+", which is already being evaluated."))
		return nil
	}
	if parent.depth >= maxModuleDepth {
		ev.report(diagAt(source.Error, c.rng, "modules nested too deeply",
			fmt.Sprintf("Module %s is nested %d calls deep; denylint follows at most %d levels of module calls and takes its outputs as unknown.", c.name, parent.depth+1, maxModuleDepth)))
		return nil
	}
	cfg := ev.moduleDir(dir)
	if cfg == nil {
		ev.report(diagAt(source.Error, c.sourceRng, "module directory not found",
			"Module "+c.name+" refers to "+dir+", which has no Terraform files."))
	}
	return cfg
}

// callsDir reports whether dir is the directory of m or of a module that
// calls it, comparing real paths so that a symbolic link cannot disguise
// a cycle.
func (m *module) callsDir(dir string) bool {
	real := realPath(dir)
	for p := m; p != nil; p = p.parent {
		if p.cfg.dir == dir || realPath(p.cfg.dir) == real {
			return true
		}
	}
	return false
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

func isLocalSource(src string) bool {
	return strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".."
}
