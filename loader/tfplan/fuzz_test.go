package tfplan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/denylint/denylint/loader/terraform"
	"github.com/denylint/denylint/model"
)

// FuzzLoadPlan loads arbitrary bytes as a plan: it must neither panic nor
// hang, and whatever is wrong is a diagnostic inside the file.
func FuzzLoadPlan(f *testing.F) {
	for _, p := range []string{"../../fixtures/terraform/plan/plan.json", "../../fixtures/terraform/plan-only/plan.json"} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"format_version":"1.2","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","type":"aws_s3_bucket","name":"b","values":{"bucket":"x","policy":"{\"Statement\":[]}"}}]}}}`))
	f.Add([]byte(`{"format_version":"1.2","configuration":{"root_module":{"module_calls":{"m":{"module":{"module_calls":{}}}}}}}`))
	f.Add([]byte(`{"format_version":"1","planned_values":[],"resource_changes":{"address":1}}`))
	dir := f.TempDir()
	file := filepath.Join(dir, "plan.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<16 {
			return
		}
		Detect(data)
		for _, d := range Load(model.New(), file, data, terraform.Options{}) {
			if d.Range.File == "" || d.Range.Start.Line < 1 {
				t.Fatalf("diagnostic without a location: %v", d)
			}
		}
	})
}
