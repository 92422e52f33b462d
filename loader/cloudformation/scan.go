package cloudformation

import (
	"bytes"
	"strings"
)

// The YAML parser reports where a node starts but not where it ends. These
// scanners find the end in the text, from the start the parser gave.

// skipProps skips a node's tag and anchor ("!Sub ", "&base ") to its content.
func skipProps(data []byte, i int) int {
	for i < len(data) && (data[i] == '!' || data[i] == '&') {
		for i < len(data) && !isSpace(data[i]) {
			i++
		}
		for i < len(data) && isSpace(data[i]) {
			i++
		}
	}
	return i
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// quotedEnd returns the offset just past the closing quote of the string
// opening at i.
func quotedEnd(data []byte, i int, quote byte) int {
	for j := i + 1; j < len(data); j++ {
		switch {
		case quote == '"' && data[j] == '\\':
			j++
		case data[j] == quote && quote == '\'' && j+1 < len(data) && data[j+1] == '\'':
			j++
		case data[j] == quote:
			return j + 1
		}
	}
	return len(data)
}

// blockEnd returns the end of the block scalar whose header (| or >) is at
// i: the end of its last non-blank line indented at least as deep as its
// first one.
func blockEnd(data []byte, i int, value string) int {
	end := lineEnd(data, i)
	if value == "" {
		return end
	}
	indent := -1
	for next := end + 1; next < len(data); {
		stop := lineEnd(data, next)
		line := data[next:stop]
		text := bytes.TrimLeft(line, " ")
		if len(bytes.TrimSpace(text)) > 0 {
			depth := len(line) - len(text)
			if indent < 0 {
				indent = depth
			}
			if depth < indent {
				break
			}
			end = next + len(bytes.TrimRight(line, " \t\r"))
		}
		next = stop + 1
	}
	return end
}

func lineEnd(data []byte, i int) int {
	if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(data)
}

// plainEnd returns the end of a plain scalar: the end of its last word, found
// in order in the text, so that a scalar folded over several lines ends on
// its last line.
func plainEnd(data []byte, i int, value string) int {
	if bytes.HasPrefix(data[i:], []byte(value)) {
		return i + len(value)
	}
	j := i
	for _, w := range strings.Fields(value) {
		k := bytes.Index(data[j:], []byte(w))
		if k < 0 {
			break
		}
		j += k + len(w)
	}
	return j
}

// flowEnd returns the offset just past the bracket closing a flow
// collection, scanning from from (the end of its last item, or its start
// when it is empty).
func flowEnd(data []byte, from int, closing byte) int {
	for i := from; i < len(data); i++ {
		switch data[i] {
		case closing:
			return i + 1
		case '#':
			i = lineEnd(data, i)
		case '[', '{':
			// Only an empty collection is scanned from its start.
			continue
		}
	}
	return len(data)
}
