package terraform

import (
	"runtime"
	"strconv"
	"strings"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// Object is one resource instance given by its address and attribute
// values, whichever input described it: the evaluation of a configuration
// (Evaluate) or a plan's planned values. Build models objects exactly as
// Load models the instances it evaluates: one builder for every input.
type Object struct {
	Type    string // "aws_s3_bucket"
	Address string // "module.rec.aws_s3_bucket.this[0]"
	// Values is an object of the instance's attributes; nested blocks are
	// lists of objects. A value not known before apply is unknown.
	Values cty.Value
	Region string
	// Conditional is set when the configuration does not decide whether
	// the instance exists.
	Conditional bool
	// Range is where the instance is written; Ranges where its attributes
	// and nested blocks are, by path ("policy", "rule[0].id").
	Range   source.Range
	Ranges  map[string]source.Range
	Callers []source.Range
	// Policy, when set, returns the positioned tree of the JSON text of a
	// policy attribute at path, or nil when it cannot place that text.
	Policy func(path, text string) *source.Node
}

// Build adds objects to env, as Load does with what it evaluates.
func Build(env *model.Env, objs []Object) []source.Diagnostic {
	ev := newEvaluator(env, Options{})
	for i := range objs {
		ev.instances = append(ev.instances, objectInstance(&objs[i]))
	}
	ev.build()
	return ev.diags
}

// objectInstance turns an object into the instance the builders read.
func objectInstance(o *Object) *instance {
	rng := toHCL(o.Range)
	res := &resourceNode{cfg: &resourceConfig{typ: o.Type, rng: rng}, mod: &module{callers: o.Callers}}
	inst := &instance{
		res: res, addr: o.Address, region: o.Region, partition: partitionOf(o.Region),
		conditional: o.Conditional, ranges: o.Ranges, tree: o.Policy,
	}
	inst.body = newBlockVal(o.Type, rng, rng, nil)
	if o.Values.IsKnown() && !o.Values.IsNull() && (o.Values.Type().IsObjectType() || o.Values.Type().IsMapType()) {
		for k, v := range o.Values.AsValueMap() {
			inst.body.attrs[k] = v
			if r, ok := o.Ranges[k]; ok {
				inst.body.attrRngs[k] = toHCL(r)
			}
		}
	}
	inst.attrs = inst.body.attrs
	return inst
}

func toHCL(r source.Range) hcl.Range {
	return hcl.Range{
		Filename: r.File,
		Start:    hcl.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:      hcl.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

// Evaluate reads Terraform files as Load does and returns the managed
// resource instances it evaluated, without modelling them, with what
// diagnostics the evaluation produced.
func Evaluate(files []string, opts Options) ([]Object, []source.Diagnostic) {
	ev, diags := evaluate(model.New(), files, opts, runtime.GOMAXPROCS(0))
	var out []Object
	for _, inst := range ev.instances {
		if inst.res.cfg.data {
			continue
		}
		out = append(out, instanceObject(ev, inst))
	}
	return out, append(diags, ev.diags...)
}

func instanceObject(ev *evaluator, inst *instance) Object {
	o := Object{
		Type: inst.res.cfg.typ, Address: inst.addr, Values: cty.ObjectVal(inst.attrs), Region: inst.region,
		Conditional: inst.conditional, Range: source.FromHCL(inst.res.cfg.rng), Callers: inst.res.mod.callers,
		Ranges: map[string]source.Range{},
	}
	blockRanges(o.Ranges, "", inst.body)
	o.Policy = func(path, text string) *source.Node {
		bv, attr := blockAt(inst.body, path)
		if bv == nil {
			return nil
		}
		if v, ok := bv.attrs[attr]; !ok || !v.IsKnown() || v.Type() != cty.String || v.AsString() != text {
			return nil
		}
		b := &builder{ev: ev}
		return b.policyNode(inst, bv, attr, path)
	}
	return o
}

// blockRanges records where each attribute and nested block of bv was
// written, by path: an Object carries them as a table for the plan loader,
// where the builder answers the same paths from a rangeTree.
func blockRanges(out map[string]source.Range, prefix string, bv *blockVal) {
	for name, r := range bv.attrRngs {
		out[prefix+name] = source.FromHCL(r)
	}
	for _, typ := range bv.blockTypes() {
		for i, child := range bv.blocks[typ] {
			path := prefix + typ + "[" + strconv.Itoa(i) + "]"
			if i == 0 {
				out[prefix+typ] = source.FromHCL(child.rng)
			}
			out[path] = source.FromHCL(child.rng)
			blockRanges(out, path+".", child)
		}
	}
}

// blockAt finds the block that holds the attribute at path
// ("inline_policy[1].policy") and the attribute's name.
func blockAt(bv *blockVal, path string) (*blockVal, string) {
	for {
		dot := strings.IndexByte(path, '.')
		if dot < 0 {
			return bv, path
		}
		seg := path[:dot]
		path = path[dot+1:]
		open := strings.IndexByte(seg, '[')
		if open < 0 || !strings.HasSuffix(seg, "]") {
			return nil, ""
		}
		i, err := strconv.Atoi(seg[open+1 : len(seg)-1])
		kids := bv.nested(seg[:open])
		if err != nil || i < 0 || i >= len(kids) {
			return nil, ""
		}
		bv = kids[i]
	}
}

// Computed fills in the attributes of o that the provider computes from
// the configuration (ARNs, names, ids), where o's values leave them
// absent or unknown; what o knows is kept.
func Computed(o *Object) {
	if !o.Values.IsKnown() || o.Values.IsNull() || !o.Values.Type().IsObjectType() && !o.Values.Type().IsMapType() {
		return
	}
	given := o.Values.AsValueMap()
	inst := objectInstance(o)
	inst.attrs = make(map[string]cty.Value, len(given))
	for k, v := range given {
		inst.attrs[k] = v
	}
	for k, v := range inst.attrs {
		if !v.IsKnown() {
			delete(inst.attrs, k)
		}
	}
	computeAttrs(inst)
	out := make(map[string]cty.Value, len(inst.attrs))
	for k, v := range inst.attrs {
		out[k] = v
	}
	for k, v := range given {
		if _, computed := out[k]; v.IsKnown() || !computed {
			out[k] = v
		}
	}
	o.Values = cty.ObjectVal(out)
}
