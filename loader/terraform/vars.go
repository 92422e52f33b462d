package terraform

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// rootValues gathers the values of a root module's variables in
// Terraform's order of precedence, later sources winning: TF_VAR_
// environment values, terraform.tfvars, terraform.tfvars.json,
// *.auto.tfvars(.json) in lexical order, then --var-file files in order
// and --var values.
func (ev *evaluator) rootValues(cfg *moduleConfig, varFiles []*file) map[string]cty.Value {
	vals := map[string]cty.Value{}
	for _, kv := range ev.opts.Environ {
		name, raw, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(name, "TF_VAR_") {
			continue
		}
		if v := cfg.variables[strings.TrimPrefix(name, "TF_VAR_")]; v != nil {
			vals[v.name] = ev.rawValue(v, raw, hcl.Range{Filename: "TF_VAR_" + v.name})
		}
	}
	sort.Slice(varFiles, func(i, j int) bool { return varFileRank(varFiles[i]) < varFileRank(varFiles[j]) })
	for _, f := range varFiles {
		if isAutoVars(f.path) {
			ev.applyVarFile(cfg, f, vals)
		}
	}
	for _, path := range ev.opts.VarFiles {
		f := ev.files[path]
		if f == nil {
			f = ev.readVarFile(path)
		}
		if f != nil {
			ev.applyVarFile(cfg, f, vals)
		}
	}
	names := make([]string, 0, len(ev.opts.Vars))
	for name := range ev.opts.Vars {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if v := cfg.variables[name]; v != nil {
			vals[name] = ev.rawValue(v, ev.opts.Vars[name], hcl.Range{Filename: "--var " + name})
		}
	}
	return vals
}

func isAutoVars(path string) bool {
	base := filepath.Base(path)
	return base == "terraform.tfvars" || base == "terraform.tfvars.json" ||
		strings.HasSuffix(base, ".auto.tfvars") || strings.HasSuffix(base, ".auto.tfvars.json")
}

// varFileRank orders the automatically loaded files as Terraform does.
func varFileRank(f *file) string {
	switch filepath.Base(f.path) {
	case "terraform.tfvars":
		return "0"
	case "terraform.tfvars.json":
		return "1"
	}
	return "2" + filepath.Base(f.path)
}

func (ev *evaluator) readVarFile(path string) *file {
	if ev.side != nil {
		return ev.side.varFile(ev, path)
	}
	l := readVars(path)
	ev.applyVars(path, l)
	return l.f
}

// varLoad is a --var-file read, with what reading it reported.
type varLoad struct {
	f      *file
	diags  []source.Diagnostic
	failed *source.Diagnostic
}

func readVars(path string) *varLoad {
	src, err := source.ReadFile(path, source.MaxFileSize)
	if err != nil {
		return &varLoad{failed: &source.Diagnostic{Severity: source.Error, Summary: "cannot read variable file", Detail: err.Error(),
			Range: source.Range{File: path, Start: source.Pos{Line: 1, Column: 1}, End: source.Pos{Line: 1, Column: 1}}}}
	}
	f, diags := parseSource(path, src)
	return &varLoad{f: f, diags: fromHCL(diags)}
}

func (ev *evaluator) applyVars(path string, l *varLoad) {
	if l.failed != nil {
		ev.report(*l.failed)
		return
	}
	ev.diags = append(ev.diags, l.diags...)
	ev.files[path] = l.f
}

func (ev *evaluator) applyVarFile(cfg *moduleConfig, f *file, vals map[string]cty.Value) {
	attrs, diags := f.body.JustAttributes()
	ev.reportHCL(diags)
	for name, a := range attrs {
		if cfg.variables[name] == nil {
			continue
		}
		v, d := a.Expr.Value(nil)
		ev.reportHCL(d)
		if !d.HasErrors() {
			vals[name] = v
		}
	}
}

// rawValue reads a command-line or environment value: taken literally for
// a string variable, as an HCL expression otherwise.
func (ev *evaluator) rawValue(v *variableConfig, raw string, rng hcl.Range) cty.Value {
	if v.typ == cty.String || v.typ == cty.DynamicPseudoType && !looksLikeHCL(raw) {
		return cty.StringVal(raw)
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), rng.Filename, hcl.InitialPos)
	if diags.HasErrors() {
		ev.reportHCL(diags)
		return cty.DynamicVal
	}
	val, diags := expr.Value(nil)
	ev.reportHCL(diags)
	return val
}

func looksLikeHCL(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{") || strings.HasPrefix(s, "\"")
}
