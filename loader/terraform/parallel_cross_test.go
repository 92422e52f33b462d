package terraform

import (
	"path/filepath"
	"testing"
)

// The cases below are where one root's evaluation shows in another's
// when roots are evaluated one after another: the parallel evaluation
// must replay or redo them to give the same estate and diagnostics.
func TestParallelCrossRootEffects(t *testing.T) {
	t.Parallel()
	policyRoot := `
locals {
  p = jsonencode({ Version = "2012-10-17", Statement = [{ Sid = "S", Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
data "aws_iam_policy_document" "d" {
  source_policy_documents = [local.p]
}
resource "aws_iam_role" "p" {
  name               = "p"
  assume_role_policy = data.aws_iam_policy_document.d.json
}
`
	sharedCall := `
module "m" {
  source = "../shared/mod"
}
locals {
  q = var.undeclared
}
resource "aws_s3_bucket" "own" {
  bucket = "own-${local.q}"
}
`
	varsRoot := `
variable "name" {}
resource "aws_s3_bucket" "b" {
  bucket = var.name
}
`
	cases := []struct {
		name  string
		files map[string]string
		args  []string
		vars  []string
	}{
		{
			// The second root traces the text the first root wrote first,
			// and renders the same document text, which it then owns.
			name:  "same policy text in two roots",
			files: map[string]string{"a/main.tf": policyRoot, "b/main.tf": policyRoot, "c/main.tf": policyRoot},
		},
		{
			// The first root's module makes a folder outside the scanned
			// tree readable; the second root reads from it.
			name: "file() in a folder an earlier root's module opened",
			files: map[string]string{
				"scan/a/main.tf":      "module \"m\" {\n  source = \"../../outside/mod\"\n}\n",
				"scan/b/main.tf":      "resource \"aws_iam_role\" \"b\" {\n  name = \"b\"\n  assume_role_policy = file(\"../../outside/mod/p.json\")\n}\n",
				"outside/mod/main.tf": "resource \"aws_iam_role\" \"m\" {\n  name = \"m\"\n  assume_role_policy = file(\"${path.module}/p.json\")\n}\n",
				"outside/mod/p.json":  `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}`,
			},
			args: []string{"scan/a/main.tf", "scan/b/main.tf"},
		},
		{
			// A module folder read during evaluation reports its broken
			// file once, where the first root that calls it is evaluated.
			name: "module read by three roots, with a broken file",
			files: map[string]string{
				"r1/main.tf": sharedCall, "r2/main.tf": sharedCall, "r3/main.tf": sharedCall,
				"shared/mod/main.tf":   "resource \"aws_s3_bucket\" \"x\" {\n  bucket = local.nope\n}\n",
				"shared/mod/broken.tf": "resource \"aws_s3_bucket\" \"y\" {\n",
			},
			args: []string{"r1/main.tf", "r2/main.tf", "r3/main.tf"},
		},
		{
			name: "variable files read once for every root",
			files: map[string]string{
				"x/main.tf": varsRoot, "y/main.tf": varsRoot, "z/main.tf": varsRoot,
				"vars/good.tfvars": "name = \"good\"\n",
				"vars/bad.tfvars":  "name = \n",
			},
			args: []string{"x/main.tf", "y/main.tf", "z/main.tf"},
			vars: []string{"vars/good.tfvars", "vars/bad.tfvars", "vars/missing.tfvars"},
		},
		{
			name: "installed modules of two roots",
			files: map[string]string{
				"i1/main.tf":                         "module \"m\" {\n  source = \"example/m/aws\"\n}\nmodule \"bad\" {\n  source = \"example/bad/aws\"\n}\n",
				"i1/.terraform/modules/modules.json": `{"Modules": [{"Key": "m", "Dir": ".terraform/modules/m"}, {"Key": "bad", "Dir": "../elsewhere"}]}`,
				"i1/.terraform/modules/m/main.tf":    "resource \"aws_s3_bucket\" \"m\" {\n  bucket = \"installed\"\n}\n",
				"i2/main.tf":                         "module \"m\" {\n  source = \"example/m/aws\"\n}\n",
				"i2/.terraform/modules/modules.json": `{"Modules": [{"Key": "m", "Dir": ".terraform/modules/m"}]}`,
				"i2/.terraform/modules/m/main.tf":    "resource \"aws_s3_bucket\" \"m\" {\n  bucket = \"installed-2\"\n}\n",
			},
			args: []string{"i1/main.tf", "i2/main.tf"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := writeTree(t, tc.files)
			var paths []string
			for _, a := range tc.args {
				paths = append(paths, filepath.Join(dir, a))
			}
			if tc.args == nil {
				paths = terraformFiles(t, dir)
			}
			var opts Options
			for _, v := range tc.vars {
				opts.VarFiles = append(opts.VarFiles, filepath.Join(dir, v))
			}
			checkLoaded(t, checkSameInParallel(t, paths, opts))
		})
	}
}
