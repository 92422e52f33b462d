package rules

import (
	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/iam"
)

// verdictTerm is the Rego form of a verdict, built directly: decisions are
// the most frequent builtin result, and a JSON round trip of the full
// statements they carry dominated the rules' run time. A statement appears
// by id, Sid and effect, which is what rules point at and name.
func verdictTerm(v access.Verdict) *ast.Term {
	obj := ast.NewObject(
		item("decision", ast.String(v.Outcome)),
		item("denied_by", ast.String(v.DeniedBy)),
		item("service", ast.String(v.Service)),
		item("action", ast.String(v.Action)),
		item("resource", ast.String(v.Resource)),
		item("path", ast.String(v.Path)),
		item("policy_address", ast.String(v.PolicyAddress)),
		item("policy_attribute", ast.String(v.PolicyAttribute)),
		item("explanation", ast.String(v.Explanation)),
		[2]*ast.Term{ast.StringTerm("unknowns"), stringsTerm(v.Unknowns)},
		[2]*ast.Term{ast.StringTerm("deciding"), refsTerm(v.Deciding)},
		[2]*ast.Term{ast.StringTerm("grants"), refsTerm(v.Grants)},
	)
	return ast.NewTerm(obj)
}

func item(k string, v ast.String) [2]*ast.Term {
	return [2]*ast.Term{ast.StringTerm(k), ast.NewTerm(v)}
}

func stringsTerm(ss []string) *ast.Term {
	terms := make([]*ast.Term, len(ss))
	for i, s := range ss {
		terms[i] = ast.StringTerm(s)
	}
	return ast.ArrayTerm(terms...)
}

func refsTerm(refs []iam.StatementRef) *ast.Term {
	terms := make([]*ast.Term, len(refs))
	for i, r := range refs {
		stmt := ast.NewObject(
			item("id", ast.String(r.Statement.ID)),
			item("sid", ast.String(r.Statement.Sid)),
			item("effect", ast.String(r.Statement.Effect)),
		)
		terms[i] = ast.NewTerm(ast.NewObject(
			item("layer", ast.String(r.Layer)),
			item("origin", ast.String(r.Origin)),
			[2]*ast.Term{ast.StringTerm("statement"), ast.NewTerm(stmt)},
		))
	}
	return ast.ArrayTerm(terms...)
}
