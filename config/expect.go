package config

import (
	"fmt"
	"path/filepath"

	"github.com/denylint/denylint/model"
)

// Expectations turns the expect entries into the estate's expectations.
// Address names each entry for findings, ".denylint.yaml#expect[0]".
func (f *File) Expectations() []*model.Expectation {
	out := make([]*model.Expectation, 0, len(f.Expect))
	for i, e := range f.Expect {
		actions, allow := e.Can, true
		if len(actions) == 0 {
			actions, allow = e.Cannot, false
		}
		out = append(out, &model.Expectation{
			Principal: e.Principal,
			Actions:   append([]string(nil), actions...),
			Resources: append([]string(nil), e.On...),
			Allow:     allow,
			Via:       e.Via,
			Address:   fmt.Sprintf("%s#expect[%d]", filepath.Base(f.Path), i),
			Range:     e.Range,
		})
	}
	return out
}
