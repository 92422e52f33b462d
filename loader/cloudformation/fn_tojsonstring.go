package cloudformation

import (
	"encoding/json"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

// fnToJSONString is Fn::ToJsonString (language extensions): a value as
// compact JSON text.
func fnToJSONString(e *evaluator, arg *node, at source.Range) *source.Node {
	v := e.value(arg)
	out, known := plain(v)
	b, err := json.Marshal(out)
	if err != nil || !known {
		return unknownString("Fn::ToJsonString at "+at.String(), at)
	}
	return e.capped("Fn::ToJsonString", string(b), at)
}

// plain converts a value to Go values for encoding; known is false when any
// part is unknown.
func plain(v *source.Node) (out any, known bool) {
	if v == nil {
		return nil, true
	}
	switch v.Kind {
	case source.Object:
		m, known := map[string]any{}, true
		for _, f := range v.Fields {
			var k bool
			m[f.Key], k = plain(f.Value)
			known = known && k
		}
		return m, known
	case source.Array:
		l, known := make([]any, 0, len(v.Items)), true
		for _, item := range v.Items {
			x, k := plain(item)
			l, known = append(l, x), known && k
		}
		return l, known
	case source.Unknown:
		return nil, false
	case source.Null:
		return nil, true
	case source.Number, source.Bool:
		return json.RawMessage(v.Scalar), true
	}
	return v.Scalar, iam.IsKnown(v.Scalar)
}
