package terraform

import (
	"maps"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/denylint/denylint/source"
)

// evalRoots evaluates the root modules in order, or, with more than one
// worker and root, side by side, each into its own results, merged in
// order afterwards so that the outcome is what one after another gives.
//
// Roots share little: the module directories read during evaluation
// (read once, for whoever asks first), and what one root's evaluation
// leaves for the later ones to see: the policy texts it traced, the
// directories it made readable, the diagnostics already reported. The
// merge replays each root's log against what the roots before it left.
// A root whose evaluation looked at something an earlier root could
// have changed (a policy text that root also wrote, a path it refused to
// read) is evaluated again, in order, on the merged results.
func (ev *evaluator) evalRoots(roots []string, byDir map[string][]*file, workers int) {
	prefixed := len(roots) > 1
	if workers < 2 || len(roots) < 2 {
		for _, dir := range roots {
			ev.evalRoot(dir, byDir[dir], prefixed)
		}
		return
	}
	sh := ev.newShared()
	kids := make([]*evaluator, len(roots))
	panics := make([]any, len(roots))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, len(roots)) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(roots); i = int(next.Add(1)) - 1 {
				kids[i] = ev.child(sh)
				panics[i] = kids[i].evalCaught(roots[i], byDir[roots[i]], prefixed)
			}
		})
	}
	wg.Wait()
	for i, dir := range roots {
		if panics[i] != nil {
			// Evaluated alone, this root would have panicked here.
			panic(panics[i])
		}
		if !ev.absorb(kids[i]) {
			ev.evalRoot(dir, byDir[dir], prefixed)
		}
	}
}

// evalCaught evaluates a root on a worker, returning what it panicked
// with so that the panic reaches Load's caller as it would unparallel.
func (ev *evaluator) evalCaught(dir string, files []*file, prefixed bool) (p any) {
	defer func() { p = recover() }()
	ev.evalRoot(dir, files, prefixed)
	return nil
}

// shared is what roots evaluated side by side read in common.
type shared struct {
	mu    sync.Mutex
	dirs  map[string]*dirLoad
	files map[string]*file
	// vars are the --var-file files that are not among the scanned files,
	// read before the roots start.
	vars map[string]*varLoad
}

func (ev *evaluator) newShared() *shared {
	sh := &shared{dirs: map[string]*dirLoad{}, files: map[string]*file{}, vars: map[string]*varLoad{}}
	for _, path := range ev.opts.VarFiles {
		if ev.files[path] == nil && sh.vars[path] == nil {
			sh.vars[path] = readVars(path)
		}
	}
	return sh
}

// dir reads a module directory once, for whichever root asks first.
func (sh *shared) dir(dir string, readable []string) *dirLoad {
	sh.mu.Lock()
	l := sh.dirs[dir]
	if l == nil {
		l = &dirLoad{}
		sh.dirs[dir] = l
	}
	sh.mu.Unlock()
	l.once.Do(func() {
		l.load(dir, readable)
		sh.mu.Lock()
		for _, f := range l.files {
			sh.files[f.path] = f
		}
		sh.mu.Unlock()
	})
	return l
}

func (sh *shared) file(path string) *file {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.files[path]
}

// sideLog is what a root evaluated beside others did that the merge must
// replay or check.
type sideLog struct {
	shared *shared
	events []event
	// asked are the module directories this root read, by directory.
	asked map[string]*dirLoad
	// looked are the policy texts traced during evaluation, and refused
	// the paths file() would not read: what an earlier root could change.
	looked, refused []string
}

type eventKind uint8

const (
	reported     eventKind = iota // a diagnostic, once per range and summary
	loadedDir                     // a module directory read
	loadedVars                    // a --var-file read
	madeReadable                  // a directory file() may read
	provAdded                     // a policy text's origin, unless known
	provSet                       // a policy text's origin, replacing
)

type event struct {
	kind  eventKind
	diag  source.Diagnostic
	key   string // directory, path or policy text
	dir   *dirLoad
	vars  *varLoad
	thunk func() *source.Node
}

// child returns an evaluator for one root evaluated beside others: it
// reads the scanned files and configurations, which no root changes, and
// writes only its own results.
func (ev *evaluator) child(sh *shared) *evaluator {
	return &evaluator{env: ev.env, opts: ev.opts, results: &results{
		files: ev.files, configs: ev.configs, readable: slices.Clone(ev.readable),
		prov: map[string]func() *source.Node{}, seen: map[string]bool{},
		manifests: map[string]map[string]string{},
		side:      &sideLog{shared: sh, asked: map[string]*dirLoad{}},
	}}
}

func (s *sideLog) moduleDir(ev *evaluator, dir string) *moduleConfig {
	if l, ok := s.asked[dir]; ok {
		return l.cfg
	}
	l := s.shared.dir(dir, ev.readable)
	s.asked[dir] = l
	s.events = append(s.events, event{kind: loadedDir, key: dir, dir: l})
	if l.readable {
		ev.readable = append(ev.readable, dir)
	}
	return l.cfg
}

func (s *sideLog) varFile(ev *evaluator, path string) *file {
	l := s.shared.vars[path]
	if l.failed != nil {
		ev.report(*l.failed)
		return nil
	}
	s.events = append(s.events, event{kind: loadedVars, key: path, vars: l})
	return l.f
}

// absorb merges a root evaluated beside others into ev, which holds the
// roots before it, as if it had been evaluated on ev; it reports false,
// changing nothing, when that root must be evaluated again.
func (ev *evaluator) absorb(kid *evaluator) bool {
	s := kid.side
	for _, text := range s.looked {
		if _, ok := ev.prov[text]; ok {
			return false
		}
	}
	for _, p := range s.refused {
		if readableIn(ev.readable, p) {
			return false
		}
	}
	for _, e := range s.events {
		ev.replay(e)
	}
	ev.instances = append(ev.instances, kid.instances...)
	maps.Copy(ev.manifests, kid.manifests)
	// What the root's modules evaluate from now on (policy trees built
	// while modelling) lands in the merged results.
	kid.results = ev.results
	return true
}

func (ev *evaluator) replay(e event) {
	switch e.kind {
	case reported:
		ev.report(e.diag)
	case loadedDir:
		if _, ok := ev.configs[e.key]; !ok {
			ev.applyDir(e.key, e.dir)
		}
	case loadedVars:
		if ev.files[e.key] == nil {
			ev.applyVars(e.key, e.vars)
		}
	case madeReadable:
		ev.readable = append(ev.readable, e.key)
	case provAdded:
		if _, ok := ev.prov[e.key]; !ok {
			ev.prov[e.key] = e.thunk
		}
	case provSet:
		ev.prov[e.key] = e.thunk
	}
}
