package config

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/denylint/denylint/source"
)

// maxNodes bounds the nodes one config may expand to, so that an alias
// bomb is an error rather than an exhausted machine.
const maxNodes = 100_000

var rangeType = reflect.TypeFor[source.Range]()

// decoder fills a Go value from a YAML node tree by the value's yaml tags,
// reporting unknown keys and wrong types where they were written.
type decoder struct {
	lines *lineIndex
	diags []source.Diagnostic
	nodes int
	// at records where each key path's value was written, for checks that
	// run after decoding ("rules.severity.DL001").
	at map[string]source.Range
}

func (d *decoder) errorf(n *yaml.Node, summary, detail string, args ...any) {
	d.diags = append(d.diags, source.Diagnostic{
		Severity: source.Error, Summary: summary, Detail: fmt.Sprintf(detail, args...), Range: d.lines.rangeOf(n),
	})
}

func (d *decoder) value(n *yaml.Node, v reflect.Value, path string) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if d.nodes++; d.nodes > maxNodes {
		if d.nodes == maxNodes+1 {
			d.errorf(n, "config too large", "the file expands to more than %d values (aliases count each time they are used)", maxNodes)
		}
		return
	}
	d.at[path] = d.lines.rangeOf(n)
	if n.Tag == "!!null" {
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		d.object(n, v, path)
	case reflect.Slice:
		d.list(n, v, path)
	case reflect.Map:
		d.dict(n, v, path)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		d.value(n, p.Elem(), path)
		v.Set(p)
	default:
		d.scalar(n, v, path)
	}
}

func (d *decoder) object(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "wrong type", "%s must be a mapping, not %s", label(path), kindOf(n))
		return
	}
	fields := fieldsOf(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		idx, ok := fields[k.Value]
		switch {
		case !ok:
			d.errorf(k, "unknown key", "%q is not a key of %s; known keys: %s", k.Value, label(path), strings.Join(sortedKeys(fields), ", "))
		case seen[k.Value]:
			d.errorf(k, "duplicate key", "%q is already set in %s", k.Value, label(path))
		default:
			seen[k.Value] = true
			d.value(val, v.Field(idx), join(path, k.Value))
		}
	}
	if f, ok := v.Type().FieldByName("Range"); ok && f.Type == rangeType {
		v.FieldByIndex(f.Index).Set(reflect.ValueOf(d.lines.rangeOf(n)))
	}
}

// list accepts a sequence, or a single scalar where a list of scalars is
// expected (`can: s3:GetObject`).
func (d *decoder) list(n *yaml.Node, v reflect.Value, path string) {
	items := n.Content
	if n.Kind != yaml.SequenceNode {
		if n.Kind != yaml.ScalarNode || v.Type().Elem().Kind() != reflect.String {
			d.errorf(n, "wrong type", "%s must be a list, not %s", label(path), kindOf(n))
			return
		}
		items = []*yaml.Node{n}
	}
	out := reflect.MakeSlice(v.Type(), len(items), len(items))
	for i, item := range items {
		d.value(item, out.Index(i), fmt.Sprintf("%s[%d]", path, i))
	}
	v.Set(out)
}

func (d *decoder) dict(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "wrong type", "%s must be a mapping, not %s", label(path), kindOf(n))
		return
	}
	out := reflect.MakeMap(v.Type())
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "wrong type", "keys of %s must be text", label(path))
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.value(val, elem, join(path, k.Value))
		out.SetMapIndex(reflect.ValueOf(k.Value), elem)
	}
	v.Set(out)
}

func (d *decoder) scalar(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "wrong type", "%s must be a single value, not %s", label(path), kindOf(n))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(n.Value)
	case reflect.Bool, reflect.Int:
		if err := n.Decode(v.Addr().Interface()); err != nil {
			d.errorf(n, "wrong type", "%s must be %s, not %q", label(path), kindName(v.Kind()), n.Value)
		}
	default:
		d.errorf(n, "unsupported value", "denylint cannot read %s (%s)", label(path), v.Type())
	}
}

// fieldsOf maps each yaml key of a struct type to its field index.
func fieldsOf(t reflect.Type) map[string]int {
	out := map[string]int{}
	for i := range t.NumField() {
		if key := yamlKey(t.Field(i)); key != "" {
			out[key] = i
		}
	}
	return out
}

func yamlKey(f reflect.StructField) string {
	key, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if key == "-" || !f.IsExported() {
		return ""
	}
	return key
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func label(path string) string {
	if path == "" {
		return "the config"
	}
	return path
}

func kindOf(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	}
	return fmt.Sprintf("%q", n.Value)
}

func kindName(k reflect.Kind) string {
	if k == reflect.Bool {
		return "true or false"
	}
	return "a whole number"
}
