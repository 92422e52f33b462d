package difftest

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
