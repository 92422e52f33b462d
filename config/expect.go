package config

import (
	"fmt"
	"path/filepath"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
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
			Principal:     e.Principal,
			Actions:       append([]string(nil), actions...),
			Resources:     append([]string(nil), e.On...),
			Allow:         allow,
			Via:           e.Via,
			SessionPolicy: f.sessionPolicy(i, e.SessionPolicy),
			Address:       fmt.Sprintf("%s#expect[%d]", filepath.Base(f.Path), i),
			Range:         e.Range,
		})
	}
	return out
}

// sessionPolicy reads the session policy file of expectation i; a file
// that cannot be read or parsed gives a policy of unknown content (check
// has already reported a missing file).
func (f *File) sessionPolicy(i int, name string) *iam.Policy {
	if name == "" {
		return nil
	}
	origin := fmt.Sprintf("%s#expect[%d].session_policy", filepath.Base(f.Path), i)
	path := f.Resolve(name)
	data, err := source.ReadFile(path, source.MaxFileSize)
	if err != nil {
		return &iam.Policy{Origin: origin, Unknown: "session policy " + name + " cannot be read"}
	}
	p, _ := iam.ParsePolicyJSON(origin, path, data, source.Pos{})
	return p
}
