package cloudformation

import "github.com/denylint/denylint/source"

// node is a template value as written, before any intrinsic function is
// evaluated: a YAML or JSON tree that keeps the short-form tags (!Ref, !Sub,
// …) and the range of every part.
type node struct {
	kind source.Kind // Null, Bool, Number, String, Array or Object
	// tag is the long name of a short-form tag ("Ref", "Fn::Sub"), or "".
	tag    string
	scalar string
	items  []*node
	fields []field
	rng    source.Range
}

type field struct {
	key    string
	keyRng source.Range
	value  *node
}

// get returns the value of key in an object, or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != source.Object {
		return nil
	}
	for _, f := range n.fields {
		if f.key == key {
			return f.value
		}
	}
	return nil
}

// untagged returns n without its short-form tag: the argument of the
// intrinsic function the tag names.
func (n *node) untagged() *node {
	c := *n
	c.tag = ""
	return &c
}

// fieldRange spans a member from its key to the end of its value; a value
// written elsewhere (a YAML alias) leaves just the key.
func fieldRange(keyRng, valueRng source.Range) source.Range {
	if valueRng.File != keyRng.File || valueRng.Start.Byte < keyRng.Start.Byte {
		return keyRng
	}
	return source.Range{File: keyRng.File, Start: keyRng.Start, End: valueRng.End}
}
