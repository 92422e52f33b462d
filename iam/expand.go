package iam

import (
	"strings"
	"sync"

	"github.com/denylint/denylint/iam/catalog"
)

// ExpandActions lists the catalogued actions an Action pattern covers, in
// catalog order. A pattern whose service the catalog does not cover
// expands to nothing; "*" expands to every catalogued action.
func ExpandActions(pattern string) []string {
	cat := catalog.Load()
	services := cat.Services()
	if svc, _, ok := strings.Cut(pattern, ":"); ok && !hasGlob(svc) {
		services = []string{strings.ToLower(svc)}
	}
	var out []string
	for _, s := range services {
		for _, a := range cat.Actions(s) {
			if MatchAction(pattern, a.Name) {
				out = append(out, a.Name)
			}
		}
	}
	return out
}

// patternMatchesAny reports whether an action pattern matches some action
// of the catalog. Estates repeat the same few patterns in thousands of
// statements, and the catalog does not change, so answers are kept.
func patternMatchesAny(pattern string) bool {
	if v, ok := patternMatches.Load(pattern); ok {
		return v.(bool)
	}
	found := len(ExpandActions(pattern)) > 0
	patternMatches.Store(pattern, found)
	return found
}

var patternMatches sync.Map // action pattern -> bool
