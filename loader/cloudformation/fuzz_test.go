package cloudformation

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/denylint/denylint/model"
)

// FuzzLoadTemplate loads arbitrary bytes as a template: it must neither
// panic (load, unlike Load, does not recover) nor hang.
func FuzzLoadTemplate(f *testing.F) {
	for _, name := range fixtureNames {
		if data, err := os.ReadFile(filepath.Join(fixtures, name)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(estateYAML))
	f.Add([]byte(`{"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": "${B}"}}}}}`))
	f.Add([]byte("Resources:\n  A: {Type: AWS::IAM::Role, Properties: {RoleName: !Select [0, !Split [',', !Ref X]]}}\n"))
	f.Fuzz(func(_ *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		load(model.New(), "fuzz.yaml", data, Options{Params: map[string]string{"AWS::Region": "eu-west-1"}})
		Detect(data)
	})
}
