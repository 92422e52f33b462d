package terraform

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
)

// traced returns the positioned tree of a JSON text: the tree of where the
// evaluation produced it when known, else the text parsed with every part
// at rng. It never returns nil; text that is not JSON is an Unknown node.
func (ev *evaluator) traced(text string, rng hcl.Range) *source.Node {
	if ev.side != nil {
		// A root evaluated before this one may have written text too.
		ev.side.looked = append(ev.side.looked, text)
	}
	if thunk, ok := ev.prov[text]; ok {
		if n := thunk(); n != nil {
			return n
		}
	}
	if n := flatJSON(text, rng); n != nil {
		return n
	}
	return &source.Node{Kind: source.Unknown, Scalar: "invalid JSON", Range: source.FromHCL(rng)}
}

// nodeJSON renders a tree as JSON text, indented as the AWS provider
// renders policy documents. Unknown parts become token strings, so that
// the text stays known and traceable.
func nodeJSON(n *source.Node, indent bool) string {
	var b bytes.Buffer
	writeNode(&b, n)
	if !indent {
		return b.String()
	}
	var out bytes.Buffer
	if err := json.Indent(&out, b.Bytes(), "", "  "); err != nil {
		return b.String()
	}
	return out.String()
}

func writeNode(b *bytes.Buffer, n *source.Node) {
	if n == nil {
		b.WriteString("null")
		return
	}
	switch n.Kind {
	case source.Null:
		b.WriteString("null")
	case source.Bool, source.Number:
		b.WriteString(n.Scalar)
	case source.String:
		writeString(b, n.Scalar)
	case source.Unknown:
		writeString(b, iam.Unknown(n.Scalar))
	case source.Array:
		b.WriteByte('[')
		for i, it := range n.Items {
			if i > 0 {
				b.WriteByte(',')
			}
			writeNode(b, it)
		}
		b.WriteByte(']')
	case source.Object:
		b.WriteByte('{')
		for i, f := range n.Fields {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(b, f.Key)
			b.WriteByte(':')
			writeNode(b, f.Value)
		}
		b.WriteByte('}')
	}
}

func writeString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}

func itoa(i int) string { return strconv.Itoa(i) }
