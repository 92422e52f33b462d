package iam

import (
	"strings"
	"unicode/utf8"
)

// sym is one symbol of a string that holds unknown tokens: a rune, or a
// whole token (tok != "") that stands for an unknown run of characters.
type sym struct {
	r   rune
	tok string
}

func symbols(s string) []sym {
	out := make([]sym, 0, len(s))
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
	p, v := symbols(pattern), symbols(value)
	if certainMatch(p, v, glob, fold) {
		return True
	}
	if distinctIDsDiffer(p, v, glob) {
		return False
	}
	if possibleMatch(p, v, glob, fold) {
		return Maybe
	}
	return False
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
	width := len(v) + 1
	seen := make([]bool, (len(p)+1)*width)
	stack := []int{0}
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
