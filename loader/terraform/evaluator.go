package terraform

import (
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// evaluator holds what one Load run shares across its modules.
type evaluator struct {
	env     *model.Env
	files   map[string]*file
	configs map[string]*moduleConfig
	// readable are the directories file() and templatefile() may read.
	readable []string
	// prov maps a policy text the evaluation produced to a thunk building
	// the positioned tree of where it was written.
	prov  map[string]func() *source.Node
	diags []source.Diagnostic
	seen  map[string]bool
	opts  Options
	// instances lists every evaluated resource instance in order.
	instances []*instance
	// manifests caches .terraform/modules/modules.json per root.
	manifests map[string]map[string]string
	// depth counts the expressions being evaluated, one inside another.
	depth int
}

// maxEvalDepth bounds how many expressions may be under evaluation at
// once: a chain of half a million locals, each naming the one before,
// would otherwise overflow the stack, which kills the process.
const maxEvalDepth = 1000

func newEvaluator(env *model.Env, opts Options) *evaluator {
	ev := &evaluator{
		env: env, files: map[string]*file{}, configs: map[string]*moduleConfig{},
		prov: map[string]func() *source.Node{}, seen: map[string]bool{}, opts: opts,
		manifests: map[string]map[string]string{},
	}
	return ev
}

// report adds a diagnostic once per range and summary, since the same
// expression may be evaluated for many instances.
func (ev *evaluator) report(d source.Diagnostic) {
	k := d.Range.String() + "\x00" + d.Summary
	if ev.seen[k] {
		return
	}
	ev.seen[k] = true
	ev.diags = append(ev.diags, d)
}

func (ev *evaluator) reportHCL(diags hcl.Diagnostics) {
	for _, d := range fromHCL(diags) {
		if d.Severity == source.Error {
			// An expression this loader cannot evaluate is not a broken
			// file: its value becomes unknown and loading goes on.
			d.Severity = source.Warning
		}
		ev.report(d)
	}
}

// lazy is a value computed on first use, with cycle detection.
type lazy struct {
	state uint8 // 0 new, 1 computing, 2 done
	val   cty.Value
}

func (l *lazy) get(ev *evaluator, rng hcl.Range, what string, compute func() cty.Value) cty.Value {
	switch l.state {
	case 2:
		return l.val
	case 1:
		ev.report(diagAt(source.Error, rng, "dependency cycle", what+" depends on itself."))
		return cty.DynamicVal
	}
	l.state = 1
	l.val = compute()
	l.state = 2
	return l.val
}
