package iam

import "strings"

// Bool compares true/false without regard to case ("Boolean condition
// operators", IAM user guide).
func init() {
	register("Bool", opSpec{match: func(p, r string) Tri {
		if t, done := knownOrMaybe(p, r); done {
			return t
		}
		return triOf(strings.EqualFold(p, r))
	}})
}
