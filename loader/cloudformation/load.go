// Package cloudformation reads CloudFormation, SAM and CDK-synthesised
// templates (YAML or JSON) into the estate model.
package cloudformation

import (
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// Options are what the command line adds to a template.
type Options struct {
	// Params are --param Name=Value overrides; they win over ParamFiles.
	Params map[string]string
	// ParamFiles are parameter files in the CLI shape
	// [{"ParameterKey","ParameterValue"}] or the CodePipeline shape
	// {"Parameters":{...}}.
	ParamFiles []string
}

// Detect reports whether data is a CloudFormation or SAM template.
func Detect(data []byte) bool {
	return false
}

// Load adds the template's resources to env. file is used verbatim in every
// range.
func Load(env *model.Env, file string, data []byte, opts Options) []source.Diagnostic {
	return nil
}
