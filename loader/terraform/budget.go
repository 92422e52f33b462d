package terraform

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// maxIterations bounds the elements that the for expressions of one root
// module (with its modules and templates) may iterate over in all. Three
// for expressions nested over range(1024) would otherwise run a billion
// times; a count of steps, unlike a clock, gives the same answer on every
// machine.
const maxIterations = 250_000

// maxRootInstances bounds the resource and module instances and dynamic
// blocks of one root module with its modules: each costs far more than a
// loop step, and module for_each multiplies the count of every resource
// inside. A generated estate of 5,000 files in one root has 15,000.
const maxRootInstances = 50_000

// iterFunc is the name under which for expressions count their elements;
// the space keeps it from meeting any function a configuration can call.
const iterFunc = "for expression"

// countIterations makes every for expression in n pass its collection
// through iterFunc, which the evaluation's function table charges against
// its budget.
func countIterations(n hclsyntax.Node) {
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		if f, ok := n.(*hclsyntax.ForExpr); ok {
			if c, ok := f.CollExpr.(*hclsyntax.FunctionCallExpr); ok && c.Name == iterFunc {
				return nil
			}
			r := f.CollExpr.Range()
			f.CollExpr = &hclsyntax.FunctionCallExpr{Name: iterFunc, Args: []hclsyntax.Expression{f.CollExpr},
				NameRange: r, OpenParenRange: r, CloseParenRange: r}
		}
		return nil
	})
}

// budget is what is left of maxIterations and maxRootInstances for one
// root module.
type budget struct{ left, instances int }

func (b *budget) spent() bool { return b.left < 0 }

// charge takes n instances or dynamic blocks from the budget and reports
// whether they fit; a nil budget has no limit.
func (b *budget) charge(n int) bool {
	if b == nil {
		return true
	}
	if n > b.instances {
		return false
	}
	b.instances -= n
	return true
}

var errInstances = fmt.Errorf("the resources, modules and dynamic blocks of this configuration come to more than %d instances in all; denylint reads this block once, with unknown keys", maxRootInstances)

var errBudget = fmt.Errorf("the for expressions of this configuration iterate over more than %d elements in all; denylint stops here and takes the rest as unknown", maxIterations)

// iterations returns the function that charges a for expression's
// elements to the budget, then refuses.
func (b *budget) iterations() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "collection", Type: cty.DynamicPseudoType,
			AllowUnknown: true, AllowDynamicType: true, AllowNull: true, AllowMarked: true}},
		Type: func(args []cty.Value) (cty.Type, error) { return args[0].Type(), nil },
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			v := args[0]
			if v.IsKnown() && !v.IsNull() && v.CanIterateElements() {
				b.left -= v.LengthInt()
			}
			if b.spent() {
				return cty.NilVal, errBudget
			}
			return v, nil
		},
	})
}
