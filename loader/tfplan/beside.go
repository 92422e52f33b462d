package tfplan

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/denylint/denylint/loader/terraform"
	"github.com/zclconf/go-cty/cty"
)

// configurationBeside evaluates the Terraform configuration in the plan's
// folder, if any, and returns its instances by address, with every
// address the Terraform loader may have given them (plain, or prefixed
// "<dir>#" when several roots loaded together), which the plan supersedes.
func configurationBeside(file string, opts terraform.Options) (map[string]terraform.Object, map[string]bool) {
	dir := filepath.Clean(filepath.Dir(file))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil
	}
	var files []string
	hasConfig := false
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
		case strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json"):
			hasConfig = true
			files = append(files, filepath.Join(dir, name))
		case strings.HasSuffix(name, ".tfvars") || strings.HasSuffix(name, ".tfvars.json"):
			files = append(files, filepath.Join(dir, name))
		}
	}
	if !hasConfig {
		return nil, nil
	}
	sort.Strings(files)
	// Its diagnostics are the Terraform loader's to report, when it read
	// the same files; the plan is what is being loaded here.
	objs, _ := terraform.Evaluate(files, opts)
	byAddr := make(map[string]terraform.Object, len(objs))
	superseded := make(map[string]bool, 2*len(objs))
	for _, o := range objs {
		byAddr[o.Address] = o
		superseded[o.Address] = true
		superseded[dir+"#"+o.Address] = true
	}
	return byAddr, superseded
}

// merge gives a planned instance the places, module calls and policy
// trees of its configuration, and the configuration's values where the
// plan knows them only after apply.
func merge(planned, conf terraform.Object) terraform.Object {
	out := conf
	out.Conditional = false // the plan decided
	if !strings.Contains(planned.Region, "\ue000") {
		out.Region = planned.Region
	}
	out.Values = overlay(planned.Values, conf.Values)
	return out
}

// overlay is the planned value where the plan knows it, the configured
// one where it does not, part by part. An attribute the plan knows only
// after apply and the configuration does not set is the provider's to
// compute: it is left out, as the Terraform loader leaves it.
func overlay(planned, conf cty.Value) cty.Value {
	switch {
	case planned.IsWhollyKnown():
		return planned
	case !planned.IsKnown() || conf.IsNull() || !conf.IsKnown():
		return conf
	}
	pt, ct := planned.Type(), conf.Type()
	switch {
	case (pt.IsObjectType() || pt.IsMapType()) && (ct.IsObjectType() || ct.IsMapType()):
		pv, cv := planned.AsValueMap(), conf.AsValueMap()
		vals := make(map[string]cty.Value, len(pv)+len(cv))
		for k, v := range cv {
			vals[k] = v
		}
		for k, v := range pv {
			if c, ok := cv[k]; ok {
				vals[k] = overlay(v, c)
			} else if v.IsWhollyKnown() {
				vals[k] = v
			}
		}
		return cty.ObjectVal(vals)
	case (pt.IsTupleType() || pt.IsListType()) && (ct.IsTupleType() || ct.IsListType()) && planned.LengthInt() == conf.LengthInt():
		pv, cv := planned.AsValueSlice(), conf.AsValueSlice()
		vals := make([]cty.Value, len(pv))
		for i := range pv {
			vals[i] = overlay(pv[i], cv[i])
		}
		return cty.TupleVal(vals)
	}
	return conf
}

func attrs(v cty.Value) map[string]cty.Value {
	if !v.IsKnown() || v.IsNull() || !v.Type().IsObjectType() && !v.Type().IsMapType() {
		return nil
	}
	return v.AsValueMap()
}
