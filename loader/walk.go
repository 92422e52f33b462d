package loader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/denylint/denylint/source"
)

// skippedDirs are never infrastructure of the scanned repository.
// .terraform holds modules that `terraform init` fetched: the Terraform
// loader reads them through modules.json when a configuration calls them.
var skippedDirs = map[string]bool{".git": true, ".terraform": true, "node_modules": true, ".idea": true, ".vscode": true}

// walk lists the candidate files under root. A path named on the command
// line is read whatever its extension.
//
// Symbolic links: a link to a file inside the scanned tree is read as the
// file it names (Terraform reads it too); links that leave the tree, loop,
// or name a directory are not followed, since the directories of the tree
// are walked anyway and one outside it is not the scan's to read.
func walk(root string, exclude []string, diags *[]source.Diagnostic) ([]string, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", root, errors.Unwrap(err))
	}
	if !st.IsDir() {
		return []string{root}, nil
	}
	w := &walker{root: root, realRoot: realPath(root), exclude: exclude, diags: diags}
	err = filepath.WalkDir(root, w.visit)
	return w.out, err
}

type walker struct {
	root, realRoot string
	exclude        []string
	diags          *[]source.Diagnostic
	out            []string
}

func (w *walker) visit(p string, d fs.DirEntry, err error) error {
	if err != nil {
		w.warn(p, "cannot read path", err.Error())
		return nil
	}
	if excluded(p, w.exclude) {
		if d.IsDir() {
			return filepath.SkipDir
		}
		return nil
	}
	switch {
	case d.IsDir():
		if p != w.root && skippedDirs[d.Name()] {
			return filepath.SkipDir
		}
	case d.Type()&fs.ModeSymlink != 0:
		if isTerraform(p) || isDocument(p) || w.linksToDir(p) {
			w.link(p)
		}
	case d.Type().IsRegular() && (isTerraform(p) || isDocument(p)):
		w.out = append(w.out, p)
	}
	return nil
}

// link decides about a symbolic link met in the tree.
func (w *walker) link(p string) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		w.warn(p, "cannot follow symbolic link", err.Error())
		return
	}
	real = absPath(real)
	st, err := os.Stat(real)
	switch {
	case err != nil:
		w.warn(p, "cannot follow symbolic link", err.Error())
	case st.IsDir() && within(absPath(filepath.Dir(absPath(p))), real):
		w.warn(p, "symbolic link loop", "It names "+real+", a folder that contains it; denylint does not follow it.")
	case !within(real, w.realRoot):
		w.warn(p, "symbolic link leaves the scanned folder", "It names "+real+"; denylint reads only what is under "+w.root+".")
	case st.Mode().IsRegular() && (isTerraform(p) || isDocument(p)):
		w.out = append(w.out, p)
	}
}

// linksToDir is true for a link to a folder, or one that loops on itself.
func (w *walker) linksToDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir() || errors.Is(err, syscall.ELOOP)
}

func (w *walker) warn(p, summary, detail string) {
	*w.diags = append(*w.diags, source.Diagnostic{Severity: source.Warning, Summary: summary, Detail: detail, Range: fileStart(p)})
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	return absPath(p)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// within reports whether p is dir or below it; both are absolute.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !filepath.IsAbs(rel) && (len(rel) < 3 || rel[:3] != ".."+string(filepath.Separator))
}
