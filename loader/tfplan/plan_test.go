package tfplan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/denylint/denylint/loader/terraform"
	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

func TestDetect(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data string
		want bool
	}{
		{name: "plan", data: `{"format_version":"1.2","planned_values":{}}`, want: true},
		{name: "configuration only", data: ` {"format_version":"1.2","configuration":{}}`, want: true},
		{name: "template", data: `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}`},
		{name: "state", data: `{"format_version":"1.0","values":{}}`},
		{name: "array", data: `["format_version","planned_values"]`},
		{name: "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Detect([]byte(tt.data)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

// summary is what a test checks of the estate a plan gives.
type summary struct {
	KeyAt, KeyPolicyAt, BucketEncryptionKey, AuditorPolicy string
	Buckets, Keys, Principals                              int
}

func summarize(env *model.Env) summary {
	var s summary
	s.Buckets, s.Keys, s.Principals = len(env.Buckets), len(env.Keys), len(env.Principals)
	if r, ok := env.Sources.Lookup("aws_kms_key.recordings", ""); ok {
		s.KeyAt = r.String()
	}
	for _, k := range env.Keys {
		if k.Policy != nil && len(k.Policy.Document.Statements) > 0 {
			s.KeyPolicyAt = k.Policy.Document.Statements[0].Range.String()
		}
	}
	for _, b := range env.Buckets {
		if b.Encryption != nil {
			s.BucketEncryptionKey = b.Encryption.Address
		}
	}
	for _, p := range env.Principals {
		for _, d := range p.Policies {
			if d.Address == "aws_iam_role_policy.auditor" {
				s.AuditorPolicy = d.Document.Unknown
				if d.Document.Unknown == "" && len(d.Document.Statements) > 0 {
					s.AuditorPolicy = d.Document.Statements[0].Range.String()
				}
			}
		}
	}
	return s
}

func TestLoadFixtures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		dir  string
		// hcl loads the .tf files first, as the dispatcher does.
		hcl  bool
		want summary
	}{
		{
			name: "plan alone: places in the plan, references resolved, documents built from references unknown",
			dir:  "plan-only",
			want: summary{
				KeyAt: "plan.json:43:9", KeyPolicyAt: "plan.json:59:13",
				BucketEncryptionKey: "aws_s3_bucket_server_side_encryption_configuration.recordings",
				AuditorPolicy:       "aws_iam_role_policy.auditor.policy (known after apply)",
				Buckets:             1, Keys: 1, Principals: 1,
			},
		},
		{
			name: "plan beside its configuration: places in the .tf, unknowns from the configuration, nothing twice",
			dir:  "plan", hcl: true,
			want: summary{
				KeyAt: "main.tf:11:1", KeyPolicyAt: "main.tf:13:3",
				BucketEncryptionKey: "aws_s3_bucket_server_side_encryption_configuration.recordings",
				AuditorPolicy:       "main.tf:50:7",
				Buckets:             1, Keys: 1, Principals: 1,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join("..", "..", "fixtures", "terraform", tt.dir)
			env := model.New()
			if tt.hcl {
				tf, _ := filepath.Glob(filepath.Join(dir, "*.tf"))
				terraform.Load(env, tf, terraform.Options{})
			}
			file := filepath.Join(dir, "plan.json")
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if diags := Load(env, file, data, terraform.Options{}); len(diags) > 0 {
				t.Fatalf("diagnostics: %v", diags)
			}
			got := summarize(env)
			for _, p := range []*string{&got.KeyAt, &got.KeyPolicyAt, &got.AuditorPolicy} {
				if rel, err := filepath.Rel(dir, *p); err == nil && filepath.IsLocal(rel) {
					*p = rel
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadBrokenPlans(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, data, want string
	}{
		{name: "not JSON", data: "{\n  \"format_version\": ", want: "p.json:2:20: error: invalid JSON: unexpected end of document"},
		{name: "not an object", data: `[1]`, want: "p.json:1:1: error: plan is not a JSON object; terraform show -json writes one JSON object; this file holds something else."},
		{name: "no planned values", data: `{"format_version":"1.2","configuration":{}}`,
			want: "p.json:1:1: warning: plan has no planned values; Nothing to model: this looks like a plan of no changes or a state file; run terraform show -json on a saved plan."},
		{name: "odd shapes", data: `{"format_version":"1.2","planned_values":{"root_module":{"resources":[1,{"address":2},{"address":"a.b","type":"a","values":[]}],"child_modules":{}}}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got string
			for _, d := range Load(model.New(), "p.json", []byte(tt.data), terraform.Options{}) {
				got += d.Error()
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
