package rules

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// valueOf builds the Rego value of v as encoding/json would encode it
// (field names and omitempty from json tags, embedded structs flattened,
// nil slices, maps and pointers as null), without the JSON text and the
// generic tree a round trip through encoding/json makes. On a large estate
// that round trip was a sixth of the rules' time and most of their
// garbage. Go strings become Rego strings without a copy.
func valueOf(v any) (ast.Value, error) {
	return valueOfReflect(reflect.ValueOf(v))
}

func valueOfReflect(v reflect.Value) (ast.Value, error) {
	switch v.Kind() {
	case reflect.Invalid:
		return ast.NullValue, nil
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.NullValue, nil
		}
		return valueOfReflect(v.Elem())
	case reflect.String:
		return ast.String(v.String()), nil
	case reflect.Bool:
		return ast.Boolean(v.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.Number(strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.Number(strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Slice:
		if v.IsNil() {
			return ast.NullValue, nil
		}
		return arrayOf(v)
	case reflect.Array:
		return arrayOf(v)
	case reflect.Map:
		if v.IsNil() {
			return ast.NullValue, nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("rego value of %s: map keys must be strings", v.Type())
		}
		items := make([][2]*ast.Term, 0, v.Len())
		iter := v.MapRange()
		for iter.Next() {
			val, err := valueOfReflect(iter.Value())
			if err != nil {
				return nil, err
			}
			items = append(items, [2]*ast.Term{ast.StringTerm(iter.Key().String()), ast.NewTerm(val)})
		}
		return ast.NewObject(items...), nil
	case reflect.Struct:
		fields := fieldsOf(v.Type())
		items := make([][2]*ast.Term, 0, len(fields))
		for _, f := range fields {
			fv, ok := fieldByIndex(v, f.index)
			if !ok || f.omitEmpty && isEmpty(fv) {
				continue
			}
			val, err := valueOfReflect(fv)
			if err != nil {
				return nil, err
			}
			items = append(items, [2]*ast.Term{f.key, ast.NewTerm(val)})
		}
		return ast.NewObject(items...), nil
	default:
		// Floats, channels, functions: the model has none, and a silent
		// difference from encoding/json would be worse than an error.
		return nil, fmt.Errorf("rego value of %s: unsupported kind %s", v.Type(), v.Kind())
	}
}

func arrayOf(v reflect.Value) (ast.Value, error) {
	terms := make([]*ast.Term, v.Len())
	for i := range terms {
		val, err := valueOfReflect(v.Index(i))
		if err != nil {
			return nil, err
		}
		terms[i] = ast.NewTerm(val)
	}
	return ast.NewArray(terms...), nil
}

// isEmpty reports what omitempty drops, as encoding/json decides it:
// false, 0, "", nil pointers and interfaces, and slices, maps and arrays
// of length zero. Structs are never empty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.Array, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Pointer, reflect.Interface,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.IsZero()
	}
	return false
}

// fieldByIndex follows an embedded path; ok is false when it passes a nil
// embedded pointer, which encoding/json skips too.
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

// field is one encoded field of a struct type.
type field struct {
	key       *ast.Term
	index     []int
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type -> []field

// fieldsOf lists the fields encoding/json would encode, embedded structs'
// fields in place, the shallower one winning a name both levels use.
func fieldsOf(t reflect.Type) []field {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]field)
	}
	var out []field
	depthOf := map[string]int{}
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		for i := range t.NumField() {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			idx := append(append([]int(nil), index...), i)
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if sf.Anonymous && name == "" && ft.Kind() == reflect.Struct {
				walk(ft, idx)
				continue
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if d, seen := depthOf[name]; seen {
				if d <= len(idx) {
					continue
				}
				out = removeField(out, name)
			}
			depthOf[name] = len(idx)
			out = append(out, field{key: ast.StringTerm(name), index: idx, omitEmpty: hasOption(opts, "omitempty")})
		}
	}
	walk(t, nil)
	fieldCache.Store(t, out)
	return out
}

func removeField(fields []field, name string) []field {
	out := fields[:0]
	for _, f := range fields {
		if string(f.key.Value.(ast.String)) != name {
			out = append(out, f)
		}
	}
	return out
}

func hasOption(opts, want string) bool {
	return slices.Contains(strings.Split(opts, ","), want)
}
