// Package terraform reads Terraform configurations into the estate model,
// evaluating them offline as Terraform would, without providers. See
// README.md for its phases.
package terraform

import (
	"path/filepath"
	"runtime"
	"sort"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/zclconf/go-cty/cty"
)

// Options are the variable inputs a user gives on the command line.
type Options struct {
	Vars     map[string]string // --var NAME=VALUE (HCL expression text, like terraform)
	VarFiles []string          // --var-file, in order
	Environ  []string          // os.Environ() form; TF_VAR_name values
}

// Load reads every Terraform file among files (.tf, .tf.json, .tfvars,
// .tfvars.json), groups them by directory, treats as root modules the
// directories that no other loaded directory calls as a local module,
// evaluates each root, and adds what it finds to env.
func Load(env *model.Env, files []string, opts Options) []source.Diagnostic {
	return load(env, files, opts, runtime.GOMAXPROCS(0))
}

// load is Load with the number of roots evaluated at once.
func load(env *model.Env, files []string, opts Options, workers int) []source.Diagnostic {
	ev, diags := evaluate(env, files, opts, workers)
	ev.build()
	return append(diags, ev.diags...)
}

// evaluate parses files and evaluates every root module among them,
// workers of them at once.
func evaluate(env *model.Env, files []string, opts Options, workers int) (*evaluator, []source.Diagnostic) {
	ev := newEvaluator(env, opts)
	parsed, diags := parseFiles(files)
	byDir := map[string][]*file{}
	var dirs []string
	for _, f := range parsed {
		if f == nil || f.kind == kindNone {
			continue
		}
		if _, ok := byDir[f.dir]; !ok {
			dirs = append(dirs, f.dir)
		}
		byDir[f.dir] = append(byDir[f.dir], f)
	}
	sort.Strings(dirs)
	ev.readable = append(ev.readable, commonDir(dirs))
	for _, dir := range dirs {
		ev.addConfig(dir, byDir[dir])
	}
	ev.evalRoots(rootDirs(ev.configs, dirs), byDir, workers)
	return ev, diags
}

// rootDirs are the loaded directories with configuration that no other
// loaded directory calls as a local module. Directories that only a cycle
// of calls reaches become roots too, so that they load and the cycle is
// reported rather than everything in it silently skipped.
func rootDirs(configs map[string]*moduleConfig, dirs []string) []string {
	callees := map[string][]string{}
	called := map[string]bool{}
	for _, dir := range dirs {
		for _, c := range configs[dir].calls {
			if isLocalSource(c.source) {
				to := filepath.Clean(filepath.Join(dir, c.source))
				callees[dir] = append(callees[dir], to)
				called[to] = true
			}
		}
	}
	var roots []string
	reached := map[string]bool{}
	for _, pass := range []bool{false, true} {
		for _, dir := range dirs {
			if reached[dir] || len(configs[dir].files) == 0 || called[dir] && !pass {
				continue
			}
			roots = append(roots, dir)
			reach(dir, callees, reached)
		}
	}
	sort.Strings(roots)
	return roots
}

func reach(dir string, callees map[string][]string, reached map[string]bool) {
	if reached[dir] {
		return
	}
	reached[dir] = true
	for _, to := range callees[dir] {
		reach(to, callees, reached)
	}
}

func (ev *evaluator) evalRoot(dir string, files []*file, prefixed bool) {
	cfg := ev.configs[dir]
	m := newModule(ev, cfg, "", nil)
	if prefixed {
		m.prefix = dir + "#"
	}
	m.funcs, m.budget = ev.functions(dir)
	var varFiles []*file
	for _, f := range files {
		if f.kind == kindVars || f.kind == kindVarsJSON {
			varFiles = append(varFiles, f)
		}
	}
	for name, v := range ev.rootValues(cfg, varFiles) {
		m.inputs[name] = func() cty.Value { return v }
	}
	m.configureProviders()
	m.walk()
}

// commonDir is the deepest directory that contains all of dirs.
func commonDir(dirs []string) string {
	if len(dirs) == 0 {
		return "."
	}
	common := dirs[0]
	for _, d := range dirs[1:] {
		for !within(d, common) {
			parent := filepath.Dir(common)
			if parent == common {
				break
			}
			common = parent
		}
	}
	return common
}
