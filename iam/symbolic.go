package iam

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// sym is one symbol of a string that holds unknown tokens: a rune, or a
// whole token (tok != "") that stands for an unknown run of characters.
type sym struct {
	r   rune
	tok string
}

func symbols(s string) []sym {
	return appendSymbols(make([]sym, 0, len(s)), s)
}

// appendSymbols appends the symbols of s to out.
func appendSymbols(out []sym, s string) []sym {
	for s != "" {
		if strings.HasPrefix(s, unknownOpen) {
			end := strings.Index(s, unknownClose)
			if end >= 0 {
				out = append(out, sym{tok: s[:end+len(unknownClose)]})
				s = s[end+len(unknownClose):]
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s)
		out = append(out, sym{r: r})
		s = s[n:]
	}
	return out
}

// matchTri decides whether value matches pattern for every, some or no
// completion of the unknown tokens on either side. glob enables * and ? in
// the pattern; fold ignores case.
func matchTri(pattern, value string, glob, fold bool) Tri {
	if IsKnown(pattern) && IsKnown(value) {
		if glob {
			return triOf(globMatch(pattern, value, fold))
		}
		return triOf(literalEq(pattern, value, fold))
	}
	if literalEndsDiffer(pattern, value, glob, fold) {
		return False
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	p := appendSymbols(sc.p[:0], pattern)
	v := appendSymbols(sc.v[:0], value)
	sc.p, sc.v = p, v
	if certainMatch(p, v, glob, fold) {
		return True
	}
	if distinctIDsDiffer(p, v, glob) {
		return False
	}
	if sc.possibleMatch(p, v, glob, fold) {
		return Maybe
	}
	return False
}

// scratch is the memory one three-valued match works in; decisions match
// millions of patterns on a large estate, and each would otherwise
// allocate its symbols and search state.
type scratch struct {
	p, v  []sym
	seen  []bool
	stack []int
}

// maxKeptScratch bounds the search state a pooled scratch keeps: a pair
// of long hostile strings should not pin its memory for the whole run.
const maxKeptScratch = 1 << 16

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (sc *scratch) release() {
	if cap(sc.p)+cap(sc.v) > maxKeptScratch {
		sc.p, sc.v = nil, nil
	}
	scratchPool.Put(sc)
}

// literalEndsDiffer reports whether pattern and value differ in their
// fixed starts or ends: the ASCII runs before the first and after the last
// wildcard, unknown token or other non-ASCII byte. Any completion keeps
// those runs, so a difference there rules out a match without building
// symbols; most of the patterns a request meets fail this way.
func literalEndsDiffer(pattern, value string, glob, fold bool) bool {
	n := min(len(pattern), len(value))
	for i := range n {
		if d, stop := asciiDiffer(pattern[i], value[i], glob, fold); stop {
			if d {
				return true
			}
			break
		}
	}
	for i := 1; i <= n; i++ {
		if d, stop := asciiDiffer(pattern[len(pattern)-i], value[len(value)-i], glob, fold); stop {
			return d
		}
	}
	return false
}

// asciiDiffer compares one byte of a pattern with one of a value. It stops
// (stop is true) at a difference, and at a byte that is not plain literal
// ASCII on either side, where a byte-wise comparison says nothing.
func asciiDiffer(pc, vc byte, glob, fold bool) (differ, stop bool) {
	if pc >= utf8.RuneSelf || vc >= utf8.RuneSelf || glob && (pc == '*' || pc == '?') {
		return false, true
	}
	if pc == vc || fold && asciiLower(rune(pc)) == asciiLower(rune(vc)) {
		return false, false
	}
	return true, true
}

func literalEq(p, v string, fold bool) bool {
	if p == v {
		return true
	}
	if !fold {
		return false
	}
	return strings.EqualFold(p, v)
}

// certainMatch treats each token as an opaque symbol: a pattern token
// matches only the same token, and only a star absorbs a value token. A
// match found that way survives every substitution of the tokens.
func certainMatch(p, v []sym, glob, fold bool) bool {
	i, j := 0, 0
	starI, starJ := -1, 0
	for j < len(v) {
		if i < len(p) {
			if glob && p[i].tok == "" && p[i].r == '*' {
				starI, starJ = i, j
				i++
				continue
			}
			if symEq(p[i], v[j], glob, fold) {
				i++
				j++
				continue
			}
		}
		if starI < 0 {
			return false
		}
		starJ++
		i, j = starI+1, starJ
	}
	for i < len(p) && glob && p[i].tok == "" && p[i].r == '*' {
		i++
	}
	return i == len(p)
}

func symEq(p, v sym, glob, fold bool) bool {
	if p.tok != "" || v.tok != "" {
		return p.tok == v.tok
	}
	if glob && p.r == '?' {
		return true
	}
	return runeEq(p.r, v.r, fold)
}

// possibleMatch over-approximates whether some completion matches: every
// token is any string, independently of the others. It explores the
// product of the two patterns as automata, visiting each state once.
func possibleMatch(p, v []sym, glob, fold bool) bool {
	return new(scratch).possibleMatch(p, v, glob, fold)
}

func (sc *scratch) possibleMatch(p, v []sym, glob, fold bool) bool {
	width := len(v) + 1
	n := (len(p) + 1) * width
	var seen []bool
	switch {
	case n > maxKeptScratch:
		seen = make([]bool, n) // not kept for the next match
	case cap(sc.seen) < n:
		sc.seen = make([]bool, n)
		seen = sc.seen
	default:
		seen = sc.seen[:n]
		clear(seen)
	}
	stack := sc.stack[:0]
	stack = append(stack, 0)
	defer func() { sc.stack = stack[:0] }()
	push := func(i, j int) {
		k := i*width + j
		if !seen[k] {
			seen[k] = true
			stack = append(stack, k)
		}
	}
	seen[0] = true
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		i, j := k/width, k%width
		if i == len(p) && j == len(v) {
			return true
		}
		pAny := i < len(p) && (p[i].tok != "" || glob && p[i].r == '*')
		vAny := j < len(v) && v[j].tok != ""
		if pAny {
			push(i+1, j)
			if j < len(v) {
				push(i, j+1)
			}
		}
		if vAny {
			push(i, j+1)
			if i < len(p) && !pAny {
				push(i+1, j)
			}
		}
		if i < len(p) && j < len(v) && !pAny && !vAny && symEq(p[i], v[j], glob, fold) {
			push(i+1, j+1)
		}
	}
	return false
}

// distinctIDsDiffer reports whether, after a common literal start, the
// pattern and the value each continue with the unique id of a different
// principal. AWS gives every role and user its own id, all of one fixed
// length, so "<id of admin>:*" cannot match "<id of supervisor>:session"
// even though neither id is known.
func distinctIDsDiffer(p, v []sym, glob bool) bool {
	i := 0
	for i < len(p) && i < len(v) && p[i].tok == "" && v[i].tok == "" && p[i].r == v[i].r {
		if glob && (p[i].r == '*' || p[i].r == '?') {
			return false
		}
		i++
	}
	if i >= len(p) || i >= len(v) {
		return false
	}
	a, b := p[i].tok, v[i].tok
	return a != "" && b != "" && a != b && isUniqueIDToken(a) && isUniqueIDToken(b)
}

// isUniqueIDToken recognises the tokens the loaders make for role and user
// ids: Terraform's unique_id attribute, CloudFormation's RoleId and UserId,
// and ids named as such.
func isUniqueIDToken(tok string) bool {
	name := strings.TrimSuffix(strings.TrimPrefix(tok, unknownOpen), unknownClose)
	for _, suffix := range []string{".unique_id", ".RoleId", ".UserId", " id"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	return strings.HasPrefix(name, "unique id of ")
}
