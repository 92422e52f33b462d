package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// builder turns evaluated resource instances into the estate model. It
// runs in passes: things that exist on their own (buckets, roles, keys,
// instances) first, then what attaches to them, found by the names and
// ARNs the configuration gives.
type builder struct {
	ev  *evaluator
	env *model.Env
	idx *index
}

// builders lists, per pass, what each resource type contributes.
var builders = [3]map[string]func(*builder, *instance){
	0: primaryBuilders,
	1: attachBuilders,
	2: lateBuilders,
}

func (ev *evaluator) build() {
	b := &builder{ev: ev, env: ev.env, idx: newIndex()}
	for _, inst := range ev.instances {
		if !inst.res.cfg.data {
			b.locate(inst)
		}
	}
	for _, pass := range builders {
		for _, inst := range ev.instances {
			if f := pass[inst.res.cfg.typ]; f != nil && !inst.res.cfg.data {
				f(b, inst)
			}
		}
	}
	b.finish()
}

func (b *builder) resource(inst *instance) model.Resource {
	account := inst.account
	if account == "" {
		account = iam.CurrentAccount
	}
	return model.Resource{Address: inst.addr, Account: account, Region: inst.region, Conditional: inst.conditional}
}

// locate records where an instance, its attributes and nested blocks were
// written, and the module calls that lead to it.
func (b *builder) locate(inst *instance) {
	s := b.env.Sources
	s.Set(inst.addr, "", source.FromHCL(inst.res.cfg.rng))
	if callers := inst.res.mod.callers; len(callers) > 0 {
		s.SetCallers(inst.addr, callers)
	}
	if inst.ranges != nil {
		for path, r := range inst.ranges {
			s.Set(inst.addr, path, r)
		}
		return
	}
	if inst.body != nil {
		s.SetTree(inst.addr, "", newRangeTree(inst.body))
	}
}

// policy reads the policy document in attribute attr of block bv (at
// path prefix inside the instance); nil when it is not set.
func (b *builder) policy(inst *instance, bv *blockVal, prefix, attr string) *model.PolicyDoc {
	v, ok := bv.attrs[attr]
	if !ok || (v.IsKnown() && v.IsNull()) {
		return nil
	}
	path := prefix + attr
	origin := inst.addr
	if path != "policy" {
		origin += "#" + path
	}
	node := b.policyNode(inst, bv, attr, path)
	pol, diags := iam.Normalize(origin, node)
	for _, d := range diags {
		b.ev.report(d)
	}
	for _, st := range pol.Statements {
		b.env.Sources.Set(st.ID, "", st.Range)
	}
	return &model.PolicyDoc{Address: inst.addr, Attribute: path, Document: pol}
}

// policyNode builds the positioned tree of a policy attribute at path.
func (b *builder) policyNode(inst *instance, bv *blockVal, attr, path string) *source.Node {
	v, expr, rng := bv.attrs[attr], bv.exprs[attr], bv.attrRange(attr)
	if inst.tree != nil && v.IsKnown() && !v.IsNull() && v.Type() == cty.String {
		if n := inst.tree(path, v.AsString()); n != nil {
			return n
		}
	}
	if bv.scope == nil && !v.IsKnown() {
		// An object given by its values, such as a plan's: nothing to
		// describe but where the value will come from.
		return &source.Node{Kind: source.Unknown, Scalar: inst.addr + "." + path + " (known after apply)", Range: source.FromHCL(rng)}
	}
	if arg := jsonencodeArg(expr); arg != nil {
		if x, ok := bv.encoded[attr]; ok {
			w := &nodeWalker{f: b.ev.files[arg.Range().Filename], eval: bv.scope.eval}
			return w.node(arg, x, arg.Range())
		}
		return bv.scope.nodeOf(arg)
	}
	f := b.ev.files[rng.Filename]
	w := &nodeWalker{f: f, eval: bv.scope.eval}
	switch {
	case !v.IsKnown():
		return &source.Node{Kind: source.Unknown, Scalar: w.describe(rng), Range: source.FromHCL(rng)}
	case v.Type() != cty.String:
		return w.node(nil, v, rng)
	}
	text := v.AsString()
	if _, d := source.ParseJSON(rng.Filename, []byte(text), source.FromHCL(rng).Start); d != nil {
		b.ev.report(source.Diagnostic{Severity: source.Error, Summary: "policy is not valid JSON",
			Detail: d.Summary, Range: source.FromHCL(rng)})
		return &source.Node{Kind: source.Unknown, Scalar: "invalid JSON", Range: source.FromHCL(rng)}
	}
	if t, ok := unwrap(expr).(*hclsyntax.TemplateExpr); ok && f != nil {
		if n := templateNode(f, t, text); n != nil {
			return n
		}
	}
	return b.ev.traced(text, rng)
}

// str reads a top-level string argument of an instance.
func str(inst *instance, attr string) string {
	return valueString(attrOr(inst, attr), inst.addr+"."+attr)
}

func attrOr(inst *instance, attr string) cty.Value {
	if v, ok := inst.attrs[attr]; ok {
		return v
	}
	return cty.NullVal(cty.String)
}
