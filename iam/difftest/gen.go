// Package difftest generates random, realistic IAM requests for the
// differential test against an independent simulator (see
// difftest_test.go); it holds no engine logic.
package difftest

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

// Case is one generated request in the request-document shape of
// `denylint simulate` (which the oracle runner also reads), with the
// features it exercises.
type Case struct {
	Doc      map[string]any
	Features []string
}

const (
	acctA = "111111111111"
	acctB = "222222222222"
)

// Gen draws cases from a seeded source, so a failure is reproducible by
// its seed and index.
type Gen struct {
	r        *rand.Rand
	features map[string]bool
}

// NewGen returns a generator for seed.
func NewGen(seed uint64) *Gen {
	return &Gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (g *Gen) pick(list ...string) string { return list[g.r.IntN(len(list))] }
func (g *Gen) chance(p float64) bool      { return g.r.Float64() < p }
func (g *Gen) feature(f string)           { g.features[f] = true }

type principal struct {
	arn, account, name string
	user               bool
	// role is the role ARN of a session principal.
	role string
}

var principals = []principal{
	{arn: "arn:aws:iam::111111111111:role/app", account: acctA, name: "app"},
	{arn: "arn:aws:iam::111111111111:user/alice", account: acctA, name: "alice", user: true},
	{arn: "arn:aws:iam::222222222222:role/reader", account: acctB, name: "reader"},
	{arn: "arn:aws:iam::222222222222:user/bob", account: acctB, name: "bob", user: true},
	{arn: "arn:aws:sts::111111111111:assumed-role/app/s1", account: acctA, name: "app", role: "arn:aws:iam::111111111111:role/app"},
	{arn: "arn:aws:sts::222222222222:assumed-role/reader/s2", account: acctB, name: "reader", role: "arn:aws:iam::222222222222:role/reader"},
}

// principalArn is what aws:PrincipalArn holds: the role of a session.
func (p principal) principalArn() string {
	if p.role != "" {
		return p.role
	}
	return p.arn
}

type target struct {
	action, resource, account string
}

// targets pairs actions with resources of the types they take, as the
// service authorization reference lists them.
func (g *Gen) target() target {
	owner := g.pick(acctA, acctB)
	bucket := map[string]string{acctA: "bucket-a", acctB: "bucket-b"}[owner]
	switch g.r.IntN(7) {
	case 0:
		return target{"s3:ListBucket", "arn:aws:s3:::" + bucket, owner}
	case 1:
		return target{"s3:PutObject", "arn:aws:s3:::" + bucket + "/" + g.pick("alice/notes.txt", "bob/x", "recordings/call.wav"), owner}
	case 2:
		return target{"s3:DeleteObject", "arn:aws:s3:::" + bucket + "/recordings/old.wav", owner}
	case 3, 4:
		return target{"kms:" + g.pick("Decrypt", "GenerateDataKey", "Encrypt"), "arn:aws:kms:eu-west-1:" + owner + ":key/0f0e0d0c-1111-2222-3333-444455556666", owner}
	}
	return target{"s3:GetObject", "arn:aws:s3:::" + bucket + "/" + g.pick("alice/notes.txt", "recordings/call.wav", "public/logo.png"), owner}
}

// Next draws one case.
func (g *Gen) Next() Case {
	g.features = map[string]bool{}
	p := principals[g.r.IntN(len(principals))]
	t := g.target()
	doc := map[string]any{
		"principal":        p.arn,
		"action":           t.action,
		"resource":         t.resource,
		"resource_account": t.account,
		"context":          g.context(p, t),
	}
	if p.account != t.account {
		g.feature("cross-account")
	}
	kms := strings.HasPrefix(t.action, "kms:")
	if kms {
		g.feature("kms")
	}
	ids := []any{}
	for range g.r.IntN(3) {
		ids = append(ids, g.policy(false, t, p))
	}
	doc["identity_policies"] = ids
	if kms || g.chance(0.7) {
		doc["resource_policy"] = g.policy(true, t, p)
	}
	if g.chance(0.2) {
		doc["permissions_boundary"] = g.policy(false, t, p)
		g.feature("boundary")
	}
	if g.chance(0.3) {
		doc["scps"] = g.levels(false, t, p)
		g.feature("scp")
	}
	if g.chance(0.2) {
		doc["rcps"] = g.rcpLevels(t, p)
		g.feature("rcp")
	}
	if p.role != "" && g.chance(0.3) {
		doc["session_policy"] = g.policy(false, t, p)
		g.feature("session-policy")
	}
	if g.chance(0.15) {
		doc["vpc_endpoint_policies"] = []any{g.endpointPolicy(t, p)}
		g.feature("vpce")
	}
	if g.features["session-policy"] && (g.features["principal-session"] || g.features["principal-star"]) {
		g.feature("session-policy-direct-grant")
	}
	return Case{Doc: doc, Features: g.sortedFeatures()}
}

func (g *Gen) sortedFeatures() []string {
	var out []string
	for f := range g.features {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// context gives the full request context, since the oracle derives none.
func (g *Gen) context(p principal, t target) map[string]any {
	c := map[string]any{
		"aws:PrincipalArn":          p.arn,
		"aws:PrincipalAccount":      p.account,
		"aws:ResourceAccount":       t.account,
		"aws:userid":                map[bool]string{true: "AIDAEXAMPLE" + strings.ToUpper(p.name), false: "AROAEXAMPLE:" + p.name}[p.user],
		"aws:SecureTransport":       g.pick("true", "true", "false"),
		"aws:CurrentTime":           g.pick("2026-01-15T10:00:00Z", "2026-08-01T00:00:00Z"),
		"aws:PrincipalType":         map[bool]string{true: "User", false: "AssumedRole"}[p.user],
		"aws:PrincipalIsAWSService": "false",
	}
	if p.user {
		c["aws:username"] = p.name
	}
	if g.chance(0.7) {
		c["aws:SourceIp"] = g.pick("10.1.2.3", "192.0.2.10", "203.0.113.7")
	}
	if g.chance(0.6) {
		c["aws:PrincipalOrgID"] = g.pick("o-example1", "o-other")
	}
	if g.chance(0.5) {
		c["aws:PrincipalTag/team"] = g.pick("recordings", "billing")
	}
	if g.chance(0.4) {
		c["aws:PrincipalOrgPaths"] = []string{g.pick("o-example1/r-ab12/ou-ab12-11111111/", "o-example1/r-ab12/ou-ab12-22222222/")}
	}
	if g.chance(0.3) {
		c["aws:SourceVpce"] = g.pick("vpce-1a2b3c4d", "vpce-9z8y7x6w")
	}
	return c
}

func (g *Gen) levels(withPrincipal bool, t target, p principal) []any {
	var out []any
	for range 1 + g.r.IntN(3) {
		level := []any{}
		if !withPrincipal && g.chance(0.85) {
			level = append(level, allowAll())
		}
		if g.chance(0.6) {
			level = append(level, g.policy(withPrincipal, t, p))
		}
		if !withPrincipal && len(level) == 0 {
			// AWS requires at least one SCP on every level.
			level = append(level, allowAll())
		}
		out = append(out, level)
	}
	return out
}

// rcpLevels draws RCPs: AWS attaches RCPFullAWSAccess to every level, so
// the policies written are Deny statements for everyone.
func (g *Gen) rcpLevels(t target, p principal) []any {
	var out []any
	for range 1 + g.r.IntN(3) {
		level := []any{}
		if g.chance(0.7) {
			pol := g.policy(false, t, p)
			for _, s := range pol["Statement"].([]any) {
				st := s.(map[string]any)
				st["Effect"], st["Principal"] = "Deny", "*"
				if st["Action"] == "*" {
					st["Action"] = "s3:*"
				}
				delete(st, "NotAction")
				if st["Action"] == nil {
					st["Action"] = t.action
				}
			}
			level = append(level, pol)
		}
		out = append(out, level)
	}
	return out
}

// endpointPolicy draws a VPC endpoint policy: its principal is always "*",
// narrowed by conditions.
func (g *Gen) endpointPolicy(t target, p principal) map[string]any {
	pol := g.policy(false, t, p)
	for _, s := range pol["Statement"].([]any) {
		s.(map[string]any)["Principal"] = "*"
	}
	return pol
}

func allowAll() map[string]any {
	return map[string]any{"Version": "2012-10-17", "Statement": []any{map[string]any{"Effect": "Allow", "Action": "*", "Resource": "*"}}}
}

func (g *Gen) policy(withPrincipal bool, t target, p principal) map[string]any {
	var stmts []any
	for i := range 1 + g.r.IntN(3) {
		stmts = append(stmts, g.statement(i, withPrincipal, t, p))
	}
	return map[string]any{"Version": "2012-10-17", "Statement": stmts}
}

func (g *Gen) statement(i int, withPrincipal bool, t target, p principal) map[string]any {
	s := map[string]any{"Sid": fmt.Sprintf("S%d", i), "Effect": g.pick("Allow", "Allow", "Deny")}
	g.actions(s, t)
	g.resources(s, t, p)
	if withPrincipal {
		g.principal(s, t, p)
	}
	if g.chance(0.45) {
		s["Condition"] = g.conditions(p)
	}
	return s
}

func (g *Gen) actions(s map[string]any, t target) {
	svc := t.action[:strings.IndexByte(t.action, ':')]
	key := "Action"
	if g.chance(0.1) {
		key = "NotAction"
		g.feature("not-action")
	}
	s[key] = g.pick(t.action, strings.ToLower(t.action), svc+":*", "*", svc+":Get*", svc+":Put*", "s3:List*", "kms:GenerateDataKey*", "kms:Describe*", "s3:?etObject")
}

func (g *Gen) resources(s map[string]any, t target, p principal) {
	key := "Resource"
	if g.chance(0.08) {
		key = "NotResource"
		g.feature("not-resource")
	}
	options := []string{"*", t.resource, "arn:aws:s3:::bucket-a/*", "arn:aws:s3:::bucket-b", "arn:aws:s3:::bucket-a/recordings/*",
		"arn:aws:kms:*:" + t.account + ":key/*", "arn:aws:s3:::bucket-?/*", "arn:aws:s3:::bucket-b/*"}
	if g.chance(0.1) {
		options = append(options, "arn:aws:s3:::"+bucketOf(t.resource)+"/${aws:username}/*")
		g.usernameVariable(p)
	}
	s[key] = g.pick(options...)
}

func bucketOf(arn string) string {
	rest := strings.TrimPrefix(arn, "arn:aws:s3:::")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[:i]
	}
	return rest
}

func (g *Gen) principal(s map[string]any, t target, p principal) {
	key := "Principal"
	if g.chance(0.05) && s["Effect"] == "Deny" {
		g.notPrincipal(s, p)
		return
	}
	switch g.r.IntN(7) {
	case 0:
		s[key] = "*"
		g.feature("principal-star")
	case 1:
		s[key] = map[string]any{"AWS": p.account}
		g.feature("principal-account")
	case 2:
		s[key] = map[string]any{"AWS": "arn:aws:iam::" + g.pick(acctA, acctB) + ":root"}
		g.feature("principal-account")
	case 3:
		s[key] = map[string]any{"AWS": principals[g.r.IntN(len(principals))].principalArn()}
	case 4:
		s[key] = map[string]any{"AWS": p.arn}
		if p.role != "" {
			g.feature("principal-session")
		}
	default:
		s[key] = map[string]any{"AWS": p.principalArn()}
	}
}

// usernameVariable notes a ${aws:username}, which a role's request cannot
// resolve.
func (g *Gen) usernameVariable(p principal) {
	g.feature("policy-variable")
	if !p.user {
		g.feature("unresolved-variable")
	}
}

// notPrincipal writes a Deny for everyone but a list of principals, with
// or without the account of the principal it names.
func (g *Gen) notPrincipal(s map[string]any, p principal) {
	g.feature("not-principal")
	other := principals[g.r.IntN(len(principals))]
	if other.role != "" || p.role != "" {
		// NotPrincipal with sessions has rules of its own; the shared
		// feature set leaves it out.
		other = principals[g.r.IntN(4)]
		if p.role != "" {
			g.feature("not-principal-session")
		}
	}
	switch g.r.IntN(4) {
	case 0:
		s["NotPrincipal"] = map[string]any{"AWS": g.pick(acctA, acctB)}
	case 1:
		s["NotPrincipal"] = map[string]any{"AWS": []any{other.arn, "arn:aws:iam::" + other.account + ":root"}}
		if other.account == p.account && other.arn != p.arn {
			g.feature("not-principal-other-in-account")
		}
	default:
		s["NotPrincipal"] = map[string]any{"AWS": other.arn}
		if other.arn == p.arn {
			g.feature("not-principal-without-account")
		}
	}
}

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
