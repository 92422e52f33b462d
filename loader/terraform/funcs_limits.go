package terraform

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

// maxValueSize bounds the bytes of text one function call may produce, and
// maxElements the elements of the collections it may build: a call such
// as join over a for expression of range(1024) twice nested, or
// setproduct of four long lists, would otherwise take gigabytes.
const (
	maxValueSize = 4 << 20
	maxElements  = 1 << 20
	// maxExprInput bounds the text one expression reads through its
	// references, counted per reference: a template that names a large
	// value a thousand times would otherwise build gigabytes at once.
	maxExprInput = 2 * maxValueSize
)

// inputTooLarge reports whether an expression's references (refs), each
// counted every time it is written, hold more than maxExprInput bytes of
// text and elements.
func inputTooLarge(refs []hcl.Traversal, ctx *hcl.EvalContext) bool {
	n := 0
	for _, t := range refs {
		v, d := t.TraverseAbs(ctx)
		if d.HasErrors() {
			continue
		}
		if n += textSize(v); n > maxExprInput {
			return true
		}
	}
	return false
}

// presizes estimate, before the call, what the functions that multiply
// their input would produce: the text size, or for setproduct the
// element count.
var presizes = map[string]func(args []cty.Value) int{
	"join":       joinSize,
	"replace":    replaceSize,
	"indent":     indentSize,
	"format":     formatSize,
	"formatlist": formatListSize,
	"setproduct": productSize,
}

// bounded wraps f so that a call that would produce more than the limits
// fails with an error (which makes its value unknown and a warning)
// instead of allocating it.
//
// Once the budget of for expressions is spent, every call fails at once:
// the arguments of what is left to evaluate (range(1024) in each
// remaining iteration) would cost as much as the loops themselves.
func bounded(name string, f function.Function, b *budget) function.Function {
	spec := &function.Spec{Params: f.Params(), VarParam: f.VarParam(), RefineResult: nil,
		// jsondecode decodes its argument already to find its type.
		Type: func(args []cty.Value) (cty.Type, error) {
			if err := decodesTooDeep(name, args); err != nil {
				return cty.NilType, err
			}
			return f.ReturnTypeForValues(args)
		},
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			if b.spent() {
				return cty.NilVal, errBudget
			}
			if pre := presizes[name]; pre != nil && allKnown(args) {
				if n := pre(args); n > maxValueSize || name == "setproduct" && n > maxElements {
					return cty.NilVal, fmt.Errorf("%s would produce more than %d %s; denylint does not compute it", name, limitOf(name), unitOf(name))
				}
			}
			v, err := f.Call(args)
			if err == nil && tooLarge(v) {
				return cty.NilVal, fmt.Errorf("%s produced more than %d bytes of text", name, maxValueSize)
			}
			return v, err
		},
	}
	return function.New(spec)
}

func unitOf(name string) string {
	if name == "setproduct" {
		return "elements"
	}
	return "bytes"
}

func limitOf(name string) int {
	if name == "setproduct" {
		return maxElements
	}
	return maxValueSize
}

func allKnown(args []cty.Value) bool {
	for _, a := range args {
		if !a.IsWhollyKnown() {
			return false
		}
	}
	return true
}

// tooLarge reports whether v holds more than maxValueSize bytes of strings
// or more than maxElements elements, stopping as soon as it knows.
func tooLarge(v cty.Value) bool {
	size, elems := 0, 0
	var walk func(cty.Value) bool
	walk = func(v cty.Value) bool {
		switch {
		case !v.IsKnown() || v.IsNull():
		case v.Type() == cty.String:
			size += len(v.AsString())
		case v.CanIterateElements():
			for it := v.ElementIterator(); it.Next(); {
				elems++
				if _, e := it.Element(); walk(e) {
					return true
				}
			}
		}
		return size > maxValueSize || elems > maxElements
	}
	return walk(v)
}

func decodesTooDeep(name string, args []cty.Value) error {
	if name == "jsondecode" && len(args) == 1 && args[0].Type() == cty.String && args[0].IsKnown() && !args[0].IsNull() && jsonTooDeep(args[0].AsString()) {
		return fmt.Errorf("the JSON text is nested deeper than %d levels", source.MaxDepth)
	}
	return nil
}

// jsonTooDeep reports whether JSON text nests arrays and objects deeper
// than source.MaxDepth; cty decodes it recursively.
func jsonTooDeep(s string) bool {
	depth, quoted := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '[' || c == '{':
			if depth++; depth > source.MaxDepth {
				return true
			}
		case c == ']' || c == '}':
			depth--
		}
	}
	return false
}

// textSize is the bytes of strings in v plus one per element, saturating
// past maxExprInput so that a value built by doubling is not walked whole.
func textSize(v cty.Value) int {
	if !v.IsKnown() || v.IsNull() {
		return 0
	}
	if v.Type() == cty.String {
		return len(v.AsString())
	}
	n := 0
	if v.CanIterateElements() {
		for it := v.ElementIterator(); it.Next() && n <= maxExprInput; {
			_, e := it.Element()
			n += textSize(e) + 1
		}
	}
	return n
}

func lengthOf(v cty.Value) int {
	if v.IsKnown() && !v.IsNull() && v.CanIterateElements() {
		return v.LengthInt()
	}
	return 0
}

func joinSize(args []cty.Value) int {
	n := 0
	for _, l := range args[1:] {
		n += textSize(l) + lengthOf(l)*len(args[0].AsString())
	}
	return n
}

func replaceSize(args []cty.Value) int {
	s, old, repl := args[0].AsString(), args[1].AsString(), args[2].AsString()
	if old == "" || len(repl) <= len(old) {
		return len(s)
	}
	return len(s) + strings.Count(s, old)*(len(repl)-len(old))
}

func indentSize(args []cty.Value) int {
	spaces, _ := smallInt(args[0])
	s := args[1].AsString()
	return len(s) + strings.Count(s, "\n")*spaces
}

// widths finds the widths and precisions of a format string's verbs.
var widths = regexp.MustCompile(`%[-+# 0]*(\d*)(?:\.(\d*))?`)

func formatSize(args []cty.Value) int {
	if args[0].Type() != cty.String {
		return 0
	}
	n := textSize(cty.TupleVal(args))
	for _, m := range widths.FindAllStringSubmatch(args[0].AsString(), -1) {
		for _, w := range m[1:] {
			if len(w) > 7 {
				return maxValueSize + 1
			}
			var x int
			fmt.Sscan(w, &x) //nolint:errcheck // an empty width stays 0
			n += x
		}
	}
	return n
}

func formatListSize(args []cty.Value) int {
	rows := 1
	for _, a := range args[1:] {
		rows = max(rows, lengthOf(a))
	}
	return formatSize(args) * rows
}

func productSize(args []cty.Value) int {
	n := 1
	for _, a := range args {
		n *= max(lengthOf(a), 1)
		if n > maxElements {
			return n
		}
	}
	return n
}
