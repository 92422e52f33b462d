package iam

// MatchAction reports whether an Action element such as "s3:Get*" covers
// action. AWS compares actions without regard to case.
func MatchAction(pattern, action string) bool {
	return matchTri(pattern, action, true, true) == True
}

// matchActions decides whether any pattern covers action.
func matchActions(patterns []string, action string) Tri {
	t := False
	for _, p := range patterns {
		if t = t.or(matchTri(p, action, true, true)); t == True {
			return True
		}
	}
	return t
}
