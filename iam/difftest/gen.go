// Package difftest generates random, realistic IAM requests for the
// differential test against an independent simulator (see
// difftest_test.go); it holds no engine logic.
package difftest

import (
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
