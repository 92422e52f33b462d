package iam

import (
	"slices"
)

// evaluator holds what one decision needs: the request, its context with
// the derived keys, and the unknowns met on the way.
type evaluator struct {
	req      *Request
	ctx      requestContext
	unknowns []string
	// unresolved is set when a policy variable of the statement being
	// evaluated has no value: AWS then treats the whole statement as not
	// applying ("IAM policy elements: Variables and tags", IAM user guide).
	unresolved bool
	// layers backs the evaluation's layer results.
	layers [7]layerResult
}

func newEvaluator(req *Request) *evaluator {
	e := &evaluator{req: req}
	e.ctx.init(req)
	return e
}

// note records that the decision met something it cannot decide.
func (e *evaluator) note(name string) {
	if !slices.Contains(e.unknowns, name) {
		e.unknowns = append(e.unknowns, name)
	}
}

// noteUnknown records the tokens found in ss.
func (e *evaluator) noteUnknown(ss ...string) {
	for _, s := range ss {
		for _, n := range UnknownNames(s) {
			e.note(n)
		}
	}
}

func (e *evaluator) sortedUnknowns() []string {
	if len(e.unknowns) == 0 {
		return nil
	}
	out := slices.Clone(e.unknowns)
	slices.Sort(out)
	return out
}
