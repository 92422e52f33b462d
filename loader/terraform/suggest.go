package terraform

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
)

// unknownFunctionDetail is how HCL starts the detail of a call to a
// function that does not exist.
const unknownFunctionDetail = "There is no function named "

// steadySuggestions rewrites the "Did you mean" of calls to unknown
// functions. HCL takes the first close name in the random order of a map,
// so the same file would get a different suggestion from run to run; this
// takes the closest name, the first in sort order among equals.
func steadySuggestions(diags hcl.Diagnostics) {
	for _, d := range diags {
		rest, ok := strings.CutPrefix(d.Detail, unknownFunctionDetail)
		if !ok || d.Summary != "Call to unknown function" {
			continue
		}
		quoted, err := strconv.QuotedPrefix(rest)
		if err != nil {
			continue
		}
		name, _ := strconv.Unquote(quoted)
		d.Detail = unknownFunctionDetail + quoted + "."
		if s := suggestFunction(name); s != "" {
			d.Detail += fmt.Sprintf(" Did you mean %q?", s)
		}
	}
}

var (
	namesOnce sync.Once
	names     []string
)

// functionNames are the names a configuration can call, sorted.
func functionNames() []string {
	namesOnce.Do(func() {
		funcs, _ := (&evaluator{results: &results{}}).functions(".")
		for name := range funcs {
			if name != iterFunc {
				names = append(names, name)
			}
		}
		slices.Sort(names)
	})
	return names
}

// suggestFunction is the function name closest to name, within HCL's
// threshold of two edits, or "".
func suggestFunction(name string) string {
	best, bestDist := "", 3
	for _, candidate := range functionNames() {
		if d := editDistance(name, candidate); d < bestDist {
			best, bestDist = candidate, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := range ra {
		cur[0] = i + 1
		for j := range rb {
			cost := 1
			if ra[i] == rb[j] {
				cost = 0
			}
			cur[j+1] = min(prev[j+1]+1, cur[j]+1, prev[j]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
