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

// budget is what is left of maxIterations for one root module.
type budget struct{ left int }

func (b *budget) spent() bool { return b.left < 0 }

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
