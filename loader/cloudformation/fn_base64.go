package cloudformation

import (
	"encoding/base64"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// fnBase64 is Fn::Base64.
func fnBase64(e *evaluator, arg *node, at source.Range) *source.Node {
	s, ok := e.textArg("Fn::Base64", arg)
	if !ok {
		return unknownNode("Fn::Base64 at "+at.String(), at)
	}
	if !iam.IsKnown(s) {
		return unknownString("Fn::Base64 "+tokenName(s), at)
	}
	return e.capped("Fn::Base64", base64.StdEncoding.EncodeToString([]byte(s)), at)
}
