package config

import "github.com/denylint/denylint/model"

// Apply gives the estate what the config declares about requests:
// expectations, located so that findings about them point at the config,
// and access paths.
func (f *File) Apply(env *model.Env) {
	for _, e := range f.Expectations() {
		env.Sources.Set(e.Address, "", e.Range)
		env.Expectations = append(env.Expectations, e)
	}
	a := f.Access
	if len(a.VPCEndpoints) > 0 || len(a.SourceIPs) > 0 || a.Internet != nil {
		env.AccessPaths = &model.AccessPaths{VPCEndpoints: a.VPCEndpoints, SourceIPs: a.SourceIPs, Internet: a.Internet == nil || *a.Internet}
	}
}
