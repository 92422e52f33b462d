package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// dropNulls copies the JSON document in raw to buf, leaving out every
// object member whose value is null and keeping the order and text of the
// rest. It streams tokens, so a large log is read once.
func dropNulls(buf *bytes.Buffer, raw json.RawMessage) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var stack []level
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			buf.WriteByte(byte(d))
			stack = stack[:len(stack)-1]
			continue
		}
		if n := len(stack); n > 0 {
			top := &stack[n-1]
			if top.object {
				// tok is a key: look at its value before writing either.
				value, err := dec.Token()
				if err != nil {
					return err
				}
				if value == nil {
					continue
				}
				comma(buf, top)
				if err := writeToken(buf, tok); err != nil {
					return err
				}
				buf.WriteByte(':')
				tok = value
			} else {
				comma(buf, top)
			}
		}
		if d, ok := tok.(json.Delim); ok {
			buf.WriteByte(byte(d))
			stack = append(stack, level{object: d == '{'})
			continue
		}
		if err := writeToken(buf, tok); err != nil {
			return err
		}
	}
}

// level is an open container: whether it is an object, and whether it has
// written a member yet.
type level struct{ object, written bool }

func comma(buf *bytes.Buffer, l *level) {
	if l.written {
		buf.WriteByte(',')
	}
	l.written = true
}

// writeToken writes a scalar token back as JSON, without HTML escaping.
func writeToken(buf *bytes.Buffer, tok json.Token) error {
	if n, ok := tok.(json.Number); ok {
		buf.WriteString(n.String())
		return nil
	}
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(tok); err != nil {
		return fmt.Errorf("encode %v: %w", tok, err)
	}
	// Encode ends with a newline that the compact form does not want.
	buf.Truncate(buf.Len() - 1)
	return nil
}
