package terraform

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/denylint/denylint/model"
)

// FuzzLoadHCL checks that no input makes the loader panic.
func FuzzLoadHCL(f *testing.F) {
	for _, seed := range []string{
		`resource "aws_s3_bucket" "b" { bucket = "x" }`,
		"resource \"aws_iam_role_policy\" \"p\" {\n  role = \"r\"\n  policy = <<EOT\n{\"Statement\": [{\"Effect\": \"Allow\"}]}\nEOT\n}\n",
		`locals { a = local.b, b = local.a }`,
		`data "aws_iam_policy_document" "d" { statement { actions = ["s3:*"] } }` + "\n" + `resource "aws_kms_key" "k" { policy = data.aws_iam_policy_document.d.json }`,
		`resource "aws_iam_role" "r" { for_each = {a = 1} name = each.key }`,
		`module "m" { source = "./" }`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		dir := t.TempDir()
		p := filepath.Join(dir, "main.tf")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		Load(model.New(), []string{p}, Options{})
	})
}
