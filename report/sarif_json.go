package report

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// dropNulls copies the JSON value raw to buf, leaving out every object
// member whose value is null and keeping the order of the rest.
func dropNulls(buf *bytes.Buffer, raw json.RawMessage) error {
	switch {
	case len(raw) > 0 && raw[0] == '{':
		return dropNullsObject(buf, raw)
	case len(raw) > 0 && raw[0] == '[':
		return dropNullsArray(buf, raw)
	}
	buf.Write(raw)
	return nil
}

func dropNullsObject(buf *bytes.Buffer, raw json.RawMessage) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return err
	}
	buf.WriteByte('{')
	first := true
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("object key is %T", tok)
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return err
		}
		if string(value) == "null" {
			continue
		}
		if !first {
			buf.WriteByte(',')
		}
		first = false
		if err := writeKey(buf, key); err != nil {
			return err
		}
		if err := dropNulls(buf, value); err != nil {
			return err
		}
	}
	buf.WriteByte('}')
	return nil
}

func dropNullsArray(buf *bytes.Buffer, raw json.RawMessage) error {
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return err
	}
	buf.WriteByte('[')
	for i, item := range items {
		if i > 0 {
			buf.WriteByte(',')
		}
		if err := dropNulls(buf, item); err != nil {
			return err
		}
	}
	buf.WriteByte(']')
	return nil
}

func writeKey(buf *bytes.Buffer, key string) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(key); err != nil {
		return err
	}
	// Encode ends with a newline; the key needs a colon instead.
	buf.Truncate(buf.Len() - 1)
	buf.WriteByte(':')
	return nil
}
