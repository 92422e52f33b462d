package iam

import (
	"unicode"
	"unicode/utf8"
)

// Runes that a policy variable such as ${*} leaves in a pattern: they match
// the literal character rather than acting as wildcards.
const (
	literalStar     = '\uE002'
	literalQuestion = '\uE003'
)

// globMatch reports whether value matches pattern, where * matches any run
// of characters and ? exactly one. It works on known strings, allocates
// nothing and backtracks only to the last star, so it is linear in practice
// and quadratic at worst.
func globMatch(pattern, value string, fold bool) bool {
	p, v := 0, 0
	starP, starV := -1, 0
	for v < len(value) {
		if p < len(pattern) {
			pr, pn := utf8.DecodeRuneInString(pattern[p:])
			vr, vn := utf8.DecodeRuneInString(value[v:])
			switch {
			case pr == '*':
				starP, starV = p, v
				p += pn
				continue
			case pr == '?' || runeEq(pr, vr, fold):
				p += pn
				v += vn
				continue
			}
		}
		if starP < 0 {
			return false
		}
		_, vn := utf8.DecodeRuneInString(value[starV:])
		starV += vn
		p, v = starP+1, starV
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// runeEq compares a pattern rune with a value rune, optionally ignoring
// case; the escaped wildcards match their literal characters.
func runeEq(p, v rune, fold bool) bool {
	switch p {
	case literalStar:
		p = '*'
	case literalQuestion:
		p = '?'
	}
	if p == v {
		return true
	}
	if !fold {
		return false
	}
	if p < utf8.RuneSelf && v < utf8.RuneSelf {
		return asciiLower(p) == asciiLower(v)
	}
	return unicode.ToLower(p) == unicode.ToLower(v)
}

func asciiLower(r rune) rune {
	if 'A' <= r && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// hasGlob reports whether s holds a wildcard.
func hasGlob(s string) bool {
	for i := range len(s) {
		if s[i] == '*' || s[i] == '?' {
			return true
		}
	}
	return false
}
