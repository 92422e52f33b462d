package denylint_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	denylint "github.com/denylint/denylint"
	"github.com/denylint/denylint/loader"
	"github.com/denylint/denylint/rules"
)

// TestMixedFormatsAreOneEstate: a bucket in a CloudFormation template and a
// reader role in a Terraform folder, linted together, meet by the bucket's
// ARN; the template's deny refuses the role's grant.
func TestMixedFormatsAreOneEstate(t *testing.T) {
	t.Parallel()
	engine, err := rules.New(context.Background(), denylint.Rego())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"together", []string{"fixtures/mixed/stack", "fixtures/mixed/roles"},
			[]string{"DL001 fixtures/mixed/stack/recordings.yaml:15 grant at fixtures/mixed/roles/main.tf:16"}},
		{"the template alone has no reader", []string{"fixtures/mixed/stack"}, nil},
		{"the role alone reads a bucket outside the estate", []string{"fixtures/mixed/roles"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			loaded, err := loader.Load(tc.paths, loader.Options{})
			if err != nil {
				t.Fatal(err)
			}
			findings, err := engine.Run(context.Background(), loaded.Env)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range findings {
				rel := "none"
				if len(f.Related) > 0 {
					rel = fmt.Sprintf("%s:%d", f.Related[0].Path, f.Related[0].StartLine)
				}
				got = append(got, fmt.Sprintf("%s %s:%d grant at %s", f.RuleID, f.Location.Path, f.Location.StartLine, rel))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}
