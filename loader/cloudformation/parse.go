package cloudformation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/denylint/denylint/source"
	"go.yaml.in/yaml/v3"
)

// Limits that keep hostile templates from exhausting time or memory.
const (
	// MaxFileSize is the largest template read; CloudFormation itself
	// accepts 1 MB, so anything this large is not a real template.
	MaxFileSize = 20 << 20
	// maxDepth bounds nesting, as in source.ParseJSON.
	maxDepth = source.MaxDepth
)

// parse reads a YAML or JSON template into a node tree.
func parse(file string, data []byte) (*node, []source.Diagnostic) {
	text, restoreSlash := escapeSlashes(data)
	var doc yaml.Node
	if err := unmarshal(text, &doc); err != nil {
		return nil, []source.Diagnostic{yamlDiagnostic(file, data, err)}
	}
	if len(doc.Content) == 0 {
		return nil, []source.Diagnostic{{
			Severity: source.Error, Summary: "empty template",
			Range: source.Range{File: file, Start: source.Pos{Line: 1, Column: 1}, End: source.Pos{Line: 1, Column: 1}},
		}}
	}
	c := &converter{lines: newLines(file, data), memo: map[*yaml.Node]*node{}, restoreSlash: restoreSlash}
	root, _ := c.convert(doc.Content[0], 0)
	return root, c.diags
}

// unmarshal parses YAML and turns a parser panic into an error.
func unmarshal(data []byte, doc *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: %v", r)
		}
	}()
	return yaml.Unmarshal(data, doc)
}

var yamlLine = regexp.MustCompile(`^yaml: (?:line \d+: )?`)

func yamlDiagnostic(file string, data []byte, err error) source.Diagnostic {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
	}
	l := newLines(file, data)
	off := errorOffset(data)
	return source.Diagnostic{
		Severity: source.Error,
		Summary:  "template is not valid YAML or JSON: " + msg,
		Range:    l.span(off, off),
	}
}

// errorOffset finds where a document that does not parse goes wrong; the
// YAML parser's own line is often that of an enclosing construct. JSON
// gets the exact offset from encoding/json; YAML gets the first line whose
// addition makes the document fail to parse, found by bisection.
func errorOffset(data []byte) int {
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) > 0 && trimmed[0] == '{' {
		var v any
		var syn *json.SyntaxError
		if err := json.Unmarshal(data, &v); errors.As(err, &syn) {
			return int(syn.Offset) - 1
		}
	}
	l := newLines("", data)
	lo, hi := 0, len(l.starts) // the first lo lines parse; the first hi do not
	for lo+1 < hi {
		mid := (lo + hi) / 2
		var doc yaml.Node
		if unmarshal(data[:l.offset(mid+1, 1)], &doc) == nil {
			lo = mid
		} else {
			hi = mid
		}
	}
	return l.offset(hi, 1)
}

// escapeSlashes rewrites the JSON escape \/ , which the YAML parser rejects,
// as \_ (same length, so every position stays right) and reports whether
// decoded values must turn the resulting no-break spaces back into slashes.
// A template that already holds no-break spaces is left alone.
func escapeSlashes(data []byte) ([]byte, bool) {
	if !bytes.Contains(data, []byte(`\/`)) || bytes.Contains(data, []byte("\u00a0")) ||
		bytes.Contains(data, []byte(`\_`)) || bytes.Contains(bytes.ToLower(data), []byte(`\u00a0`)) {
		return data, false
	}
	out := bytes.Clone(data)
	for i := 0; i+1 < len(out); i++ {
		if out[i] == '\\' {
			if out[i+1] == '/' {
				out[i+1] = '_'
			}
			i++
		}
	}
	return out, true
}

type converter struct {
	lines        *lines
	memo         map[*yaml.Node]*node
	diags        []source.Diagnostic
	restoreSlash bool
	tooDeep      bool
}

// convert returns the node for y and the offset where y's text ends.
func (c *converter) convert(y *yaml.Node, depth int) (*node, int) {
	data := c.lines.data
	start := c.lines.offset(y.Line, y.Column)
	if depth > maxDepth {
		if c.tooDeep {
			return &node{kind: source.Null, rng: c.lines.span(start, start)}, start
		}
		c.tooDeep = true
		c.problem(c.lines.span(start, start), fmt.Sprintf("template nested deeper than %d levels", maxDepth))
		return &node{kind: source.Null, rng: c.lines.span(start, start)}, start
	}
	if y.Kind == yaml.AliasNode {
		end := start + 1 + len(y.Value)
		return c.alias(y, depth), end
	}
	n := &node{tag: shortTag(y)}
	if y.Anchor != "" {
		c.memo[y] = n
	}
	var end int
	switch y.Kind {
	case yaml.MappingNode:
		end = c.mapping(n, y, start, depth)
	case yaml.SequenceNode:
		n.kind = source.Array
		end = skipProps(data, start)
		for _, item := range y.Content {
			v, e := c.convert(item, depth+1)
			n.items, end = append(n.items, v), max(end, e)
		}
		if y.Style&yaml.FlowStyle != 0 {
			end = flowEnd(data, end, ']')
		}
	case yaml.ScalarNode:
		end = c.scalar(n, y, start)
	default:
		end = start
	}
	n.rng = c.lines.span(start, end)
	return n, end
}

// alias returns the node an alias names. Anchors are converted once and
// shared, so an alias bomb costs no memory here; evaluation counts every
// expanded node against its budget.
func (c *converter) alias(y *yaml.Node, depth int) *node {
	if y.Alias == nil {
		return &node{kind: source.Null}
	}
	if n, ok := c.memo[y.Alias]; ok {
		if n.rng.File == "" {
			r := c.lines.span(c.lines.offset(y.Line, y.Column), c.lines.offset(y.Line, y.Column))
			c.problem(r, "alias refers to the value that contains it")
			return &node{kind: source.Null, rng: r}
		}
		return n
	}
	n, _ := c.convert(y.Alias, depth+1)
	return n
}

func (c *converter) mapping(n *node, y *yaml.Node, start, depth int) int {
	n.kind = source.Object
	n.fields = make([]field, 0, len(y.Content)/2)
	index := map[string]int{}
	end := skipProps(c.lines.data, start)
	for i := 0; i+1 < len(y.Content); i += 2 {
		k, ke := c.convert(y.Content[i], depth+1)
		v, ve := c.convert(y.Content[i+1], depth+1)
		end = max(end, ke, ve)
		if y.Content[i].Tag == "!!merge" {
			c.merge(n, v)
			continue
		}
		if k.kind == source.Object || k.kind == source.Array {
			c.problem(k.rng, "mapping key is not a scalar")
			continue
		}
		c.add(n, index, field{key: k.scalar, keyRng: k.rng, value: v})
	}
	if y.Style&yaml.FlowStyle != 0 {
		end = flowEnd(c.lines.data, end, '}')
	}
	return end
}

// add appends a member; a repeated key replaces the earlier one, as
// CloudFormation's JSON reader does, with a warning.
func (c *converter) add(n *node, index map[string]int, f field) {
	i, dup := index[f.key]
	if !dup {
		index[f.key] = len(n.fields)
		n.fields = append(n.fields, f)
		return
	}
	c.diags = append(c.diags, source.Diagnostic{
		Severity: source.Warning, Summary: fmt.Sprintf("duplicate key %q", f.key),
		Detail: "the later value is used", Range: f.keyRng,
	})
	n.fields[i] = f
}

// merge applies a YAML merge key (<<: *base): members not already set.
func (c *converter) merge(n *node, v *node) {
	sources := []*node{v}
	if v.kind == source.Array {
		sources = v.items
	}
	for _, s := range sources {
		for _, f := range s.fields {
			if n.get(f.key) == nil {
				n.fields = append(n.fields, f)
			}
		}
	}
}

func (c *converter) scalar(n *node, y *yaml.Node, start int) int {
	data := c.lines.data
	n.kind, n.scalar = scalarKind(y), y.Value
	if c.restoreSlash {
		n.scalar = strings.ReplaceAll(n.scalar, "\u00a0", "/")
	}
	i := skipProps(data, start)
	if i >= len(data) {
		return len(data)
	}
	switch {
	case y.Style&yaml.DoubleQuotedStyle != 0:
		return quotedEnd(data, i, '"')
	case y.Style&yaml.SingleQuotedStyle != 0:
		return quotedEnd(data, i, '\'')
	case y.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return blockEnd(data, i, y.Value)
	case y.Value == "" && i > start && data[i-1] == '\n':
		// An empty value after a tag ends with the tag.
		return start + len(bytes.Fields(data[start:])[0])
	}
	return plainEnd(data, i, y.Value)
}

func scalarKind(y *yaml.Node) source.Kind {
	if y.Style&yaml.TaggedStyle != 0 {
		return source.String
	}
	switch y.Tag {
	case "!!int", "!!float":
		return source.Number
	case "!!bool":
		return source.Bool
	case "!!null":
		return source.Null
	}
	return source.String
}

// shortTag maps a CloudFormation short-form tag to its long name.
func shortTag(y *yaml.Node) string {
	if y.Style&yaml.TaggedStyle == 0 || !strings.HasPrefix(y.Tag, "!") || strings.HasPrefix(y.Tag, "!!") {
		return ""
	}
	switch name := y.Tag[1:]; name {
	case "Ref", "Condition":
		return name
	default:
		return "Fn::" + name
	}
}

func (c *converter) problem(r source.Range, msg string) {
	c.diags = append(c.diags, source.Diagnostic{Severity: source.Error, Summary: msg, Range: r})
}
