package tfplan

import (
	"strings"

	"github.com/denylint/denylint/loader/terraform"
	"github.com/denylint/denylint/source"
	"github.com/zclconf/go-cty/cty"
)

// resolve fills attributes the plan knows only after apply from what the
// configuration says they refer to: a bucket policy's `bucket =
// aws_s3_bucket.b.id` takes the id computed for aws_s3_bucket.b. A
// reference to several instances, a variable or an expression stays
// unknown. Chains resolve over a few passes.
func (p *plan) resolve(objs []terraform.Object) {
	byAddr := make(map[string]*terraform.Object, len(objs))
	for i := range objs {
		byAddr[objs[i].Address] = &objs[i]
	}
	for range 4 {
		changed := false
		for i := range objs {
			if p.resolveObject(&objs[i], byAddr) {
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

func (p *plan) resolveObject(o *terraform.Object, byAddr map[string]*terraform.Object) bool {
	vals := attrs(o.Values)
	exprs := p.config[withoutKeys(o.Address)].Get("expressions")
	if vals == nil || exprs == nil {
		return false
	}
	changed := false
	for k, v := range vals {
		if v.IsKnown() || isDocument(k) {
			continue
		}
		if x, ok := referred(exprs.Get(k).Get("references"), modulePrefix(o), byAddr); ok {
			vals[k] = x
			changed = true
		}
	}
	if changed {
		o.Values = cty.ObjectVal(vals)
	}
	return changed
}

// referred is the known value of the first reference in refs that names
// an attribute of a single resource instance.
func referred(refs *source.Node, prefix string, byAddr map[string]*terraform.Object) (cty.Value, bool) {
	if refs == nil {
		return cty.NilVal, false
	}
	for _, r := range refs.Items {
		dot := strings.LastIndexByte(r.Scalar, '.')
		if dot < 0 || strings.Count(withoutKeys(r.Scalar), ".") != 2 {
			continue
		}
		target := instance(prefix+r.Scalar[:dot], byAddr)
		if target == nil {
			continue
		}
		if v, ok := attrs(target.Values)[r.Scalar[dot+1:]]; ok && v.IsKnown() && !v.IsNull() {
			return v, true
		}
	}
	return cty.NilVal, false
}

// instance finds the one instance an address without a key names.
func instance(addr string, byAddr map[string]*terraform.Object) *terraform.Object {
	if o := byAddr[addr]; o != nil {
		return o
	}
	var found *terraform.Object
	for a, o := range byAddr {
		if strings.HasPrefix(a, addr+"[") {
			if found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}

// modulePrefix is the module part of an instance's address, with its
// keys: "module.a[0]." for module.a[0].aws_s3_bucket.b.
func modulePrefix(o *terraform.Object) string {
	i := strings.LastIndex(o.Address, o.Type+".")
	if i <= 0 {
		return ""
	}
	return o.Address[:i]
}

// isDocument tells attributes that hold a document built from references
// (a policy written with jsonencode lists the same references as a plain
// reference would), which a reference's value must not replace.
func isDocument(attr string) bool {
	switch attr {
	case "policy_arn", "policy_id", "policy_names":
		return false
	}
	return strings.Contains(attr, "policy") || attr == "content"
}
