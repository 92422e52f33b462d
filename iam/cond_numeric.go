package iam

import "strconv"

// The Numeric operators compare numbers; a value that is not a number
// matches nothing ("Numeric condition operators", IAM user guide).
func init() {
	num := func(cmp func(p, r float64) bool) func(string, string) Tri {
		return func(p, r string) Tri {
			if t, done := knownOrMaybe(p, r); done {
				return t
			}
			pf, err1 := strconv.ParseFloat(p, 64)
			rf, err2 := strconv.ParseFloat(r, 64)
			return triOf(err1 == nil && err2 == nil && cmp(pf, rf))
		}
	}
	register("NumericEquals", opSpec{match: num(func(p, r float64) bool { return r == p })})
	register("NumericNotEquals", opSpec{match: num(func(p, r float64) bool { return r == p }), negated: true})
	register("NumericLessThan", opSpec{match: num(func(p, r float64) bool { return r < p })})
	register("NumericLessThanEquals", opSpec{match: num(func(p, r float64) bool { return r <= p })})
	register("NumericGreaterThan", opSpec{match: num(func(p, r float64) bool { return r > p })})
	register("NumericGreaterThanEquals", opSpec{match: num(func(p, r float64) bool { return r >= p })})
}
