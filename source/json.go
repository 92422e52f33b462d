package source

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxDepth bounds the nesting of JSON documents, so that hostile input
// cannot exhaust the stack.
const MaxDepth = 200

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
		return nil, p.errorAt(p.start(), fmt.Sprintf("JSON nested deeper than %d levels", MaxDepth))
	}
	begin := p.start()
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
	n.Range = p.rangeOf(begin, int(p.dec.InputOffset()))
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
	line := bytes.Count(p.data[:off], []byte("\n"))
	col := off - (bytes.LastIndexByte(p.data[:off], '\n') + 1)
	col = len([]rune(string(p.data[off-col : off])))
	if line == 0 {
		col += p.base.Column - 1
	}
	return Pos{Line: p.base.Line + line, Column: col + 1, Byte: p.base.Byte + off}
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
