package tfplan

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/loader/terraform"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/zclconf/go-cty/cty"
)

// Load reads the plan in data (the text of file) into env. Its resources
// are the planned values; what the plan knows only after apply comes from
// the configuration beside the plan when there is one (evaluated as the
// Terraform loader does, and then its ranges are the findings' places),
// else from the plan's own configuration references, else stays unknown.
// The plan supersedes what the Terraform loader made of that
// configuration, so nothing is modelled twice.
func Load(env *model.Env, file string, data []byte, opts terraform.Options) []source.Diagnostic {
	root, d := source.ParseJSON(file, data, source.Pos{})
	if d != nil {
		return []source.Diagnostic{*d}
	}
	if root.Kind != source.Object {
		return []source.Diagnostic{{Severity: source.Error, Summary: "plan is not a JSON object",
			Detail: "terraform show -json writes one JSON object; this file holds something else.", Range: root.Range}}
	}
	p := newPlan(root)
	var objs []terraform.Object
	p.collect(root.Get("planned_values").Get("root_module"), &objs)
	beside, superseded := configurationBeside(file, opts)
	for i := range objs {
		if h, ok := beside[objs[i].Address]; ok {
			objs[i] = merge(objs[i], h)
		}
		terraform.Computed(&objs[i])
	}
	p.resolve(objs)
	supersede(env, superseded)
	var diags []source.Diagnostic
	if root.Get("planned_values") == nil {
		diags = append(diags, source.Diagnostic{Severity: source.Warning, Summary: "plan has no planned values",
			Detail: "Nothing to model: this looks like a plan of no changes or a state file; run terraform show -json on a saved plan.",
			Range:  root.Range})
	}
	return append(diags, terraform.Build(env, objs)...)
}

// plan indexes the parts of a plan that give each resource its context.
type plan struct {
	// unknown holds each instance's after_unknown, by address.
	unknown map[string]*source.Node
	// config holds each resource's configuration block, by its address
	// without instance keys ("module.a.aws_s3_bucket.b").
	config map[string]*source.Node
	// regions holds the region each provider configuration sets.
	regions map[string]string
}

func newPlan(root *source.Node) *plan {
	p := &plan{unknown: map[string]*source.Node{}, config: map[string]*source.Node{}, regions: map[string]string{}}
	if rc := root.Get("resource_changes"); rc != nil {
		for _, c := range rc.Items {
			if addr := c.Get("address"); addr != nil {
				p.unknown[addr.Scalar] = c.Get("change").Get("after_unknown")
			}
		}
	}
	cfg := root.Get("configuration")
	if pc := cfg.Get("provider_config"); pc != nil {
		for _, f := range pc.Fields {
			if r := f.Value.Get("expressions").Get("region").Get("constant_value"); r != nil && r.Kind == source.String {
				p.regions[f.Key] = r.Scalar
			}
		}
	}
	p.readModule(cfg.Get("root_module"), "")
	return p
}

// readModule indexes the resource configurations of a module and its
// calls, prefix being the module's address without keys ("module.a.").
func (p *plan) readModule(m *source.Node, prefix string) {
	if m == nil {
		return
	}
	if rs := m.Get("resources"); rs != nil {
		for _, r := range rs.Items {
			if a := r.Get("address"); a != nil {
				p.config[prefix+a.Scalar] = r
			}
		}
	}
	if calls := m.Get("module_calls"); calls != nil {
		for _, f := range calls.Fields {
			p.readModule(f.Value.Get("module"), prefix+"module."+f.Key+".")
		}
	}
}

// collect adds the managed resources of a planned module and its child
// modules to objs.
func (p *plan) collect(m *source.Node, objs *[]terraform.Object) {
	if m == nil {
		return
	}
	if rs := m.Get("resources"); rs != nil {
		for _, r := range rs.Items {
			if o, ok := p.object(r); ok {
				*objs = append(*objs, o)
			}
		}
	}
	if kids := m.Get("child_modules"); kids != nil {
		for _, k := range kids.Items {
			p.collect(k, objs)
		}
	}
}

func (p *plan) object(r *source.Node) (terraform.Object, bool) {
	addr, typ := r.Get("address"), r.Get("type")
	if addr == nil || typ == nil || addr.Kind != source.String || typ.Kind != source.String {
		return terraform.Object{}, false
	}
	if mode := r.Get("mode"); mode != nil && mode.Scalar != "managed" {
		return terraform.Object{}, false
	}
	vals := r.Get("values")
	o := terraform.Object{
		Type: typ.Scalar, Address: addr.Scalar, Values: value(vals, p.unknown[addr.Scalar]),
		Region: p.region(addr.Scalar), Range: r.Range, Ranges: map[string]source.Range{},
	}
	ranges(o.Ranges, "", vals)
	o.Values = p.withoutComputed(addr.Scalar, o.Values)
	return o, true
}

// withoutComputed leaves out the attributes the plan knows only after
// apply and the configuration does not set: the provider computes them
// (a bucket's policy, a role's managed_policy_arns), and an unset
// argument is absent, not unknown. Computed ids and ARNs come back from
// terraform.Computed.
func (p *plan) withoutComputed(addr string, v cty.Value) cty.Value {
	c := p.config[withoutKeys(addr)]
	exprs := c.Get("expressions")
	vals := attrs(v)
	if c == nil || vals == nil {
		return v
	}
	out := make(map[string]cty.Value, len(vals))
	for k, x := range vals {
		if x.IsKnown() || exprs.Get(k) != nil {
			out[k] = x
		}
	}
	return cty.ObjectVal(out)
}

// region is the region of the provider configuration a resource uses;
// unknown when the plan does not give it as a constant.
func (p *plan) region(addr string) string {
	key := "aws"
	if c := p.config[withoutKeys(addr)]; c != nil {
		if k := c.Get("provider_config_key"); k != nil && k.Kind == source.String {
			key = k.Scalar
		}
	}
	if r, ok := p.regions[key]; ok {
		return r
	}
	if r, ok := p.regions["aws"]; ok && !strings.Contains(key, ".") {
		return r
	}
	return iam.Unknown("region")
}

// withoutKeys drops the instance keys of an address:
// module.a[0].aws_s3_bucket.b["x"] is module.a.aws_s3_bucket.b.
func withoutKeys(addr string) string {
	var b strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case quoted:
			switch c {
			case '\\':
				i++
			case '"':
				quoted = false
			}
		case c == '"' && depth > 0:
			quoted = true
		case c == '[':
			depth++
		case c == ']':
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}
