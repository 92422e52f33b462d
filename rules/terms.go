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

// intentTerm is the Rego form of an intent, built directly like verdicts.
func intentTerm(it access.Intent) *ast.Term {
	items := [][2]*ast.Term{
		item("principal", ast.String(it.Principal)),
		item("principal_arn", ast.String(it.PrincipalARN)),
		item("action", ast.String(it.Action)),
		item("resource", ast.String(it.Resource)),
		item("source", ast.String(it.Source)),
		item("origin", ast.String(it.Origin)),
	}
	if it.Path != "" {
		items = append(items, item("path", ast.String(it.Path)))
	}
	if it.Bucket != "" {
		items = append(items, item("bucket", ast.String(it.Bucket)))
	}
	if it.Expect != nil {
		items = append(items, [2]*ast.Term{ast.StringTerm("expect"), ast.BooleanTerm(*it.Expect)})
	}
	return ast.NewTerm(ast.NewObject(items...))
}

func intentsTerm(intents []access.Intent) *ast.Term {
	terms := make([]*ast.Term, len(intents))
	for i, it := range intents {
		terms[i] = intentTerm(it)
	}
	return ast.ArrayTerm(terms...)
}

// intentOf reads an intent back from its Rego form; ok is false when the
// value is not an object, which makes the builtin undefined.
func intentOf(v ast.Value) (access.Intent, bool) {
	obj, ok := v.(ast.Object)
	if !ok {
		return access.Intent{}, false
	}
	str := func(k string) string {
		if t := obj.Get(ast.StringTerm(k)); t != nil {
			if s, ok := t.Value.(ast.String); ok {
				return string(s)
			}
		}
		return ""
	}
	it := access.Intent{
		Principal: str("principal"), PrincipalARN: str("principal_arn"), Action: str("action"), Resource: str("resource"),
		Path: str("path"), Source: str("source"), Origin: str("origin"), Bucket: str("bucket"),
	}
	if t := obj.Get(ast.StringTerm("expect")); t != nil {
		if b, ok := t.Value.(ast.Boolean); ok {
			e := bool(b)
			it.Expect = &e
		}
	}
	return it, true
}
