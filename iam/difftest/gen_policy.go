package difftest

import (
	"fmt"
	"strings"
)

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

func (g *Gen) principal(s map[string]any, _ target, p principal) {
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
