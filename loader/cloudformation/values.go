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
	return &source.Node{Kind: source.Unknown, Scalar: tokenSafe.Replace(name), Range: at}
}

func unknownString(name string, at source.Range) *source.Node {
	return stringNode(unknown(name), at)
}

// unknown makes a token. Its name leaves out quotes and backslashes (of
// Windows paths, of quoted delimiters), because tokens end up inside JSON
// text built with Fn::Sub, which they must not break.
func unknown(name string) string { return iam.Unknown(tokenSafe.Replace(name)) }

var tokenSafe = strings.NewReplacer(`"`, "'", `\`, "/")

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
