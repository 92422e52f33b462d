package iam

import (
	"strings"
)

// opSpec describes one condition operator (without set qualifier or
// IfExists): how one policy value matches one request value, whether the
// operator is the negation of that match, and whether policy variables are
// substituted into its values.
type opSpec struct {
	match   func(policy, request string) Tri
	negated bool
	vars    bool
	// glob marks operators that read * and ? as wildcards; the others
	// take the ${*} and ${?} variables as plain characters.
	glob bool
}

// setQualifier is the ForAnyValue:/ForAllValues: prefix of an operator.
type setQualifier int8

const (
	qualNone setQualifier = iota
	qualAny
	qualAll
)

// operators maps every operator name to its spec; the families fill it in
// their init functions, one file each.
var operators = map[string]opSpec{}

func register(name string, spec opSpec) { operators[name] = spec }

// parsedOp is an operator as written, taken apart.
type parsedOp struct {
	spec     opSpec
	qual     setQualifier
	ifExists bool
	null     bool
}

// parseOperator reads names such as "ForAllValues:StringLikeIfExists".
// Operator names are matched without regard to case, as AWS does.
func parseOperator(op string) (parsedOp, bool) {
	var p parsedOp
	switch {
	case hasPrefixFold(op, "ForAnyValue:"):
		p.qual, op = qualAny, op[len("ForAnyValue:"):]
	case hasPrefixFold(op, "ForAllValues:"):
		p.qual, op = qualAll, op[len("ForAllValues:"):]
	}
	if strings.EqualFold(op, "Null") {
		p.null = true
		return p, p.qual == qualNone
	}
	if len(op) > len("IfExists") && strings.EqualFold(op[len(op)-len("IfExists"):], "IfExists") {
		p.ifExists, op = true, op[:len(op)-len("IfExists")]
	}
	spec, ok := operators[op]
	if !ok {
		for name, s := range operators {
			if strings.EqualFold(name, op) {
				spec, ok = s, true
				break
			}
		}
	}
	p.spec = spec
	return p, ok
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// condition decides one operator/key pair (see "IAM JSON policy elements:
// Condition operators" and "Single-valued vs. multivalued context keys").
func (e *evaluator) condition(c *Condition, version string) Tri {
	if !IsKnown(c.Operator) || !IsKnown(c.Key) {
		e.noteUnknown(c.Operator, c.Key)
		return Maybe
	}
	op, ok := parseOperator(c.Operator)
	if !ok {
		e.note("unsupported condition operator " + c.Operator)
		return Maybe
	}
	entry, present := e.ctx.lookup(c.Key)
	if op.null {
		return e.nullCondition(c, entry, present)
	}
	if !present || len(entry.values) == 0 {
		return absentKey(op)
	}
	t := e.valuesMatch(op, c, entry.values, version)
	if t == Maybe {
		e.note(c.Key)
	}
	return t
}

// absentKey is AWS's answer when the request lacks the key: IfExists and
// ForAllValues hold, negated operators hold, everything else fails.
func absentKey(op parsedOp) Tri {
	switch {
	case op.ifExists, op.qual == qualAll:
		return True
	case op.qual == qualAny:
		return False
	}
	return triOf(op.spec.negated)
}

// valuesMatch applies the operator to every request value. Without a set
// qualifier a positive operator needs one request value to match one
// policy value; a negated one needs no request value to match any.
func (e *evaluator) valuesMatch(op parsedOp, c *Condition, request []string, version string) Tri {
	anyT, allT := False, True
	for _, rv := range request {
		m := e.oneValue(op.spec, c.Values, rv, version)
		if op.spec.negated {
			m = m.not()
		}
		anyT, allT = anyT.or(m), allT.and(m)
	}
	switch {
	case op.qual == qualAny:
		return anyT
	case op.qual == qualAll, op.spec.negated:
		return allT
	}
	return anyT
}

// oneValue is the positive match of one request value against the policy
// values, which are ORed.
func (e *evaluator) oneValue(spec opSpec, values []string, rv, version string) Tri {
	t := False
	for _, pv := range values {
		if spec.vars && version == policyVersion2012 {
			var ok bool
			if pv, ok = e.ctx.substitute(pv); !ok {
				e.unresolved = true
				return False
			}
			if !spec.glob {
				pv = unescapeWildcards(pv)
			}
		}
		if t = t.or(spec.match(pv, rv)); t == True {
			return True
		}
	}
	return t
}

// unescapeWildcards turns the runes left by ${*} and ${?} back into the
// characters, for operators without wildcards.
func unescapeWildcards(s string) string {
	if !strings.ContainsAny(s, string(literalStar)+string(literalQuestion)) {
		return s
	}
	return strings.NewReplacer(string(literalStar), "*", string(literalQuestion), "?").Replace(s)
}

// knownOrMaybe handles unknown tokens for operators that cannot reason
// inside a value: identical strings match, anything else is unknown.
func knownOrMaybe(policy, request string) (Tri, bool) {
	if IsKnown(policy) && IsKnown(request) {
		return False, false
	}
	if policy == request {
		return True, true
	}
	return Maybe, true
}
