package terraform

import (
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/denylint/denylint/source"
	"github.com/hashicorp/hcl/v2"
)

// fileKind tells configuration files from variable files.
type fileKind uint8

const (
	kindNone fileKind = iota
	kindTF
	kindTFJSON
	kindVars
	kindVarsJSON
)

// kindOf classifies a path by its name the way Terraform does.
func kindOf(path string) fileKind {
	switch {
	case strings.HasSuffix(path, ".tf.json"):
		return kindTFJSON
	case strings.HasSuffix(path, ".tf"):
		return kindTF
	case strings.HasSuffix(path, ".tfvars.json"):
		return kindVarsJSON
	case strings.HasSuffix(path, ".tfvars"):
		return kindVars
	}
	return kindNone
}

// file is one parsed Terraform file with what is needed to locate parts of it.
type file struct {
	path  string
	dir   string
	kind  fileKind
	src   []byte
	body  hcl.Body
	lines []int // byte offsets of line starts
}

func newFile(path string, src []byte) *file {
	f := &file{path: path, dir: filepath.Clean(filepath.Dir(path)), kind: kindOf(path), src: src}
	f.lines = append(f.lines, 0)
	for i, b := range src {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// pos converts a byte offset of the file into a position, counting columns
// in characters as HCL does.
func (f *file) pos(off int) source.Pos {
	off = min(max(off, 0), len(f.src))
	line := sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > off }) - 1
	col := utf8.RuneCount(f.src[f.lines[line]:off])
	return source.Pos{Line: line + 1, Column: col + 1, Byte: off}
}

// text returns the source text of a range of this file.
func (f *file) text(r hcl.Range) string {
	if r.Start.Byte < 0 || r.End.Byte > len(f.src) || r.Start.Byte > r.End.Byte {
		return ""
	}
	return string(f.src[r.Start.Byte:r.End.Byte])
}
