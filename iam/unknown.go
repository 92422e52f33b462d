package iam

import "strings"

// Values the configuration cannot decide travel inside ordinary strings as
// tokens delimited by two private-use runes, so that a partly known ARN such
// as "arn:aws:s3:::<var.bucket>/*" keeps its known parts. Two tokens with the
// same name denote the same value (the symbolic current account equals
// itself); tokens with different names may or may not be equal.
const (
	unknownOpen  = "\uE000"
	unknownClose = "\uE001"
)

// Unknown returns a token standing for the value called name.
func Unknown(name string) string { return unknownOpen + name + unknownClose }

// CurrentAccount is the account the configuration deploys into when its
// number is not written down.
var CurrentAccount = Unknown("current account")

// IsKnown reports whether s contains no unknown token.
func IsKnown(s string) bool { return !strings.Contains(s, unknownOpen) }

// UnknownNames lists the names of the tokens in s, in order.
func UnknownNames(s string) []string {
	var names []string
	for {
		i := strings.Index(s, unknownOpen)
		if i < 0 {
			return names
		}
		s = s[i+len(unknownOpen):]
		j := strings.Index(s, unknownClose)
		if j < 0 {
			return names
		}
		names = append(names, s[:j])
		s = s[j+len(unknownClose):]
	}
}

// Display renders s for people: each token becomes <name>.
func Display(s string) string {
	if IsKnown(s) {
		return s
	}
	return displayReplacer.Replace(s)
}

var displayReplacer = strings.NewReplacer(unknownOpen, "<", unknownClose, ">")
