package difftest

// conditions draws one or two condition entries over the context keys
// that the generator fills.
func (g *Gen) conditions(p principal) map[string]any {
	c := map[string]any{}
	for range 1 + g.r.IntN(2) {
		op, key, val := g.condition(p)
		m, _ := c[op].(map[string]any)
		if m == nil {
			m = map[string]any{}
			c[op] = m
		}
		m[key] = val
	}
	return c
}

func (g *Gen) condition(p principal) (op, key string, val any) {
	switch g.r.IntN(14) {
	case 0:
		return g.pick("Bool", "BoolIfExists"), "aws:SecureTransport", g.pick("true", "false")
	case 1:
		return g.pick("IpAddress", "NotIpAddress", "IpAddressIfExists", "NotIpAddressIfExists"), "aws:SourceIp", g.pick("10.0.0.0/8", "192.0.2.0/24", "203.0.113.7/32")
	case 2:
		return g.pick("StringEquals", "StringNotEquals", "StringEqualsIfExists", "StringNotEqualsIfExists"), "aws:PrincipalOrgID", g.pick("o-example1", "o-other")
	case 3:
		return g.pick("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringLike", "StringNotLike"), "aws:PrincipalTag/team", g.pick("recordings", "RECORDINGS", "rec*", "billing")
	case 4:
		return g.pick("ArnLike", "ArnNotLike", "ArnEquals", "ArnNotEquals"), "aws:PrincipalArn", g.pick("arn:aws:iam::111111111111:role/*", "arn:aws:iam::*:user/alice", "arn:aws:iam::222222222222:role/reader")
	case 5:
		return g.pick("StringEquals", "StringNotEquals"), "aws:PrincipalAccount", []any{g.pick(acctA, acctB)}
	case 6:
		return g.pick("DateGreaterThan", "DateLessThan", "DateLessThanEquals"), "aws:CurrentTime", g.pick("2026-03-01T00:00:00Z", "2026-01-15T10:00:00Z")
	case 7:
		g.feature("null")
		return "Null", g.pick("aws:SourceIp", "aws:PrincipalTag/team", "aws:SourceVpce"), g.pick("true", "false")
	case 8:
		g.feature("set-operator")
		return g.pick("ForAnyValue:StringLike", "ForAllValues:StringLike", "ForAnyValue:StringNotLike", "ForAllValues:StringNotLike"),
			"aws:PrincipalOrgPaths", []any{g.pick("o-example1/r-ab12/ou-ab12-11111111/*", "o-example1/*", "o-other/*")}
	case 9:
		return g.pick("StringEquals", "StringNotEquals", "StringEqualsIfExists", "StringNotEqualsIfExists"), "aws:SourceVpce", g.pick("vpce-1a2b3c4d", "vpce-9z8y7x6w")
	case 10:
		g.usernameVariable(p)
		return g.pick("StringEquals", "StringLike"), "aws:PrincipalTag/team", "${aws:username}"
	case 11:
		return g.pick("StringEquals", "StringNotEquals"), "aws:ResourceAccount", g.pick("${aws:PrincipalAccount}", acctA)
	case 12:
		return "StringLike", "aws:userid", g.pick("AROAEXAMPLE:*", "AIDAEXAMPLEALICE")
	}
	return g.pick("StringEquals", "StringNotEquals"), "aws:PrincipalType", g.pick("User", "AssumedRole")
}
