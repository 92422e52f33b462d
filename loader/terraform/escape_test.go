//go:build unix

package terraform

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/denylint/denylint/model"
	"github.com/google/go-cmp/cmp"
)

// TestReadsStayInTheTree: file() and templatefile() read the scanned tree
// and module folders, as Terraform would; a path or a symbolic link out of
// it, a manifest naming a folder that terraform init did not fill, and a
// module that contains the whole tree are reported, never read.
func TestReadsStayInTheTree(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.json"), []byte(`{"Statement": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	policy := func(path string) string {
		return `resource "aws_iam_policy" "p" {
  name   = "p"
  policy = file("` + path + `")
}
`
	}
	tests := []struct {
		name  string
		files map[string]string
		links map[string]string // name -> target, "OUT" standing for the outside folder
		want  []string
	}{
		{name: "absolute path out of the tree", files: map[string]string{"main.tf": policy("OUT/secret.json")},
			want: []string{`"file" failed: OUT/secret.json is outside the scanned directories; denylint does not read it.`}},
		{name: "relative path out of the tree", files: map[string]string{"main.tf": policy("../../../../../../../OUT/secret.json")},
			want: []string{`is outside the scanned directories; denylint does not read it.`}},
		{name: "symbolic link out of the tree", files: map[string]string{"main.tf": policy("${path.module}/link.json")},
			links: map[string]string{"link.json": "OUT/secret.json"},
			want:  []string{`"file" failed: link.json links to OUT/secret.json, outside the scanned directories; denylint does not read it.`}},
		{name: "module containing the tree", files: map[string]string{
			"env/main.tf": `module "up" { source = "../" }` + "\n" + policy("OUT/secret.json"),
			"main.tf":     `variable "x" { default = 1 }`},
			want: []string{`"file" failed: OUT/secret.json is outside the scanned directories; denylint does not read it.`}},
		{name: "manifest naming a folder out of .terraform/modules", files: map[string]string{
			"main.tf":                         `module "remote" { source = "hashicorp/x/aws" }`,
			".terraform/modules/modules.json": `{"Modules": [{"Key": "remote", "Dir": "OUT"}]}`},
			want: []string{`modules.json places module remote in OUT; denylint reads installed modules only from`,
				`Module remote comes from hashicorp/x/aws, which denylint does not download`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			files := map[string]string{}
			for k, v := range tc.files {
				files[k] = strings.ReplaceAll(v, "OUT", outside)
			}
			dir := writeTree(t, files)
			for name, target := range tc.links {
				if err := os.Symlink(strings.ReplaceAll(target, "OUT", outside), filepath.Join(dir, name)); err != nil {
					t.Fatal(err)
				}
			}
			var paths []string
			for name := range tc.files {
				if kindOf(name) != kindNone {
					paths = append(paths, filepath.Join(dir, name))
				}
			}
			var got []string
			for _, d := range Load(model.New(), paths, Options{}) {
				got = append(got, strings.ReplaceAll(strings.ReplaceAll(d.Detail, outside, "OUT"), dir+"/", ""))
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || strings.Contains(g, w)
				}
				if !found {
					t.Errorf("no diagnostic contains %q", w)
				}
			}
			if t.Failed() {
				t.Log(cmp.Diff(tc.want, got))
			}
		})
	}
}
