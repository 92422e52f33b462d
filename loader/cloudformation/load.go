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
func Load(env *model.Env, file string, data []byte, opts Options) (diags []source.Diagnostic) {
	defer func() {
		if r := recover(); r != nil {
			diags = append(diags, errorAt(fileStart(file), "internal error while reading the template",
				fmt.Sprintf("%v; please report this with the template", r)))
		}
	}()
	return load(env, file, data, opts)
}

func load(env *model.Env, file string, data []byte, opts Options) []source.Diagnostic {
	if len(data) > MaxFileSize {
		return []source.Diagnostic{errorAt(fileStart(file), "template too large",
			fmt.Sprintf("the file has %d bytes; denylint reads templates up to %d bytes", len(data), MaxFileSize))}
	}
	root, diags := parse(file, data)
	if root == nil {
		return diags
	}
	t, d := readTemplate(file, root)
	diags = append(diags, d...)
	if t == nil {
		return diags
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
	return append(diags, b.diags...)
}

func fileStart(file string) source.Range {
	p := source.Pos{Line: 1, Column: 1}
	return source.Range{File: file, Start: p, End: p}
}
