package cloudformation

import (
	"sort"
	"unicode/utf8"

	"github.com/denylint/denylint/source"
)

// lines converts between the line/column positions the YAML parser reports
// (columns count characters) and byte offsets, in time that stays linear
// for long minified lines.
type lines struct {
	file   string
	data   []byte
	starts []int
	ascii  []bool
	// last caches the most recent conversion on a non-ASCII line, since
	// positions are mostly asked for in increasing order.
	lastLine, lastCol, lastOff int
}

func newLines(file string, data []byte) *lines {
	l := &lines{file: file, data: data, starts: []int{0}, ascii: []bool{true}}
	for i, b := range data {
		switch {
		case b == '\n':
			l.starts = append(l.starts, i+1)
			l.ascii = append(l.ascii, true)
		case b >= utf8.RuneSelf:
			l.ascii[len(l.ascii)-1] = false
		}
	}
	return l
}

// offset returns the byte offset of a 1-based line and character column.
func (l *lines) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(l.starts) {
		return len(l.data)
	}
	start := l.starts[line-1]
	if l.ascii[line-1] {
		return min(start+col-1, len(l.data))
	}
	off, c := start, 1
	if l.lastLine == line && l.lastCol <= col {
		off, c = l.lastOff, l.lastCol
	}
	for c < col && off < len(l.data) && l.data[off] != '\n' {
		_, size := utf8.DecodeRune(l.data[off:])
		off += size
		c++
	}
	l.lastLine, l.lastCol, l.lastOff = line, c, off
	return off
}

// pos returns the position of a byte offset.
func (l *lines) pos(off int) source.Pos {
	off = min(max(off, 0), len(l.data))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	col := off - l.starts[i] + 1
	if !l.ascii[i] {
		col = utf8.RuneCount(l.data[l.starts[i]:off]) + 1
	}
	return source.Pos{Line: i + 1, Column: col, Byte: off}
}

func (l *lines) span(from, to int) source.Range {
	return source.Range{File: l.file, Start: l.pos(from), End: l.pos(max(from, to))}
}
