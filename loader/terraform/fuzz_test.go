package terraform

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
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

// FuzzParallelLoad checks that roots evaluated side by side load as they
// do one after another, whatever they hold: the text is written as two
// roots that both call a module made of it too.
func FuzzParallelLoad(f *testing.F) {
	f.Add(`resource "aws_s3_bucket" "b" { bucket = "x" }`)
	f.Add(`locals { p = jsonencode({ Statement = [{ Effect = "Allow" }] }) }` + "\n" +
		`data "aws_iam_policy_document" "d" { source_policy_documents = [local.p] }` + "\n" +
		`resource "aws_iam_role" "r" { assume_role_policy = data.aws_iam_policy_document.d.json }`)
	f.Add(`resource "aws_iam_role" "r" { assume_role_policy = file("../shared/main.tf") }`)
	f.Add(`module "m" { source = "../shared" }`)
	f.Add(`locals { a = var.nope }`)
	f.Fuzz(func(t *testing.T, text string) {
		dir := t.TempDir()
		call := "module \"shared\" {\n  source = \"../shared\"\n}\n"
		files := map[string]string{"a/main.tf": text, "b/main.tf": text, "a/call.tf": call, "b/call.tf": call, "shared/main.tf": text}
		var paths []string
		for name, body := range files {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(name, "shared/") {
				paths = append(paths, p)
			}
		}
		sort.Strings(paths)
		checkSameInParallel(t, paths, Options{})
	})
}
