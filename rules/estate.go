package rules

import (
	"context"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/denylint/denylint/access"
)

type estateKey struct{}

// estate is what the builtins of one run share: the index, and the Rego
// form of everything already listed or decided. It keeps its own memo
// rather than OPA's, which keys each call by the text of its argument:
// printing every intent object cost more than the lookup it served. It is
// safe for concurrent use, so that prepare can fill it on every core.
type estate struct {
	index *access.Index

	mu       sync.Mutex
	lists    map[string]intentList // by kind of intent
	verdicts map[intentKey]*verdict

	bucketsOnce, problemsOnce sync.Once
	bucketsTerm, problemsTerm *ast.Term
	bucketsErr, problemsErr   error
}

func newEstate(x *access.Index) *estate {
	return &estate{index: x, lists: map[string]intentList{}, verdicts: map[intentKey]*verdict{}}
}

// withEstate makes the estate available to the builtins.
func withEstate(ctx context.Context, e *estate) context.Context {
	return context.WithValue(ctx, estateKey{}, e)
}

func estateFrom(bctx rego.BuiltinContext) (*estate, error) {
	e, ok := bctx.Context.Value(estateKey{}).(*estate)
	if !ok {
		return nil, errNoEstate
	}
	return e, nil
}

// intentKey identifies an intent by every field decide reads.
type intentKey struct {
	principal, principalARN, action, resource, path, source, origin, bucket string
	expect                                                                  int8 // 0 absent, 1 false, 2 true
}

func keyOf(it access.Intent) intentKey {
	k := intentKey{it.Principal, it.PrincipalARN, it.Action, it.Resource, it.Path, it.Source, it.Origin, it.Bucket, 0}
	if it.Expect != nil {
		k.expect = 1
		if *it.Expect {
			k.expect = 2
		}
	}
	return k
}

// intentList is one kind of intent, listed, with its Rego form.
type intentList struct {
	intents []access.Intent
	term    *ast.Term
}

// requests is the Rego list of the intents of one kind.
func (e *estate) requests(kind string) (*ast.Term, bool) {
	l, ok := e.list(kind)
	return l.term, ok
}

// list lists the intents of one kind once.
func (e *estate) list(kind string) (intentList, bool) {
	e.mu.Lock()
	l, done := e.lists[kind]
	e.mu.Unlock()
	if done {
		return l, true
	}
	intents, ok := e.index.Intents(kind)
	if !ok {
		return intentList{}, false
	}
	l = intentList{intents: intents, term: intentsTerm(intents)}
	e.mu.Lock()
	e.lists[kind] = l
	e.mu.Unlock()
	return l, true
}

// verdict is a decision being reached or reached: done closes once term
// is set, so that an intent is decided once even when the rules ask for it
// while prepare is deciding it.
type verdict struct {
	done chan struct{}
	term *ast.Term
}

// decide is the Rego verdict on an intent.
func (e *estate) decide(it access.Intent) *ast.Term {
	k := keyOf(it)
	e.mu.Lock()
	if v, ok := e.verdicts[k]; ok {
		e.mu.Unlock()
		<-v.done
		return v.term
	}
	v := &verdict{done: make(chan struct{})}
	e.verdicts[k] = v
	e.mu.Unlock()
	defer close(v.done)
	v.term = verdictTerm(e.index.Decide(it))
	return v.term
}

func (e *estate) buckets() (*ast.Term, error) {
	e.bucketsOnce.Do(func() { e.bucketsTerm, e.bucketsErr = toTerm(e.index.BucketFacts()) })
	return e.bucketsTerm, e.bucketsErr
}

func (e *estate) problems() (*ast.Term, error) {
	e.problemsOnce.Do(func() { e.problemsTerm, e.problemsErr = toTerm(e.index.PolicyProblems()) })
	return e.problemsTerm, e.problemsErr
}

// prepare lists every kind of intent and decides each intent, and builds
// the bucket facts and policy problems, on workers goroutines, while OPA
// evaluates the rules on its one goroutine: deciding is most of what the
// rules wait for, and what a rule asks for before prepare gets to it, the
// rule's own goroutine computes. What a rule set never asks for is
// computed all the same; the shipped rules ask for every kind. It stops
// early when ctx ends, which Run does once the rules are evaluated.
func (e *estate) prepare(ctx context.Context, workers int) {
	var intents []access.Intent
	for _, kind := range access.Kinds() {
		if ctx.Err() != nil {
			return
		}
		l, _ := e.list(kind)
		intents = append(intents, l.intents...)
	}
	tasks := make(chan func(), 64)
	var wg sync.WaitGroup
	for range max(workers, 1) {
		wg.Go(func() {
			for task := range tasks {
				if ctx.Err() == nil {
					task()
				}
			}
		})
	}
	tasks <- func() { _, _ = e.problems() }
	tasks <- func() { _, _ = e.buckets() }
	const batch = 32 // intents per task: enough to make the channel's cost negligible
	for i := 0; i < len(intents); i += batch {
		part := intents[i:min(i+batch, len(intents))]
		tasks <- func() {
			for _, it := range part {
				e.decide(it)
			}
		}
	}
	close(tasks)
	wg.Wait()
}
