package cloudformation

import (
	"slices"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// Staged is a template read into an estate of its own: the part of
// loading that looks at no other file, so templates stage on every core.
// Joining them to the run's estate, in file order, finishes the rest and
// gives what Load would have, file after file.
type Staged struct {
	file  string
	env   *model.Env
	b     *builder // nil when the template could not be read
	diags []source.Diagnostic
}

// Stage parses and builds a template; see Load.
func Stage(file string, data []byte, opts Options) (s *Staged) {
	s = &Staged{file: file, env: model.New()}
	defer func() {
		if r := recover(); r != nil {
			s.b, s.diags = nil, []source.Diagnostic{internalError(file, r)}
		}
	}()
	s.diags, s.b = stage(s.env, file, data, opts)
	return s
}

// Join adds the staged template to the estate and attaches what it names
// (policies, aliases, storage configs, organisation members) to what the
// estate holds by then. It returns the template's diagnostics.
func (s *Staged) Join(e *Estate) (diags []source.Diagnostic) {
	defer recoverAs(s.file, &diags)
	e.env.Merge(s.env)
	s.env = nil
	if s.b == nil {
		return s.diags
	}
	s.b.finish(e)
	diags = append(slices.Clip(s.diags), s.b.diags...)
	s.b = nil
	return diags
}
