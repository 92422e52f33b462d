// Package rules runs the Rego rule bundle over an estate and turns what the
// rules return into located findings.
package rules

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/denylint/denylint/access"
	"github.com/denylint/denylint/finding"
	"github.com/denylint/denylint/model"
)

// Engine holds the compiled rule set, prepared once per process.
type Engine struct {
	query   rego.PreparedEvalQuery
	catalog []finding.Rule
}

// New compiles every non-test .rego file of the bundles.
func New(ctx context.Context, bundles ...fs.FS) (*Engine, error) {
	modules, err := parseBundles(bundles, false)
	if err != nil {
		return nil, err
	}
	opts := []func(*rego.Rego){
		rego.Query("data.rules"),
		rego.SetRegoVersion(ast.RegoV1),
		rego.StrictBuiltinErrors(true),
		rego.Capabilities(capabilities()),
	}
	for _, m := range modules {
		opts = append(opts, rego.ParsedModule(m))
	}
	for _, b := range Builtins() {
		opts = append(opts, b.Option)
	}
	q, err := rego.New(opts...).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("compile rules: %w", err)
	}
	cat, err := catalogOf(modules)
	if err != nil {
		return nil, err
	}
	return &Engine{query: q, catalog: cat}, nil
}

// Catalog lists the rules, ordered by id.
func (e *Engine) Catalog() []finding.Rule { return e.catalog }

// Run evaluates every rule over env and returns the located findings in a
// stable order.
func (e *Engine) Run(ctx context.Context, env *model.Env) ([]finding.Finding, error) {
	est := newEstate(access.NewIndex(env))
	// OPA evaluates on this goroutine; the other cores decide intents
	// ahead of the rules meanwhile.
	prepCtx, stopPreparing := context.WithCancel(ctx)
	prepared := make(chan struct{})
	go func() {
		defer close(prepared)
		est.prepare(prepCtx, runtime.GOMAXPROCS(0)-1)
	}()
	defer func() {
		stopPreparing()
		<-prepared
	}()
	input, err := toTerm(env)
	if err != nil {
		return nil, err
	}
	rs, err := e.query.Eval(withEstate(ctx, est), rego.EvalParsedInput(input.Value))
	if err != nil {
		return nil, fmt.Errorf("evaluate rules: %w", err)
	}
	var raws []rawFinding
	for _, r := range rs {
		for _, ex := range r.Expressions {
			if err := collectDenies(ex.Value, &raws); err != nil {
				return nil, err
			}
		}
	}
	loc := &locator{index: est.index, sources: env.Sources}
	out := make([]finding.Finding, 0, len(raws))
	for _, raw := range raws {
		out = append(out, loc.finding(raw))
	}
	sortFindings(out)
	return out, nil
}

// parseBundles reads the .rego files of the bundles, the tests among them
// when tests is set.
func parseBundles(bundles []fs.FS, tests bool) (map[string]*ast.Module, error) {
	modules := map[string]*ast.Module{}
	for i, b := range bundles {
		err := fs.WalkDir(b, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || path.Ext(p) != ".rego" {
				return err
			}
			if strings.HasSuffix(p, "_test.rego") && !tests {
				return nil
			}
			src, err := readRule(b, p, d)
			if err != nil {
				return err
			}
			name := p
			if i > 0 {
				name = fmt.Sprintf("bundle%d/%s", i, p)
			}
			m, err := ast.ParseModuleWithOpts(name, string(src), ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
			if err != nil {
				return fmt.Errorf("parse rule: %w", err)
			}
			modules[name] = m
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return modules, nil
}

// collectDenies walks the data.rules tree and gathers every rule's deny set.
func collectDenies(v any, out *[]rawFinding) error {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k != "deny" {
			if err := collectDenies(obj[k], out); err != nil {
				return err
			}
			continue
		}
		items, _ := obj[k].([]any)
		for _, item := range items {
			var raw rawFinding
			if err := decode(item, &raw); err != nil {
				return fmt.Errorf("rule result: %w", err)
			}
			*out = append(*out, raw)
		}
	}
	return nil
}

func sortFindings(fs []finding.Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		ka := []string{a.Location.Path, pad(a.Location.StartLine), pad(a.Location.StartColumn), a.RuleID, a.Principal, a.Action, a.Resource}
		kb := []string{b.Location.Path, pad(b.Location.StartLine), pad(b.Location.StartColumn), b.RuleID, b.Principal, b.Action, b.Resource}
		for n := range ka {
			if ka[n] != kb[n] {
				return ka[n] < kb[n]
			}
		}
		return false
	})
}

func pad(n int) string { return fmt.Sprintf("%09d", n) }

// maxRuleSize bounds a rule file: user rule folders come from the
// repository under review.
const maxRuleSize = 4 << 20

func readRule(b fs.FS, p string, d fs.DirEntry) ([]byte, error) {
	info, err := d.Info()
	if err != nil {
		return nil, fmt.Errorf("read rule %s: %w", p, err)
	}
	if !info.Mode().IsRegular() || info.Size() > maxRuleSize {
		return nil, fmt.Errorf("read rule %s: not a regular file of at most %d bytes", p, maxRuleSize)
	}
	src, err := fs.ReadFile(b, p)
	if err != nil {
		return nil, fmt.Errorf("read rule %s: %w", p, err)
	}
	return src, nil
}
