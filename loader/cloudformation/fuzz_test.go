package cloudformation

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
	"github.com/google/go-cmp/cmp"
)

// FuzzLoadTemplate loads arbitrary bytes as a template: it must neither
// panic (load, unlike Load, does not recover) nor hang, and staging it
// then joining it must give what loading it in place gives.
func FuzzLoadTemplate(f *testing.F) {
	for _, name := range fixtureNames {
		if data, err := os.ReadFile(filepath.Join(fixtures, name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(estateYAML))
	f.Add([]byte(`{"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${B}"}}}}}`))
	f.Add([]byte("Resources:\n  A: {Type: AWS::IAM::Role, Properties: {RoleName: !Select [0, !Split [',', !Ref X]]}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		opts := Options{Params: map[string]string{"AWS::Region": "eu-west-1"}}
		direct := model.New()
		want := load(direct, "fuzz.yaml", data, opts)
		staged := model.New()
		got := joinUnrecovered(staged, "fuzz.yaml", data, opts)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("staged diagnostics differ (-direct +staged):\n%s", diff)
		}
		if diff := cmp.Diff(envJSON(t, direct), envJSON(t, staged)); diff != "" {
			t.Errorf("staged estate differs (-direct +staged):\n%s", diff)
		}
		Detect(data)
	})
}

// joinUnrecovered is Stage then Join without their recovery.
func joinUnrecovered(env *model.Env, file string, data []byte, opts Options) []source.Diagnostic {
	own := model.New()
	diags, b := stage(own, file, data, opts)
	env.Merge(own)
	if b == nil {
		return diags
	}
	b.finish(NewEstate(env))
	return append(diags, b.diags...)
}

func envJSON(t *testing.T, env *model.Env) string {
	t.Helper()
	out, err := json.MarshalIndent(env, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
