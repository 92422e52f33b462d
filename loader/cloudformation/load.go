// Package cloudformation reads CloudFormation, SAM and CDK-synthesised
// templates (YAML or JSON) into the estate model. Its phases are described
// in README.md.
package cloudformation

import (
	"fmt"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// Options are what the command line adds to a template.
type Options struct {
	// Params are --param Name=Value overrides; they win over ParamFiles.
	// AWS::Region sets the region the stack deploys to.
	Params map[string]string
	// ParamFiles are parameter files in the CLI shape
	// [{"ParameterKey","ParameterValue"}] or the CodePipeline shape
	// {"Parameters":{...}}.
	ParamFiles []string
}

// Load adds the template's resources to env. file is used verbatim in every
// range. Problems are located diagnostics; Load never panics.
func Load(env *model.Env, file string, data []byte, opts Options) []source.Diagnostic {
	return NewEstate(env).Load(file, data, opts)
}

// Load adds the template's resources to the estate, one file after
// another: what Stage and Join do, without an estate of its own between.
func (e *Estate) Load(file string, data []byte, opts Options) (diags []source.Diagnostic) {
	defer recoverAs(file, &diags)
	return e.load(file, data, opts)
}

// load is Load without the recovery, for the fuzzer to see panics.
func load(env *model.Env, file string, data []byte, opts Options) []source.Diagnostic {
	return NewEstate(env).load(file, data, opts)
}

func (e *Estate) load(file string, data []byte, opts Options) []source.Diagnostic {
	diags, b := stage(e.env, file, data, opts)
	if b == nil {
		return diags
	}
	b.finish(e)
	return append(diags, b.diags...)
}

// stage parses the template and builds its resources into env; the
// builder it returns, nil when the template could not be read, has the
// rest to do once the template joins the estate.
func stage(env *model.Env, file string, data []byte, opts Options) ([]source.Diagnostic, *builder) {
	if len(data) > MaxFileSize {
		return []source.Diagnostic{errorAt(fileStart(file), "template too large",
			fmt.Sprintf("the file has %d bytes; denylint reads templates up to %d bytes", len(data), MaxFileSize))}, nil
	}
	root, diags := parse(file, data)
	if root == nil {
		return diags, nil
	}
	t, d := readTemplate(file, root)
	diags = append(diags, d...)
	if t == nil {
		return diags, nil
	}
	t.data = data
	ov, d := overrides(opts)
	diags = append(diags, d...)
	d, t.params = readParams(t, ov)
	diags = append(diags, d...)
	if env.Sources == nil {
		env.Sources = model.NewSources()
	}
	b := newBuilder(env, t, opts)
	b.build()
	return diags, b
}

// recoverAs turns a panic into the one diagnostic of a template, which
// is then all the caller reports of it.
func recoverAs(file string, diags *[]source.Diagnostic) {
	if r := recover(); r != nil {
		*diags = []source.Diagnostic{internalError(file, r)}
	}
}

func internalError(file string, r any) source.Diagnostic {
	return errorAt(fileStart(file), "internal error while reading the template",
		fmt.Sprintf("%v; please report this with the template", r))
}

func fileStart(file string) source.Range {
	p := source.Pos{Line: 1, Column: 1}
	return source.Range{File: file, Start: p, End: p}
}
