package terraform

import (
	"fmt"
	"math"
	"math/big"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// repetition is how a resource or module call is repeated.
type repetition uint8

const (
	single repetition = iota
	byCount
	byForEach
	undecided // count or for_each the configuration does not decide
)

// resourceNode is a resource or data block of a module instance, expanded
// into its instances on first use.
type resourceNode struct {
	cfg       *resourceConfig
	mod       *module
	state     uint8
	rep       repetition
	instances []*instance
	val       cty.Value
	dirty     bool
}

// instance is one evaluated resource instance.
type instance struct {
	res         *resourceNode
	addr        string
	key         cty.Value
	body        *blockVal
	attrs       map[string]cty.Value
	conditional bool
	region      string
	partition   string
	account     string
	// doc is the rendered document of an aws_iam_policy_document.
	doc *source.Node
	// ranges and tree are set on instances built from an Object: where
	// its parts are written, and the trees of its policies.
	ranges map[string]source.Range
	tree   func(path, text string) *source.Node
}

// expand evaluates the instances of r once.
func (r *resourceNode) expand() {
	switch r.state {
	case 2:
		return
	case 1:
		r.mod.ev.report(diagAt(source.Error, r.cfg.rng, "dependency cycle", r.cfg.key()+" depends on itself."))
		return
	}
	r.state = 1
	s := r.mod.scope()
	for _, k := range r.keys(s) {
		inst := &instance{res: r, key: k.key, conditional: k.conditional}
		inst.addr = r.mod.qualify(r.cfg.key()) + k.suffix
		inst.region, inst.partition = r.mod.region(r.cfg.provider)
		inst.account = r.mod.account(r.cfg.provider)
		is := s
		for name, v := range k.symbols {
			is = is.with(name, v)
		}
		inst.body = evalBody(r.cfg.body, is, newBlockVal(r.cfg.typ, r.cfg.rng, r.cfg.rng, is), true)
		inst.attrs = objectAttrs(inst.body.value())
		computeAttrs(inst)
		r.instances = append(r.instances, inst)
		r.mod.ev.instances = append(r.mod.ev.instances, inst)
	}
	r.dirty = true
	r.state = 2
}

// instanceKey is one repetition of a resource or module call.
type instanceKey struct {
	key         cty.Value
	suffix      string
	symbols     map[string]cty.Value
	conditional bool
}

// maxInstances bounds the instances one count or for_each makes; past
// it the block is read once, as if its repetition were unknown.
const maxInstances = 10000

// repeat reads count and for_each the way Terraform does.
func repeat(s *scope, count, forEach hcl.Expression) (repetition, []instanceKey) {
	switch {
	case count != nil:
		v := s.eval(count)
		n, ok := smallInt(v)
		if ok && s.tooMany(count, "count", n) {
			ok = false
		}
		if !ok {
			return undecided, []instanceKey{{key: cty.UnknownVal(cty.Number), conditional: true,
				symbols: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}}
		}
		keys := make([]instanceKey, n)
		for i := range n {
			keys[i] = instanceKey{key: cty.NumberIntVal(int64(i)), suffix: fmt.Sprintf("[%d]", i),
				symbols: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(int64(i))})}}
		}
		return byCount, keys
	case forEach != nil:
		v := s.eval(forEach)
		if v.IsNull() {
			return byForEach, nil
		}
		big := v.CanIterateElements() && v.IsKnown() && s.tooMany(forEach, "for_each", v.LengthInt())
		if big || !v.IsWhollyKnown() || !v.Type().IsMapType() && !v.Type().IsObjectType() && !v.Type().IsSetType() || hasToken(v) && v.Type().IsSetType() {
			return undecided, []instanceKey{{key: cty.UnknownVal(cty.String), conditional: true,
				symbols: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}}
		}
		var keys []instanceKey
		for it := v.ElementIterator(); it.Next(); {
			k, val := it.Element()
			if v.Type().IsSetType() {
				k = val
			}
			if k.Type() != cty.String || k.IsNull() {
				continue
			}
			keys = append(keys, instanceKey{key: k, suffix: fmt.Sprintf("[%q]", k.AsString()),
				symbols: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": k, "value": val})}})
		}
		return byForEach, keys
	}
	return single, []instanceKey{{}}
}

// tooMany reports, and says, when n instances are more than one block may
// have or than the root's iteration budget has left.
func (s *scope) tooMany(expr hcl.Expression, what string, n int) bool {
	switch {
	case n > maxInstances:
		s.mod.ev.report(diagAt(source.Warning, expr.Range(), "too many instances",
			fmt.Sprintf("%s makes %d instances; denylint expands at most %d and reads this block once, with unknown keys.", what, n, maxInstances)))
	case !s.mod.budget.charge(n):
		s.mod.ev.report(diagAt(source.Warning, expr.Range(), "too many instances", errInstances.Error()+"."))
	default:
		return false
	}
	return true
}

func (r *resourceNode) keys(s *scope) []instanceKey {
	rep, keys := repeat(s, r.cfg.count, r.cfg.forEach)
	r.rep = rep
	return keys
}

func smallInt(v cty.Value) (int, bool) {
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.Number {
		return 0, false
	}
	i, acc := v.AsBigFloat().Int64()
	if acc != big.Exact || i < 0 || i > math.MaxInt32 {
		return 0, false
	}
	return int(i), true
}

// reference returns the value other expressions see for this resource,
// after making sure attr (when not empty) exists on every instance: an
// attribute nobody configured and no rule computes is unknown, named
// after the instance so that two references to it agree.
func (r *resourceNode) reference(attr string, deeper bool) cty.Value {
	if r.state == 1 {
		r.mod.ev.report(diagAt(source.Error, r.cfg.rng, "dependency cycle", r.cfg.key()+" depends on itself."))
		return cty.DynamicVal
	}
	r.expand()
	if attr != "" {
		for _, inst := range r.instances {
			if _, ok := inst.attrs[attr]; !ok {
				inst.attrs[attr] = cty.DynamicVal
				if !deeper {
					inst.attrs[attr] = cty.StringVal(iam.Unknown(inst.addr + "." + attr))
				}
				r.dirty = true
			}
		}
	}
	if r.dirty {
		r.val, r.dirty = r.value(), false
	}
	return r.val
}

func (r *resourceNode) value() cty.Value {
	switch r.rep {
	case single:
		if len(r.instances) == 1 {
			return cty.ObjectVal(r.instances[0].attrs)
		}
		return cty.DynamicVal
	case byCount, undecided:
		if r.rep == undecided && r.cfg.forEach != nil {
			return cty.DynamicVal
		}
		vals := make([]cty.Value, len(r.instances))
		for i, inst := range r.instances {
			vals[i] = cty.ObjectVal(inst.attrs)
		}
		return cty.TupleVal(vals)
	}
	m := make(map[string]cty.Value, len(r.instances))
	for _, inst := range r.instances {
		m[inst.key.AsString()] = cty.ObjectVal(inst.attrs)
	}
	return cty.ObjectVal(m)
}

func objectAttrs(v cty.Value) map[string]cty.Value {
	out := map[string]cty.Value{}
	for k, x := range v.AsValueMap() {
		out[k] = x
	}
	return out
}
