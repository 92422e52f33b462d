package cloudformation

import (
	"strings"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// Evaluated values are source.Nodes. A value the template cannot decide is
// an Unknown node when even its shape is unknown, and a String holding an
// iam.Unknown token when it is known to be a string.

func stringNode(s string, at source.Range) *source.Node {
	return &source.Node{Kind: source.String, Scalar: s, Range: at}
}

func unknownNode(name string, at source.Range) *source.Node {
	return &source.Node{Kind: source.Unknown, Scalar: name, Range: at}
}

func unknownString(name string, at source.Range) *source.Node {
	return stringNode(iam.Unknown(name), at)
}

// text reads a scalar value as a string; an unknown value becomes its token.
func text(v *source.Node) (string, bool) {
	if v == nil {
		return "", false
	}
	switch v.Kind {
	case source.String, source.Number, source.Bool:
		return v.Scalar, true
	case source.Unknown:
		return iam.Unknown(v.Scalar), true
	case source.Null:
		return "", true
	}
	return "", false
}

// tokenName makes a string usable inside an unknown token's name: tokens do
// not nest, so inner tokens are shown as <name>.
func tokenName(s string) string { return iam.Display(s) }

// moved returns v placed at another range (the intrinsic call that
// produced it), leaving v itself untouched.
func moved(v *source.Node, at source.Range) *source.Node {
	if v == nil {
		return nil
	}
	c := *v
	c.Range = at
	return &c
}

// splitOutsideTokens splits s at sep but never inside an unknown token.
// Tokens stand for names, ids, accounts and regions, which contain none of
// the separators templates split ARNs and lists with.
func splitOutsideTokens(s, sep string) []string {
	if iam.IsKnown(s) || sep == "" {
		return strings.Split(s, sep)
	}
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "\uE000"):
			depth++
			i += len("\uE000")
		case strings.HasPrefix(s[i:], "\uE001"):
			depth--
			i += len("\uE001")
		case depth == 0 && strings.HasPrefix(s[i:], sep):
			out = append(out, s[last:i])
			i += len(sep)
			last = i
		default:
			i++
		}
	}
	return append(out, s[last:])
}
