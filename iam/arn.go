package iam

import "strings"

// MatchARN decides whether a Resource pattern covers an ARN. Matching is
// case-sensitive; * matches any run of characters (colons and slashes
// included) and ? one character. With unknown tokens on either side the
// answer is True only if every completion matches and False only if none
// can.
func MatchARN(pattern, value string) Tri {
	if pattern == "*" {
		return True
	}
	return matchTri(pattern, value, true, false)
}

// ARN is an Amazon Resource Name split into its six parts.
type ARN struct {
	Partition, Service, Region, Account, Resource string
}

// ParseARN splits s; ok is false unless s has the six colon-separated
// parts of an ARN.
func ParseARN(s string) (a ARN, ok bool) {
	parts := strings.SplitN(s, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" {
		return ARN{}, false
	}
	return ARN{Partition: parts[1], Service: parts[2], Region: parts[3], Account: parts[4], Resource: parts[5]}, true
}

// accountOf returns the account id of an ARN, or "" when it has none.
func accountOf(arn string) string {
	a, ok := ParseARN(arn)
	if !ok {
		return ""
	}
	return a.Account
}

// equalTri decides whether two values are equal, tokens compared by name.
func equalTri(a, b string) Tri {
	return matchTri(a, b, false, false)
}
