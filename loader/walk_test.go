//go:build unix

package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFilesystem: what the walk meets in a hostile tree is read or
// reported, never followed out of the tree, and never hangs.
func TestFilesystem(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.tf")
	mustWrite(t, secret, `resource "aws_s3_bucket" "secret" { bucket = "secret" }`)
	root := t.TempDir()
	mustWrite(t, filepath.Join(root, "sub", "real.tf"), `resource "aws_s3_bucket" "real" { bucket = "real" }`)
	mustWrite(t, filepath.Join(root, "x.tf", "inner.tf"), `resource "aws_s3_bucket" "inner" { bucket = "inner" }`)
	links := map[string]string{
		"loop":        ".",
		"up":          "..",
		"self.tf":     "self.tf",
		"dangling.tf": "nothing.tf",
		"escape.tf":   secret,
		"dir-out":     outside,
		"link.tf":     "sub/real.tf",
		"dir-in":      "sub",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	// Named pipes block a reader forever: one in the tree, and one in a
	// module folder outside it, which the Terraform loader lists itself.
	mod := filepath.Join(outside, "mod")
	mustWrite(t, filepath.Join(mod, "ok.tf"), `variable "x" { default = 1 }`)
	for _, p := range []string{filepath.Join(root, "pipe.tf"), filepath.Join(mod, "pipe.tf")} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel, err := filepath.Rel(filepath.Join(root, "call"), mod)
	if err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(root, "call", "main.tf"), `module "m" { source = "./`+filepath.ToSlash(rel)+`" }`)
	res, err := Load([]string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		rel, _ := filepath.Rel(root, d.Range.File)
		got = append(got, fmt.Sprintf("%s %s:%d:%d %s", d.Severity, rel, d.Range.Start.Line, d.Range.Start.Column, d.Summary))
	}
	for _, b := range res.Env.Buckets {
		got = append(got, "bucket "+b.Name)
	}
	sort.Strings(got)
	want := []string{
		"bucket inner",
		"bucket real",
		"bucket real",
		"warning dangling.tf:1:1 cannot follow symbolic link",
		"warning dir-out:1:1 symbolic link leaves the scanned folder",
		"warning escape.tf:1:1 symbolic link leaves the scanned folder",
		"warning loop:1:1 symbolic link loop",
		"warning self.tf:1:1 cannot follow symbolic link",
		"warning up:1:1 symbolic link loop",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestUnreadableFile needs a user whom permissions stop; root reads
// everything, which is why the named pipe above stands in for it in CI.
func TestUnreadableFile(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("running as root: file permissions do not stop reads")
	}
	root := t.TempDir()
	p := filepath.Join(root, "template.yaml")
	mustWrite(t, p, "Resources: {}\n")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	res, err := Load([]string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Summary != "cannot read file" || res.Diagnostics[0].Range.Start.Line != 1 {
		t.Errorf("diagnostics %v, want one located cannot read file", res.Diagnostics)
	}
}

func mustWrite(t *testing.T, p, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
