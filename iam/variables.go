package iam

import "strings"

// policyVersion2012 is the only policy language version in which ${...}
// are variables; in any other version they are literal text (see "IAM
// policy elements: Variables and tags" in the IAM user guide).
const policyVersion2012 = "2012-10-17"

// substitute replaces the policy variables in s from the request context.
// ok is false when a variable has no single value and no default: AWS then
// treats the element as matching nothing.
func (rc *requestContext) substitute(s string) (string, bool) {
	if !strings.Contains(s, "${") {
		return s, true
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "${")
		if i < 0 {
			b.WriteString(s)
			return b.String(), true
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String(), true
		}
		b.WriteString(s[:i])
		v, ok := rc.variable(s[i+2 : i+j])
		if !ok {
			return "", false
		}
		b.WriteString(v)
		s = s[i+j+1:]
	}
}

// variable resolves the inside of one ${...}.
func (rc *requestContext) variable(expr string) (string, bool) {
	switch expr {
	case "*":
		return string(literalStar), true
	case "?":
		return string(literalQuestion), true
	case "$":
		return "$", true
	}
	key, def, hasDef := splitDefault(expr)
	e, ok := rc.lookup(key)
	switch {
	case ok && len(e.values) == 1:
		return e.values[0], true
	case hasDef:
		return def, true
	}
	return "", false
}

// splitDefault reads "key, 'default'".
func splitDefault(expr string) (key, def string, ok bool) {
	i := strings.IndexByte(expr, ',')
	if i < 0 {
		return strings.TrimSpace(expr), "", false
	}
	key = strings.TrimSpace(expr[:i])
	def = strings.TrimSpace(expr[i+1:])
	if len(def) >= 2 && def[0] == '\'' && def[len(def)-1] == '\'' {
		return key, def[1 : len(def)-1], true
	}
	return key, "", false
}
