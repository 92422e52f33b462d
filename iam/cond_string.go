package iam

// The String operators compare text; the Like forms take * and ? as
// wildcards. Policy variables are substituted in all of them ("String
// condition operators", IAM user guide).
func init() {
	eq := func(p, r string) Tri { return matchTri(p, r, false, false) }
	eqFold := func(p, r string) Tri { return matchTri(p, r, false, true) }
	like := func(p, r string) Tri { return matchTri(p, r, true, false) }
	register("StringEquals", opSpec{match: eq, vars: true})
	register("StringNotEquals", opSpec{match: eq, negated: true, vars: true})
	register("StringEqualsIgnoreCase", opSpec{match: eqFold, vars: true})
	register("StringNotEqualsIgnoreCase", opSpec{match: eqFold, negated: true, vars: true})
	register("StringLike", opSpec{match: like, vars: true, glob: true})
	register("StringNotLike", opSpec{match: like, negated: true, vars: true, glob: true})
}
