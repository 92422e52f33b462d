package rules

import (
	"errors"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/denylint/denylint/access"
)

// The builtins rules call. They read the estate from the evaluation's
// context rather than from an argument, so that the estate is indexed once
// per run; Rego unit tests replace them with `with`.
var (
	requestsDecl = &rego.Function{
		Name:        "denylint.requests",
		Description: "The accesses the configuration intends, of one kind: identity_grant, resource_grant, connect_recording, expectation, endpoint_path, reader_needs, foreign_writer, foreign_reader or root_lockout.",
		Decl: types.NewFunction(
			types.Args(types.Named("kind", types.S).Description("which intents to list")),
			types.Named("requests", types.NewArray(nil, types.A)).Description("intents with principal, action, resource, source, origin"),
		),
		Memoize: true,
	}
	bucketsDecl = &rego.Function{
		Name:        "denylint.buckets",
		Description: "Facts about every bucket by address: recording storage configs, effective Block Public Access, public policy, KMS key.",
		Decl:        types.NewFunction(nil, types.Named("facts", types.NewObject(nil, types.NewDynamicProperty(types.S, types.A)))),
		Memoize:     true,
	}
	problemsDecl = &rego.Function{
		Name:        "denylint.policy_problems",
		Description: "Statements of the estate's policies that AWS would reject or that can never take effect.",
		Decl:        types.NewFunction(nil, types.Named("problems", types.NewArray(nil, types.A))),
		Memoize:     true,
	}
	bucketNamedDecl = &rego.Function{
		Name:        "denylint.bucket_named",
		Description: "The address of the estate's bucket with this name; undefined when none (or several) has it.",
		Decl: types.NewFunction(
			types.Args(types.Named("name", types.S).Description("a bucket name as a storage config or policy writes it")),
			types.Named("address", types.S).Description("the bucket's address"),
		),
		Memoize: true,
	}
	decideDecl = &rego.Function{
		Name:        "denylint.decide",
		Description: "AWS's decision on an intended access, over every policy layer and access path.",
		Decl: types.NewFunction(
			types.Args(types.Named("request", types.A).Description("an intent as denylint.requests returns it")),
			types.Named("verdict", types.A).Description("decision, denied_by, deciding statements, explanation, service"),
		),
		Memoize: false, // the estate keeps its own memo, keyed without printing the argument
	}
)

var errNoEstate = errors.New("denylint builtins need an estate: mock them with `with` in Rego tests")

func indexFrom(bctx rego.BuiltinContext) (*access.Index, error) {
	e, err := estateFrom(bctx)
	if err != nil {
		return nil, err
	}
	return e.index, nil
}

func requestsImpl(bctx rego.BuiltinContext, kind *ast.Term) (*ast.Term, error) {
	e, err := estateFrom(bctx)
	if err != nil {
		return nil, err
	}
	k, ok := kind.Value.(ast.String)
	if !ok {
		return nil, nil // ill-typed input is undefined
	}
	t, ok := e.requests(string(k))
	if !ok {
		return nil, fmt.Errorf("denylint.requests: unknown kind %q", k)
	}
	return t, nil
}

func decideImpl(bctx rego.BuiltinContext, req *ast.Term) (*ast.Term, error) {
	e, err := estateFrom(bctx)
	if err != nil {
		return nil, err
	}
	it, ok := intentOf(req.Value)
	if !ok {
		return nil, nil // ill-typed input is undefined
	}
	return e.decide(it), nil
}

// toTerm is the Rego form of v, as its JSON encoding would read.
func toTerm(v any) (*ast.Term, error) {
	val, err := valueOf(v)
	if err != nil {
		return nil, err
	}
	return ast.NewTerm(val), nil
}

// Builtins lists the custom functions with their declarations, for the
// engine, the Rego test runner and capability checks alike.
func Builtins() []Builtin {
	return []Builtin{
		{Decl: requestsDecl, Option: rego.Function1(requestsDecl, requestsImpl)},
		{Decl: decideDecl, Option: rego.Function1(decideDecl, decideImpl)},
		{Decl: bucketNamedDecl, Option: rego.Function1(bucketNamedDecl, bucketNamedImpl)},
		{Decl: bucketsDecl, Option: rego.FunctionDyn(bucketsDecl, func(bctx rego.BuiltinContext, _ []*ast.Term) (*ast.Term, error) {
			e, err := estateFrom(bctx)
			if err != nil {
				return nil, err
			}
			return e.buckets()
		})},
		{Decl: problemsDecl, Option: rego.FunctionDyn(problemsDecl, func(bctx rego.BuiltinContext, _ []*ast.Term) (*ast.Term, error) {
			e, err := estateFrom(bctx)
			if err != nil {
				return nil, err
			}
			return e.problems()
		})},
	}
}

// Builtin is a custom function: its declaration and its rego option.
type Builtin struct {
	Decl   *rego.Function
	Option func(*rego.Rego)
}

// astBuiltin is the declaration in the form the compiler and tester take.
func (b Builtin) astBuiltin() *ast.Builtin {
	return &ast.Builtin{Name: b.Decl.Name, Description: b.Decl.Description, Decl: b.Decl.Decl}
}

func bucketNamedImpl(bctx rego.BuiltinContext, name *ast.Term) (*ast.Term, error) {
	x, err := indexFrom(bctx)
	if err != nil {
		return nil, err
	}
	n, ok := name.Value.(ast.String)
	if !ok {
		return nil, nil
	}
	b := x.Bucket(string(n))
	if b == nil || b.Name != string(n) {
		return nil, nil
	}
	return ast.StringTerm(b.Address), nil
}
