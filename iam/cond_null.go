package iam

import "strings"

// nullCondition decides Null, which tests the presence of the key: "true"
// holds when the request lacks it (or it has no values), "false" when the
// request has it. Several values are ORed.
func (e *evaluator) nullCondition(c *Condition, entry ctxEntry, present bool) Tri {
	absent := !present || len(entry.values) == 0
	t := False
	for _, v := range c.Values {
		var m Tri
		switch {
		case !IsKnown(v):
			e.noteUnknown(v)
			m = Maybe
		case strings.EqualFold(v, "true"):
			m = triOf(absent)
		case strings.EqualFold(v, "false"):
			m = triOf(!absent)
		}
		t = t.or(m)
	}
	return t
}
