package config

import (
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/denylint/denylint/source"
)

// lineIndex turns yaml.Node positions (line and character column) into
// ranges with byte offsets.
type lineIndex struct {
	file   string
	data   []byte
	starts []int
}

func newLineIndex(file string, data []byte) *lineIndex {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{file: file, data: data, starts: starts}
}

// pos converts a 1-based line and character column.
func (x *lineIndex) pos(line, col int) source.Pos {
	if line < 1 || line > len(x.starts) {
		return source.Pos{Line: 1, Column: 1}
	}
	off := x.starts[line-1]
	for c := 1; c < col && off < len(x.data) && x.data[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(x.data[off:])
		off += size
	}
	return source.Pos{Line: line, Column: col, Byte: off}
}

// rangeOf spans a scalar as written on its line; other nodes get their
// start, which is all a diagnostic needs.
func (x *lineIndex) rangeOf(n *yaml.Node) source.Range {
	start := x.pos(n.Line, n.Column)
	end := start
	if n.Kind == yaml.ScalarNode && n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		width := utf8.RuneCountInString(n.Value)
		if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
			width += 2
		}
		end = x.pos(n.Line, n.Column+width)
	}
	return source.Range{File: x.file, Start: start, End: end}
}
