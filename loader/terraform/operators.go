package terraform

import (
	"github.com/denylint/denylint/iam"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// Unknown strings travel as known strings holding iam.Unknown tokens, so
// HCL's own equality would call "<var.env>" == "prod" false: a guess. The
// parsed syntax is rewritten once so that comparing values with tokens is
// true only when they are identical and unknown otherwise.
var (
	opTokenEqual    = &hclsyntax.Operation{Impl: tokenCompare(false), Type: cty.Bool}
	opTokenNotEqual = &hclsyntax.Operation{Impl: tokenCompare(true), Type: cty.Bool}
)

func rewriteOperators(body hclsyntax.Node) {
	_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
		if b, ok := n.(*hclsyntax.BinaryOpExpr); ok {
			switch b.Op {
			case hclsyntax.OpEqual:
				b.Op = opTokenEqual
			case hclsyntax.OpNotEqual:
				b.Op = opTokenNotEqual
			}
		}
		return nil
	})
}

func tokenCompare(negate bool) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "a", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true},
			{Name: "b", Type: cty.DynamicPseudoType, AllowUnknown: true, AllowDynamicType: true, AllowNull: true},
		},
		Type: function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			a, b := args[0], args[1]
			if hasToken(a) || hasToken(b) {
				if a.IsWhollyKnown() && b.IsWhollyKnown() && a.RawEquals(b) {
					return cty.BoolVal(!negate), nil
				}
				return cty.UnknownVal(cty.Bool), nil
			}
			if negate {
				return stdlib.NotEqual(a, b)
			}
			return stdlib.Equal(a, b)
		},
	})
}

// hasToken reports whether any known string inside v holds an unknown token.
func hasToken(v cty.Value) bool {
	found := false
	_ = cty.Walk(v, func(_ cty.Path, x cty.Value) (bool, error) {
		if found || !x.IsKnown() || x.IsNull() {
			return !found, nil
		}
		if x.Type() == cty.String && !iam.IsKnown(x.AsString()) {
			found = true
		}
		return !found, nil
	})
	return found
}
