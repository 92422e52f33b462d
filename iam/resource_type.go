package iam

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// shapeKind is one element of a resource shape: a literal rune, one
// character, any run, or a run that stays within one ARN path segment.
type shapeKind int8

const (
	shapeLit shapeKind = iota
	shapeOne
	shapeAny
	shapeSeg
)

type shapeElem struct {
	kind shapeKind
	r    rune
}

// resourceShape reads a Resource pattern: * and unknown tokens are any run,
// ? is one character.
func resourceShape(pattern string) []shapeElem {
	var out []shapeElem
	for _, s := range symbols(pattern) {
		switch {
		case s.tok != "" || s.r == '*':
			out = append(out, shapeElem{kind: shapeAny})
		case s.r == '?':
			out = append(out, shapeElem{kind: shapeOne})
		default:
			out = append(out, shapeElem{kind: shapeLit, r: s.r})
		}
	}
	return out
}

// readTypeShape reads a catalog ARN pattern such as
// "arn:${Partition}:s3:::${BucketName}/${ObjectName}": a placeholder stays
// within a path segment, except object keys and names "WithPath", which
// hold slashes.
// catalogShape is readTypeShape of a catalog ARN pattern, read once: the
// catalog has a few hundred, and every statement checks them.
func catalogShape(arn string) []shapeElem {
	if v, ok := catalogShapes.Load(arn); ok {
		return v.([]shapeElem)
	}
	shape := readTypeShape(arn)
	catalogShapes.Store(arn, shape)
	return shape
}

var catalogShapes sync.Map // catalog ARN pattern -> []shapeElem

func readTypeShape(arn string) []shapeElem {
	var out []shapeElem
	for i := 0; i < len(arn); {
		if arn[i] == '$' && i+1 < len(arn) && arn[i+1] == '{' {
			end := i + 2
			for end < len(arn) && arn[end] != '}' {
				end++
			}
			kind := shapeSeg
			if name := arn[min(i+2, end):end]; name == "ObjectName" || strings.Contains(name, "Path") {
				kind = shapeAny
			}
			out = append(out, shapeElem{kind: kind})
			i = end + 1
			continue
		}
		r, n := utf8.DecodeRuneInString(arn[i:])
		out = append(out, shapeElem{kind: shapeLit, r: r})
		i += n
	}
	return out
}

// shapesMeet reports whether some string fits both shapes, exploring their
// product as automata.
func shapesMeet(a, b []shapeElem) bool {
	width := len(b) + 1
	seen := make([]bool, (len(a)+1)*width)
	stack := []int{0}
	seen[0] = true
	push := func(i, j int) {
		if k := i*width + j; !seen[k] {
			seen[k] = true
			stack = append(stack, k)
		}
	}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j := k/width, k%width
		if i == len(a) && j == len(b) {
			return true
		}
		stepRuns(a, b, i, j, push)
		stepRuns(b, a, j, i, func(y, x int) { push(x, y) })
		if i < len(a) && j < len(b) && !isRun(a[i]) && !isRun(b[j]) && oneMeets(a[i], b[j]) {
			push(i+1, j+1)
		}
	}
	return false
}

func isRun(e shapeElem) bool { return e.kind == shapeAny || e.kind == shapeSeg }

// stepRuns moves a run of x: it may end, or take the next single
// character of y.
func stepRuns(x, y []shapeElem, i, j int, push func(int, int)) {
	if i >= len(x) || !isRun(x[i]) {
		return
	}
	push(i+1, j)
	if j < len(y) && !isRun(y[j]) && (x[i].kind == shapeAny || y[j].kind == shapeOne || y[j].r != '/' && y[j].r != ':') {
		push(i, j+1)
	}
}

func oneMeets(a, b shapeElem) bool {
	return a.kind == shapeOne || b.kind == shapeOne || a.r == b.r
}
