package iam

import "strings"

// The Arn operators compare each of an ARN's six colon-separated parts on
// its own, wildcards allowed in all of them and in ArnEquals as in ArnLike
// ("Amazon Resource Name (ARN) condition operators", IAM user guide).
func init() {
	register("ArnEquals", opSpec{match: arnCondition, vars: true, glob: true})
	register("ArnLike", opSpec{match: arnCondition, vars: true, glob: true})
	register("ArnNotEquals", opSpec{match: arnCondition, negated: true, vars: true, glob: true})
	register("ArnNotLike", opSpec{match: arnCondition, negated: true, vars: true, glob: true})
}

func arnCondition(p, r string) Tri {
	if p == "*" {
		return True
	}
	pp := strings.SplitN(p, ":", 6)
	rp := strings.SplitN(r, ":", 6)
	if len(pp) != 6 || len(rp) != 6 {
		if !IsKnown(p) || !IsKnown(r) {
			return matchTri(p, r, true, false)
		}
		return False
	}
	t := True
	for i := range pp {
		if t = t.and(matchTri(pp[i], rp[i], true, false)); t == False {
			return False
		}
	}
	return t
}
