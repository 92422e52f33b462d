package cloudformation

import (
	"fmt"
	"slices"
	"strings"

	"github.com/denylint/denylint/source"
)

// cycles reports circular dependencies among resources (DependsOn, Ref,
// Fn::GetAtt, Fn::Sub), which CloudFormation refuses to deploy; each cycle
// once, at its first resource.
func cycles(t *template, deps map[*resource]map[*resource]bool) []source.Diagnostic {
	const (
		unseen = iota
		open
		done
	)
	state := map[*resource]int{}
	var stack []*resource
	var diags []source.Diagnostic
	var visit func(r *resource)
	visit = func(r *resource) {
		state[r] = open
		stack = append(stack, r)
		for _, next := range sortedDeps(deps[r]) {
			switch state[next] {
			case unseen:
				visit(next)
			case open:
				i := slices.Index(stack, next)
				diags = append(diags, cycleDiagnostic(stack[i:]))
			}
		}
		stack = stack[:len(stack)-1]
		state[r] = done
	}
	for _, r := range t.order {
		if state[r] == unseen {
			visit(r)
		}
	}
	return diags
}

// sortedDeps lists dependencies in a fixed order, so diagnostics are
// deterministic.
func sortedDeps(m map[*resource]bool) []*resource {
	out := make([]*resource, 0, len(m))
	for r := range m {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *resource) int { return strings.Compare(a.id, b.id) })
	return out
}

func cycleDiagnostic(members []*resource) source.Diagnostic {
	names := make([]string, 0, len(members)+1)
	for _, m := range members {
		names = append(names, m.id)
	}
	names = append(names, members[0].id)
	return errorAt(members[0].rng, "circular dependency between resources",
		fmt.Sprintf("%s; CloudFormation cannot create these resources", strings.Join(names, " -> ")))
}
