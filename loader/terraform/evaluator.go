package terraform

import (
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// evaluator holds what one Load run shares across its modules.
type evaluator struct {
	env  *model.Env
	opts Options
	*results
}

// results is what evaluating reads and writes: one per Load, or, while
// roots are evaluated side by side (parallel.go), one per root until it
// is merged, after which the root's evaluator shares the Load's.
type results struct {
	files   map[string]*file
	configs map[string]*moduleConfig
	// readable are the directories file() and templatefile() may read.
	readable []string
	// prov maps a policy text the evaluation produced to a thunk building
	// the positioned tree of where it was written.
	prov  map[string]func() *source.Node
	diags []source.Diagnostic
	seen  map[string]bool
	// instances lists every evaluated resource instance in order.
	instances []*instance
	// manifests caches .terraform/modules/modules.json per root.
	manifests map[string]map[string]string
	// depth counts the expressions being evaluated, one inside another.
	depth int
	// side is set while a root is evaluated beside others: it logs what
	// the merge must replay.
	side *sideLog
}

// maxEvalDepth bounds how many expressions may be under evaluation at
// once: a chain of half a million locals, each naming the one before,
// would otherwise overflow the stack, which kills the process.
const maxEvalDepth = 1000

func newEvaluator(env *model.Env, opts Options) *evaluator {
	return &evaluator{env: env, opts: opts, results: &results{
		files: map[string]*file{}, configs: map[string]*moduleConfig{},
		prov: map[string]func() *source.Node{}, seen: map[string]bool{},
		manifests: map[string]map[string]string{},
	}}
}

// report adds a diagnostic once per range and summary, since the same
// expression may be evaluated for many instances.
func (ev *evaluator) report(d source.Diagnostic) {
	k := d.Range.String() + "\x00" + d.Summary
	if ev.seen[k] {
		return
	}
	ev.seen[k] = true
	if ev.side != nil {
		ev.side.events = append(ev.side.events, event{kind: reported, diag: d})
		return
	}
	ev.diags = append(ev.diags, d)
}

// file returns the parsed file at path: a scanned one, or one of a module
// directory read during evaluation.
func (ev *evaluator) file(path string) *file {
	if f := ev.files[path]; f != nil || ev.side == nil {
		return f
	}
	return ev.side.shared.file(path)
}

// addProv records where a policy text was written. Callers add only
// texts with no origin yet; the merge replays it as such.
func (ev *evaluator) addProv(text string, thunk func() *source.Node) {
	ev.prov[text] = thunk
	if ev.side != nil {
		ev.side.events = append(ev.side.events, event{kind: provAdded, key: text, thunk: thunk})
	}
}

// setProv records where a policy text was written, replacing what was.
func (ev *evaluator) setProv(text string, thunk func() *source.Node) {
	ev.prov[text] = thunk
	if ev.side != nil {
		ev.side.events = append(ev.side.events, event{kind: provSet, key: text, thunk: thunk})
	}
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
