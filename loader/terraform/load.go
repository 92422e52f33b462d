// Package terraform reads Terraform configurations into the estate model,
// evaluating them offline as Terraform would, without providers.
package terraform

import (
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// Options are the variable inputs a user gives on the command line.
type Options struct {
	Vars     map[string]string // --var NAME=VALUE (HCL expression text, like terraform)
	VarFiles []string          // --var-file, in order
	Environ  []string          // os.Environ() form; TF_VAR_name values
}

// Load reads every Terraform file among files, groups them by directory,
// evaluates each root module and adds what it finds to env.
func Load(env *model.Env, files []string, opts Options) []source.Diagnostic {
	return nil
}
