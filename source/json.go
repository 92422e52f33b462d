package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxDepth bounds the nesting of JSON documents, so that hostile input
// cannot exhaust the stack.
const MaxDepth = 200

// DepthSummary is the summary of the diagnostic for a document nested
// deeper than MaxDepth, so that callers can tell that limit from bad syntax.
var DepthSummary = fmt.Sprintf("JSON nested deeper than %d levels", MaxDepth)

// ParseJSON reads a JSON document that starts at base in file (base is the
// position of data[0]; the zero Pos means the start of the file) into a
// Node. Errors are diagnostics that point into the document.
func ParseJSON(file string, data []byte, base Pos) (*Node, *Diagnostic) {
	if base.Line == 0 {
		base = Pos{Line: 1, Column: 1}
	}
	p := &jsonParser{file: file, data: data, base: base, dec: json.NewDecoder(bytes.NewReader(data))}
	p.dec.UseNumber()
	n, err := p.value(0)
	if err == nil {
		if _, err2 := p.dec.Token(); !errors.Is(err2, io.EOF) {
			err = p.errorAt(int(p.dec.InputOffset()), "extra data after the JSON document")
		}
	}
	if err != nil {
		var d *Diagnostic
		if errors.As(err, &d) {
			return nil, d
		}
		return nil, p.errorAt(p.failOffset(err), "invalid JSON: "+cleanJSONError(err))
	}
	return n, nil
}

type jsonParser struct {
	file string
	data []byte
	base Pos
	dec  *json.Decoder
	// lines holds the offset at which each line starts, and cursor the
	// last position computed: nodes come in file order, so most positions
	// are found by counting forward from the previous one, which keeps
	// long single-line documents (terraform show -json) linear.
	lines  []int
	cursor struct{ off, line, col int }
}

// start returns the offset of the next token, skipping what Token skips.
func (p *jsonParser) start() int {
	off := int(p.dec.InputOffset())
	for off < len(p.data) && strings.IndexByte(" \t\r\n,:", p.data[off]) >= 0 {
		off++
	}
	return off
}

func (p *jsonParser) value(depth int) (*Node, error) {
	if depth > MaxDepth {
		return nil, p.errorAt(p.start(), DepthSummary)
	}
	begin := p.start()
	// The start is placed before the children are parsed, so that
	// positions are asked for in file order.
	startPos := p.pos(begin)
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	n := &Node{}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n.Kind = Object
			err = p.object(n, depth)
		case '[':
			n.Kind = Array
			err = p.array(n, depth)
		default:
			return nil, p.errorAt(begin, fmt.Sprintf("unexpected %q", rune(t)))
		}
		if err != nil {
			return nil, err
		}
	case string:
		n.Kind, n.Scalar = String, t
	case json.Number:
		n.Kind, n.Scalar = Number, t.String()
	case bool:
		n.Kind, n.Scalar = Bool, fmt.Sprint(t)
	case nil:
		n.Kind = Null
	}
	n.Range = Range{File: p.file, Start: startPos, End: p.pos(int(p.dec.InputOffset()))}
	return n, nil
}

func (p *jsonParser) object(n *Node, depth int) error {
	for p.dec.More() {
		keyStart := p.start()
		tok, err := p.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		keyRange := p.rangeOf(keyStart, int(p.dec.InputOffset()))
		v, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		n.Fields = append(n.Fields, Field{Key: key, KeyRange: keyRange, Value: v})
	}
	_, err := p.dec.Token() // '}'
	return err
}

func (p *jsonParser) array(n *Node, depth int) error {
	for p.dec.More() {
		v, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		n.Items = append(n.Items, v)
	}
	_, err := p.dec.Token() // ']'
	return err
}

// pos converts a byte offset of data into a position in the file.
func (p *jsonParser) pos(off int) Pos {
	off = min(max(off, 0), len(p.data))
	if p.lines == nil {
		p.lines = lineStarts(p.data)
	}
	line := sort.SearchInts(p.lines, off+1) - 1
	from := p.lines[line]
	col := 0
	if c := p.cursor; c.line == line && c.off <= off && c.off >= from {
		from, col = c.off, c.col
	}
	col += utf8.RuneCount(p.data[from:off])
	p.cursor.off, p.cursor.line, p.cursor.col = off, line, col
	if line == 0 {
		col += p.base.Column - 1
	}
	return Pos{Line: p.base.Line + line, Column: col + 1, Byte: p.base.Byte + off}
}

// lineStarts returns the offset of the first byte of every line.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func (p *jsonParser) rangeOf(from, to int) Range {
	return Range{File: p.file, Start: p.pos(from), End: p.pos(to)}
}

func (p *jsonParser) errorAt(off int, msg string) *Diagnostic {
	r := p.rangeOf(off, off)
	return &Diagnostic{Severity: Error, Summary: msg, Range: r}
}

func (p *jsonParser) failOffset(err error) int {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return int(syn.Offset) - 1
	}
	return int(p.dec.InputOffset())
}

func cleanJSONError(err error) string {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "unexpected end of document"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
