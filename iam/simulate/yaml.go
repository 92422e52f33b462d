package simulate

import (
	"fmt"

	"github.com/denylint/denylint/source"
	"go.yaml.in/yaml/v3"
)

// parseYAML reads a YAML (or JSON) document into a positioned Node.
func parseYAML(file string, data []byte) (*source.Node, *source.Diagnostic) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &source.Diagnostic{Severity: source.Error, Summary: "invalid YAML: " + err.Error(),
			Range: source.Range{File: file, Start: source.Pos{Line: 1, Column: 1}}}
	}
	if len(doc.Content) == 0 {
		return nil, &source.Diagnostic{Severity: source.Error, Summary: "empty request document",
			Range: source.Range{File: file, Start: source.Pos{Line: 1, Column: 1}}}
	}
	return fromYAML(file, doc.Content[0], 0)
}

func fromYAML(file string, y *yaml.Node, depth int) (*source.Node, *source.Diagnostic) {
	pos := source.Pos{Line: y.Line, Column: y.Column}
	n := &source.Node{Range: source.Range{File: file, Start: pos, End: pos}}
	if depth > source.MaxDepth {
		return nil, &source.Diagnostic{Severity: source.Error, Summary: "document nested too deeply", Range: n.Range}
	}
	switch y.Kind {
	case yaml.AliasNode:
		return fromYAML(file, y.Alias, depth+1)
	case yaml.ScalarNode:
		n.Kind, n.Scalar = scalarKind(y), y.Value
	case yaml.SequenceNode:
		n.Kind = source.Array
		for _, c := range y.Content {
			item, d := fromYAML(file, c, depth+1)
			if d != nil {
				return nil, d
			}
			n.Items = append(n.Items, item)
		}
	case yaml.MappingNode:
		n.Kind = source.Object
		for i := 0; i+1 < len(y.Content); i += 2 {
			k := y.Content[i]
			v, d := fromYAML(file, y.Content[i+1], depth+1)
			if d != nil {
				return nil, d
			}
			kr := source.Range{File: file, Start: source.Pos{Line: k.Line, Column: k.Column}}
			kr.End = kr.Start
			n.Fields = append(n.Fields, source.Field{Key: k.Value, KeyRange: kr, Value: v})
		}
	default:
		return nil, &source.Diagnostic{Severity: source.Error, Summary: fmt.Sprintf("unsupported YAML node kind %d", y.Kind), Range: n.Range}
	}
	return n, nil
}

func scalarKind(y *yaml.Node) source.Kind {
	switch y.ShortTag() {
	case "!!null":
		return source.Null
	case "!!bool":
		return source.Bool
	case "!!int", "!!float":
		return source.Number
	}
	return source.String
}
